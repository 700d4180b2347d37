package jsonx

import (
	"encoding/json"
	"errors"
	"net/netip"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestStructs(t *testing.T) {
	type inner struct {
		A int
		B string
	}
	type outer struct {
		In  inner
		PIn *inner
		X   int
	}
	cases := []struct {
		name, data string
		want       outer
	}{
		{"object", `{"In":{"A":"1","B":2},"PIn":{"A":3},"X":"4"}`, outer{In: inner{1, "2"}, PIn: &inner{A: 3}, X: 4}},
		{"string for struct", `{"In":"oops","X":"5"}`, outer{X: 5}},
		{"array for struct", `{"In":[1,2],"X":5}`, outer{X: 5}},
		{"number for struct", `{"In":7,"PIn":7,"X":5}`, outer{PIn: &inner{}, X: 5}},
		{"null struct", `{"In":null,"PIn":null,"X":"5"}`, outer{X: 5}},
		{"unknown fields", `{"Nope":{"deep":[1,{"x":"y"}]},"X":"6","Also":null}`, outer{X: 6}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var got outer
			require.NoError(t, Unmarshal([]byte(tc.data), &got))
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestFieldMatching(t *testing.T) {
	type target struct {
		Lower string `json:"name"`
		Upper string `json:"NAME"`
		Count int
		Skip  string `json:"-"`
		Dash  string `json:"-,"`
		Bad   string `json:"bad\"name"` // invalid tag name: the Go name is used
	}
	cases := []struct {
		name, data string
		want       target
	}{
		{"exact match beats case-insensitive", `{"NAME":"a","name":"b","count":"3"}`, target{Lower: "b", Upper: "a", Count: 3}},
		{"case-insensitive goes to the first field", `{"nAmE":"c","COUNT":"1"}`, target{Lower: "c", Count: 1}},
		{"json:\"-\" is skipped, json:\"-,\" is named -", `{"Skip":"x","-":"y","Count":"1"}`, target{Dash: "y", Count: 1}},
		{"invalid tag name", `{"Bad":1,"Count":"2"}`, target{Bad: "1", Count: 2}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var got target
			require.NoError(t, Unmarshal([]byte(tc.data), &got))
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestMaps(t *testing.T) {
	t.Run("map[string]int", func(t *testing.T) {
		runScalarCases(t, []scalarCase[map[string]int]{
			{`{"a":"1","b":true,"c":null,"d":"x","e":2.0}`, map[string]int{"a": 1, "b": 1, "c": 0, "d": 0, "e": 2}},
			{`"str"`, nil}, {`[]`, nil}, {`null`, nil}, {`{}`, map[string]int{}},
		})
	})
	t.Run("map[string]struct", func(t *testing.T) {
		runScalarCases(t, []scalarCase[map[string]item]{
			{`{"x":{"ID":"1"},"y":"junk"}`, map[string]item{"x": {ID: 1}, "y": {}}},
		})
	})
	t.Run("map[int]string drops unconvertible keys", func(t *testing.T) {
		runScalarCases(t, []scalarCase[map[int]string]{{`{"1":2,"x":3,"02":true}`, map[int]string{1: "2", 2: "true"}}})
	})
	t.Run("map[netip.Addr]int uses UnmarshalText for keys", func(t *testing.T) {
		got := decodeField[map[netip.Addr]int](t, `{"10.0.0.1":"1","not-an-ip":2}`)
		assert.Equal(t, map[netip.Addr]int{netip.MustParseAddr("10.0.0.1"): 1}, got)
	})
	t.Run("map[struct]int is not decodable", func(t *testing.T) {
		assert.Nil(t, decodeField[map[item]int](t, `{"a":1}`))
	})
}

func TestInterfaces(t *testing.T) {
	type target struct {
		A any
		N int // "1" forces the tolerant path
		E error
	}
	cases := []struct {
		name, raw string
		want      any
	}{
		{"number is float64", `12`, 12.0},
		{"string", `"12"`, "12"},
		{"bool", `true`, true},
		{"null", `null`, nil},
		{"composite", `{"a":[1,"x",null,{"b":false}]}`, map[string]any{"a": []any{1.0, "x", nil, map[string]any{"b": false}}}},
		{"out of float64 range inside composite", `[1e400,2]`, []any{nil, 2.0}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var got target
			require.NoError(t, Unmarshal([]byte(`{"A":`+tc.raw+`,"N":"1","E":{"x":1}}`), &got))
			assert.Equal(t, target{A: tc.want, N: 1}, got)
		})
	}
	t.Run("interface holding a pointer decodes into it", func(t *testing.T) {
		var it item
		got := target{A: &it}
		require.NoError(t, Unmarshal([]byte(`{"A":{"ID":"5"},"N":"1"}`), &got))
		assert.Same(t, &it, got.A)
		assert.Equal(t, item{ID: 5}, it)
	})
}

func TestStringOption(t *testing.T) {
	type target struct {
		A int     `json:",string"`
		B bool    `json:",string"`
		S string  `json:",string"`
		P *int64  `json:",string"`
		F float64 `json:",string"`
		M []int   `json:",string"` // not a scalar: the option does not apply
	}
	p9 := int64(9)
	cases := []struct {
		name, data string
		want       target
	}{
		{"quoted, as encoding/json", `{"A":"7","B":"true","S":"\"x\"","P":"9","F":"1.5"}`, target{A: 7, B: true, S: "x", P: &p9, F: 1.5}},
		{"unquoted values accepted", `{"A":7,"B":true,"S":"plain","P":9,"F":1.5}`, target{A: 7, B: true, S: "plain", P: &p9, F: 1.5}},
		{"quoted null", `{"A":"null","P":"null","S":"null"}`, target{}},
		{"garbage", `{"A":"seven","B":"maybe","F":"abc","M":["1"],"P":{}}`, target{M: []int{1}, P: new(int64)}},
		{"apostrophe escape, as encoding/json's unquote", `{"S":"\"\\'x\\\\'\""}`, target{S: `'x\'`}},
		{"padded and float-shaped", `{"A":" 7 ","F":" 2 ","P":"1e2"}`, target{A: 7, F: 2, P: ptr(int64(100))}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var got, tolerant target
			require.NoError(t, Unmarshal([]byte(tc.data), &got))
			assert.Equal(t, tc.want, got)
			decodeTolerant([]byte(tc.data), reflect.ValueOf(&tolerant))
			assert.Equal(t, tc.want, tolerant, "tolerant decoder alone")
		})
	}
}

func ptr[T any](v T) *T { return &v }

func TestRawMessage(t *testing.T) {
	type target struct {
		Raw  json.RawMessage
		PRaw *json.RawMessage
		N    int
	}
	var got target
	data := `{"Raw": {"a": [1, 2]}, "PRaw": "s", "N": "3"}`
	require.NoError(t, Unmarshal([]byte(data), &got))
	assert.Equal(t, `{"a": [1, 2]}`, string(got.Raw))
	require.NotNil(t, got.PRaw)
	assert.Equal(t, `"s"`, string(*got.PRaw))
	assert.Equal(t, 3, got.N)
}

// strictEnum only accepts known values, like generated SDK enums often do.
type strictEnum string

func (e *strictEnum) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	if s != "ok" {
		return errors.New("unknown enum value " + s)
	}
	*e = strictEnum(strings.ToUpper(s)) // proves the method ran
	return nil
}

// panicky has an UnmarshalJSON that panics on a specific input.
type panicky struct{ V int }

func (p *panicky) UnmarshalJSON(b []byte) error {
	if string(b) == `"boom"` {
		panic("boom")
	}
	return json.Unmarshal(b, &p.V)
}

func TestUnmarshalers(t *testing.T) {
	type target struct {
		E   strictEnum
		PE  *strictEnum
		Es  []strictEnum
		M   map[string]strictEnum
		IP  netip.Addr // TextUnmarshaler only
		IPs []netip.Addr
		N   int
	}
	var got target
	data := `{"E":"bogus","PE":"ok","Es":["ok","bad",3],"M":{"a":"ok","b":"no"},"IP":"10.1.2.3","IPs":["::1","x",5,{}],"N":"2"}`
	require.NoError(t, Unmarshal([]byte(data), &got))
	assert.Equal(t, target{
		PE:  ptr(strictEnum("OK")),
		Es:  []strictEnum{"OK", "", ""},
		M:   map[string]strictEnum{"a": "OK", "b": ""},
		IP:  netip.MustParseAddr("10.1.2.3"),
		IPs: []netip.Addr{netip.MustParseAddr("::1"), {}, {}, {}},
		N:   2,
	}, got)

	t.Run("a previous value is zeroed when the method fails", func(t *testing.T) {
		got := target{E: "OK", IP: netip.MustParseAddr("10.0.0.1")}
		require.NoError(t, Unmarshal([]byte(`{"E":"bad","IP":"bad"}`), &got))
		assert.Equal(t, target{}, got)
	})
	t.Run("a panicking method fails the call, it does not crash", func(t *testing.T) {
		var got struct {
			P panicky
			N int
		}
		require.NoError(t, Unmarshal([]byte(`{"P":7,"N":"1"}`), &got))
		assert.Equal(t, 7, got.P.V)
		for _, data := range []string{`{"P":"boom"}`, `{"P":"boom","N":"1"}`} { // strict and tolerant path
			err := Unmarshal([]byte(data), &got)
			require.Error(t, err)
			assert.Contains(t, err.Error(), "boom")
		}
	})
}

type Base struct {
	ID     int
	Region string
}

type Extra struct{ Zone string }

type hidden struct{ Secret string }

func TestEmbedded(t *testing.T) {
	type target struct {
		Base
		*Extra
		*hidden // nil pointer to unexported type: cannot be allocated, skipped
		Name    string
	}
	var got target
	require.NoError(t, Unmarshal([]byte(`{"ID":"5","Region":"cn","Zone":"z1","Secret":"s","Name":7}`), &got))
	assert.Equal(t, target{Base: Base{ID: 5, Region: "cn"}, Extra: &Extra{Zone: "z1"}, Name: "7"}, got)
}

func TestInvalidTarget(t *testing.T) {
	var notPtr item
	var nilPtr *item
	for _, v := range []any{nil, notPtr, nilPtr} {
		var target *json.InvalidUnmarshalError
		assert.ErrorAs(t, Unmarshal([]byte(`{}`), v), &target)
	}
}
