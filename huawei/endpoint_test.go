package huawei

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestEndpointResolution(t *testing.T) {
	tests := []struct {
		name      string
		service   Service
		region    string
		override  string
		want      string
		wantField string
	}{
		{"regional default", apigService, "ap-southeast-1", "", "https://apig.ap-southeast-1.myhuaweicloud.com", ""},
		{"global default ignores region", gaService, "", "", "https://ga.myhuaweicloud.com", ""},
		{"regional without region", apigService, "", "", "", "Config.Region"},
		{"override without scheme", apigService, "", "apig.example.com:8443/prefix/", "https://apig.example.com:8443/prefix", ""},
		{"override with query", apigService, "", "https://x?y=1", "", "Config.Endpoint"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := NewClient(Config{Region: tt.region}, tt.service)
			u, err := c.endpoint(tt.override)
			if tt.wantField != "" {
				var pe *ParamError
				require.ErrorAs(t, err, &pe)
				assert.Equal(t, tt.wantField, pe.Field)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, u.String())
		})
	}
}

func TestPerCallEndpoint(t *testing.T) {
	iam, svc := newFakeIAM(t), newFakeService(t, okService)
	cfg := testConfig(iam, svc)
	cfg.Endpoint = "http://127.0.0.1:1" // nothing listens there
	var out echoed
	_, err := NewClient(cfg, gaService).Call(context.Background(), listQuotas, nil, &out, WithEndpoint(svc.URL))
	require.NoError(t, err)
	assert.Equal(t, "/v1/dom-1/ga/quotas", out.Path)
}

func TestCallRefusesBadInputBeforeAnyIO(t *testing.T) {
	iam, svc := newFakeIAM(t), newFakeService(t, okService)
	cases := map[string]struct {
		cfg   func(Config) Config
		ctx   context.Context
		field string
	}{
		"nil context":      {func(c Config) Config { return c }, nil, "ctx"},
		"region not an ID": {func(c Config) Config { c.Region = "evil.example/x?"; return c }, context.Background(), "Config.Region"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			c := NewClient(tc.cfg(testConfig(iam, svc)), apigService)
			_, err := c.Call(tc.ctx, listThings, nil, nil)
			var pe *ParamError
			require.ErrorAs(t, err, &pe)
			assert.Equal(t, tc.field, pe.Field)
		})
	}
	assert.Zero(t, iam.calls.Load())
	assert.Zero(t, svc.calls.Load())
}
