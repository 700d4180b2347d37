package jsonx

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type item struct {
	ID   int
	Name string
}

func TestSlices(t *testing.T) {
	t.Run("[]int", func(t *testing.T) {
		runScalarCases(t, []scalarCase[[]int]{
			{`[1,"2",3.0,"x",null,true]`, []int{1, 2, 3, 0, 0, 1}},
			{`[]`, []int{}},
			{`null`, nil},
			{`""`, nil},
			{`"5"`, []int{5}},                     // a lone scalar is a list of one
			{`7`, []int{7}},                       //
			{`{}`, []int{}},                       // an empty object is an empty list
			{`{"Item":["1","2"]}`, []int{1, 2}},   // undeclared wrapper
			{`{"anything":[3]}`, []int{3}},        // any single key holding an array
			{`{"a":[1],"b":[2]}`, nil},            // not a wrapper, and an int cannot hold an object
			{`{"a":1}`, nil},                      //
			{`[[1],2]`, []int{0, 2}},              // element mismatch costs only that element
			{`{"Item":{"Item":[1]}}`, []int(nil)}, // only one level is unwrapped
			{`"1,2"`, []int{0}},                   // no splitting of strings
			{` [ "1" , 2 ] `, []int{1, 2}},        // whitespace
			{`{"Item":[]}`, []int{}},              //
			{`{"Item":null}`, nil},                // not an array inside, and an int cannot hold the object
		})
	})
	t.Run("[]string", func(t *testing.T) {
		runScalarCases(t, []scalarCase[[]string]{
			{`["a",1,true,null,{"k":1}]`, []string{"a", "1", "true", "", `{"k":1}`}},
			{`"sg-1"`, []string{"sg-1"}},
			{`""`, nil},
			{`{"SecurityGroupId":["sg-1","sg-2"]}`, []string{"sg-1", "sg-2"}},
		})
	})
	t.Run("[]struct", func(t *testing.T) {
		runScalarCases(t, []scalarCase[[]item]{
			{`[{"ID":"1","Name":"a"},{"ID":2,"Name":3}]`, []item{{1, "a"}, {2, "3"}}},
			{`{"ID":"1","Name":"a"}`, []item{{1, "a"}}}, // an object where a list is expected
			{`{"Item":[{"ID":1}]}`, []item{{ID: 1}}},
			{`"x"`, nil}, // a string cannot be a struct
			{`5`, nil},
			{`[{"ID":1},"junk",{"ID":3}]`, []item{{ID: 1}, {}, {ID: 3}}},
		})
	})
	t.Run("[]*struct", func(t *testing.T) {
		got := decodeField[[]*item](t, `{"ID":"4"}`)
		require.Len(t, got, 1)
		assert.Equal(t, item{ID: 4}, *got[0])
	})
	t.Run("[][]int", func(t *testing.T) {
		runScalarCases(t, []scalarCase[[][]int]{{`[["1"],"2",null,[]]`, [][]int{{1}, {2}, nil, {}}}})
	})
	t.Run("[]any", func(t *testing.T) {
		runScalarCases(t, []scalarCase[[]any]{{`{"a":"b","c":1}`, []any{map[string]any{"a": "b", "c": 1.0}}}})
	})
}

func TestArrays(t *testing.T) {
	runScalarCases(t, []scalarCase[[3]int]{
		{`["1","2"]`, [3]int{1, 2, 0}},
		{`[1,2,3,4]`, [3]int{1, 2, 3}},
		{`5`, [3]int{5, 0, 0}},
		{`{"Item":[7,8]}`, [3]int{7, 8, 0}},
		{`null`, [3]int{}},
		{`""`, [3]int{}},
		{`{"a":1}`, [3]int{}},
	})
	runScalarCases(t, []scalarCase[[0]int]{{`5`, [0]int{}}, {`[1]`, [0]int{}}})
}

func TestByteSlices(t *testing.T) {
	runScalarCases(t, []scalarCase[[]byte]{
		{`"aGVsbG8="`, []byte("hello")}, // base64, as in encoding/json
		{`""`, []byte{}},
		{`"!!not base64!!"`, nil},
		{`[104,"105"]`, []byte("hi")},
		{`null`, nil},
		{`7`, []byte{7}},
	})
}

// wrapped mirrors Alibaba's list wrappers: {"Items":{"Item":[...]}}.
type wrapped struct {
	Total int
	Items []item   `json:"Items" wrap:"Item"`
	IDs   []string `json:"InstanceIds" wrap:"InstanceId"`
	Fixed [2]int   `wrap:"Value"`
}

func TestWrapTag(t *testing.T) {
	cases := []struct {
		name, data string
		want       wrapped
	}{
		{"wrapper", `{"Total":"2","Items":{"Item":[{"ID":"1"},{"ID":2,"Name":"b"}]},"InstanceIds":{"InstanceId":["i-1"]}}`,
			wrapped{Total: 2, Items: []item{{ID: 1}, {2, "b"}}, IDs: []string{"i-1"}}},
		{"key matched case-insensitively", `{"Items":{"item":[{"ID":1}]}}`, wrapped{Items: []item{{ID: 1}}}},
		{"exact key beats folded key", `{"Items":{"Item":[{"ID":1}],"item":[{"ID":9}]}}`, wrapped{Items: []item{{ID: 1}}}},
		{"single object inside wrapper", `{"Items":{"Item":{"ID":"3"}}}`, wrapped{Items: []item{{ID: 3}}}},
		{"single scalar inside wrapper", `{"InstanceIds":{"InstanceId":"i-9"}}`, wrapped{IDs: []string{"i-9"}}},
		{"empty wrapper object", `{"Items":{},"InstanceIds":{}}`, wrapped{Items: []item{}, IDs: []string{}}},
		{"empty inner list", `{"Items":{"Item":[]}}`, wrapped{Items: []item{}}},
		{"null inside wrapper", `{"Items":{"Item":null}}`, wrapped{}},
		{"null wrapper", `{"Items":null}`, wrapped{}},
		{"unwrapped array still works", `{"Items":[{"ID":5}]}`, wrapped{Items: []item{{ID: 5}}}},
		{"other single-key wrapper", `{"Items":{"Other":[{"ID":4}]}}`, wrapped{Items: []item{{ID: 4}}}},
		{"object that is an element", `{"Items":{"ID":6,"Name":"x"}}`, wrapped{Items: []item{{6, "x"}}}},
		{"wrapped array type", `{"Fixed":{"Value":["1",2,3]}}`, wrapped{Fixed: [2]int{1, 2}}},
		{"garbage", `{"Items":"nope","InstanceIds":7,"Total":true}`, wrapped{IDs: []string{"7"}, Total: 1}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var got wrapped
			require.NoError(t, Unmarshal([]byte(tc.data), &got))
			assert.Equal(t, tc.want, got)
		})
	}
}
