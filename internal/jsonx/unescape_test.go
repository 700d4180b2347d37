package jsonx

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestUnquoteAgreesWithEncodingJSON(t *testing.T) {
	for _, in := range []string{
		`""`, `"plain"`, `"\"\\\/\b\f\n\r\t"`, `"caf\u00e9"`, `"\ud83d\ude00"`, `"\ud83d"`, `"\ud83dx"`, `"\ude00\ud83d"`,
		`"\ud83d\u0041"`, `"\ud83d\ud83d\ude00"`, "\"\xff\xfe\"", "\"é\xc3\"", `"\u0000"`, `"\uFFFD"`, `"a\u00"`,
	} {
		var want string
		if json.Unmarshal([]byte(in), &want) != nil {
			continue
		}
		assert.Equal(t, want, string(unquote([]byte(in))), "%q", in)
		assert.Equal(t, want, unquoteString([]byte(in)), "%q", in)
	}
}

// FuzzUnquote checks unquote against encoding/json on every string it accepts.
func FuzzUnquote(f *testing.F) {
	for _, s := range []string{`"a\u00e9\ud83d\ude00"`, `"\ud800\udc00"`, "\"\xed\xa0\x80\"", `"\\\"x"`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var want string
		if len(data) < 2 || data[0] != '"' || data[len(data)-1] != '"' || json.Unmarshal(data, &want) != nil {
			return // not exactly one string literal
		}
		if got := unquoteString(data); got != want {
			t.Fatalf("unquoteString(%q) = %q, encoding/json gives %q", data, got, want)
		}
		if got := string(unquote(data)); got != want {
			t.Fatalf("unquote(%q) = %q, encoding/json gives %q", data, got, want)
		}
	})
}
