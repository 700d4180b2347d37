package huawei

import (
	"bytes"
	"fmt"
	"strings"
)

// iniSection reads one section of an ini document: the format of
// ~/.huaweicloud/credentials. It knows "[section]" headers, "key = value"
// lines, and whole-line comments starting with # or ;. Names are matched
// without regard to case and keys are returned in lower case; values are
// trimmed and may be quoted with " or '. There are no inline comments: a
// secret may contain any character. Lines before the first header belong
// to no section. A later duplicate key wins.
//
// Errors give the line number only, never the line: the file holds secrets.
func iniSection(data []byte, section string) (map[string]string, bool, error) {
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	var (
		values  = map[string]string{}
		current string
		found   bool
	)
	for n, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || line[0] == '#' || line[0] == ';':
			continue
		case line[0] == '[':
			if !strings.HasSuffix(line, "]") {
				return nil, false, iniLineError(n + 1)
			}
			current = strings.TrimSpace(line[1 : len(line)-1])
			found = found || strings.EqualFold(current, section)
			continue
		}
		key, value, ok := strings.Cut(line, "=")
		key = strings.TrimSpace(key)
		if !ok || key == "" {
			return nil, false, iniLineError(n + 1)
		}
		if strings.EqualFold(current, section) {
			values[strings.ToLower(key)] = unquote(strings.TrimSpace(value))
		}
	}
	return values, found, nil
}

// unquote removes one pair of matching quotes around v.
func unquote(v string) string {
	if len(v) >= 2 && (v[0] == '"' || v[0] == '\'') && v[len(v)-1] == v[0] {
		return v[1 : len(v)-1]
	}
	return v
}

func iniLineError(line int) error {
	return fmt.Errorf("line %d is neither a [section] header nor a key = value pair", line)
}
