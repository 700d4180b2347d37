package alibabatest

import "time"

// Option configures a Server.
type Option func(*settings)

type settings struct {
	now  func() time.Time
	keys keyring
	seed bool
}

// WithClock sets the server's clock: it judges request Timestamps (more
// than 15 minutes away is InvalidTimeStamp.Expired) and STS expirations
// by it, and stamps the request log with it. The default is time.Now.
func WithClock(now func() time.Time) Option {
	return func(s *settings) { s.now = now }
}

// WithAccessKey makes the server accept one more long-term AccessKey pair
// besides AccessKeyID.
func WithAccessKey(accessKeyID, accessKeySecret string) Option {
	return func(s *settings) { s.keys[accessKeyID] = accessKey{secret: accessKeySecret} }
}

// WithSTSCredentials makes the server accept temporary (STS) credentials:
// requests signed with accessKeyID must carry securityToken. A different
// token is refused with InvalidSecurityToken.Malformed, and any token
// after expiration (by the server's clock; zero means never) with
// InvalidSecurityToken.Expired.
func WithSTSCredentials(accessKeyID, accessKeySecret, securityToken string, expiration time.Time) Option {
	return func(s *settings) {
		s.keys[accessKeyID] = accessKey{secret: accessKeySecret, token: securityToken, expires: expiration}
	}
}

// WithoutSeed starts the server with no resources at all, instead of the
// default accelerator, listener, rules, port mappings and backend.
func WithoutSeed() Option {
	return func(s *settings) { s.seed = false }
}

func newSettings(opts []Option) settings {
	s := settings{now: time.Now, keys: keyring{AccessKeyID: {secret: AccessKeySecret}}, seed: true}
	for _, opt := range opts {
		if opt != nil {
			opt(&s)
		}
	}
	return s
}
