package huaweitest

import (
	"fmt"
	"net/http"
	"sync"
	"time"

	"github.com/polycloud-go/polycloud/internal/emu"
)

// SeededByoipPools is how many BYOIP pools a new Server holds (unless
// started WithoutSeed).
const SeededByoipPools = 5

// ByoipPool is a Global Accelerator BYOIP pool, with the members and JSON
// names ListByoipPools answers.
type ByoipPool struct {
	// ID identifies the pool (a UUID).
	ID string `json:"id"`
	// CIDR is the pool's address block.
	CIDR string `json:"cidr"`
	// IPType is IPV4 or IPV6.
	IPType string `json:"ip_type"`
	// CreatedAt is when the pool was created (RFC 3339).
	CreatedAt string `json:"created_at"`
	// UpdatedAt is when the pool last changed (RFC 3339).
	UpdatedAt string `json:"updated_at"`
	// Area is the acceleration area: OUTOFCM (outside the Chinese mainland) or CM.
	Area string `json:"area"`
	// DomainID is the account that owns the pool.
	DomainID string `json:"domain_id"`
}

// GA is a server's Global Accelerator state: BYOIP pools, and the items
// of the generic listings (SeedListing). It is safe for concurrent use.
type GA struct {
	ids      *emu.IDs
	now      func() time.Time
	mu       sync.Mutex
	pools    []ByoipPool
	listings emu.Synthetic // the generic listings (listings.go)
}

func newGA(s *Server) *GA { return &GA{ids: s.ids, now: s.now} }

func (g *GA) seed() { g.AddByoipPools(SeededByoipPools) }

// AddByoipPools adds n pools with generated IDs and consecutive /24
// blocks, and returns them.
func (g *GA) AddByoipPools(n int) []ByoipPool {
	out := make([]ByoipPool, 0, max(n, 0))
	for range n {
		out = append(out, g.AddByoipPool(ByoipPool{}))
	}
	return out
}

// AddByoipPool adds p after the other pools and returns it as stored.
// Empty fields get defaults: a generated UUID, the next free /24, IPV4,
// OUTOFCM, the test account's domain and the server's clock.
func (g *GA) AddByoipPool(p ByoipPool) ByoipPool {
	stamp := g.now().UTC().Format(time.RFC3339)
	g.mu.Lock()
	defer g.mu.Unlock()
	n := len(g.pools)
	p.ID = or(p.ID, g.ids.UUID("byoip-pool"))
	p.CIDR = or(p.CIDR, fmt.Sprintf("203.0.%d.0/24", n%256))
	p.IPType = or(p.IPType, "IPV4")
	p.Area = or(p.Area, "OUTOFCM")
	p.DomainID = or(p.DomainID, DomainID)
	p.CreatedAt = or(p.CreatedAt, stamp)
	p.UpdatedAt = or(p.UpdatedAt, p.CreatedAt)
	g.pools = append(g.pools, p)
	return p
}

// ByoipPools returns copies of every pool, in order.
func (g *GA) ByoipPools() []ByoipPool {
	g.mu.Lock()
	defer g.mu.Unlock()
	return append([]ByoipPool(nil), g.pools...)
}

// registerGA declares the Global Accelerator operations the server serves.
func (s *Server) registerGA() {
	s.routeListing(http.MethodGet, "/v1/byoip-pools", "ListByoipPools", ga, emu.Listing{
		Style: emu.Marker, PositionParam: "marker", SizeParam: "limit",
		ItemsKey: "byoip_pools", TokenKey: "page_info.next_marker", CountKey: "page_info.current_count",
		DefaultSize: 500, MinSize: 1, MaxSize: 2000,
		Items:  s.ga.poolItems,
		ItemID: func(it any) string { return it.(ByoipPool).ID },
	}, func(c *call, out *emu.Object) { out.Set("request_id", c.requestID) })
}

func (g *GA) poolItems(*emu.Request) ([]any, error) {
	var out []any
	for _, p := range g.ByoipPools() {
		out = append(out, p)
	}
	return out, nil
}

// or returns v, or def when v is empty.
func or(v, def string) string {
	if v == "" {
		return def
	}
	return v
}
