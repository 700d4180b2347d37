package emu

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestRouterMatchesTemplatesAndPrefersLiterals(t *testing.T) {
	t.Parallel()
	var r Router
	r.Add("GET", "/v1/accelerators/{accelerator_id}", "ShowAccelerator")
	r.Add("GET", "/v1/accelerators/tags", "ListTags")
	r.Add("POST", "/v2/{project_id}/apigw/instances/{instance_id}/custom-ingress-ports", "AddCustomIngressPort")

	tests := []struct {
		method, path, op string
		vars             map[string]string
	}{
		{"GET", "/v1/accelerators/tags", "ListTags", map[string]string{}},
		{"GET", "/v1/accelerators/ga-1", "ShowAccelerator", map[string]string{"accelerator_id": "ga-1"}},
		{"GET", "/v1/accelerators/a%2Fb", "ShowAccelerator", map[string]string{"accelerator_id": "a/b"}},
		{"POST", "/v2/p1/apigw/instances/i1/custom-ingress-ports", "AddCustomIngressPort",
			map[string]string{"project_id": "p1", "instance_id": "i1"}},
	}
	for _, tt := range tests {
		op, vars, ok := r.Match(tt.method, tt.path)
		assert.True(t, ok, tt.path)
		assert.Equal(t, tt.op, op, tt.path)
		assert.Equal(t, tt.vars, vars, tt.path)
	}
}

func TestRouterRejectsOtherMethodsAndShapes(t *testing.T) {
	t.Parallel()
	var r Router
	r.Add("GET", "/v1/byoip-pools", "ListByoipPools")
	for _, tt := range []struct{ method, path string }{
		{"POST", "/v1/byoip-pools"},
		{"GET", "/v1/byoip-pools/x"},
		{"GET", "/v1"},
	} {
		_, _, ok := r.Match(tt.method, tt.path)
		assert.False(t, ok, "%s %s", tt.method, tt.path)
	}
}
