package emu

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestObjectKeepsInsertionOrderAndNestsDottedPaths(t *testing.T) {
	t.Parallel()
	var o Object
	o.Set("RequestId", "R").Set("Items", []int{1}).SetPath("page_info.next_marker", "m").SetPath("page_info.current_count", 1)
	o.Set("RequestId", "R2") // replaced in place

	b, err := json.Marshal(&o)
	require.NoError(t, err)
	assert.Equal(t, `{"RequestId":"R2","Items":[1],"page_info":{"next_marker":"m","current_count":1}}`, string(b))
	assert.Equal(t, []string{"RequestId", "Items", "page_info"}, o.Keys())
}

func TestObjectDoesNotEscapeHTML(t *testing.T) {
	t.Parallel()
	var o Object
	o.Set("url", "a&b<c>")
	b, err := Marshal(&o)
	require.NoError(t, err)
	assert.Equal(t, `{"url":"a&b<c>"}`, string(b))
}
