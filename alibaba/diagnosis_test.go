package alibaba

import (
	"context"
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const diagnosisToken = "CAIStokenVALUEforDIAGNOSIS+/="

func TestSignatureMismatchWithWrongSecretSaysSo(t *testing.T) {
	f := newFakeRPC(t, mismatch("the-server-knows-another-secret", receivedRequest.stringToSign))
	c := newTestClient(f, testProduct, StaticCredentials("STS.id", testSecret, diagnosisToken))
	err := c.Call(context.Background(), listRules, paramsOf("Name", "a b*c"), nil)

	var apiErr *APIError
	require.ErrorAs(t, err, &apiErr)
	assert.Equal(t, "SignatureDoesNotMatch", apiErr.Code)
	assert.ErrorIs(t, err, ErrUnauthorized)
	assert.True(t, strings.HasSuffix(apiErr.Message, verdictSame), apiErr.Message)
	assert.NotContains(t, err.Error(), "CAIStokenVALUE")
	assert.NotContains(t, err.Error(), testSecret)
	assert.Len(t, f.requests(), 1, "a signature mismatch is not retried")
}

func TestSignatureMismatchFromCanonicalisationSaysSo(t *testing.T) {
	// This server canonicalises like url.Values.Encode (a space as "+"),
	// so its string to sign differs from polycloud's whenever a value has
	// a space, although the secret is right.
	plusForSpace := func(r receivedRequest) string {
		return r.Method + "&%2F&" + url.QueryEscape(r.signed().Encode())
	}
	f := newFakeRPC(t, mismatch(testSecret, plusForSpace))
	c := newTestClient(f, testProduct, StaticCredentials("STS.id", testSecret, diagnosisToken))
	err := c.Call(context.Background(), listRules, paramsOf("Name", "a b"), nil)

	var apiErr *APIError
	require.ErrorAs(t, err, &apiErr)
	assert.Contains(t, apiErr.Message, "polycloud's string to sign differs from the server's: a canonicalisation problem, please report it")
	assert.NotContains(t, err.Error(), "CAIStokenVALUE")
}

func TestDiagnosisLeavesOtherErrorsAlone(t *testing.T) {
	f := newFakeRPC(t, reply{status: 400, body: map[string]any{"Code": "InvalidParameter", "Message": "string to sign is:x"}})
	err := newTestClient(f, testProduct, StaticCredentials(testKeyID, testSecret, "")).Call(context.Background(), listRules, nil, nil)
	var apiErr *APIError
	require.ErrorAs(t, err, &apiErr)
	assert.Equal(t, "string to sign is:x", apiErr.Message)
}

func TestSignatureVerdict(t *testing.T) {
	assert.Equal(t, verdictSame, signatureVerdict("abc", "abc"))
	assert.Equal(t, verdictDiffer+" (first difference at byte 2)]", signatureVerdict("abc", "abd"))
	assert.Equal(t, verdictDiffer+" (first difference at byte 3)]", signatureVerdict("abc", "abcd"))
	sts, ok := serverStringToSign("Specified signature is not matched with our calculation. server string to sign is:POST&%2F&A%3Db")
	assert.True(t, ok)
	assert.Equal(t, "POST&%2F&A%3Db", sts)
	_, ok = serverStringToSign("no string here")
	assert.False(t, ok)
}
