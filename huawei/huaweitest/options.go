package huaweitest

import "time"

// Option configures a Server.
type Option func(*settings)

type settings struct {
	now      func() time.Time
	ttl      time.Duration
	projects map[string]string
	keys     map[string]accessKey
	seed     bool
}

// DefaultTokenTTL is how long issued tokens live, as on Huawei Cloud.
const DefaultTokenTTL = 24 * time.Hour

// WithClock sets the server's clock: token issue and expiry times, the
// request log and the timestamps of new resources come from it. The
// default is time.Now. Polycloud's token cache judges expiry by its own
// clock, so keep the two close when testing through the SDK.
func WithClock(now func() time.Time) Option {
	return func(s *settings) { s.now = now }
}

// WithTokenTTL sets the lifetime of tokens issued from now on.
func WithTokenTTL(d time.Duration) Option {
	return func(s *settings) { s.ttl = d }
}

// WithProject makes the server know one more project: a project-scoped
// token for name (a region ID such as "la-south-2") gets projectID.
func WithProject(name, projectID string) Option {
	return func(s *settings) { s.projects[name] = projectID }
}

// WithAccessKey makes the server accept one more access key of the test
// user: id and secret, and the security token a temporary key's requests
// must carry (empty for a permanent key). Tests of key rotation use it.
func WithAccessKey(id, secret, securityToken string) Option {
	return func(s *settings) { s.keys[id] = accessKey{secret: secret, securityToken: securityToken} }
}

// WithoutSeed starts the server with no resources at all, instead of the
// default BYOIP pools, gateway instance and inbound ports.
func WithoutSeed() Option {
	return func(s *settings) { s.seed = false }
}

func newSettings(opts []Option) settings {
	s := settings{now: time.Now, ttl: DefaultTokenTTL, projects: map[string]string{Region: ProjectID},
		keys: builtinKeys(), seed: true}
	for _, opt := range opts {
		if opt != nil {
			opt(&s)
		}
	}
	return s
}
