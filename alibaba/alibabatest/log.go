package alibabatest

import (
	"net/url"
	"time"
)

// Request is one request the server received, as Requests reports it.
type Request struct {
	// Time is when it arrived, by the server's clock.
	Time time.Time
	// Action and Version are the request's Action and Version parameters.
	Action, Version string
	// Method is the HTTP method.
	Method string
	// Params holds every query and form parameter. The values of
	// Signature and SecurityToken are replaced by "REDACTED".
	Params url.Values
	// Status is the HTTP status answered; 0 if the connection was dropped.
	Status int
	// Code is the error Code answered; empty on success.
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
		out[i] = Request{Time: r.Time, Action: r.Op, Version: r.Version, Method: r.Method,
			Params: r.Params, Status: r.Status, Code: r.Code, Fault: r.Fault}
	}
	return out
}

// CountOf returns how many requests for action were received since the
// start or the last Reset.
func (s *Server) CountOf(action string) int { return s.log.Count(action) }

// Reset empties the request log and drops every pending fault. Resources
// stay as they are.
func (s *Server) Reset() {
	s.log.Clear()
	s.faults.Clear()
}
