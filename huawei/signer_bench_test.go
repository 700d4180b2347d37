package huawei

import (
	"context"
	"net/http"
	"testing"
	"time"

	"github.com/polycloud-go/polycloud/internal/pipeline"
)

// dayToken is a Credentials source that hands out 24-hour tokens, like IAM.
type dayToken struct{}

func (dayToken) Token(context.Context, TokenRequest) (Token, error) {
	return Token{Value: "MIIExampleToken", ExpiresAt: time.Now().Add(24 * time.Hour)}, nil
}

// benchSigner is a token signer whose cache already holds a fresh token.
func benchSigner(b *testing.B) (*tokenSigner, *http.Request) {
	cfg := Config{Region: "ap-southeast-1", Credentials: dayToken{}}
	service := Service{Name: "ga", DomainScoped: true}
	s := &tokenSigner{tokens: newTokenCache(cfg, service.Name, pipeline.Settings{}), scope: scopeFor(cfg, service)}
	req, err := http.NewRequest(http.MethodGet, "https://ga.myhuaweicloud.com/v1/byoip-pools", nil)
	if err != nil {
		b.Fatal(err)
	}
	if err := s.Sign(context.Background(), req, &pipeline.Call{}); err != nil { // fills the cache
		b.Fatal(err)
	}
	return s, req
}

// BenchmarkTokenCacheHit is the token lookup every attempt makes while the
// cached token is fresh. It must not allocate.
func BenchmarkTokenCacheHit(b *testing.B) {
	s, _ := benchSigner(b)
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := s.tokens.Token(ctx, s.scope); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSignToken is what a cached token costs an attempt: the lookup
// and the X-Auth-Token header.
func BenchmarkSignToken(b *testing.B) {
	s, req := benchSigner(b)
	ctx, call := context.Background(), &pipeline.Call{}
	b.ReportAllocs()
	for b.Loop() {
		if err := s.Sign(ctx, req, call); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSignTokenParallel signs from many goroutines through one cache,
// as concurrent calls on one client do: the cache's lock is the only
// shared state on this path.
func BenchmarkSignTokenParallel(b *testing.B) {
	s, _ := benchSigner(b)
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		req, _ := http.NewRequest(http.MethodGet, "https://ga.myhuaweicloud.com/v1/byoip-pools", nil)
		ctx, call := context.Background(), &pipeline.Call{}
		for pb.Next() {
			if err := s.Sign(ctx, req, call); err != nil {
				b.Error(err)
				return
			}
		}
	})
}
