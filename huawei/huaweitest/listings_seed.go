package huaweitest

// The generic listings of each service: every paginated operation without
// a hand-written handler, served from listings_gen.go with synthetic items
// shaped like the operation's documented item. These methods seed them.

// SeedListing makes the generic listing operation hold n synthetic items
// (none when n < 1), replacing what it held. Each item has every member of
// the operation's item type set; item i (from 1) differs from the others
// in its identifying member (id where the item has one), whose value ends
// in "-i", and Marker listings use that value as the marker. An operation
// that is not a generic Global Accelerator listing (a hand-written one
// such as ListByoipPools, or a non-listing) is an error.
func (g *GA) SeedListing(operation string, n int) error {
	return listingError("Global Accelerator", g.listings.Seed(operation, n))
}

// SetListingItems makes the generic listing operation hold exactly items,
// in order. Each item is any value that encodes as JSON (a map, a value of
// the generated item type) and is served as it encodes. An item's
// identifying member, when it is a string, is its marker.
func (g *GA) SetListingItems(operation string, items ...any) error {
	return listingError("Global Accelerator", g.listings.SetItems(operation, items))
}

// ListingItems returns the items the generic listing operation holds, as
// encoding/json decodes them (a map[string]any per item).
func (g *GA) ListingItems(operation string) ([]any, error) {
	items, err := g.listings.Items(operation)
	return items, listingError("Global Accelerator", err)
}

// SeedListing makes the generic API Gateway listing operation hold n
// synthetic items, as GA.SeedListing does for Global Accelerator. The
// listing holds them for every instance and project: generic listings do
// not look at their path's resources.
func (a *APIG) SeedListing(operation string, n int) error {
	return listingError("API Gateway", a.listings.Seed(operation, n))
}

// SetListingItems makes the generic API Gateway listing operation hold
// exactly items, as GA.SetListingItems does for Global Accelerator.
func (a *APIG) SetListingItems(operation string, items ...any) error {
	return listingError("API Gateway", a.listings.SetItems(operation, items))
}

// ListingItems returns the items the generic API Gateway listing
// operation holds (a map[string]any per object item, a string per string
// item, as for ListTagsV2).
func (a *APIG) ListingItems(operation string) ([]any, error) {
	items, err := a.listings.Items(operation)
	return items, listingError("API Gateway", err)
}
