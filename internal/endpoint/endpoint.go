// Package endpoint holds the checks both providers apply to where a
// request goes: a configured endpoint and a region ID.
package endpoint

import (
	"net/url"
	"strings"
)

// Parse accepts "host", "host:port" or an http(s) URL without query or
// user info, defaulting to HTTPS. It reports false for anything else, so
// a signed request is never sent somewhere unexpected.
func Parse(raw string) (*url.URL, bool) {
	if !strings.Contains(raw, "://") {
		raw = "https://" + raw
	}
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" || (u.Scheme != "https" && u.Scheme != "http") || u.RawQuery != "" || u.User != nil {
		return nil, false
	}
	return u, true
}

// IsRegionID accepts letters, digits and hyphens: a region becomes part of
// a host name, so anything else could redirect signed requests.
func IsRegionID(region string) bool {
	for _, r := range region {
		if r != '-' && !('a' <= r && r <= 'z') && !('A' <= r && r <= 'Z') && !('0' <= r && r <= '9') {
			return false
		}
	}
	return region != ""
}
