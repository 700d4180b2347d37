package huawei

import (
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/polycloud-go/polycloud/internal/apierr"
)

func TestDecodeError(t *testing.T) {
	longToken := "MIIatAYJKoZIhvcNAQcCoIIapTCCGqECAQExDTALBglghkgBZQMEAgEwghjGBgkqhkiG9w0BBwGgghi3BIIYs3sidG9rZW4i"
	tests := []struct {
		name   string
		status int
		header http.Header
		body   string
		want   apierr.Error
	}{
		{"flat with body request id", 404, nil,
			`{"error_code":"APIG.3030","error_msg":"The instance does not exist","request_id":"body-1"}`,
			apierr.Error{Code: "APIG.3030", Message: "The instance does not exist", RequestID: "body-1", Kind: apierr.KindNotFound}},
		{"header request id wins", 400, http.Header{"X-Request-Id": {"hdr-1"}},
			`{"error_code":"GA.9001","error_msg":"Invalid limit: 0","request_id":"body-1"}`,
			apierr.Error{Code: "GA.9001", Message: "Invalid limit: 0", RequestID: "hdr-1", Kind: apierr.KindInvalidArgument}},
		{"nested numeric code", 401, nil,
			`{"error":{"message":"The request you have made requires authentication.","code":401,"title":"Unauthorized"}}`,
			apierr.Error{Code: "401", Message: "The request you have made requires authentication.", Kind: apierr.KindUnauthorized}},
		{"nested string code", 400, nil, `{"error":{"code":"GA.0001","message":"bad"}}`,
			apierr.Error{Code: "GA.0001", Message: "bad", Kind: apierr.KindInvalidArgument}},
		{"nested big numeric code kept as sent", 500, nil, `{"error":{"code":12345678901234567890,"message":"m"}}`,
			apierr.Error{Code: "12345678901234567890", Message: "m", Kind: apierr.KindUnavailable}},
		{"plain code and message", 409, nil, `{"code":"CCE.01409001","message":"exists"}`,
			apierr.Error{Code: "CCE.01409001", Message: "exists", Kind: apierr.KindConflict}},
		{"camel case", 400, nil, `{"errorCode":"X.1","errorMessage":"m"}`,
			apierr.Error{Code: "X.1", Message: "m", Kind: apierr.KindInvalidArgument}},
		{"policy denial detail", 403, nil,
			`{"error_code":"IAM.0002","error_msg":"denied","encoded_authorization_message":"4vlILviZECgA..."}`,
			apierr.Error{Code: "IAM.0002", Message: "denied", Detail: "4vlILviZECgA...", Kind: apierr.KindForbidden}},
		{"oauth style", 401, nil, `{"error":"invalid_token","error_description":"expired"}`,
			apierr.Error{Code: "invalid_token", Message: "expired", Kind: apierr.KindUnauthorized}},
		{"gateway throttling with 429", 429, nil, `{"error_code":"APIGW.0308","error_msg":"The throttling threshold has been reached"}`,
			apierr.Error{Code: "APIGW.0308", Message: "The throttling threshold has been reached", Kind: apierr.KindThrottled}},
		{"gateway throttling whatever the status", 403, nil, `{"error_code":"APIG.0308","error_msg":"over ratelimit"}`,
			apierr.Error{Code: "APIG.0308", Message: "over ratelimit", Kind: apierr.KindThrottled}},
		{"gateway auth failure", 401, nil, `{"error_code":"APIGW.0301","error_msg":"Incorrect IAM authentication information: decrypt token fail"}`,
			apierr.Error{Code: "APIGW.0301", Message: "Incorrect IAM authentication information: decrypt token fail", Kind: apierr.KindUnauthorized}},
		{"gateway: API not published", 404, nil, `{"error_code":"APIGW.0101","error_msg":"The API does not exist or has not been published in the environment"}`,
			apierr.Error{Code: "APIGW.0101", Message: "The API does not exist or has not been published in the environment", Kind: apierr.KindNotFound}},
		{"APIG token code", 400, nil, `{"error_code":"APIG.1002","error_msg":"Incorrect token"}`,
			apierr.Error{Code: "APIG.1002", Message: "Incorrect token", Kind: apierr.KindUnauthorized}},
		{"APIG not-found code", 400, nil, `{"error_code":"APIG.3002","error_msg":"The API does not exist"}`,
			apierr.Error{Code: "APIG.3002", Message: "The API does not exist", Kind: apierr.KindNotFound}},
		{"service unavailable", 503, nil, `{"error_code":"APIG.9999","error_msg":"System error"}`,
			apierr.Error{Code: "APIG.9999", Message: "System error", Kind: apierr.KindUnavailable}},
		{"HTML gateway page", 502, http.Header{"Content-Type": {"text/html; charset=utf-8"}, "X-Request-Id": {"lb-1"}},
			"<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>",
			apierr.Error{Message: "HTML page instead of a JSON error (content type text/html; charset=utf-8): 502 Bad Gateway",
				RequestID: "lb-1", Kind: apierr.KindUnavailable}},
		{"HTML without title or type", 504, nil, "<html><body>timeout</body></html>",
			apierr.Error{Message: "HTML page instead of a JSON error (content type none)", Kind: apierr.KindUnavailable}},
		{"truncated JSON", 500, http.Header{"Content-Type": {"application/json"}}, `{"error_code":"APIG.99`,
			apierr.Error{Message: "response body is not a JSON error object (content type application/json, 22 bytes)", Kind: apierr.KindUnavailable}},
		{"JSON array", 400, nil, `[1,2]`,
			apierr.Error{Message: "response body is not a JSON error object (content type none, 5 bytes)", Kind: apierr.KindInvalidArgument}},
		{"JSON null", 400, nil, `null`,
			apierr.Error{Message: "response body is not a JSON error object (content type none, 4 bytes)", Kind: apierr.KindInvalidArgument}},
		{"empty object", 409, nil, `{}`,
			apierr.Error{Message: "the error body has no error code or message", Kind: apierr.KindConflict}},
		{"empty body", 429, nil, "  \n",
			apierr.Error{Message: "empty response body", Kind: apierr.KindThrottled}},
		{"non-scalar fields ignored", 400, nil, `{"error_code":{"x":1},"error_msg":["a"],"message":"m"}`,
			apierr.Error{Message: "m", Kind: apierr.KindInvalidArgument}},
		{"multi-line message on one line", 400, nil, `{"error_code":"X","error_msg":"line one\n\tline two"}`,
			apierr.Error{Code: "X", Message: "line one line two", Kind: apierr.KindInvalidArgument}},
		{"echoed token redacted", 401, nil, `{"error_code":"APIGW.0301","error_msg":"token ` + longToken + ` invalid"}`,
			apierr.Error{Code: "APIGW.0301", Message: "token [redacted] invalid", Kind: apierr.KindUnauthorized}},
		{"paths and ids kept", 404, nil,
			`{"error_code":"APIG.3030","error_msg":"/v2/0a1b2c3d4e5f60718293a4b5c6d7e8f9/apigw/instances/9f8e7d6c5b4a39281706f5e4d3c2b1a0 not found"}`,
			apierr.Error{Code: "APIG.3030", Message: "/v2/0a1b2c3d4e5f60718293a4b5c6d7e8f9/apigw/instances/9f8e7d6c5b4a39281706f5e4d3c2b1a0 not found",
				Kind: apierr.KindNotFound}},
		{"redirect", 302, nil, ``, apierr.Error{Message: "empty response body"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := dialect{}.DecodeError(tt.status, tt.header, []byte(tt.body))
			assert.Equal(t, tt.want, *got)
		})
	}
}

func TestDecodeErrorBoundsWhatItKeeps(t *testing.T) {
	body := `{"error_code":"` + strings.Repeat("C", 500) + `","error_msg":"` + strings.Repeat("word ", 1000) + `"}`
	got := dialect{}.DecodeError(400, nil, []byte(body))
	assert.LessOrEqual(t, len(got.Code), maxCodeLen+len("…"))
	assert.LessOrEqual(t, len(got.Message), maxMessageLen+len("…"))
	assert.True(t, strings.HasSuffix(got.Message, "…"))
}

func TestDialectNames(t *testing.T) {
	assert.Equal(t, "huawei", dialect{}.Provider())
	assert.Equal(t, "r-1", dialect{}.RequestID(http.Header{"X-Request-Id": {"r-1"}}))
}

func TestTruncateKeepsRunes(t *testing.T) {
	assert.Equal(t, "ab…", truncate("abcdef", 2))
	assert.Equal(t, "a…", truncate("aé", 2), "never cuts inside a rune")
	assert.Equal(t, "abc", truncate("abc", 3))
}
