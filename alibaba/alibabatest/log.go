package alibabatest

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
	// Action and Version are the request's Action and Version parameters.
	Action, Version string
	// Method is the HTTP method.
	Method string
	// Params holds every query and form parameter. The values of
	// Signature and SecurityToken are replaced by "REDACTED". A signature
	// V3 request names its Action and Version in headers, not here.
	Params url.Values
	// Header holds the request headers. The signature in Authorization
	// and the X-Acs-Security-Token are replaced by "REDACTED"; the rest
	// (x-acs-date, x-acs-signature-nonce, …) are as received.
	Header http.Header
	// Signature names the request's signature scheme: "ACS3-HMAC-SHA256"
	// (V3, in the Authorization header), "HMAC-SHA1" (V1, in the query) or
	// "" when it carried neither.
	Signature string
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
			Params: r.Params, Header: r.Header, Signature: signatureScheme(r),
			Status: r.Status, Code: r.Code, Fault: r.Fault}
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

// signatureScheme tells a logged request's signature scheme from its
// Authorization header and parameters.
func signatureScheme(r emu.Record) string {
	if algorithm, _, _ := strings.Cut(r.Header.Get("Authorization"), " "); strings.HasPrefix(algorithm, "ACS3-") {
		return algorithm
	}
	if r.Params.Get("Signature") != "" {
		return r.Params.Get("SignatureMethod")
	}
	return ""
}

// redactHeader copies h for the log with the secrets blanked: the STS
// token, and the signature at the end of a V3 Authorization header (the
// AccessKey ID and the signed header list stay, for debugging).
func redactHeader(h http.Header) http.Header {
	c := emu.RedactHeader(h, "X-Acs-Security-Token")
	for i, v := range c["Authorization"] {
		if at := strings.LastIndex(v, "Signature="); at >= 0 {
			c["Authorization"][i] = v[:at] + "Signature=" + emu.Redacted
		} else {
			c["Authorization"][i] = emu.Redacted
		}
	}
	return c
}
