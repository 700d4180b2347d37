package gentest

import (
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
)

// Reply is the response a Server sends to every request.
type Reply struct {
	Status int         // 0 means 200
	Header http.Header // Content-Type defaults to application/json
	Body   []byte
}

// Recorded is one request as the Server received it.
type Recorded struct {
	Method string
	Path   string // unescaped
	// EscapedPath is the path as sent, percent-encoded.
	EscapedPath string
	Query       url.Values
	Header      http.Header
	Body        []byte
	// Form is the parsed body of an application/x-www-form-urlencoded
	// request, else empty.
	Form url.Values
}

// Server is an httptest.Server that records every request and answers
// each with the same Reply. It is closed when the test ends.
type Server struct {
	*httptest.Server
	reply Reply
	mu    sync.Mutex
	reqs  []Recorded
}

// NewServer starts a Server answering with reply.
func NewServer(t testing.TB, reply Reply) *Server {
	s := &Server{reply: reply}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.Close)
	return s
}

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	rec := Recorded{
		Method: r.Method, Path: r.URL.Path, EscapedPath: r.URL.EscapedPath(), Query: r.URL.Query(),
		Header: r.Header.Clone(), Body: body, Form: url.Values{},
	}
	if r.Header.Get("Content-Type") == "application/x-www-form-urlencoded" {
		rec.Form, _ = url.ParseQuery(string(body))
	}
	s.mu.Lock()
	s.reqs = append(s.reqs, rec)
	s.mu.Unlock()
	for k, vs := range s.reply.Header {
		w.Header()[k] = vs
	}
	if w.Header().Get("Content-Type") == "" {
		w.Header().Set("Content-Type", "application/json")
	}
	w.WriteHeader(max(s.reply.Status, http.StatusOK))
	_, _ = w.Write(s.reply.Body)
}

// Requests returns the requests received so far.
func (s *Server) Requests() []Recorded {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Recorded(nil), s.reqs...)
}

// Single returns the one request received, failing the test if there were
// none or several.
func (s *Server) Single(t testing.TB) Recorded {
	t.Helper()
	reqs := s.Requests()
	require.Len(t, reqs, 1, "requests received")
	return reqs[0]
}

// Testdata reads testdata/name of the package under test.
func Testdata(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	require.NoError(t, err)
	return b
}
