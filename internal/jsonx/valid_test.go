package jsonx

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestValidAgreesWithEncodingJSON(t *testing.T) {
	inputs := []string{
		``, ` `, `{}`, `[]`, ` {"a" : [1, 2.5, -0, -0.0e+1, 1E9, true, false, null, "x"]} `, `"\u00e9\ud83d\ude00\"\\\/\b\f\n\r\t"`,
		`0`, `-`, `01`, `-01`, `1.`, `.1`, `1e`, `1e+`, `1.5e-7`, `+1`, `1x`, `truex`, `tru`, `nul`, `NaN`, `Infinity`,
		`{"a":1,}`, `[1,]`, `[,1]`, `{,}`, `{"a"}`, `{"a":}`, `{a:1}`, `{"a":1}}`, `[1]]`, `[1`, `{"a":1`, `"abc`, `"a` + "\x1f" + `b"`,
		`"\x"`, `"\u12"`, `"\u12g4"`, "\"\xff\xfe invalid UTF-8 is fine\"", "\t\n\r 1 \r\n\t", "\x00", `1 2`, `{"a":1 "b":2}`,
		"\ufeff{}", `"\'"`, `[[[[]]]]`, `{"":""}`, `{"a":{"b":{"c":[{}]}}}`,
	}
	for _, in := range inputs {
		assert.Equal(t, json.Valid([]byte(in)), valid([]byte(in)), "%q", in)
	}
}

func TestValidNestingLimit(t *testing.T) {
	for _, depth := range []int{maxDepth - 1, maxDepth, maxDepth + 1} {
		for _, pair := range [][2]string{{"[", "]"}, {`{"a":`, "}"}} {
			in := []byte(strings.Repeat(pair[0], depth) + strings.Repeat(pair[1], depth))
			assert.Equal(t, json.Valid(in), valid(in), "depth %d of %s", depth, pair[0])
		}
	}
}

// FuzzValid checks that valid accepts exactly what json.Valid accepts.
func FuzzValid(f *testing.F) {
	for _, s := range []string{`{"a":[1,"b",true,null,-1.5e3]}`, `"\u00e9\n"`, `[01]`, `{"a":1,}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if got, want := valid(data), json.Valid(data); got != want {
			t.Fatalf("valid(%q) = %v, json.Valid says %v", data, got, want)
		}
	})
}
