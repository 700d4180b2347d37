package alibabatest

import (
	"fmt"

	"github.com/polycloud-go/polycloud/internal/emu"
)

// SeededListingItems is how many synthetic items each generic listing
// holds in a new Server (none when started WithoutSeed), so a plain call
// of any listing returns something.
const SeededListingItems = 3

// registerGenerated serves every paginated action of the GA and API
// Gateway specs that has no hand-written handler (those keep their own
// behaviour and resources) from its generated declaration in
// listings_gen.go, holding n synthetic items. A declaration that does not
// work is a bug in this package or the generator and panics when the
// server starts, like a bad hand-written one.
func (s *Server) registerGenerated(n int) {
	for _, meta := range generatedListings() {
		if _, ok := s.ops[opKey(meta.Version, meta.Op)]; ok {
			continue
		}
		store := s.syntheticFor(meta.Version)
		l, err := store.Register(meta, n)
		if err != nil {
			panic("alibabatest: generated listing " + err.Error())
		}
		s.handleListing(meta.Version, meta.Op, l)
	}
}

// syntheticFor returns the generic listings of the product with version.
func (s *Server) syntheticFor(version string) *emu.Synthetic {
	switch version {
	case gaVersion:
		return &s.ga.listings
	case apiGatewayVersion:
		return &s.apigw.listings
	}
	panic("alibabatest: no product has API version " + version)
}

// listingError names the product in an error about one of its generic
// listings.
func listingError(product string, err error) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("alibabatest: %s: %w (hand-written listings are seeded through their own methods)", product, err)
}

// seededItems is how many items each generic listing starts with.
func seededItems(seed bool) int {
	if seed {
		return SeededListingItems
	}
	return 0
}
