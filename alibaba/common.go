package alibaba

import (
	"net/http"
	"net/url"

	"github.com/polycloud-go/polycloud/internal/ids"
)

// formHeader is the Content-Type of a request with form-body parameters.
var formHeader = http.Header{"Content-Type": {"application/x-www-form-urlencoded"}}

// completeParams copies params and adds what every call of op needs
// before signing: Action, Version, Format=JSON (the server's default is
// XML), RegionId and ClientToken when the action takes them and the
// caller left them empty. The ClientToken is made here, once per call, so
// every retry carries the same one.
func (c *Client) completeParams(op *Operation, params *Params) *Params {
	p := &Params{}
	if params != nil {
		p.query = append(make([]Param, 0, len(params.query)+6), params.query...)
		p.form = withoutSignerNames(params.form)
	}
	p.Set("Action", op.Action)
	p.Set("Version", c.product.Version)
	p.Set("Format", "JSON")
	if _, ok := p.Get("RegionId"); op.RegionID && !ok {
		if region := c.regionID(); region != "" {
			p.Set("RegionId", region)
		}
	}
	if _, ok := p.Get("ClientToken"); op.ClientToken && !ok {
		p.Set("ClientToken", ids.New())
	}
	return p
}

// withoutSignerNames copies form parameters, leaving out the names the
// signer sets itself (AccessKeyId, Signature, …): they would be sent
// without being signed. In the query the signer's own values replace them.
func withoutSignerNames(form []Param) []Param {
	var out []Param
	for _, kv := range form {
		if !reservedBySigner(kv.Name, false) {
			out = append(out, kv)
		}
	}
	return out
}

func (c *Client) regionID() string {
	if c.product.RegionID != "" {
		return c.product.RegionID
	}
	return c.cfg.Region
}

// encodeForm writes form parameters as a request body; nil when none.
func encodeForm(form []Param) []byte {
	if len(form) == 0 {
		return nil
	}
	v := make(url.Values, len(form))
	for _, kv := range form {
		v.Set(kv.Name, kv.Value)
	}
	return []byte(v.Encode())
}
