package huaweitest

import (
	"fmt"

	"github.com/polycloud-go/polycloud/internal/emu"
)

// SeededListingItems is how many synthetic items each generic listing
// holds in a new Server (none when started WithoutSeed), so a plain call
// of any listing returns something.
const SeededListingItems = 3

// registerGenerated serves every paginated operation of the GA and APIG
// specs that has no hand-written handler (those keep their own behaviour
// and resources) from its generated declaration in listings_gen.go,
// holding n synthetic items. Routes are the specs' path templates, whose
// placeholders ({project_id}, {instance_id}, …) match any segment. A
// declaration that does not work is a bug in this package or the
// generator and panics when the server starts, like a bad hand-written
// one.
func (s *Server) registerGenerated(n int) {
	for _, meta := range generatedListings() {
		if _, ok := s.ops[meta.Op]; ok {
			continue
		}
		svc, store := s.serviceFor(meta.Service)
		l, err := store.Register(meta, n)
		if err != nil {
			panic("huaweitest: generated listing " + err.Error())
		}
		s.routeListing(meta.Method, meta.Path, meta.Op, svc, l, requestIDMember(meta.RequestIDKey))
	}
}

// serviceFor returns the service named in a spec and its generic listings.
func (s *Server) serviceFor(name string) (service, *emu.Synthetic) {
	switch name {
	case "ga":
		return ga, &s.ga.listings
	case "apig":
		return apig, &s.apig.listings
	}
	panic("huaweitest: no service is named " + name)
}

// requestIDMember starts an answer with the request ID under key, for
// responses whose body carries it; nil when key is empty.
func requestIDMember(key string) func(*call, *emu.Object) {
	if key == "" {
		return nil
	}
	return func(c *call, out *emu.Object) { out.Set(key, c.requestID) }
}

// listingError names the service in an error about one of its generic
// listings.
func listingError(service string, err error) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("huaweitest: %s: %w (hand-written listings are seeded through their own methods)", service, err)
}

// seededItems is how many items each generic listing starts with.
func seededItems(seed bool) int {
	if seed {
		return SeededListingItems
	}
	return 0
}
