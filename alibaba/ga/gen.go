package ga

// The files ending in _gen.go are generated from spec.json. Edit the spec,
// then run go generate ./... from the module root.

//go:generate go run ../../internal/codegen/cmd/polycloud-gen -spec spec.json -out .
