package pipeline

import (
	"math/rand/v2"
	"net/http"
	"strconv"
	"time"
)

// plan computes the wait before the next attempt and reports whether a
// retry still fits in the caller's deadline. Returning false ends the call
// with the last failure instead of sleeping past the deadline.
func (st *attemptState) plan(resp *http.Response) bool {
	wait := jittered(st.policy, st.attempts())
	if ra := retryAfter(resp); ra > wait {
		wait = ra
	}
	if deadline, ok := st.ctx.Deadline(); ok && time.Until(deadline) < wait {
		return false
	}
	st.nextWait = wait
	return true
}

// backoff is go-retryablehttp's Backoff: the wait plan computed.
func (st *attemptState) backoff(_, _ time.Duration, _ int, _ *http.Response) time.Duration {
	return st.nextWait
}

// jittered is exponential backoff with "equal jitter": half the step is
// fixed, half random, so retries from many clients spread out but never
// collapse to zero.
func jittered(p RetryPolicy, attempt int) time.Duration {
	step := p.MinBackoff
	for i := 1; i < attempt && step < p.MaxBackoff; i++ {
		step *= 2
	}
	step = min(step, p.MaxBackoff)
	half := step / 2
	return half + rand.N(half+1)
}

// retryAfter reads the server's requested wait: Retry-After (seconds or an
// HTTP date) or Alibaba's x-acs-retry-after (milliseconds), capped.
func retryAfter(resp *http.Response) time.Duration {
	if resp == nil {
		return 0
	}
	var d time.Duration
	if v := resp.Header.Get("Retry-After"); v != "" {
		d = parseRetryAfter(v)
	} else if ms, err := strconv.ParseInt(resp.Header.Get("X-Acs-Retry-After"), 10, 64); err == nil && ms > 0 {
		d = time.Duration(ms) * time.Millisecond
	}
	return min(d, MaxRetryAfter)
}

func parseRetryAfter(v string) time.Duration {
	if secs, err := strconv.ParseInt(v, 10, 64); err == nil {
		return max(time.Duration(secs)*time.Second, 0)
	}
	if t, err := http.ParseTime(v); err == nil {
		return max(time.Until(t), 0)
	}
	return 0
}
