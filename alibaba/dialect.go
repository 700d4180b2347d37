package alibaba

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"mime"
	"net/http"
	"strconv"
	"strings"

	"github.com/polycloud-go/polycloud/internal/apierr"
)

// dialect reads Alibaba Cloud's error responses:
//
//	{"RequestId":"…","HostId":"ga.cn-hangzhou.aliyuncs.com","Code":"Throttling.User",
//	 "Message":"…","Recommend":"https://api.aliyun.com/troubleshoot?…","AccessDeniedDetail":{…}}
//
// Some products spell the members in lower camel case; XML bodies (a
// gateway that ignores Format=JSON) are read too. Anything else keeps the
// HTTP status and says what arrived, without quoting it: a proxy's error
// page may echo the request URL, signature and token included.
type dialect struct{}

// Provider names the cloud.
func (dialect) Provider() string { return "alibaba" }

// RequestID reads the request id header the gateway sets.
func (dialect) RequestID(header http.Header) string { return header.Get("x-acs-request-id") }

// errorBody is the JSON or XML error document. Go's JSON decoder matches
// member names case-insensitively, which covers "code" and "Code".
// Members are raw so a number where a string was expected (it happens)
// does not lose the rest.
type errorBody struct {
	RequestID          json.RawMessage `json:"RequestId"`
	HostID             json.RawMessage `json:"HostId"`
	Code               json.RawMessage `json:"Code"`
	Message            json.RawMessage `json:"Message"`
	Recommend          json.RawMessage `json:"Recommend"`
	AccessDeniedDetail json.RawMessage `json:"AccessDeniedDetail"`
}

// xmlErrorBody is the XML form, <Error><Code>…</Code>…</Error>.
type xmlErrorBody struct {
	RequestID string `xml:"RequestId"`
	HostID    string `xml:"HostId"`
	Code      string `xml:"Code"`
	Message   string `xml:"Message"`
	Recommend string `xml:"Recommend"`
}

// DecodeError turns a failure response into an *apierr.Error. It never
// fails and never panics, whatever the body.
func (d dialect) DecodeError(status int, header http.Header, body []byte) *apierr.Error {
	e := decodeBody(status, header, body)
	e.Message = redactSecrets(e.Message)
	e.Recommend = redactSecrets(e.Recommend)
	e.Kind = kindOf(e.Code, status)
	if e.RequestID == "" {
		e.RequestID = d.RequestID(header)
	}
	return e
}

// decodeBody picks the body's format by its first byte.
func decodeBody(status int, header http.Header, body []byte) *apierr.Error {
	trimmed := bytes.TrimSpace(body)
	switch {
	case len(trimmed) == 0:
		return &apierr.Error{Message: statusLine(status) + " (empty body)"}
	case trimmed[0] == '{' || trimmed[0] == '[':
		if !json.Valid(trimmed) {
			return &apierr.Error{Message: statusLine(status) + " (malformed JSON body" + contentType(header) + ")"}
		}
		e := decodeJSON(trimmed)
		if e.Code == "" && e.Message == "" {
			e.Message = statusLine(status) + " (JSON body without an error code" + contentType(header) + ")"
		}
		return e
	case trimmed[0] == '<':
		if e, ok := decodeXML(trimmed); ok {
			return e
		}
	}
	return &apierr.Error{Message: statusLine(status) + " (non-JSON body" + contentType(header) + ")"}
}

// decodeJSON reads a valid JSON document. A document of another shape (an
// array, say) leaves the members empty: the caller then reports the status.
func decodeJSON(body []byte) *apierr.Error {
	var b errorBody
	_ = json.Unmarshal(body, &b)
	return &apierr.Error{
		RequestID: flexString(b.RequestID), HostID: flexString(b.HostID), Code: flexString(b.Code),
		Message: flexString(b.Message), Recommend: flexString(b.Recommend), Detail: compactJSON(b.AccessDeniedDetail),
	}
}

// decodeXML accepts only a document that has an error code: an XHTML
// error page would otherwise decode to an empty error.
func decodeXML(body []byte) (*apierr.Error, bool) {
	var b xmlErrorBody
	if xml.Unmarshal(body, &b) != nil || b.Code == "" {
		return nil, false
	}
	return &apierr.Error{RequestID: b.RequestID, HostID: b.HostID, Code: b.Code, Message: b.Message, Recommend: b.Recommend}, true
}

// flexString reads a JSON string, number or boolean as text; null, an
// object or an array as "".
func flexString(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || raw[0] == '{' || raw[0] == '[' || raw[0] == 'n' {
		return ""
	}
	return string(raw)
}

// compactJSON keeps a structured member (AccessDeniedDetail) as compact
// raw JSON; null or absent is "".
func compactJSON(raw json.RawMessage) string {
	var buf bytes.Buffer
	if len(raw) == 0 || json.Compact(&buf, raw) != nil || buf.String() == "null" {
		return ""
	}
	return buf.String()
}

// statusLine is "HTTP 502 Bad Gateway".
func statusLine(status int) string {
	line := "HTTP " + strconv.Itoa(status)
	if text := http.StatusText(status); text != "" {
		line += " " + text
	}
	return line
}

// contentType is ", text/html" for the response's media type, if any.
func contentType(header http.Header) string {
	raw := header.Get("Content-Type")
	if raw == "" {
		return ""
	}
	mt, _, err := mime.ParseMediaType(raw)
	if err != nil {
		mt, _, _ = strings.Cut(raw, ";")
	}
	mt = strings.ToLower(strings.TrimSpace(mt))
	if mt == "" || strings.IndexFunc(mt, notPrintableASCII) >= 0 {
		return ", unrecognised content type"
	}
	return ", " + truncate(mt, 64)
}

func notPrintableASCII(r rune) bool { return r <= ' ' || r > '~' }
