package pipeline

import (
	"net/http"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestJitteredBackoffGrowsWithinBounds(t *testing.T) {
	p := RetryPolicy{MinBackoff: 100 * time.Millisecond, MaxBackoff: time.Second}.withDefaults()
	for attempt, step := range map[int]time.Duration{1: 100, 2: 200, 3: 400, 4: 800, 5: 1000, 9: 1000} {
		step *= time.Millisecond
		for range 50 {
			d := jittered(p, attempt)
			assert.GreaterOrEqual(t, d, step/2, "attempt %d", attempt)
			assert.LessOrEqual(t, d, step, "attempt %d", attempt)
		}
	}
}

func TestRetryAfterHeaders(t *testing.T) {
	date := time.Now().Add(90 * time.Second).UTC().Format(http.TimeFormat)
	tests := []struct {
		header http.Header
		min    time.Duration
		max    time.Duration
	}{
		{http.Header{"Retry-After": {"3"}}, 3 * time.Second, 3 * time.Second},
		{http.Header{"Retry-After": {date}}, 80 * time.Second, 91 * time.Second},
		{http.Header{"Retry-After": {"999999"}}, MaxRetryAfter, MaxRetryAfter},
		{http.Header{"Retry-After": {"soon"}}, 0, 0},
		{http.Header{"X-Acs-Retry-After": {"1500"}}, 1500 * time.Millisecond, 1500 * time.Millisecond},
		{http.Header{}, 0, 0},
	}
	for _, tt := range tests {
		d := retryAfter(&http.Response{Header: tt.header})
		assert.GreaterOrEqual(t, d, tt.min, "%v", tt.header)
		assert.LessOrEqual(t, d, tt.max, "%v", tt.header)
	}
}

func TestRetryPolicyDefaults(t *testing.T) {
	p := RetryPolicy{}.withDefaults()
	assert.Equal(t, RetryPolicy{MaxAttempts: 4, MinBackoff: 200 * time.Millisecond, MaxBackoff: 20 * time.Second}, p)
	assert.Equal(t, 1, RetryPolicy{MaxAttempts: 1}.withDefaults().MaxAttempts)
}
