package huawei

import (
	"bytes"
	"encoding/json"
)

// errorFields are what an error body says, whatever its shape.
type errorFields struct {
	code, message, requestID, detail string
}

// parseErrorBody reads the JSON shapes Huawei Cloud uses for errors:
//
//	{"error_code": "APIG.3030", "error_msg": "…", "request_id": "…"}
//	{"error": {"code": 401, "message": "…", "title": "Unauthorized"}}
//	{"code": "…", "message": "…"}
//
// plus encoded_authorization_message (the encoded reason of a policy
// denial). It reports false for a body that is not a JSON object.
func parseErrorBody(body []byte) (errorFields, bool) {
	var top map[string]json.RawMessage
	if err := json.Unmarshal(body, &top); err != nil || top == nil {
		return errorFields{}, false
	}
	f := fieldsOf(top)
	var nested map[string]json.RawMessage
	if json.Unmarshal(top["error"], &nested) == nil && nested != nil {
		f = f.or(fieldsOf(nested))
	} else if code := scalar(top["error"]); code != "" && f.code == "" {
		f.code = code // {"error": "invalid_token", "error_description": "…"}
	}
	return f, true
}

// fieldsOf picks the known members of one JSON object.
func fieldsOf(obj map[string]json.RawMessage) errorFields {
	return errorFields{
		code:      first(obj, "error_code", "errorCode", "code"),
		message:   first(obj, "error_msg", "errorMessage", "message", "error_description"),
		requestID: first(obj, "request_id", "requestId"),
		detail:    first(obj, "encoded_authorization_message"),
	}
}

// or fills f's empty fields from inner, preferring inner's code and
// message: {"error": {…}} is where such bodies put them.
func (f errorFields) or(inner errorFields) errorFields {
	if inner.code != "" || inner.message != "" {
		f.code, f.message = inner.code, inner.message
	}
	if f.requestID == "" {
		f.requestID = inner.requestID
	}
	if f.detail == "" {
		f.detail = inner.detail
	}
	return f
}

// first returns the first of names that holds a scalar.
func first(obj map[string]json.RawMessage, names ...string) string {
	for _, n := range names {
		if v := scalar(obj[n]); v != "" {
			return v
		}
	}
	return ""
}

// scalar is a JSON string's text or a number's decimal text as sent (IAM
// sends "code": 401); anything else is "".
func scalar(raw json.RawMessage) string {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return ""
	}
	switch c := raw[0]; {
	case c == '"':
		var s string
		if json.Unmarshal(raw, &s) == nil {
			return s
		}
	case c == '-' || (c >= '0' && c <= '9'):
		var n json.Number
		if json.Unmarshal(raw, &n) == nil {
			return n.String()
		}
	}
	return ""
}
