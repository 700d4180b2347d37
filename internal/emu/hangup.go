package emu

import (
	"net/http"
	"net/http/httptest"
	"strconv"
)

// HangUp closes the client's connection without an answer: the client
// sees a reset or an unexpected EOF, as when a load balancer drops a
// connection. The log entry is committed with status 0 first.
func HangUp(x *Exchange) {
	x.commit(0)
	conn, _, err := http.NewResponseController(x.W).Hijack()
	if err != nil {
		// HTTP/2 and recorders cannot be hijacked; aborting the handler
		// resets the stream instead.
		panic(http.ErrAbortHandler)
	}
	_ = conn.Close()
}

// Capture runs next for x with the answer written into a recorder instead
// of the client's connection, and returns the recorder. The log entry is
// not committed, so the caller decides what the client gets.
func Capture(x *Exchange, next func(*Exchange)) *httptest.ResponseRecorder {
	rec := httptest.NewRecorder()
	real := x.W
	x.W = rec
	next(x)
	x.W = real
	return rec
}

// DropAfter is a terminal fault's Respond: the operation runs (its effect
// on the emulator's state stays) but the connection is closed before the
// answer, the classic ambiguous failure that idempotency tokens exist for.
func DropAfter(x *Exchange, next func(*Exchange)) {
	Capture(x, next)
	HangUp(x)
}

// DropEarly is a terminal fault's Respond: the connection is closed before
// the request body is read.
func DropEarly(x *Exchange, _ func(*Exchange)) { HangUp(x) }

// TruncateAnswer is a terminal fault's Respond: the operation runs and the
// client gets its status and headers but only the first half of its body,
// with a Content-Length that matches the half, so the HTTP exchange is
// clean and the JSON is not.
func TruncateAnswer(x *Exchange, next func(*Exchange)) {
	rec := Capture(x, next)
	body := rec.Body.Bytes()
	half := body[:len(body)/2]
	h := x.W.Header()
	for k, vs := range rec.Header() {
		h[k] = vs
	}
	h.Set("Content-Length", strconv.Itoa(len(half)))
	x.W.WriteHeader(rec.Code)
	_, _ = x.W.Write(half)
}
