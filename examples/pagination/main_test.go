package main

import (
	"bytes"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/polycloud-go/polycloud/alibaba/alibabatest"
	"github.com/polycloud-go/polycloud/alibaba/ga"
)

// A first run and a run resumed from its cursor, each with its own
// emulator as two processes would have, together print every forwarding
// rule exactly once, in listing order.
func TestFirstRunAndResumedRunReadEveryRuleOnce(t *testing.T) {
	want := allRuleIDs(t)
	require.Len(t, want, alibabatest.SeededForwardingRules)
	for _, k := range []int{1, 7, 20, 44, 45} {
		t.Run(strconv.Itoa(k), func(t *testing.T) {
			var first, second bytes.Buffer
			require.NoError(t, run(t.Context(), &first, k, ""))
			cursor := printedCursor(t, first.String())
			require.NoError(t, run(t.Context(), &second, 0, cursor))

			firstIDs, rest := printedRules(first.String()), printedRules(second.String())
			assert.Len(t, firstIDs, k)
			assert.Equal(t, want, append(firstIDs, rest...))
			assert.Contains(t, second.String(), strconv.Itoa(len(want)-k)+" more rules")
		})
	}
}

func TestFirstRunTour(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run(t.Context(), &out, 3, ""))
	assert.Contains(t, out.String(), "  page 3: 3 of 23 mappings\n")
	assert.Equal(t, 5, strings.Count(out.String(), "/24\n"), "every seeded BYOIP pool")
}

func TestResumeRejectsAForeignCursor(t *testing.T) {
	var out bytes.Buffer
	assert.Error(t, run(t.Context(), &out, 0, "not-a-cursor"))
}

// allRuleIDs lists the seeded rules in one go, as the reference.
func allRuleIDs(t *testing.T) []string {
	srv := alibabatest.NewServer()
	t.Cleanup(srv.Close)
	var ids []string
	for rule, err := range ga.NewListForwardingRulesPager(ga.New(srv.Config()), rulesRequest()).All(t.Context()) {
		require.NoError(t, err)
		ids = append(ids, rule.ForwardingRuleID)
	}
	return ids
}

// printedRules returns the IDs of the "  rule <id> <name>" lines.
func printedRules(out string) []string {
	var ids []string
	for line := range strings.Lines(out) {
		if rest, ok := strings.CutPrefix(line, "  rule "); ok {
			ids = append(ids, strings.Fields(rest)[0])
		}
	}
	return ids
}

// printedCursor returns the cursor of the "-resume <cursor>" line.
func printedCursor(t *testing.T, out string) string {
	_, after, ok := strings.Cut(out, " -resume ")
	require.True(t, ok, "the first run prints a cursor:\n%s", out)
	return strings.TrimSpace(after)
}
