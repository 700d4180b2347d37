package emu

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func terminal(name string, times int) Fault {
	return Fault{Name: name, Times: times, Respond: func(*Exchange, func(*Exchange)) {}}
}

func names(term *Fault, mods []Fault) []string {
	var out []string
	for _, m := range mods {
		out = append(out, m.Name)
	}
	if term != nil {
		out = append(out, term.Name)
	}
	return out
}

func TestFaultsFireInOrderAndRunOut(t *testing.T) {
	t.Parallel()
	var f Faults
	f.Add("List", terminal("Throttle", 2), terminal("ServerError", 1))
	f.Add("List", Fault{Name: "Delay", Times: 1}, Fault{Name: "Cap", Quirk: func(*Quirks) {}})

	want := [][]string{
		{"Delay", "Cap", "Throttle"},
		{"Cap", "Throttle"},
		{"Cap", "ServerError"},
		{"Cap"},
		{"Cap"},
	}
	for i, w := range want {
		assert.Equal(t, w, names(f.TakeLate("List")), "request %d", i+1)
	}
	assert.Nil(t, names(f.TakeLate("Other")), "faults are per operation")
}

func TestFaultsForAnyOperationComeAfterTheOperationsOwn(t *testing.T) {
	t.Parallel()
	var f Faults
	f.Add(AnyOp, terminal("Everywhere", 0))
	f.Add("List", terminal("Mine", 1))
	assert.Equal(t, []string{"Mine"}, names(f.TakeLate("List")))
	assert.Equal(t, []string{"Everywhere"}, names(f.TakeLate("List")))
	assert.Equal(t, []string{"Everywhere"}, names(f.TakeLate("Other")), "below 1 means forever")

	f.Clear()
	assert.Nil(t, names(f.TakeLate("List")))
}

func TestTakeEarlyOnlyTakesAnEarlyHead(t *testing.T) {
	t.Parallel()
	var f Faults
	early := terminal("Drop", 1)
	early.Early = true
	f.Add("List", terminal("Throttle", 1), early)

	_, ok := f.TakeEarly("List")
	assert.False(t, ok, "the throttle is first in line")
	assert.Equal(t, []string{"Throttle"}, names(f.TakeLate("List")))
	got, ok := f.TakeEarly("List")
	require.True(t, ok)
	assert.Equal(t, "Drop", got.Name)
	_, ok = f.TakeEarly("List")
	assert.False(t, ok)
}
