package alibaba

import (
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/polycloud-go/polycloud/internal/apierr"
)

// Seed corpora live in testdata/fuzz/<Name>/, so plain `go test` runs
// them; `go test -fuzz=FuzzPercentEncode` explores further.

func FuzzPercentEncode(f *testing.F) {
	for _, s := range []string{"", "abc", "a b", "*~+/=&%", "加速器", "\xff\xfe", "%2B"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := refEncode(s)
		require.Equal(t, want, percentEncode(s))
		require.Equal(t, len(want), encodedLen(s))
		require.Equal(t, want, string(appendEncoded(nil, s)))
		once, twice := appendEncodedTwice(nil, nil, s)
		require.Equal(t, want, string(once))
		require.Equal(t, refEncode(want), string(twice), "encoding twice in one pass")
	})
}

func FuzzDecodeError(f *testing.F) {
	f.Add(400, "application/json", []byte(`{"Code":"Throttling.User","Message":"m","RequestId":"r"}`))
	f.Add(502, "text/html", []byte(`<html>bad gateway</html>`))
	f.Add(500, "", []byte(`{"Code":`))
	f.Fuzz(func(t *testing.T, status int, contentType string, body []byte) {
		h := http.Header{"Content-Type": {contentType}}
		e := dialect{}.DecodeError(status, h, body)
		require.NotNil(t, e)
		assert.LessOrEqual(t, e.Kind, apierr.KindUnavailable)
		if e.Code == "" {
			assert.NotEmpty(t, e.Message, "without a code the message still says what arrived")
		}
		assert.Equal(t, e.Message, redactSecrets(e.Message), "redaction is complete and idempotent")
	})
}
