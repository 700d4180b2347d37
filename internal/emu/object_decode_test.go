package emu

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDecodeValueKeepsMemberOrderAndNumbers(t *testing.T) {
	t.Parallel()
	doc := `{"z":1,"a":{"y":[],"b":[1.50,"s",true,null,{"k":12345678901234567890}]},"m":"x"}`
	v, err := DecodeValue([]byte(doc))
	require.NoError(t, err)
	obj := v.(*Object)
	assert.Equal(t, []string{"z", "a", "m"}, obj.Keys())
	out, err := Marshal(obj)
	require.NoError(t, err)
	assert.Equal(t, doc, string(out), "written back byte for byte")
	n, _ := obj.Get("z")
	assert.Equal(t, json.Number("1"), n)
}

func TestDecodeValueRefusesBrokenDocuments(t *testing.T) {
	t.Parallel()
	for _, doc := range []string{``, `{`, `{"a":1}{}`, `[1,]`, `{"a"}`} {
		_, err := DecodeValue([]byte(doc))
		assert.Error(t, err, doc)
	}
}
