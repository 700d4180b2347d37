package huaweitest

// listings_gen.go and listings_gen_test.go are generated from the specs of
// the services the server emulates: every paginated operation is declared
// there. Edit the specs, then run go generate ./... from the module root.

//go:generate go run ../../internal/codegen/cmd/polycloud-gen -emulator -package huaweitest -spec ../ga/spec.json -spec ../apig/spec.json -out listings_gen.go
