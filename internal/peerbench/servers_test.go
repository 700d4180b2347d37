package peerbench

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"testing"
)

// example reads a documentation example from a polycloud service package's
// testdata: the response body the cloud's documentation shows.
func example(tb testing.TB, pkg, op string) []byte {
	tb.Helper()
	body, err := os.ReadFile(filepath.Join("..", "..", pkg, "testdata", op+".json"))
	if err != nil {
		tb.Fatal(err)
	}
	return body
}

// exampleServer answers every request with body and status, checking
// nothing (neither signatures nor tokens), so that every client pays the
// same server cost. The length is declared, as the clouds do.
func exampleServer(tb testing.TB, status int, body []byte) *httptest.Server {
	tb.Helper()
	length := strconv.Itoa(len(body))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		h := w.Header()
		h["Content-Type"] = []string{"application/json;charset=UTF-8"}
		h["Content-Length"] = []string{length}
		h["X-Request-Id"] = []string{"915a14a6-867b-4af7-83d1-70efceb146f9"}
		w.WriteHeader(status)
		_, _ = w.Write(body)
	}))
	tb.Cleanup(srv.Close)
	return srv
}
