package gentest

import (
	"encoding/json"
	"maps"
	"reflect"
	"slices"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// AssertValuesKept checks that every scalar of the original JSON document
// has the same value in the re-encoded one, at the same place. Together
// with AssertKeysKept it shows that a response decoded and encoded again
// lost nothing: no key, and no value the server sent. Missing keys are
// left to AssertKeysKept.
func AssertValuesKept(t testing.TB, original, reencoded []byte) {
	t.Helper()
	var a, b any
	require.NoError(t, json.Unmarshal(original, &a), "original")
	require.NoError(t, json.Unmarshal(reencoded, &b), "re-encoded")
	for _, path := range changedValues(a, b, "$") {
		assert.Fail(t, "value changed in re-encoding", path)
	}
}

// changedValues lists the paths of scalars of a that b holds with another
// value; keys or elements b lacks are skipped.
func changedValues(a, b any, path string) []string {
	var changed []string
	switch a := a.(type) {
	case map[string]any:
		bm, _ := b.(map[string]any)
		for _, k := range slices.Sorted(maps.Keys(a)) {
			if bv, ok := bm[k]; ok {
				changed = append(changed, changedValues(a[k], bv, path+"."+k)...)
			}
		}
	case []any:
		bs, _ := b.([]any)
		for i := range min(len(a), len(bs)) {
			changed = append(changed, changedValues(a[i], bs[i], path+"["+strconv.Itoa(i)+"]")...)
		}
	default:
		if !reflect.DeepEqual(a, b) {
			changed = append(changed, path)
		}
	}
	return changed
}
