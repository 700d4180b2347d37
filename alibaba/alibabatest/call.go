package alibabatest

import (
	"net/http"
	"net/url"
	"strconv"

	"github.com/polycloud-go/polycloud/internal/emu"
)

// call is the server's state for one request.
type call struct {
	x               *emu.Exchange
	query           url.Values // the URL query alone, as signature V3 signs it
	params          url.Values // query and form parameters together
	body            []byte     // the raw body, as signature V3 hashes it
	v3              bool       // signed with ACS3-HMAC-SHA256
	action, version string     // from the parameters (V1) or the x-acs-* headers (V3)
	requestID       string
	product         product // zero until the Version is known
}

// callOf returns the call an exchange belongs to.
func callOf(x *emu.Exchange) *call { return x.Data.(*call) }

// header sets what every answer carries: JSON and the request ID.
func (c *call) header() http.Header {
	h := c.x.W.Header()
	h.Set("Content-Type", "application/json;charset=utf-8")
	h.Set("X-Acs-Request-Id", c.requestID)
	return h
}

// succeed answers 200 with body, which starts with the RequestId.
func (c *call) succeed(body *emu.Object) {
	c.header()
	emu.WriteJSON(c.x.W, http.StatusOK, body)
}

// fail answers with err in Alibaba's error shape.
func (c *call) fail(err error) {
	e := asAPIError(err)
	h := c.header()
	for k, vs := range e.header {
		h[k] = vs
	}
	c.x.SetCode(e.code)
	emu.WriteJSON(c.x.W, e.status, c.errorBody(e))
}

// errorBody is {RequestId, HostId, Code, Message, Recommend}.
func (c *call) errorBody(e *apiError) *emu.Object {
	host := c.product.host
	if host == "" {
		host = c.x.R.Host
	}
	recommend := "https://api.aliyun.com/troubleshoot?q=" + url.QueryEscape(e.code) +
		"&product=" + url.QueryEscape(c.product.code) + "&requestId=" + c.requestID
	return (&emu.Object{}).Set("RequestId", c.requestID).Set("HostId", host).
		Set("Code", e.code).Set("Message", e.message).Set("Recommend", recommend)
}

// retryAfter adds Alibaba's retry hint (milliseconds) to a refusal.
func retryAfter(e *apiError, ms int64) *apiError {
	e.header = http.Header{"X-Acs-Retry-After": {strconv.FormatInt(ms, 10)}}
	return e
}
