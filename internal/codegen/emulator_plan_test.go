package codegen

import (
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestIdentityFieldPrefersIDsAndSkipsEnums(t *testing.T) {
	t.Parallel()
	enums := map[string]*Enum{"Kind": {Name: "Kind"}}
	str := func(name string) Field { return Field{Name: name, TypeRef: TypeRef{Type: typeString}} }
	kind := Field{Name: "KindId", TypeRef: TypeRef{Type: typeString, Ref: "Kind"}}
	count := Field{Name: "CountId", TypeRef: TypeRef{Type: typeInt32}}
	tests := []struct {
		fields []Field
		want   string
	}{
		{[]Field{str("name"), str("owner_id"), str("id")}, "id"},
		{[]Field{str("Name"), kind, count, str("GroupId"), str("ApiId")}, "GroupId"},
		{[]Field{str("Name"), str("OwnerID")}, "OwnerID"},
		{[]Field{kind, str("Title"), str("Body")}, "Title"},
		{[]Field{kind, count}, ""},
	}
	for _, tt := range tests {
		got := identityField(&Shape{Name: "S", Fields: tt.fields}, enums)
		if tt.want == "" {
			assert.Nil(t, got)
			continue
		}
		require.NotNil(t, got, tt.want)
		assert.Equal(t, tt.want, got.Name)
	}
}

func TestServedSizesFollowTheSpecThenTheStyle(t *testing.T) {
	t.Parallel()
	limit := func(max string) []Field {
		f := Field{Name: "limit", TypeRef: TypeRef{Type: typeInt32}}
		if max != "" {
			n := json.Number(max)
			f.Range = &Range{Max: &n}
		}
		return []Field{f}
	}
	tests := []struct {
		style         string
		def, max      int
		input         []Field
		wantDef, want int
	}{
		{pageNumberStyle, 0, 0, limit(""), 10, 100},
		{nextTokenStyle, 0, 0, nil, 20, 100},
		{markerStyle, 500, 2000, limit("2000"), 500, 2000},
		{offsetStyle, 0, 0, limit("50"), 20, 50},
		{offsetStyle, 0, 0, limit("10"), 10, 10},
		{pageNumberStyle, 0, 30, limit(""), 10, 30},
		{pageNumberStyle, 250, 0, limit(""), 250, 250},
	}
	g := &generator{}
	for _, tt := range tests {
		op := &Operation{Input: tt.input, Pagination: &Pagination{Style: tt.style, PageSize: "limit", DefaultPageSize: tt.def, MaxPageSize: tt.max}}
		def, max := g.servedSizes(op)
		assert.Equal(t, [2]int{tt.wantDef, tt.want}, [2]int{def, max}, "%+v", tt)
	}
}

func loadSpec(t *testing.T, path string) *Spec {
	t.Helper()
	s, err := Load(path)
	require.NoError(t, err)
	return s
}

func TestGenerateEmulatorRefusesWhatItCannotServe(t *testing.T) {
	t.Parallel()
	ali, hw := loadSpec(t, "testdata/alibaba/spec.json"), loadSpec(t, "testdata/huawei/spec.json")
	opts := func(names ...string) EmulatorOptions {
		return EmulatorOptions{Package: "emulatortest", File: "listings_gen.go", SpecNames: names}
	}
	_, err := GenerateEmulator([]*Spec{ali, hw}, opts("a", "h"))
	assert.ErrorContains(t, err, "one provider")
	_, err = GenerateEmulator([]*Spec{ali}, opts("a", "b"))
	assert.Error(t, err, "a name per spec")
	_, err = GenerateEmulator(nil, opts())
	assert.Error(t, err)
	withWalks := opts("a", "a again")
	withWalks.ImportPaths = []string{"example.com/a", "example.com/b"}
	_, err = GenerateEmulator([]*Spec{ali, loadSpec(t, filepath.Join("testdata", "alibaba", "spec.json"))}, withWalks)
	assert.ErrorContains(t, err, "two specs generate package demo")

	anonymous := loadSpec(t, "testdata/huawei/spec.json")
	for i := range anonymous.Shapes {
		if anonymous.Shapes[i].Name == "Thing" {
			anonymous.Shapes[i].Fields = anonymous.Shapes[i].Fields[1:] // drop id: only a list is left
		}
	}
	_, err = GenerateEmulator([]*Spec{anonymous}, opts("h"))
	assert.ErrorContains(t, err, "no string member to identify its items")
}

func TestGenerateEmulatorIsDeterministic(t *testing.T) {
	t.Parallel()
	for _, c := range append(emulatorGoldens, emulatorPackages...) {
		first, second := generateEmulatorCase(t, c), generateEmulatorCase(t, c)
		assert.Equal(t, first, second, c.dir)
	}
}
