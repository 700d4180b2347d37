package endpoint

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestParse(t *testing.T) {
	for raw, want := range map[string]string{
		"ga.cn-hangzhou.aliyuncs.com": "https://ga.cn-hangzhou.aliyuncs.com",
		"127.0.0.1:8080":              "https://127.0.0.1:8080",
		"http://127.0.0.1:8080/p":     "http://127.0.0.1:8080/p",
	} {
		u, ok := Parse(raw)
		if assert.True(t, ok, raw) {
			assert.Equal(t, want, u.String())
		}
	}
	for _, bad := range []string{"", "ftp://host", "https://host/?q=1", "https://user:pw@host", "https://", "%zz"} {
		_, ok := Parse(bad)
		assert.False(t, ok, bad)
	}
}

func TestIsRegionID(t *testing.T) {
	assert.True(t, IsRegionID("cn-hangzhou"))
	assert.True(t, IsRegionID("ap-southeast-1"))
	for _, bad := range []string{"", "evil.example/x?", "cn hangzhou", "a_b"} {
		assert.False(t, IsRegionID(bad), bad)
	}
}
