package alibabatest_test

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/polycloud-go/polycloud/alibaba"
	"github.com/polycloud-go/polycloud/alibaba/alibabatest"
)

// listingWalk is one row of generatedListingWalks (listings_gen_test.go):
// a paginated action and a walk through its generated pager.
type listingWalk struct {
	service, op string // the spec's service name ("ga", "apigateway") and the action
	idKey       string // the item member that identifies an item
	sized       bool   // the action has a page-size parameter
	maxSize     int    // the spec's largest page size, which the pager asks for; 0 if unknown
	serverSize  int    // the page size the server applies when none is sent
	// params are the required values the walk sends, by wire name.
	params map[string]string
	// walk reads the whole listing and returns each item's identity.
	walk func(ctx context.Context, cfg alibaba.Config, opts ...alibaba.PagerOption) ([]string, error)
}

// walkIDs reads every item of p and returns their identities.
func walkIDs[P, T any](ctx context.Context, p *alibaba.Pager[P, T], id func(T) string) ([]string, error) {
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
	opts        []alibaba.PagerOption
}

// planWalk uses the pager's default where the spec gives a largest page
// size (more items than fit one), else pages of 7 where the action takes
// a size, else the server's default size.
func planWalk(w listingWalk) walkPlan {
	switch {
	case w.maxSize > 0:
		return walkPlan{size: w.maxSize, items: w.maxSize + 7}
	case w.sized:
		return walkPlan{size: 7, items: 2*7 + 3, opts: []alibaba.PagerOption{alibaba.PageSize(7)}}
	}
	return walkPlan{size: w.serverSize, items: 2*w.serverSize + 3}
}

// The generic listings, and the hand-written ones through their own
// seeding, page through their generated pagers without losing, repeating
// or reordering an item, in the fewest requests.
func TestEveryListingPagesEachItemOnceInOrder(t *testing.T) {
	t.Parallel()
	walks := generatedListingWalks()
	require.Len(t, walks, 24+44, "every paginated action of GA and API Gateway")
	for _, w := range walks {
		t.Run(w.service+"/"+w.op, func(t *testing.T) {
			t.Parallel()
			srv := start(t, alibabatest.WithoutSeed())
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
func seedWalk(t *testing.T, srv *alibabatest.Server, w listingWalk, n int) []string {
	t.Helper()
	switch w.op {
	case "ListForwardingRules":
		return identities(t, srv.GA().AddForwardingRules(w.params["AcceleratorId"], w.params["ListenerId"], n), w.idKey)
	case "ListCustomRoutingPortMappingsByDestination":
		return identities(t, srv.GA().AddPortMappings(w.params["EndpointId"], w.params["DestinationAddress"], n), w.idKey)
	}
	p := product(srv, w.service)
	require.NoError(t, p.SeedListing(w.op, n))
	items, err := p.ListingItems(w.op)
	require.NoError(t, err)
	return identities(t, items, w.idKey)
}

// genericListings is what GA and APIGateway have in common.
type genericListings interface {
	SeedListing(action string, n int) error
	SetListingItems(action string, items ...any) error
	ListingItems(action string) ([]any, error)
}

func product(srv *alibabatest.Server, service string) genericListings {
	if service == "ga" {
		return srv.GA()
	}
	return srv.APIGateway()
}

// identities reads the idKey member of each item. Items that are not
// ListingItems' decoded values are read through their JSON form.
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
		m, _ := it.(map[string]any)
		ids[i], _ = m[idKey].(string)
	}
	return ids
}
