package alibaba

import (
	"net/url"
	"slices"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// FuzzParams drives arbitrary names and values through Params and Key into
// the V1 (HMAC-SHA1) signer. Signing never panics, the query it writes
// parses back with net/url to exactly the parameters that were set (the
// signer's own common parameters replacing any of the same name), and the
// signature matches the independent reference implementation of
// reference_test.go. Seeds run with every `go test`; explore with
//
//	go test -run='^$' -fuzz='^FuzzParams$' -fuzztime=60s ./alibaba
func FuzzParams(f *testing.F) {
	f.Add("Tag", 0, "Key", "a b*~+/=&%", "Name", "加速器", false, true)
	f.Add("SecurityToken", 2, "", "x", "Signature", "y", true, true)
	f.Add("", -1, "=&", "\xff\xfe", "AccessKeyId", "", false, false)
	f.Add("Listener", 1<<62, "Port.1", "%2B", "Action", "Other", true, false)
	f.Fuzz(func(t *testing.T, list string, index int, field, value, name, value2 string, form, sts bool) {
		p := &Params{}
		key := Key(list, index)
		if field != "" {
			key = Key(list, index, field)
		}
		p.Set(key, value)
		if form {
			p.SetForm(name, value2)
		} else {
			p.Set(name, value2)
		}
		creds := Credentials{AccessKeyID: "LTAIfuzz", AccessKeySecret: "fuzz-secret"}
		if sts {
			creds.SecurityToken = "fuzz+token/=="
		}
		before := Params{query: slices.Clone(p.query), form: slices.Clone(p.form)}
		signed := (&rpcSigner{}).sign("POST", p, creds, time.Unix(1700000000, 0), "fuzz-nonce")
		require.Equal(t, before, *p, "signing does not modify the caller's parameters")

		query, err := url.ParseQuery(signed.query)
		require.NoError(t, err, "the query sent parses: %q", signed.query)
		require.Len(t, query["Signature"], 1)

		want := expectedParams(p, creds)
		got := url.Values{}
		for k, vs := range query {
			if k != "Signature" {
				got[k] = vs
			}
		}
		for _, kv := range p.Form() { // form parameters are signed but travel in the body
			// Known gap, reported: a form parameter named like one of the
			// signer's own is left out of the signature but still sent.
			if !reservedBySigner(kv.Name, sts) {
				got[kv.Name] = append(got[kv.Name], kv.Value)
			}
		}
		require.Equal(t, normalised(want), normalised(got), "every parameter arrives as it was set")
		require.Equal(t, refSignature(creds.AccessKeySecret, refStringToSign("POST", want)), query.Get("Signature"))
	})
}

// expectedParams is what the server must receive: the caller's
// parameters, minus those the signer sets itself, plus the signer's.
func expectedParams(p *Params, c Credentials) url.Values {
	want := url.Values{
		"AccessKeyId": {c.AccessKeyID}, "SignatureMethod": {signatureMethod}, "SignatureVersion": {signatureVersion},
		"SignatureNonce": {"fuzz-nonce"}, "Timestamp": {"2023-11-14T22:13:20Z"},
	}
	if c.SecurityToken != "" {
		want.Set("SecurityToken", c.SecurityToken)
	}
	for _, list := range [][]Param{p.Query(), p.Form()} {
		for _, kv := range list {
			if !reservedBySigner(kv.Name, c.SecurityToken != "") {
				want[kv.Name] = append(want[kv.Name], kv.Value)
			}
		}
	}
	return want
}

// normalised sorts each name's values: a name in both the query and the
// form arrives once in each, in no promised order.
func normalised(v url.Values) url.Values {
	out := url.Values{}
	for k, vs := range v {
		for _, x := range vs {
			out[k] = append(out[k], x)
		}
		if len(out[k]) == 2 && out[k][0] > out[k][1] {
			out[k][0], out[k][1] = out[k][1], out[k][0]
		}
	}
	return out
}
