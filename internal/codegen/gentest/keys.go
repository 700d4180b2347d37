package gentest

import (
	"encoding/json"
	"maps"
	"slices"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// AssertKeysKept checks that every key of the original JSON document is
// still in the re-encoded one, at the same place, recursively (array
// elements are compared index by index). The re-encoded document may have
// more keys: members the example did not show, encoded as zero values.
func AssertKeysKept(t testing.TB, original, reencoded []byte) {
	t.Helper()
	var a, b any
	require.NoError(t, json.Unmarshal(original, &a), "original")
	require.NoError(t, json.Unmarshal(reencoded, &b), "re-encoded")
	for _, path := range missingKeys(a, b, "$") {
		assert.Fail(t, "key lost in re-encoding", path)
	}
}

// missingKeys lists the paths of keys of a that b lacks.
func missingKeys(a, b any, path string) []string {
	var missing []string
	switch a := a.(type) {
	case map[string]any:
		bm, _ := b.(map[string]any)
		for _, k := range slices.Sorted(maps.Keys(a)) {
			av := a[k]
			bv, ok := bm[k]
			if !ok {
				missing = append(missing, path+"."+k)
				continue
			}
			missing = append(missing, missingKeys(av, bv, path+"."+k)...)
		}
	case []any:
		bs, _ := b.([]any)
		for i, av := range a {
			if i >= len(bs) {
				return append(missing, path+"["+strconv.Itoa(i)+"]")
			}
			missing = append(missing, missingKeys(av, bs[i], path+"["+strconv.Itoa(i)+"]")...)
		}
	}
	return missing
}
