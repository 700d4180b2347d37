package gentest

import (
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type pathLabel struct{ Value string }

type pathItem struct {
	Name   string
	Weight *int32
	Labels map[string]pathLabel
}

type pathRequest struct {
	ID    string
	Items []pathItem
	Tags  [][]string
}

func samplePathRequest() *pathRequest {
	return &pathRequest{
		ID: "id-1",
		Items: []pathItem{
			{Name: "a", Weight: Ptr(int32(3)), Labels: map[string]pathLabel{"env": {Value: "prod"}}},
			{Name: "b"},
		},
		Tags: [][]string{{"x", "y"}},
	}
}

func TestParsePath(t *testing.T) {
	assert.Equal(t, []step{{field: "Items"}, {index: "0"}, {field: "Labels"}, {index: "env"}, {field: "Value"}},
		parsePath("Items[0].Labels[env].Value"))
	assert.Equal(t, []step{{field: "Tags"}, {index: "0"}, {index: "1"}}, parsePath("Tags[0][1]"))
}

func TestWithValueChangesACopy(t *testing.T) {
	tests := []struct {
		path  string
		value any
		check func(*pathRequest) any
		want  any
	}{
		{"ID", nil, func(r *pathRequest) any { return r.ID }, ""},
		{"Items[1].Name", nil, func(r *pathRequest) any { return r.Items[1].Name }, ""},
		{"Items[0].Weight", nil, func(r *pathRequest) any { return r.Items[0].Weight }, (*int32)(nil)},
		{"Items[0].Weight", 101, func(r *pathRequest) any { return *r.Items[0].Weight }, int32(101)},
		{"Items[0].Labels[env].Value", nil, func(r *pathRequest) any { return r.Items[0].Labels["env"] }, pathLabel{}},
		{"Tags[0][1]", nil, func(r *pathRequest) any { return r.Tags[0] }, []string{"x", ""}},
	}
	for _, tt := range tests {
		orig := samplePathRequest()
		got, err := withValue(orig, tt.path, tt.value)
		require.NoError(t, err, tt.path)
		assert.Equal(t, tt.want, tt.check(got.(*pathRequest)), tt.path)
		assert.Equal(t, samplePathRequest(), orig, "%s: the original is untouched", tt.path)
	}
}

func TestWithValueReportsBadPaths(t *testing.T) {
	for _, path := range []string{"Nope", "Items[2].Name", "Items[0].Labels[dev].Value", "ID[0]"} {
		_, err := withValue(samplePathRequest(), path, nil)
		assert.Error(t, err, path)
	}
	_, err := withValue(samplePathRequest(), "ID", 7)
	assert.Error(t, err, "an int cannot become a string field's value")
}

func TestLookup(t *testing.T) {
	v, err := lookup(reflect.ValueOf(samplePathRequest()), "Items[0].Labels[env].Value")
	require.NoError(t, err)
	assert.Equal(t, "prod", v.String())
}
