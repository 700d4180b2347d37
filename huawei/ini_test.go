package huawei

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestINISection(t *testing.T) {
	tests := []struct {
		name      string
		data      string
		want      map[string]string
		wantFound bool
		wantErr   string
	}{
		{"empty", "", map[string]string{}, false, ""},
		{"plain", "[default]\nak = A\nsk=B\n", map[string]string{"ak": "A", "sk": "B"}, true, ""},
		{"comments and blank lines", "; top\n# also\n\n[default]\n  # indented comment\nak = A\n", map[string]string{"ak": "A"}, true, ""},
		{"other sections ignored", "[a]\nak = X\n[default]\nak = A\n[b]\nak = Y\n", map[string]string{"ak": "A"}, true, ""},
		{"keys before any section", "ak = X\n[default]\n", map[string]string{}, true, ""},
		{"later duplicate wins", "[default]\nak = A\nak = B\n", map[string]string{"ak": "B"}, true, ""},
		{"section repeated", "[default]\nak = A\n[x]\n[default]\nsk = S\n", map[string]string{"ak": "A", "sk": "S"}, true, ""},
		{"case and spacing", "[ Default ]\n  AK\t=\tA  \n", map[string]string{"ak": "A"}, true, ""},
		{"quotes removed", "[default]\na = \"x y\"\nb = 'z'\nc = \"unbalanced\n", map[string]string{"a": "x y", "b": "z", "c": `"unbalanced`}, true, ""},
		{"no inline comments", "[default]\nsk = abc#def ;ghi\n", map[string]string{"sk": "abc#def ;ghi"}, true, ""},
		{"equals in value", "[default]\nst = a=b==\n", map[string]string{"st": "a=b=="}, true, ""},
		{"byte order mark and CRLF", "\uFEFF[default]\r\nak = A\r\n", map[string]string{"ak": "A"}, true, ""},
		{"empty value", "[default]\nak =\n", map[string]string{"ak": ""}, true, ""},
		{"line without equals", "[default]\nak A-SECRET\n", nil, false, "line 2 is neither"},
		{"empty key", "[default]\n= value\n", nil, false, "line 2 is neither"},
		{"unclosed header", "[default\nak = A\n", nil, false, "line 1 is neither"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, found, err := iniSection([]byte(tt.data), "default")
			if tt.wantErr != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.wantErr)
				assert.NotContains(t, err.Error(), "SECRET", "lines are never quoted")
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.wantFound, found)
		})
	}
}
