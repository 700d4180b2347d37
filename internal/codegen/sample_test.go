package codegen

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestRefusedAt(t *testing.T) {
	object := func(required, pointer bool, count int) holder {
		return holder{f: &Field{Required: required, Pointer: pointer}, wire: "obj", direct: true, count: count}
	}
	element := holder{f: &Field{}, wire: "list[0]"}
	tests := []struct {
		name    string
		holders []holder
		want    string
		ok      bool
	}{
		{"top level", nil, "m", true},
		{"object keeps other members", []holder{object(false, false, 2)}, "m", true},
		{"required object left empty", []holder{object(true, false, 1)}, "obj", true},
		{"optional object left empty is not sent", []holder{object(false, false, 1)}, "", false},
		{"pointer object is checked inside", []holder{object(false, true, 1)}, "m", true},
		{"list elements are always checked", []holder{element, object(false, false, 1)}, "", false},
		{"an element emptied is still checked", []holder{object(false, false, 1), element}, "m", true},
	}
	for _, tt := range tests {
		got, ok := refusedAt(tt.holders, "m")
		assert.Equal(t, tt.ok, ok, tt.name)
		assert.Equal(t, tt.want, got, tt.name)
	}
}

func TestOutOfRange(t *testing.T) {
	tests := []struct {
		field Field
		want  string
	}{
		{Field{TypeRef: TypeRef{Type: "int32"}, Range: &Range{Min: num("1"), Max: num("100")}}, "int32(101)"},
		{Field{TypeRef: TypeRef{Type: "int64"}, Range: &Range{Max: num("9000000000")}}, "int64(9000000001)"},
		{Field{TypeRef: TypeRef{Type: "int32"}, Range: &Range{Min: num("5")}}, "int32(4)"},
		{Field{TypeRef: TypeRef{Type: "float64"}, Range: &Range{Min: num("0"), Max: num("0.5")}}, "float64(1.5)"},
		{Field{TypeRef: TypeRef{Type: "int32"}, Range: &Range{Min: num("1")}}, ""}, // 0 is not sent
		{Field{TypeRef: TypeRef{Type: "int32"}, Range: &Range{Min: num("1")}, Pointer: true}, "int32(0)"},
		{Field{TypeRef: TypeRef{Type: "int32"}}, ""},
	}
	for _, tt := range tests {
		got, _ := outOfRange(&tt.field)
		assert.Equal(t, tt.want, got)
	}
}

func TestImportPath(t *testing.T) {
	got, err := ImportPath("testdata/huawei")
	assert.NoError(t, err)
	assert.Equal(t, "github.com/polycloud-go/polycloud/internal/codegen/testdata/huawei", got)
	_, err = ImportPath("/")
	assert.Error(t, err)
}

// Samples differ from each other, respect ranges, and make pointer
// numbers zero only in requests.
func TestSamplerValues(t *testing.T) {
	g := newGenerator(baseSpec(t, "alibaba"), Options{})
	sm := newSampler(g, true)
	size := &op(g.spec, "ListWidgets").Input[2] // PageSize, 1 to 100
	weight := &op(g.spec, "UpdateWidget").Input[2]
	assert.Equal(t, int64(1), sm.field(size).scalar)
	assert.Equal(t, int64(0), sm.field(weight).scalar, "a pointer sends zero")
	assert.Equal(t, int64(1), newSampler(g, false).field(weight).scalar, "replies have no pointers")
	tags := sm.field(&op(g.spec, "ListWidgets").Input[4])
	assert.Len(t, tags.elems, 2, "request lists have two elements")
	assert.NotEqual(t, tags.elems[0].members[0].v.scalar, tags.elems[1].members[0].v.scalar)
}
