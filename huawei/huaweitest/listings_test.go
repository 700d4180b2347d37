package huaweitest_test

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/polycloud-go/polycloud/huawei"
	"github.com/polycloud-go/polycloud/huawei/huaweitest"
)

// listingWalk is one row of generatedListingWalks (listings_gen_test.go):
// a paginated operation and a walk through its generated pager.
type listingWalk struct {
	service, op string // the spec's service name ("ga", "apig") and the operation
	idKey       string // the item member that identifies an item; "" when items are strings
	sized       bool   // the operation has a page-size parameter
	maxSize     int    // the spec's largest page size, which the pager asks for; 0 if unknown
	serverSize  int    // the page size the server applies when none is sent
	// params are the required values the walk sends, by wire name.
	params map[string]string
	// walk reads the whole listing and returns each item's identity.
	walk func(ctx context.Context, cfg huawei.Config, opts ...huawei.PagerOption) ([]string, error)
}

// walkIDs reads every item of p and returns their identities.
func walkIDs[P, T any](ctx context.Context, p *huawei.Pager[P, T], id func(T) string) ([]string, error) {
	var ids []string
	for it, err := range p.All(ctx) {
		if err != nil {
			return ids, err
		}
		ids = append(ids, id(it))
	}
	return ids, nil
}

// walkPlan is how a walk runs: the page size the server applies, how many
// items to seed (never a multiple of it, always more than one page) and
// the pager's options.
type walkPlan struct {
	size, items int
	opts        []huawei.PagerOption
}

// planWalk uses the pager's default where the spec gives a largest page
// size (more items than fit one), else pages of 7 where the operation
// takes a size, else the server's default size.
func planWalk(w listingWalk) walkPlan {
	switch {
	case w.maxSize > 0:
		return walkPlan{size: w.maxSize, items: w.maxSize + 7}
	case w.sized:
		return walkPlan{size: 7, items: 2*7 + 3, opts: []huawei.PagerOption{huawei.PageSize(7)}}
	}
	return walkPlan{size: w.serverSize, items: 2*w.serverSize + 3}
}

// The generic listings, and the hand-written ones through their own
// seeding, page through their generated pagers without losing, repeating
// or reordering an item, in the fewest requests.
func TestEveryListingPagesEachItemOnceInOrder(t *testing.T) {
	t.Parallel()
	walks := generatedListingWalks()
	require.Len(t, walks, 11+52, "every paginated operation of GA and APIG")
	for _, w := range walks {
		t.Run(w.service+"/"+w.op, func(t *testing.T) {
			t.Parallel()
			srv := start(t, huaweitest.WithoutSeed())
			plan := planWalk(w)
			want := seedWalk(t, srv, w, plan.items)
			got, err := w.walk(t.Context(), srv.Config(), plan.opts...)
			require.NoError(t, err)
			require.Len(t, got, plan.items)
			assert.Equal(t, want, got, "every item once, in order")
			assert.Equal(t, (plan.items+plan.size-1)/plan.size, srv.CountOf(w.op), "the fewest requests")
		})
	}
}

// seedWalk gives the walk's listing n items and returns their identities
// in order: through the resource methods for the hand-written listings,
// SeedListing for the others.
func seedWalk(t *testing.T, srv *huaweitest.Server, w listingWalk, n int) []string {
	t.Helper()
	switch w.op {
	case "ListByoipPools":
		return identities(t, srv.GA().AddByoipPools(n), w.idKey)
	case "ListCustomIngressPorts":
		instance := srv.APIG().AddInstance(w.params["instance_id"], huaweitest.ProjectID)
		ports := make([]huaweitest.IngressPort, n)
		for i := range ports {
			var err error
			ports[i], err = srv.APIG().AddIngressPort(instance, "HTTP", 1024+i)
			require.NoError(t, err)
		}
		return identities(t, ports, w.idKey)
	}
	s := service(srv, w.service)
	require.NoError(t, s.SeedListing(w.op, n))
	items, err := s.ListingItems(w.op)
	require.NoError(t, err)
	return identities(t, items, w.idKey)
}

// genericListings is what GA and APIG have in common.
type genericListings interface {
	SeedListing(operation string, n int) error
	SetListingItems(operation string, items ...any) error
	ListingItems(operation string) ([]any, error)
}

func service(srv *huaweitest.Server, name string) genericListings {
	if name == "ga" {
		return srv.GA()
	}
	return srv.APIG()
}

// identities reads each item's identity: its idKey member, or the item
// itself when items are strings. Items that are not ListingItems' decoded
// values are read through their JSON form.
func identities(t *testing.T, items any, idKey string) []string {
	t.Helper()
	decoded, ok := items.([]any)
	if !ok {
		raw, err := json.Marshal(items)
		require.NoError(t, err)
		require.NoError(t, json.Unmarshal(raw, &decoded))
	}
	ids := make([]string, len(decoded))
	for i, it := range decoded {
		if m, ok := it.(map[string]any); ok {
			it = m[idKey]
		}
		ids[i], _ = it.(string)
	}
	return ids
}
