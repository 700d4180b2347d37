package jsonx

import (
	"encoding/json"
	"net/netip"
	"reflect"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

type fuzzBase struct {
	Region string
	Zone   string `json:"Zone"` // tagged: beats FuzzExtra.Zone at the same depth
}

// FuzzExtra is exported so that encoding/json can allocate it when embedded
// by pointer.
type FuzzExtra struct {
	Zone  string
	Extra int
}

type fuzzItem struct {
	ID   int `json:"Id"`
	Name string
	Tags []string
}

// fuzzDoc exercises every kind of target the tolerant decoder handles. It has
// no wrap tags, so encoding/json can be used as the oracle.
type fuzzDoc struct {
	fuzzBase
	*FuzzExtra
	ID     int64 `json:"Id"`
	Name   string
	Price  float64
	Small  int8
	Count  uint16
	On     bool
	Quoted int    `json:",string"`
	QS     string `json:",string"`
	Tags   []string
	Items  []fuzzItem
	Arr    [2]int
	Bytes  []byte
	Meta   map[string]int
	Keys   map[int]string
	Ptr    *float32
	Any    any
	Raw    json.RawMessage
	When   time.Time
	Num    json.Number
	Addr   netip.Addr
	Sub    *fuzzDoc
}

// fuzzWrapped has wrap tags, so Unmarshal always uses the tolerant decoder.
type fuzzWrapped struct {
	N     int
	S     string
	Items []fuzzItem `wrap:"Item"`
	Names []string   `json:"Names" wrap:"Name"`
	M     map[string]fuzzWrapped
}

// FuzzUnmarshal checks that Unmarshal
//   - never panics, and fails only (and always) on invalid JSON, with a *SyntaxError;
//   - gives the same result as the tolerant decoder on a fresh value;
//   - with its tolerant decoder alone, gives exactly encoding/json's result
//     whenever encoding/json accepts the input strictly;
//   - round-trips wrapped types through Marshal.
func FuzzUnmarshal(f *testing.F) {
	f.Fuzz(func(t *testing.T, data []byte) {
		var got fuzzDoc
		err := Unmarshal(data, &got)
		if !json.Valid(data) {
			var serr *SyntaxError
			require.ErrorAs(t, err, &serr)
			return
		}
		require.NoError(t, err)
		checkFreshDecodeAgrees(t, data, got)
		checkAgainstEncodingJSON(t, data, got)
		checkWrappedRoundTrip(t, data)
	})
}

// checkFreshDecodeAgrees verifies that Unmarshal gives what the tolerant
// decoder gives on a fresh value (Unmarshal once ran encoding/json first and
// decoded tolerantly over what it left behind; the check stays as a guard).
func checkFreshDecodeAgrees(t *testing.T, data []byte, got fuzzDoc) {
	var fresh fuzzDoc
	decodeTolerant(data, reflect.ValueOf(&fresh)) // no recover: a panic fails the fuzz run
	require.Equal(t, fresh, got, "Unmarshal differs from the tolerant decoder")
}

func checkAgainstEncodingJSON(t *testing.T, data []byte, got fuzzDoc) {
	var want fuzzDoc
	if json.Unmarshal(data, &want) != nil {
		return
	}
	require.Equal(t, want, got, "Unmarshal differs from encoding/json")
	var tolerant fuzzDoc
	decodeTolerant(data, reflect.ValueOf(&tolerant)) // no recover: a panic fails the fuzz run
	require.Equal(t, want, tolerant, "tolerant decoder differs from encoding/json")
}

func checkWrappedRoundTrip(t *testing.T, data []byte) {
	var w fuzzWrapped
	decodeTolerant(data, reflect.ValueOf(&w))
	out, err := Marshal(w)
	require.NoError(t, err)
	var again fuzzWrapped
	require.NoError(t, Unmarshal(out, &again))
	require.Equal(t, w, again, "Marshal output does not decode back to the same value: %s", out)
}
