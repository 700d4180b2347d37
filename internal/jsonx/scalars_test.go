package jsonx

import (
	"encoding/json"
	"math"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// scalarCase is one JSON value and what a field of type T must end up as.
type scalarCase[T any] struct {
	raw  string
	want T
}

// decodeField decodes {"V": raw} into a struct with a field of type T, both
// through Unmarshal and straight through the tolerant decoder, and checks
// that the two agree: the tolerant decoder alone must implement every rule,
// whichever path Unmarshal takes.
func decodeField[T any](t *testing.T, raw string) T {
	t.Helper()
	data := []byte(`{"V": ` + raw + `}`)
	var viaUnmarshal, viaTolerant struct{ V T }
	require.NoError(t, Unmarshal(data, &viaUnmarshal))
	decodeTolerant(data, reflect.ValueOf(&viaTolerant))
	require.Equal(t, viaTolerant, viaUnmarshal, "Unmarshal and the tolerant decoder disagree")
	return viaUnmarshal.V
}

func runScalarCases[T any](t *testing.T, cases []scalarCase[T]) {
	t.Helper()
	for _, tc := range cases {
		t.Run(strings.ReplaceAll(tc.raw, "/", "|"), func(t *testing.T) {
			assert.Equal(t, tc.want, decodeField[T](t, tc.raw))
		})
	}
}

func TestIntegers(t *testing.T) {
	t.Run("int", func(t *testing.T) {
		runScalarCases(t, []scalarCase[int]{
			{`7`, 7}, {`-7`, -7}, {`7.0`, 7}, {`1e3`, 1000}, {`7.5`, 0},
			{`"7"`, 7}, {`" 7 "`, 7}, {`"7.0"`, 7}, {`"-12"`, -12}, {`"1e2"`, 100},
			{`""`, 0}, {`"abc"`, 0}, {`"7.5"`, 0}, {`null`, 0}, {`true`, 1}, {`false`, 0},
			{`{"a":1}`, 0}, {`[1]`, 0},
			{`9223372036854775807`, math.MaxInt64}, {`9223372036854775808`, 0}, {`1e30`, 0},
			{`"-9223372036854775808"`, math.MinInt64},
		})
	})
	t.Run("int8", func(t *testing.T) {
		runScalarCases(t, []scalarCase[int8]{
			{`127`, 127}, {`128`, 0}, {`"-128"`, -128}, {`"-129"`, 0}, {`300.0`, 0}, {`true`, 1},
		})
	})
	t.Run("uint64", func(t *testing.T) {
		runScalarCases(t, []scalarCase[uint64]{
			{`7`, 7}, {`"7"`, 7}, {`-1`, 0}, {`"-1"`, 0}, {`-0`, 0}, {`"8.0"`, 8},
			{`18446744073709551615`, math.MaxUint64}, {`18446744073709551616`, 0},
			{`1e19`, 10000000000000000000}, {`true`, 1}, {`null`, 0}, {`""`, 0},
		})
	})
	t.Run("uint16", func(t *testing.T) {
		runScalarCases(t, []scalarCase[uint16]{{`65535`, 65535}, {`65536`, 0}, {`"65536"`, 0}})
	})
}

func TestFloats(t *testing.T) {
	t.Run("float64", func(t *testing.T) {
		runScalarCases(t, []scalarCase[float64]{
			{`1.5`, 1.5}, {`"1.5"`, 1.5}, {`" 2.5e3 "`, 2500}, {`-0.25`, -0.25},
			{`""`, 0}, {`null`, 0}, {`true`, 1}, {`false`, 0}, {`"abc"`, 0},
			{`"NaN"`, 0}, {`"Inf"`, 0}, {`"-infinity"`, 0}, {`1e400`, 0}, {`{}`, 0}, {`[1.5]`, 0},
		})
	})
	t.Run("float32", func(t *testing.T) {
		runScalarCases(t, []scalarCase[float32]{{`"3.25"`, 3.25}, {`3.25`, 3.25}, {`1e39`, 0}, {`"1e39"`, 0}})
	})
}

func TestBooleans(t *testing.T) {
	runScalarCases(t, []scalarCase[bool]{
		{`true`, true}, {`false`, false},
		{`"true"`, true}, {`"TRUE"`, true}, {`" True "`, true}, {`"false"`, false}, {`"False"`, false},
		{`"1"`, true}, {`"0"`, false}, {`1`, true}, {`0`, false}, {`2`, true}, {`0.0`, false},
		{`""`, false}, {`null`, false}, {`"yes"`, false}, {`"on"`, false}, {`{}`, false}, {`[true]`, false},
	})
}

func TestStrings(t *testing.T) {
	t.Run("string", func(t *testing.T) {
		runScalarCases(t, []scalarCase[string]{
			{`"abc"`, "abc"}, {`"\u00e9\n\"q\""`, "é\n\"q\""}, {`""`, ""}, {`null`, ""},
			{`12345678901234567890`, "12345678901234567890"}, // beyond float64 precision: kept exact
			{`1.50`, "1.50"}, {`-0`, "-0"}, {`1e3`, "1e3"},
			{`true`, "true"}, {`false`, "false"},
			{`{"a": 1, "b": [1, 2]}`, `{"a":1,"b":[1,2]}`}, // no data lost
			{`[ 1 , "x" ]`, `[1,"x"]`},
			{"[{\"\xd1\":\"\"}]", "[{\"\uFFFD\":\"\"}]"}, // invalid UTF-8 repaired as encoding/json does
		})
	})
	t.Run("named string", func(t *testing.T) {
		type status string
		runScalarCases(t, []scalarCase[status]{{`"Running"`, "Running"}, {`3`, "3"}})
	})
	t.Run("json.Number", func(t *testing.T) {
		runScalarCases(t, []scalarCase[json.Number]{
			{`12`, "12"}, {`1e400`, "1e400"}, {`"12.5"`, "12.5"}, {`" 7 "`, "7"},
			{`"abc"`, ""}, {`""`, ""}, {`true`, ""}, {`{}`, ""},
		})
	})
}

func TestPointersToScalars(t *testing.T) {
	type target struct {
		P  *int
		PP **string
		N  *float64
	}
	var got target
	require.NoError(t, Unmarshal([]byte(`{"P":"7","PP":3,"N":null}`), &got))
	require.NotNil(t, got.P)
	require.NotNil(t, got.PP)
	require.NotNil(t, *got.PP)
	assert.Equal(t, 7, *got.P)
	assert.Equal(t, "3", **got.PP)
	assert.Nil(t, got.N)
}

func TestNullLeavesScalarsAlone(t *testing.T) {
	// null does not overwrite a scalar, exactly like encoding/json; this is
	// what keeps the result independent of whether the strict pass ran.
	type target struct {
		I int
		S string
		P *int
		L []int
		X int
	}
	one := 1
	for _, data := range []string{
		`{"I":null,"S":null,"P":null,"L":null}`,
		`{"I":null,"S":null,"P":null,"L":null,"X":"forces the tolerant path"}`,
	} {
		got := target{I: 5, S: "keep", P: &one, L: []int{1}}
		require.NoError(t, Unmarshal([]byte(data), &got))
		assert.Equal(t, target{I: 5, S: "keep"}, got)

		want := target{I: 5, S: "keep", P: &one, L: []int{1}}
		_ = json.Unmarshal([]byte(data), &want) // ignore the error on X
		assert.Equal(t, want, got, "same as encoding/json")
	}
}
