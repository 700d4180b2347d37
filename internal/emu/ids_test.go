package emu

import (
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestIDsAreDeterministicPerSeedAndKind(t *testing.T) {
	t.Parallel()
	a, b := NewIDs("seed"), NewIDs("seed")
	assert.Equal(t, a.Alibaba("ga"), b.Alibaba("ga"))
	assert.Equal(t, a.UUID("request"), b.UUID("request"))
	assert.NotEqual(t, a.Alibaba("ga"), a.Alibaba("ga"), "each call advances the sequence")
	assert.NotEqual(t, NewIDs("other").Hex32("p"), NewIDs("seed").Hex32("p"))
}

func TestIDsHaveTheCloudsShapes(t *testing.T) {
	t.Parallel()
	g := NewIDs("seed")
	assert.Regexp(t, regexp.MustCompile(`^frule-bp1[a-z0-9]{18}$`), g.Alibaba("frule"))
	assert.Regexp(t, regexp.MustCompile(`^[0-9a-f]{32}$`), g.Hex32("project"))
	assert.Regexp(t, regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`), g.UUID("pool"))
	assert.Len(t, g.Bytes("token", 5000), 5000)
}
