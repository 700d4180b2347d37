package huawei

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strconv"
)

// Request holds the parts of one REST call that generated code (or you,
// for an operation polycloud does not generate) fills from a request
// struct: path parameters, query, headers and body.
type Request struct {
	path        []pathParam
	query       url.Values
	header      http.Header
	body        []byte
	contentType string
}

type pathParam struct{ name, value string }

// SetPath fills the {name} placeholder of the operation's path. The value
// is escaped as one path segment.
func (r *Request) SetPath(name, value string) { r.path = append(r.path, pathParam{name, value}) }

// SetQuery sets a query parameter.
func (r *Request) SetQuery(name, value string) {
	if r.query == nil {
		r.query = url.Values{}
	}
	r.query.Set(name, value)
}

// AddQuery adds one more value to a repeated query parameter.
func (r *Request) AddQuery(name, value string) {
	if r.query == nil {
		r.query = url.Values{}
	}
	r.query.Add(name, value)
}

// SetQueryInt sets an integer query parameter.
func (r *Request) SetQueryInt(name string, v int64) { r.SetQuery(name, strconv.FormatInt(v, 10)) }

// SetQueryBool sets a boolean query parameter as "true" or "false".
func (r *Request) SetQueryBool(name string, v bool) { r.SetQuery(name, strconv.FormatBool(v)) }

// SetHeader sets a request header.
func (r *Request) SetHeader(name, value string) {
	if r.header == nil {
		r.header = http.Header{}
	}
	r.header.Set(name, value)
}

// SetJSON makes v, encoded as JSON, the request body.
func (r *Request) SetJSON(v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	r.SetBody("application/json;charset=UTF-8", b)
	return nil
}

// SetBody makes b the request body with the given content type.
func (r *Request) SetBody(contentType string, b []byte) {
	r.contentType, r.body = contentType, b
}
