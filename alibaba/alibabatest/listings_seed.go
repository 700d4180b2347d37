package alibabatest

// The generic listings of each product: every paginated action without a
// hand-written handler, served from listings_gen.go with synthetic items
// shaped like the action's documented item. These methods seed them.

// SeedListing makes the generic listing action hold n synthetic items (none
// when n < 1), replacing what it held. Each item has every member of the
// action's item type set; item i (from 1) differs from the others in its
// identifying member (an ID such as AcceleratorId), whose value ends in
// "-i". An action that is not a generic Global Accelerator listing (a
// hand-written one such as ListForwardingRules, or a non-listing) is an
// error.
func (g *GA) SeedListing(action string, n int) error {
	return listingError("Global Accelerator", g.listings.Seed(action, n))
}

// SetListingItems makes the generic listing action hold exactly items, in
// order. Each item is any value that encodes as JSON (a map, a value of
// the generated item type) and is served as it encodes; write list
// wrappers ({"Tags":{"Tag":[…]}}) as the cloud does if the client should
// see them. An item's identifying member, when it is a string, names it.
func (g *GA) SetListingItems(action string, items ...any) error {
	return listingError("Global Accelerator", g.listings.SetItems(action, items))
}

// ListingItems returns the items the generic listing action holds, as
// encoding/json decodes them (a map[string]any per item).
func (g *GA) ListingItems(action string) ([]any, error) {
	items, err := g.listings.Items(action)
	return items, listingError("Global Accelerator", err)
}

// SeedListing makes the generic API Gateway listing action hold n synthetic
// items, as GA.SeedListing does for Global Accelerator.
func (a *APIGateway) SeedListing(action string, n int) error {
	return listingError("API Gateway", a.listings.Seed(action, n))
}

// SetListingItems makes the generic API Gateway listing action hold
// exactly items, as GA.SetListingItems does for Global Accelerator.
func (a *APIGateway) SetListingItems(action string, items ...any) error {
	return listingError("API Gateway", a.listings.SetItems(action, items))
}

// ListingItems returns the items the generic API Gateway listing action
// holds, as GA.ListingItems does for Global Accelerator.
func (a *APIGateway) ListingItems(action string) ([]any, error) {
	items, err := a.listings.Items(action)
	return items, listingError("API Gateway", err)
}
