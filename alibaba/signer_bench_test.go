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
// crypto is HMAC-SHA1 (keyed once) and base64 over the same string to sign,
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
		start := processCPU()
		for b.Loop() {
			if err := s.Sign(ctx, req, call); err != nil {
				b.Fatal(err)
			}
		}
		reportCPU(b, start)
	})
	b.Run("part=crypto", func(b *testing.B) { // keyed once, as the signer does
		b.ReportAllocs()
		mac := hmac.New(sha1.New, []byte("ExampleSecretValue0123456789&"))
		var sum [sha1.Size]byte
		var out [signatureLen]byte
		start := processCPU()
		for b.Loop() {
			mac.Reset()
			mac.Write(toSign)
			base64.StdEncoding.Encode(out[:], mac.Sum(sum[:0]))
		}
		reportCPU(b, start)
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

// reportCPU adds cpu-ns/op, the process's CPU time per iteration since
// start (see processCPU).
func reportCPU(b *testing.B, start time.Duration) {
	if b.N > 0 && start >= 0 {
		b.ReportMetric(float64(processCPU()-start)/float64(b.N), "cpu-ns/op")
	}
}
