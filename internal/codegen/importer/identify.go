package importer

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
)

// identify sets the structural identity of v and of every value inside
// it. Two objects are the same shape when their members have the same
// wire names, in the same order, with the same types (nested shapes and
// enums compared the same way), pointer flags and list wrappers. Whether
// a member is required is left out: a shape shared by operations that
// disagree requires what all of them require (see shapeFields).
func identify(v *value) string {
	if v.id != "" {
		return v.id
	}
	var b strings.Builder
	switch v.typ {
	case typeObject:
		b.WriteString("{")
		for _, m := range v.fields {
			fmt.Fprintf(&b, "%q %t %q %s;", m.name, m.pointer, m.wrap, identify(m.val))
		}
		b.WriteString("}")
	case typeArray:
		b.WriteString("[" + identify(v.items) + "]")
	case typeMap:
		b.WriteString("map[" + identify(v.values) + "]")
	default:
		b.WriteString(v.typ)
		if v.enum != nil {
			b.WriteString(" enum(" + v.enum.key + ")")
		}
	}
	v.id = b.String()
	if v.typ == typeObject {
		sum := sha256.Sum256([]byte(v.id))
		v.id = "shape:" + hex.EncodeToString(sum[:12])
	}
	return v.id
}
