package gentest

import (
	"net/http"
	"net/url"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

// RPC is what an Alibaba RPC request must carry.
type RPC struct {
	Action  string
	Version string
	// RegionID is the RegionId the client must fill in; "" means the
	// action takes none and none may be sent.
	RegionID string
	// ClientToken says the client must send a generated ClientToken.
	ClientToken bool
	// Params are the operation's own parameters, all of them: any other
	// parameter sent fails the assertion.
	Params map[string]string
	// Form lists the names of Params that must travel in the form body;
	// the rest must be in the query.
	Form []string
}

// signatureParams are added by the signer. Their values are the signer's
// business and are tested in package alibaba; here they need only be there.
var signatureParams = []string{"AccessKeyId", "Signature", "SignatureMethod", "SignatureNonce", "SignatureVersion", "Timestamp"}

// AssertRPC checks a recorded Alibaba RPC call: POST /, Action, Version,
// Format=JSON, RegionId and ClientToken as want says, the signature
// parameters present, and exactly the operation parameters of want.
func AssertRPC(t testing.TB, got Recorded, want RPC) {
	t.Helper()
	assert.Equal(t, http.MethodPost, got.Method)
	assert.Equal(t, "/", got.Path)
	all := mergeParams(got.Query, got.Form)
	expect := map[string]string{"Action": want.Action, "Version": want.Version, "Format": "JSON"}
	if want.RegionID != "" {
		expect["RegionId"] = want.RegionID
	}
	for k, v := range want.Params {
		expect[k] = v
		assert.Equal(t, slices.Contains(want.Form, k), got.Form.Has(k), "parameter %s in the form body", k)
	}
	for _, k := range signatureParams {
		assert.NotEmpty(t, all.Get(k), "signature parameter %s", k)
		all.Del(k)
	}
	if want.ClientToken {
		assert.NotEmpty(t, all.Get("ClientToken"), "generated ClientToken")
		all.Del("ClientToken")
	}
	assert.Equal(t, expect, single(all), "parameters sent")
	if len(want.Form) == 0 {
		assert.Empty(t, got.Header.Get("Content-Type"), "Content-Type of a call without form parameters")
		assert.Empty(t, got.Body, "body of a call without form parameters")
	}
}

func mergeParams(lists ...url.Values) url.Values {
	all := url.Values{}
	for _, l := range lists {
		for k, vs := range l {
			all[k] = append(all[k], vs...)
		}
	}
	return all
}

// single flattens parameters that must each be sent once; a repeated one
// shows up as its values joined, so the comparison fails visibly.
func single(v url.Values) map[string]string {
	m := make(map[string]string, len(v))
	for k, vs := range v {
		m[k] = vs[0]
		if len(vs) > 1 {
			m[k] = "REPEATED:" + url.Values{k: vs}.Encode()
		}
	}
	return m
}
