package emu

// ListingMeta declares one paginated operation as polycloud-gen emits it
// from a service spec (listings_gen.go in each emulator): where the
// operation is served, how it pages, and what one of its items looks
// like. [Synthetic] turns it into a [Listing] whose items are copies of
// the sample, so an emulator serves every listing of a spec with real
// pagination without a hand-written handler for each.
type ListingMeta struct {
	// Service is the spec's service name ("ga", "apigateway", "apig").
	Service string
	// Version is the spec's API version: Alibaba's Version parameter
	// ("2019-11-20"), or Huawei's path version ("v2").
	Version string
	// Op is the operation name, which is also Alibaba's Action.
	Op string
	// Method and Path are a Huawei operation's route, with placeholders
	// such as {project_id}; both are empty for Alibaba.
	Method, Path string
	// Paging is the listing without an item source: style, parameter and
	// member names, required parameters and page-size bounds. Items and
	// ItemID are left nil; Synthetic supplies them.
	Paging Listing
	// RequestIDKey is the response member that carries the request ID
	// ("request_id"), when the body has one the provider does not already
	// set.
	RequestIDKey string
	// Sample is one item as JSON, with every member of the item's shape
	// set to a value of its type.
	Sample string
	// IDKey is the top-level member of Sample that identifies an item;
	// each synthetic item gets its own value there, and Marker listings
	// use it as the marker. Empty when the items are strings, which are
	// then their own identity.
	IDKey string
}
