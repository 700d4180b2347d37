package alibabatest

// listings_gen.go and listings_gen_test.go are generated from the specs of
// the services the server emulates: every paginated action is declared
// there. Edit the specs, then run go generate ./... from the module root.

//go:generate go run ../../internal/codegen/cmd/polycloud-gen -emulator -package alibabatest -spec ../ga/spec.json -spec ../apigateway/spec.json -out listings_gen.go
