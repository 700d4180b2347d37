package gentest

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestMissingKeys(t *testing.T) {
	decode := func(s string) any {
		var v any
		require.NoError(t, json.Unmarshal([]byte(s), &v))
		return v
	}
	original := decode(`{"a":1,"b":{"c":[{"d":1},{"e":2}]},"f":[1,2]}`)
	tests := []struct {
		reencoded string
		want      []string
	}{
		{`{"a":1,"b":{"c":[{"d":1},{"e":2}]},"f":[1,2],"extra":0}`, nil},
		{`{"b":{"c":[{"d":1},{}]},"f":[1]}`, []string{"$.a", "$.b.c[1].e", "$.f[1]"}},
		{`{"a":1,"b":null,"f":[1,2]}`, []string{"$.b.c"}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, missingKeys(original, decode(tt.reencoded), "$"), tt.reencoded)
	}
}
