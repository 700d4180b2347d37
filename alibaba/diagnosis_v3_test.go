package alibaba

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// rewriting is a transport standing in for a proxy that changes requests
// after they were signed.
type rewriting func(*http.Request)

func (f rewriting) RoundTrip(req *http.Request) (*http.Response, error) {
	req = req.Clone(req.Context())
	f(req)
	return http.DefaultTransport.RoundTrip(req)
}

func TestSignatureV3MismatchIsDiagnosed(t *testing.T) {
	server := func(r receivedRequest) string { return r.v3CanonicalRequest(t) }
	plusForSpace := func(r receivedRequest) string { // canonicalises the query like url.Values.Encode
		lines := strings.Split(r.v3CanonicalRequest(t), "\n")
		lines[2] = r.Query.Encode()
		return strings.Join(lines, "\n")
	}
	changeBody := rewriting(func(r *http.Request) {
		r.Body, r.ContentLength = io.NopCloser(strings.NewReader("Data=changed")), int64(len("Data=changed"))
	})
	changeDate := rewriting(func(r *http.Request) { r.Header.Set("X-Acs-Date", "2000-01-01T00:00:00Z") })
	tests := []struct {
		name      string
		secret    string // the server's
		canonical func(receivedRequest) string
		quote     int
		transport http.RoundTripper
		want      string
	}{
		{"wrong secret", "the-server-knows-another", server, quoteBoth, nil, verdictSame},
		{"wrong secret, string to sign only", "the-server-knows-another", server, quoteStringToSign, nil, verdictSame},
		{"server canonicalises the query otherwise", testSecret, plusForSpace, quoteBoth, nil, verdictDiffer + " (first difference: the query)]"},
		{"digests differ, nothing else quoted", testSecret, plusForSpace, quoteStringToSign, nil, verdictDiffer + " (the canonical request digests differ)]"},
		{"body changed after signing", testSecret, server, quoteBoth, changeBody, verdictDiffer + " (first difference: the payload hash (the body changed after it was signed))]"},
		{"header changed after signing", testSecret, server, quoteBoth, changeDate, verdictDiffer + " (first difference: header x-acs-date)]"},
		{"nothing quoted", "the-server-knows-another", server, quoteNothing, nil, verdictV3Undiagnosed},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := newFakeRPC(t, mismatchV3(tc.secret, tc.canonical, tc.quote))
			cfg := Config{Credentials: StaticCredentials("STS.id", testSecret, diagnosisToken), Endpoint: f.srv.URL,
				Retry: fastRetry, Signature: SignatureV3, HTTPClient: &http.Client{Transport: tc.transport}}
			p := paramsOf("GroupId", "a b*c")
			p.SetForm("Data", "original")
			err := NewClient(cfg, apiGateway).Call(context.Background(), &Operation{Action: "ImportSwagger"}, p, nil)

			var apiErr *APIError
			require.ErrorAs(t, err, &apiErr)
			assert.Equal(t, "SignatureDoesNotMatch", apiErr.Code)
			assert.True(t, strings.HasSuffix(apiErr.Message, " "+tc.want), apiErr.Message)
			assert.NotContains(t, fmt.Sprintf("%v %+v %#v", err, err, apiErr), "CAIStokenVALUE")
			assert.Len(t, f.requests(), 1, "a signature mismatch is not retried")
		})
	}
}

func TestFirstDifferentPart(t *testing.T) {
	ours := "POST\n/\nA=1\nhost:h\nx-acs-date:d\n\nhost;x-acs-date\nHASH"
	tests := []struct{ server, want string }{
		{"GET\n/\nA=1\nhost:h\nx-acs-date:d\n\nhost;x-acs-date\nHASH", "the method"},
		{"POST\n/x\nA=1\nhost:h\nx-acs-date:d\n\nhost;x-acs-date\nHASH", "the path"},
		{"POST\n/\nA=2\nhost:h\nx-acs-date:d\n\nhost;x-acs-date\nHASH", "the query"},
		{"POST\n/\nA=1\nhost:other\nx-acs-date:d\n\nhost;x-acs-date\nHASH", "header host"},
		{"POST\n/\nA=1\nhost:h\nx-acs-date:e\n\nhost;x-acs-date\nHASH", "header x-acs-date"},
		{"POST\n/\nA=1\nhost:h\n\nhost\nHASH", "header x-acs-date"},
		{"POST\n/\nA=1\nhost:h\nx-acs-date:d\nx-acs-more:m\n\nhost;x-acs-date;x-acs-more\nHASH", "the set of signed headers"},
		{"POST\n/\nA=1\nhost:h\nx-acs-date:d\n\nhost;x-acs-date\nOTHER", "the payload hash (the body changed after it was signed)"},
		{ours, "none found in the quoted text"},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, firstDifferentPart(ours, tc.server), tc.server)
	}
	assert.Equal(t, "a header", headerPart("X-Weird Name:v"))
}

func TestVerdictV3ReadsAnEscapedLineBreak(t *testing.T) {
	cr := "POST\n/\n\nhost:h\n\nhost\n" + emptyPayloadHash
	digest := v3StringToSign(cr)[len(v3Algorithm)+1:]
	assert.Equal(t, verdictSame, verdictV3(cr, `server string to sign is:ACS3-HMAC-SHA256\n`+digest))
	assert.Equal(t, verdictSame, verdictV3(cr, "server string to sign is:ACS3-HMAC-SHA256\n"+strings.ToUpper(digest)))
	assert.Equal(t, verdictV3Undiagnosed, verdictV3(cr, "Specified signature is not matched with our calculation."))
}

func TestIncompleteSignatureV3GetsNoVerdict(t *testing.T) {
	const msg = "The request signature does not conform to Aliyun standards. (the x-acs-extra header is not signed)"
	f := newFakeRPC(t, reply{status: 400, body: map[string]any{"Code": "IncompleteSignature", "Message": msg}})
	err := newV3TestClient(f, testProduct, StaticCredentials(testKeyID, testSecret, "")).Call(context.Background(), listRules, nil, nil)
	var apiErr *APIError
	require.ErrorAs(t, err, &apiErr)
	assert.Equal(t, msg, apiErr.Message)
}
