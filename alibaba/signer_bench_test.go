package alibaba

import (
	"context"
	"crypto/hmac"
	"crypto/sha1"
	"encoding/base64"
	"net/http"
	"testing"
	"time"

	"github.com/polycloud-go/polycloud/internal/ids"
	"github.com/polycloud-go/polycloud/internal/pipeline"
)

// BenchmarkSignParts splits BenchmarkSign's cost so that its time can be
// judged against parts no signer can avoid, measured in the same run:
// crypto is HMAC-SHA1 and base64 over a string to sign of the same length,
// nonce a random UUID, clock reading the time. The target for a whole
// signature is 2 µs and 12 allocations on a typical server core.
func BenchmarkSignParts(b *testing.B) {
	s := newSigner(CachedCredentials(StaticCredentials("LTAI5tExampleKeyId", "ExampleSecretValue0123456789", ""))).(*rpcSigner)
	call := &pipeline.Call{Params: benchParams()}
	req, err := http.NewRequest("POST", "https://ga.cn-hangzhou.aliyuncs.com/", nil)
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	if err := s.Sign(ctx, req, call); err != nil {
		b.Fatal(err)
	}
	toSign := []byte(stringToSign("POST", req.URL.RawQuery))
	b.Run("part=whole", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if err := s.Sign(ctx, req, call); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("part=crypto", func(b *testing.B) {
		b.ReportAllocs()
		var out [signatureLen]byte
		for b.Loop() {
			mac := hmac.New(sha1.New, []byte("ExampleSecretValue0123456789&"))
			mac.Write(toSign)
			base64.StdEncoding.Encode(out[:], mac.Sum(nil))
		}
	})
	b.Run("part=nonce", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_ = ids.New()
		}
	})
	b.Run("part=clock", func(b *testing.B) {
		for b.Loop() {
			_ = formatTimestamp(time.Now())
		}
	})
}
