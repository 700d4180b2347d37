package huaweitest

import (
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/polycloud-go/polycloud/internal/emu"
)

// Request is one request the server received, as Requests reports it.
type Request struct {
	// Time is when it arrived, by the server's clock.
	Time time.Time
	// Operation is the operation it was routed to ("ListByoipPools",
	// "CreateToken"); empty for a route the server does not serve.
	Operation string
	// Method and Path are the HTTP method and the URL path.
	Method, Path string
	// Query holds the query parameters.
	Query url.Values
	// Header holds the request headers; X-Auth-Token, X-Subject-Token and
	// X-Security-Token values, and the signature in Authorization, are
	// replaced by "REDACTED".
	Header http.Header
	// Body is the request body; in token requests every "password" member
	// is replaced by "REDACTED".
	Body []byte
	// Status is the HTTP status answered; 0 if the connection was dropped.
	Status int
	// Code is the error code answered (error_code, or Keystone's numeric
	// code as text); empty on success.
	Code string
	// Fault names the injected faults that applied, joined by "+".
	Fault string
}

// Requests returns copies of every request received since the start or
// the last Reset, in arrival order. A request is listed as soon as its
// answer has been sent.
func (s *Server) Requests() []Request {
	recs := s.log.Records()
	out := make([]Request, len(recs))
	for i, r := range recs {
		out[i] = Request{Time: r.Time, Operation: r.Op, Method: r.Method, Path: r.Path, Query: r.Params,
			Header: r.Header, Body: r.Body, Status: r.Status, Code: r.Code, Fault: r.Fault}
	}
	return out
}

// CountOf returns how many requests for operation were received since the
// start or the last Reset.
func (s *Server) CountOf(operation string) int { return s.log.Count(operation) }

// Reset empties the request log (and so IAMCalls) and drops every pending
// fault. Resources and issued tokens stay as they are.
func (s *Server) Reset() {
	s.log.Clear()
	s.faults.Clear()
}

// redactedHeader is h as the request log keeps it: tokens replaced by
// REDACTED, and the signature of an Authorization header too, keeping its
// Access and SignedHeaders for tests to read.
func redactedHeader(h http.Header) http.Header {
	c := emu.RedactHeader(h, "X-Auth-Token", "X-Subject-Token", "X-Security-Token")
	for i, v := range c["Authorization"] {
		if j := strings.Index(v, "Signature="); j >= 0 {
			c["Authorization"][i] = v[:j+len("Signature=")] + emu.Redacted
		} else {
			c["Authorization"][i] = emu.Redacted
		}
	}
	return c
}
