package pipeline

import "time"

// RetryPolicy bounds how often and how patiently a call is retried. The
// zero value means the defaults: 4 attempts, backoff from 200ms to 20s.
type RetryPolicy struct {
	// MaxAttempts is the number of HTTP attempts including the first one;
	// 1 disables retries. Zero means 4.
	MaxAttempts int
	// MinBackoff is the base of the exponential backoff. Zero means 200ms.
	MinBackoff time.Duration
	// MaxBackoff caps one wait between attempts. A server's Retry-After may
	// ask for longer; it is honoured up to MaxRetryAfter. Zero means 20s.
	MaxBackoff time.Duration
}

// Defaults for a zero RetryPolicy.
const (
	DefaultMaxAttempts = 4
	DefaultMinBackoff  = 200 * time.Millisecond
	DefaultMaxBackoff  = 20 * time.Second
	// MaxRetryAfter caps a server-requested wait, so a misbehaving server
	// cannot park a call for hours.
	MaxRetryAfter = 5 * time.Minute
)

// withDefaults fills zero fields.
func (p RetryPolicy) withDefaults() RetryPolicy {
	if p.MaxAttempts <= 0 {
		p.MaxAttempts = DefaultMaxAttempts
	}
	if p.MinBackoff <= 0 {
		p.MinBackoff = DefaultMinBackoff
	}
	if p.MaxBackoff <= 0 {
		p.MaxBackoff = DefaultMaxBackoff
	}
	if p.MaxBackoff < p.MinBackoff {
		p.MaxBackoff = p.MinBackoff
	}
	return p
}
