package ids

import (
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestNewIsAUniqueV4UUID(t *testing.T) {
	shape := regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`)
	seen := map[string]bool{}
	for range 1000 {
		id := New()
		assert.Regexp(t, shape, id)
		assert.False(t, seen[id], "duplicate %s", id)
		seen[id] = true
	}
}
