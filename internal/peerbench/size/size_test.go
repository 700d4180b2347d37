// Package size measures what one cloud operation adds to a program: each
// directory here is a tiny program making one call through one client, and
// TestSizes builds them all (go build -trimpath -ldflags="-s -w") and prints
// their sizes next to the floor's.
//
//	cd internal/peerbench && go test ./size -run Sizes -v
package size

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// maxOverFloor is the budget: a polycloud program may be at most this much
// (1 MiB) larger than the floor program making the same call. The test
// fails when it is exceeded, so that the table is never read without it.
const maxOverFloor = 1 << 20

// groups are the programs compared, floor first.
var groups = []struct {
	operation string
	programs  []string
}{
	{"Alibaba GA ListForwardingRules", []string{"floor-ga", "polycloud-ga", "official-ga"}},
	{"Huawei GA ListByoipPools", []string{"floor-byoip", "polycloud-byoip", "official-byoip"}},
}

func TestSizes(t *testing.T) {
	dir := t.TempDir()
	var table strings.Builder
	table.WriteString("| operation | program | bytes | size | vs floor |\n|---|---|---:|---:|---:|\n")
	for _, g := range groups {
		var floor int64
		for _, prog := range g.programs {
			size := build(t, dir, prog)
			if floor == 0 {
				floor = size
			}
			fmt.Fprintf(&table, "| %s | %s | %d | %s | %s |\n", g.operation, prog, size, mb(size), delta(size-floor))
			if strings.HasPrefix(prog, "polycloud") && size-floor > maxOverFloor {
				t.Errorf("%s is %s larger than the floor; the budget is %s", prog, mb(size-floor), mb(maxOverFloor))
			}
		}
	}
	t.Log("\n" + table.String())
}

// build compiles ./prog as a release build and returns the binary's size.
func build(t *testing.T, dir, prog string) int64 {
	out := filepath.Join(dir, prog)
	cmd := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", out, "./"+prog)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("building %s: %v\n%s", prog, err, msg)
	}
	fi, err := os.Stat(out)
	if err != nil {
		t.Fatal(err)
	}
	return fi.Size()
}

func mb(n int64) string { return fmt.Sprintf("%.2f MiB", float64(n)/(1<<20)) }

func delta(n int64) string {
	if n == 0 {
		return "—"
	}
	return fmt.Sprintf("%+.2f MiB", float64(n)/(1<<20))
}
