package huaweitest

import (
	"net/http"
	"net/url"

	"github.com/polycloud-go/polycloud/internal/emu"
)

// call is the server's state for one request.
type call struct {
	x         *emu.Exchange
	op        operation
	requestID string
	vars      map[string]string // path variables
	body      []byte
	// token is what the caller authenticated for, set once it is
	// accepted: its token's scope, or the project or domain a signed
	// request names.
	token tokenInfo
}

// callOf returns the call an exchange belongs to.
func callOf(x *emu.Exchange) *call { return x.Data.(*call) }

// params merges the query and the path variables, for listings.
func (c *call) params() url.Values {
	p := c.x.R.URL.Query()
	for k, v := range c.vars {
		p.Set(k, v)
	}
	return p
}

// header sets what every answer carries: JSON and X-Request-Id.
func (c *call) header() http.Header {
	h := c.x.W.Header()
	h.Set("Content-Type", "application/json;charset=UTF-8")
	h.Set("X-Request-Id", c.requestID)
	return h
}

// succeed answers status with body.
func (c *call) succeed(status int, body any) {
	c.header()
	emu.WriteJSON(c.x.W, status, body)
}

// fail answers with err in the shape of the call's service.
func (c *call) fail(err error) {
	e := asAPIError(err, c.op.service)
	h := c.header()
	for k, vs := range e.header {
		h[k] = vs
	}
	c.x.SetCode(e.code)
	emu.WriteJSON(c.x.W, e.status, e.body(c.requestID))
}
