package emu

import (
	"net/http"
	"net/url"
	"slices"
	"sync"
	"time"
)

// Record is one request as an emulator's log keeps it. Secrets are
// redacted by the provider before they are stored.
type Record struct {
	// Time is when the request arrived, by the emulator's clock.
	Time time.Time
	// Op is the operation the request was routed to; empty if none.
	Op string
	// Method and Path are the HTTP method and the URL path.
	Method, Path string
	// Version is the API version (Alibaba's Version parameter).
	Version string
	// Params are the request's parameters: Alibaba's query and form
	// parameters, or Huawei's query parameters.
	Params url.Values
	// Header holds the request headers, redacted by the provider.
	Header http.Header
	// Body is the request body, redacted by the provider.
	Body []byte
	// Status is the HTTP status sent; 0 when the connection was closed
	// without an answer.
	Status int
	// Code is the provider's error code, empty on success.
	Code string
	// Fault names the injected faults applied, joined by "+".
	Fault string

	done bool
}

// clone returns a deep copy, so callers cannot disturb the log.
func (r *Record) clone() Record {
	c := *r
	c.Params = cloneValues(r.Params)
	c.Header = r.Header.Clone()
	c.Body = slices.Clone(r.Body)
	return c
}

func cloneValues(v url.Values) url.Values {
	if v == nil {
		return nil
	}
	c := make(url.Values, len(v))
	for k, vs := range v {
		c[k] = slices.Clone(vs)
	}
	return c
}

// Log is an emulator's request log, in arrival order. It is safe for
// concurrent use.
type Log struct {
	mu   sync.Mutex
	recs []*Record
	seq  uint64
}

// Begin registers a request routed to op and returns its exchange. now is
// the emulator's clock reading. The entry becomes visible once the
// exchange answers (or Finish is called).
func (l *Log) Begin(w http.ResponseWriter, r *http.Request, op string, now time.Time) *Exchange {
	rec := &Record{Time: now, Op: op, Method: r.Method, Path: r.URL.Path}
	l.mu.Lock()
	l.seq++
	seq := l.seq
	l.recs = append(l.recs, rec)
	l.mu.Unlock()
	x := &Exchange{R: r, Op: op, Seq: seq, Record: rec, log: l}
	x.W = &statusWriter{ResponseWriter: w, x: x}
	return x
}

func (l *Log) commit(rec *Record) {
	l.mu.Lock()
	rec.done = true
	l.mu.Unlock()
}

// Records returns copies of the committed entries in arrival order.
func (l *Log) Records() []Record {
	l.mu.Lock()
	defer l.mu.Unlock()
	out := make([]Record, 0, len(l.recs))
	for _, r := range l.recs {
		if r.done {
			out = append(out, r.clone())
		}
	}
	return out
}

// Count returns how many committed entries were routed to op.
func (l *Log) Count(op string) int {
	l.mu.Lock()
	defer l.mu.Unlock()
	n := 0
	for _, r := range l.recs {
		if r.done && r.Op == op {
			n++
		}
	}
	return n
}

// Clear forgets every entry. Requests in flight are not logged.
func (l *Log) Clear() {
	l.mu.Lock()
	l.recs = nil
	l.mu.Unlock()
}
