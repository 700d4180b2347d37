package gentest

import (
	"encoding/json"
	"reflect"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestChangedValues(t *testing.T) {
	decode := func(s string) any {
		var v any
		require.NoError(t, json.Unmarshal([]byte(s), &v))
		return v
	}
	original := decode(`{"a":1,"b":{"c":[{"d":"x"},{"e":true}]},"f":"2024-01-02T03:04:05Z"}`)
	tests := []struct {
		reencoded string
		want      []string
	}{
		{`{"a":1,"b":{"c":[{"d":"x"},{"e":true}]},"f":"2024-01-02T03:04:05Z","g":0}`, nil},
		{`{"a":"1","b":{"c":[{"d":"y"},{"e":false}]},"f":"2024-01-02T03:04:05.000Z"}`, []string{"$.a", "$.b.c[0].d", "$.b.c[1].e", "$.f"}},
		{`{"b":{"c":[]}}`, nil}, // lost keys are AssertKeysKept's to report
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, changedValues(original, decode(tt.reencoded), "$"), tt.reencoded)
	}
}

func TestWireText(t *testing.T) {
	type level string
	var anyValue any = "x"
	tests := []struct {
		v    any
		want string
	}{
		{level("high"), "high"},
		{int32(-7), "-7"},
		{2.5, "2.5"},
		{true, "true"},
		{time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC), "2024-01-02T03:04:05Z"},
		{[]byte("raw"), "raw"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, wireText(reflect.ValueOf(tt.v)), "%T", tt.v)
	}
	assert.Equal(t, "x", wireText(reflect.ValueOf(&anyValue).Elem()))
}
