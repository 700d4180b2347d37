package perf

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"testing"
)

// example reads a documentation example from a service package's testdata:
// the response body the cloud's documentation shows for the operation.
func example(tb testing.TB, pkg, op string) []byte {
	tb.Helper()
	body, err := readExample(pkg, op)
	if err != nil {
		tb.Fatal(err)
	}
	return body
}

func readExample(pkg, op string) ([]byte, error) {
	return os.ReadFile(filepath.Join("..", "..", pkg, "testdata", op+".json"))
}

// exampleServer answers every request with body and status, the way the
// cloud answers the documented call. It checks nothing and does the same
// work for every client measured, so its cost cancels out of the ratios.
// The length is declared, as the clouds do for JSON answers.
func exampleServer(tb testing.TB, status int, body []byte) *httptest.Server {
	tb.Helper()
	length := strconv.Itoa(len(body))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		h := w.Header()
		h["Content-Type"] = []string{"application/json;charset=UTF-8"}
		h["Content-Length"] = []string{length}
		w.WriteHeader(status)
		_, _ = w.Write(body)
	}))
	tb.Cleanup(srv.Close)
	return srv
}
