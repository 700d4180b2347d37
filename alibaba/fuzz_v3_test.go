package alibaba

import (
	"bytes"
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// FuzzCanonicalRequestV3 signs a request with fuzzed parameter names and
// values, form body, STS token and caller header, and checks that the
// signer never panics, that what it sends is what it signed, and that a
// server-side reference computes the same canonical request and
// signature from the request as sent. The seed corpus is in
// testdata/fuzz/FuzzCanonicalRequestV3.
func FuzzCanonicalRequestV3(f *testing.F) {
	f.Add("Name", "加速器 one*two~three", "", "", "")
	f.Add("Tag.1.Key", "a+b/c=d&e%20f", "openapi: 3.0\npaths: {/a b: *x~}", "CAIS+sts/Token==", "  padded\t")
	f.Add("SecurityToken", "own", "", "CAIS", "line\r\nbreak")
	f.Add("", "", "=&", "", "")
	f.Fuzz(func(t *testing.T, name, value, formValue, token, header string) {
		if !validHeaderValue(token) || !validHeaderValue(header) {
			t.Skip("net/http refuses to send such a header value at all")
		}
		p := paramsOf("Action", "ListForwardingRules", "Version", "2019-11-20", "Format", "JSON", name, value, "ListenerId", "lsr-1")
		if formValue != "" {
			p.SetForm("Data", formValue)
		}
		body := encodeForm(p.form)
		req, err := http.NewRequest(http.MethodPost, "https://ga.cn-hangzhou.aliyuncs.com/", bytes.NewReader(body))
		require.NoError(t, err)
		if body != nil {
			req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		}
		req.Header.Set("X-Acs-Fuzz", header)
		creds := v3Creds
		creds.SecurityToken = token
		cr, err := (&v3State{}).sign(req, v3Input{params: p, creds: creds, body: body, date: "2025-01-02T03:04:05Z", nonce: v3Nonce, keep: true})
		if (name == "Action" || name == "Version") && value == "" {
			require.ErrorIs(t, err, errNoAction)
			return
		}
		require.NoError(t, err)

		ref, auth := refV3FromHTTP(t, req, body)
		refCR, refSigned := refCanonicalRequestV3(ref)
		require.Equal(t, refCR, cr, "canonical request")
		require.Equal(t, refCanonical(ref.Query), req.URL.RawQuery, "the query sent is the canonical query")
		require.Equal(t, refSigned, strings.Join(auth.SignedHeaders, ";"))
		require.Equal(t, refSignatureV3(v3Creds.AccessKeySecret, refStringToSignV3(refCR)), auth.Signature)
		if token != "" {
			require.NotContains(t, ref.Query, "SecurityToken", "no token in the URL")
		}
	})
}

// validHeaderValue rejects the control characters net/http refuses to
// send (it rewrites line breaks, which the signer does too).
func validHeaderValue(v string) bool {
	for i := 0; i < len(v); i++ {
		if c := v[i]; (c < ' ' && c != '\t' && c != '\r' && c != '\n') || c == 0x7f {
			return false
		}
	}
	return true
}
