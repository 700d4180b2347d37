package jsonx

import (
	"cmp"
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// field describes one JSON-visible struct field. It is computed once per
// struct type (see structInfoOf) so that neither decoding nor encoding
// re-parses struct tags on every call.
type field struct {
	name      string
	key       []byte // `"name":` exactly as encoding/json writes it
	index     []int  // path through embedded structs, as for FieldByIndex
	typ       reflect.Type
	tagged    bool // the name came from a json tag
	quoted    bool // the ",string" option applies
	omitEmpty bool
	omitZero  bool
	isZero    func(reflect.Value) bool // IsZero method for omitzero, if any
	wrap      string                   // `wrap:"Item"` list wrapper key
	wrapOpen  []byte                   // `{"Item":`
}

// structInfo is the cached field metadata for one struct type.
type structInfo struct {
	list   []field           // in encoding/json's order (by index sequence)
	exact  map[string]*field // by JSON name
	folded map[string]*field // by foldName(JSON name); first field wins
}

// structCache maps reflect.Type to *structInfo.
var structCache sync.Map

// structInfoOf returns the cached field metadata for the struct type t.
func structInfoOf(t reflect.Type) *structInfo {
	if si, ok := structCache.Load(t); ok {
		return si.(*structInfo)
	}
	si, _ := structCache.LoadOrStore(t, newStructInfo(t))
	return si.(*structInfo)
}

// lookup finds the field for an object key the way encoding/json does: an
// exact name match first, then a case-insensitive one.
func (si *structInfo) lookup(key []byte) *field {
	if f := si.exact[string(key)]; f != nil {
		return f
	}
	return si.folded[string(foldName(key))]
}

func newStructInfo(t reflect.Type) *structInfo {
	si := &structInfo{list: dominantFields(collectFields(t))}
	si.exact = make(map[string]*field, len(si.list))
	si.folded = make(map[string]*field, len(si.list))
	for i := range si.list {
		f := &si.list[i]
		si.exact[f.name] = f
		if k := string(foldName([]byte(f.name))); si.folded[k] == nil {
			si.folded[k] = f
		}
	}
	return si
}

// embedded is an anonymous struct field queued for the next level of the
// breadth-first walk over embedded structs.
type embedded struct {
	typ   reflect.Type
	index []int
}

// fieldCollector gathers candidate fields level by level, the same walk
// encoding/json's typeFields does, so that field visibility and embedding
// rules match the strict path exactly.
type fieldCollector struct {
	fields    []field
	next      []embedded
	count     map[reflect.Type]int // times each type was queued at this level
	nextCount map[reflect.Type]int
}

func collectFields(t reflect.Type) []field {
	c := fieldCollector{next: []embedded{{typ: t}}}
	visited := map[reflect.Type]bool{}
	for len(c.next) > 0 {
		current := c.next
		c.next = nil
		c.count, c.nextCount = c.nextCount, map[reflect.Type]int{}
		for _, e := range current {
			if !visited[e.typ] {
				visited[e.typ] = true
				c.scan(e)
			}
		}
	}
	return c.fields
}

// scan records the fields of one struct type, queueing untagged embedded
// structs for the next level.
func (c *fieldCollector) scan(e embedded) {
	for i := range e.typ.NumField() {
		sf := e.typ.Field(i)
		tag := sf.Tag.Get("json")
		if !visible(sf) || tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if !isValidTag(name) {
			name = ""
		}
		index := append(slices.Clip(e.index), i)
		if ft := derefUnnamed(sf.Type); name == "" && sf.Anonymous && ft.Kind() == reflect.Struct {
			c.queue(ft, index)
			continue
		}
		c.fields = append(c.fields, newField(sf, name, opts, index))
		if c.count[e.typ] > 1 { // let dominantFields see the ambiguity
			c.fields = append(c.fields, c.fields[len(c.fields)-1])
		}
	}
}

func (c *fieldCollector) queue(t reflect.Type, index []int) {
	c.nextCount[t]++
	if c.nextCount[t] == 1 {
		c.next = append(c.next, embedded{typ: t, index: index})
	}
}

// visible reports whether encoding/json would consider sf at all: exported
// fields, plus embedded structs of unexported type (their exported fields are
// promoted).
func visible(sf reflect.StructField) bool {
	if sf.IsExported() {
		return true
	}
	if !sf.Anonymous {
		return false
	}
	t := sf.Type
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t.Kind() == reflect.Struct
}

// derefUnnamed follows one unnamed pointer, as encoding/json does when it
// decides whether a field is a struct or can take ",string".
func derefUnnamed(t reflect.Type) reflect.Type {
	if t.Name() == "" && t.Kind() == reflect.Pointer {
		return t.Elem()
	}
	return t
}

func newField(sf reflect.StructField, name, opts string, index []int) field {
	f := field{
		name:      name,
		tagged:    name != "",
		index:     index,
		typ:       sf.Type,
		quoted:    hasOption(opts, "string") && quotable(derefUnnamed(sf.Type).Kind()),
		omitEmpty: hasOption(opts, "omitempty"),
		omitZero:  hasOption(opts, "omitzero"),
	}
	if f.name == "" {
		f.name = sf.Name
	}
	f.key = append(encodeString(f.name), ':')
	if w := sf.Tag.Get("wrap"); w != "" && isList(sf.Type) {
		f.wrap = w
		f.wrapOpen = append(append([]byte{'{'}, encodeString(w)...), ':')
	}
	if f.omitZero {
		f.isZero = zeroChecker(sf.Type)
	}
	return f
}

// isList reports whether t can carry a wrap tag: wrappers only make sense
// around JSON arrays.
func isList(t reflect.Type) bool {
	return t.Kind() == reflect.Slice || t.Kind() == reflect.Array
}

// encodeString returns s as a JSON string literal, HTML-escaped like
// encoding/json's keys.
func encodeString(s string) []byte {
	b, _ := json.Marshal(s) // marshalling a string cannot fail
	return b
}

func hasOption(opts, name string) bool {
	for opts != "" {
		var opt string
		opt, opts, _ = strings.Cut(opts, ",")
		if opt == name {
			return true
		}
	}
	return false
}

func quotable(k reflect.Kind) bool {
	switch k {
	case reflect.Bool, reflect.String, reflect.Float32, reflect.Float64,
		reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return true
	}
	return false
}

// isValidTag is encoding/json's rule for which tag names are honoured.
func isValidTag(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		if !strings.ContainsRune("!#$%&()*+-./:;<=>?@[]^_{|}~ ", c) && !unicode.IsLetter(c) && !unicode.IsDigit(c) {
			return false
		}
	}
	return true
}

// dominantFields applies Go's embedding rules as modified by encoding/json:
// for each name the shallowest field wins, a tagged one beats an untagged one
// at the same depth, and a remaining tie drops the name altogether.
func dominantFields(fields []field) []field {
	slices.SortFunc(fields, func(a, b field) int {
		return cmp.Or(strings.Compare(a.name, b.name), cmp.Compare(len(a.index), len(b.index)),
			compareTagged(a, b), slices.Compare(a.index, b.index))
	})
	out := fields[:0]
	for i := 0; i < len(fields); {
		j := i + 1
		for j < len(fields) && fields[j].name == fields[i].name {
			j++
		}
		if j-i == 1 || len(fields[i].index) < len(fields[i+1].index) || fields[i].tagged != fields[i+1].tagged {
			out = append(out, fields[i])
		}
		i = j
	}
	slices.SortFunc(out, func(a, b field) int { return slices.Compare(a.index, b.index) })
	return out
}

func compareTagged(a, b field) int {
	switch {
	case a.tagged == b.tagged:
		return 0
	case a.tagged:
		return -1
	}
	return 1
}

// foldName folds key so that foldName(x) == foldName(y) exactly when
// encoding/json would treat x and y as case-insensitively equal.
func foldName(in []byte) []byte {
	var arr [32]byte // large enough for most names; keeps lookups allocation-free
	out := arr[:0]
	for i := 0; i < len(in); {
		if c := in[i]; c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' {
				c -= 'a' - 'A'
			}
			out = append(out, c)
			i++
			continue
		}
		r, n := utf8.DecodeRune(in[i:])
		out = utf8.AppendRune(out, foldRune(r))
		i += n
	}
	return out
}

// foldRune returns the smallest rune in r's case-folding orbit.
func foldRune(r rune) rune {
	for {
		r2 := unicode.SimpleFold(r)
		if r2 <= r {
			return r2
		}
		r = r2
	}
}
