package importer

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
)

// newEnumDraft records the allowed values of a Huawei field. Its identity
// is the member's wire name, the type and the set of values: fields with
// the same name and values share one enum wherever they are ("protocol"
// HTTP/HTTPS), while a name reused with other values, or other meanings
// behind the same values under another name, stay apart.
func newEnumDraft(f *FactField, typ string, u use) (*enumDraft, error) {
	if typ != typeString && typ != typeInt32 && typ != typeInt64 {
		return nil, fmt.Errorf("enum on a %s field", typ)
	}
	e := &enumDraft{typ: typ, ref: f.Ref, use: u}
	var lits []string
	for _, v := range f.Enum {
		lit, ok := enumLiteral(typ, v)
		if !ok {
			return nil, fmt.Errorf("enum value %v does not fit %s", v, typ)
		}
		if slices.Contains(lits, lit) {
			continue
		}
		lits = append(lits, lit)
		e.values = append(e.values, v)
	}
	sorted := slices.Clone(lits)
	slices.Sort(sorted)
	e.key = u.field + " " + typ + " " + strings.Join(sorted, ",")
	return e, nil
}

// enumLiteral is the JSON text of an enum value, and whether it has the
// enum's type.
func enumLiteral(typ string, v any) (string, bool) {
	switch v := v.(type) {
	case string:
		b, _ := json.Marshal(v)
		return string(b), typ == typeString
	case json.Number:
		_, err := v.Int64()
		return string(v), typ != typeString && err == nil
	}
	return "", false
}

// hasZero reports whether the enum has the zero value of its type, 0 or
// "", which a request field can only send as a pointer. A nil enum has
// none.
func (e *enumDraft) hasZero() bool {
	if e == nil {
		return false
	}
	for _, v := range e.values {
		if lit, _ := enumLiteral(e.typ, v); lit == "0" || lit == `""` {
			return true
		}
	}
	return false
}
