package alibaba

import (
	"encoding/json"
	"errors"
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/polycloud-go/polycloud/internal/apierr"
)

func TestDecodeErrorReadsAlibabaBodies(t *testing.T) {
	tests := []struct {
		name     string
		status   int
		body     string
		code     string
		kind     apierr.Kind
		sentinel error
	}{
		{"throttling", 400, `{"Code":"Throttling"}`, "Throttling", apierr.KindThrottled, ErrThrottled},
		{"throttling user", 400, `{"Code":"Throttling.User"}`, "Throttling.User", apierr.KindThrottled, ErrThrottled},
		{"throttling api", 400, `{"Code":"Throttling.Api"}`, "Throttling.Api", apierr.KindThrottled, ErrThrottled},
		{"rejected throttling", 400, `{"Code":"Rejected.Throttling"}`, "Rejected.Throttling", apierr.KindThrottled, ErrThrottled},
		{"service unavailable", 503, `{"Code":"ServiceUnavailable"}`, "ServiceUnavailable", apierr.KindUnavailable, ErrUnavailable},
		{"system busy", 500, `{"Code":"SystemBusy"}`, "SystemBusy", apierr.KindThrottled, ErrThrottled},
		{"service busy", 400, `{"Code":"ServiceBusy"}`, "ServiceBusy", apierr.KindThrottled, ErrThrottled},
		{"internal error", 500, `{"Code":"InternalError"}`, "InternalError", apierr.KindUnavailable, ErrUnavailable},
		{"unknown error", 500, `{"Code":"UnknownError"}`, "UnknownError", apierr.KindUnavailable, ErrUnavailable},
		{"unknown code on 5xx", 502, `{"Code":"Whatever"}`, "Whatever", apierr.KindUnavailable, ErrUnavailable},
		{"access key not found", 404, `{"Code":"InvalidAccessKeyId.NotFound"}`, "InvalidAccessKeyId.NotFound", apierr.KindUnauthorized, ErrUnauthorized},
		{"access key inactive", 400, `{"Code":"InvalidAccessKeyId.Inactive"}`, "InvalidAccessKeyId.Inactive", apierr.KindUnauthorized, ErrUnauthorized},
		{"signature", 400, `{"Code":"SignatureDoesNotMatch"}`, "SignatureDoesNotMatch", apierr.KindUnauthorized, ErrUnauthorized},
		{"incomplete signature", 400, `{"Code":"IncompleteSignature"}`, "IncompleteSignature", apierr.KindUnauthorized, ErrUnauthorized},
		{"token expired", 400, `{"Code":"InvalidSecurityToken.Expired"}`, "InvalidSecurityToken.Expired", apierr.KindUnauthorized, ErrUnauthorized},
		{"nonce used", 400, `{"Code":"SignatureNonceUsed"}`, "SignatureNonceUsed", apierr.KindUnauthorized, ErrUnauthorized},
		{"timestamp", 400, `{"Code":"InvalidTimeStamp.Expired"}`, "InvalidTimeStamp.Expired", apierr.KindUnauthorized, ErrUnauthorized},
		{"forbidden ram", 403, `{"Code":"Forbidden.RAM"}`, "Forbidden.RAM", apierr.KindForbidden, ErrForbidden},
		{"no permission", 403, `{"Code":"NoPermission"}`, "NoPermission", apierr.KindForbidden, ErrForbidden},
		{"resource not found", 400, `{"Code":"InvalidInstanceId.NotFound"}`, "InvalidInstanceId.NotFound", apierr.KindNotFound, ErrNotFound},
		{"api gateway not found", 400, `{"Code":"NotFoundApiGroup"}`, "NotFoundApiGroup", apierr.KindNotFound, ErrNotFound},
		{"ga not exist", 400, `{"Code":"NotExist.Listener"}`, "NotExist.Listener", apierr.KindNotFound, ErrNotFound},
		{"incorrect status", 400, `{"Code":"IncorrectStatus.Accelerator"}`, "IncorrectStatus.Accelerator", apierr.KindConflict, ErrConflict},
		{"state error", 400, `{"Code":"StateError.Accelerator"}`, "StateError.Accelerator", apierr.KindConflict, ErrConflict},
		{"operation conflict", 400, `{"Code":"OperationConflict"}`, "OperationConflict", apierr.KindConflict, ErrConflict},
		{"ga not steady", 400, `{"Code":"GA_NOT_STEADY"}`, "GA_NOT_STEADY", apierr.KindConflict, ErrConflict},
		{"invalid parameter", 400, `{"Code":"InvalidParameter.PageSize"}`, "InvalidParameter.PageSize", apierr.KindInvalidArgument, ErrInvalidArgument},
		{"missing parameter", 400, `{"Code":"MissingParameter"}`, "MissingParameter", apierr.KindInvalidArgument, ErrInvalidArgument},
		{"illegal parameter", 400, `{"Code":"IllegalParam.Name"}`, "IllegalParam.Name", apierr.KindInvalidArgument, ErrInvalidArgument},
		{"unknown code falls back to status", 404, `{"Code":"Odd"}`, "Odd", apierr.KindNotFound, ErrNotFound},
		{"lower-case members", 400, `{"code":"Throttling.User","message":"slow down","requestId":"R"}`, "Throttling.User", apierr.KindThrottled, ErrThrottled},
		{"numeric code", 400, `{"Code":400,"Message":"bad"}`, "400", apierr.KindInvalidArgument, ErrInvalidArgument},
		{"xml body", 400, `<?xml version="1.0"?><Error><Code>Throttling</Code><Message>m</Message><RequestId>R</RequestId></Error>`, "Throttling", apierr.KindThrottled, ErrThrottled},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := dialect{}.DecodeError(tc.status, http.Header{}, []byte(tc.body))
			assert.Equal(t, tc.code, e.Code)
			assert.Equal(t, tc.kind, e.Kind)
			assert.ErrorIs(t, e, tc.sentinel)
		})
	}
}

func TestDecodeErrorKeepsEveryField(t *testing.T) {
	body := `{"RequestId":"06DD587E","HostId":"ga.cn-hangzhou.aliyuncs.com","Code":"Forbidden.RAM",
	"Message":"User not authorized to operate on the specified resource.",
	"Recommend":"https://api.aliyun.com/troubleshoot?q=Forbidden.RAM",
	"AccessDeniedDetail":{"AuthAction":"ga:ListAccelerators", "NoPermissionType":"ImplicitDeny"}}`
	e := dialect{}.DecodeError(403, http.Header{"X-Acs-Request-Id": {"HEADER-ID"}}, []byte(body))
	assert.Equal(t, "06DD587E", e.RequestID, "the body's request id wins")
	assert.Equal(t, "ga.cn-hangzhou.aliyuncs.com", e.HostID)
	assert.Equal(t, "User not authorized to operate on the specified resource.", e.Message)
	assert.Equal(t, "https://api.aliyun.com/troubleshoot?q=Forbidden.RAM", e.Recommend)
	assert.JSONEq(t, `{"AuthAction":"ga:ListAccelerators","NoPermissionType":"ImplicitDeny"}`, e.Detail)
	assert.Equal(t, apierr.KindForbidden, e.Kind)
}

func TestDecodeErrorWithoutJSONKeepsTheStatus(t *testing.T) {
	tests := []struct {
		name   string
		status int
		ctype  string
		body   string
		want   string
		kind   apierr.Kind
	}{
		{"html gateway page", 502, "text/html; charset=utf-8", "<html><head><title>502 Bad Gateway</title></head><body>…</body></html>",
			"HTTP 502 Bad Gateway (non-JSON body, text/html)", apierr.KindUnavailable},
		{"truncated json", 500, "application/json", `{"RequestId":"R","Code":"Internal`, "HTTP 500 Internal Server Error (malformed JSON body, application/json)", apierr.KindUnavailable},
		{"empty body", 503, "", "", "HTTP 503 Service Unavailable (empty body)", apierr.KindUnavailable},
		{"plain text", 404, "text/plain", "not here", "HTTP 404 Not Found (non-JSON body, text/plain)", apierr.KindNotFound},
		{"json without code", 400, "application/json", `{"foo":1}`, "HTTP 400 Bad Request (JSON body without an error code, application/json)", apierr.KindInvalidArgument},
		{"odd status", 599, "", "x", "HTTP 599 (non-JSON body)", apierr.KindUnavailable},
		{"hostile content type", 502, "text/html\x01evil", "x", "HTTP 502 Bad Gateway (non-JSON body, unrecognised content type)", apierr.KindUnavailable},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h := http.Header{"X-Acs-Request-Id": {"HDR-1"}}
			if tc.ctype != "" {
				h.Set("Content-Type", tc.ctype)
			}
			e := dialect{}.DecodeError(tc.status, h, []byte(tc.body))
			assert.Equal(t, tc.want, e.Message)
			assert.Equal(t, tc.kind, e.Kind)
			assert.Equal(t, "HDR-1", e.RequestID, "request id from the header")
			assert.Empty(t, e.Code)
		})
	}
}

func TestDecodeErrorRedactsTokensAndSignatures(t *testing.T) {
	const token = "CAIS8gF1q6Ft5B2yfSjIr5bUKNXbhqxn0aSncU7hj2kjSu0ai%2FbAsjz2IH5EenRoBe0ctW"
	tests := []struct{ name, message string }{
		{"string to sign", "Specified signature is not matched with our calculation. server string to sign is:POST&%2F&AccessKeyId%3DSTS.x%26SecurityToken%3D" + token + "%26Signature%3DabcDEF%252B%253D%26Timestamp%3D2020"},
		{"double encoded", "server string to sign is:POST%26%252F%26SecurityToken%253D" + token + "%2526Version%253D1"},
		{"raw query", "request https://ga.cn-hangzhou.aliyuncs.com/?SecurityToken=" + token + "&Signature=abc%2BDEF%3D&Action=X"},
		{"lower-case hex", "SecurityToken%3d" + token + "%26x"},
		{"json member", `upstream said {"SecurityToken":"` + token + `","AccessKeySecret":"` + token + `"}`},
		{"at the end", "SecurityToken=" + token},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			body := `{"Code":"SignatureDoesNotMatch","Message":` + jsonString(tc.message) + `}`
			e := dialect{}.DecodeError(400, http.Header{}, []byte(body))
			assert.NotContains(t, e.Message, "CAIS8gF1q6Ft5B2y")
			assert.NotContains(t, e.Message, "abcDEF")
			assert.NotContains(t, e.Message, "abc%2BDEF")
			assert.Contains(t, e.Message, redactedValue)
		})
	}
}

func TestRedactSecretsKeepsOtherParameters(t *testing.T) {
	in := "POST&%2F&AccessKeyId%3DLTAI%26SecurityToken%3Dtok%252Ben%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3Dn%26Signature%3Dsig%26Timestamp%3Dt"
	want := "POST&%2F&AccessKeyId%3DLTAI%26SecurityToken%3D<redacted>%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3Dn%26Signature%3D<redacted>%26Timestamp%3Dt"
	assert.Equal(t, want, redactSecrets(in))
	assert.Equal(t, "nothing secret here", redactSecrets("nothing secret here"))
}

func jsonString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

func TestAPIErrorFormatsOnOneLine(t *testing.T) {
	e := dialect{}.DecodeError(400, http.Header{}, []byte(`{"RequestId":"R1","Code":"Throttling.User","Message":"slow down"}`))
	e.Provider, e.Service, e.Operation, e.StatusCode = "alibaba", "ga", "ListForwardingRules", 400
	assert.Equal(t, "alibaba ga ListForwardingRules: HTTP 400 Throttling.User: slow down (request id R1)", e.Error())
	assert.True(t, e.Retryable())
	var apiErr *APIError
	require.True(t, errors.As(error(e), &apiErr))
}
