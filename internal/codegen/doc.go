// Package codegen generates polycloud's service packages from their specs.
//
// Each service package (alibaba/ga, alibaba/apigateway, huawei/ga,
// huawei/apig) keeps a spec.json and a gen.go whose go:generate line runs
// cmd/polycloud-gen. `go generate ./...` from the module root rewrites every
// generated file byte for byte, and the tests of this package fail when a
// checked-in file no longer matches its spec.
//
// # The spec
//
// A spec is strict JSON decoded into [Spec]; the Go doc of Spec and the
// types it holds is the format's reference. An excerpt:
//
//	{
//	  "service": {"provider": "huawei", "package": "apig", "name": "apig",
//	    "title": "API Gateway", "apiVersion": "v2",
//	    "endpoint": "apig.{region}.myhuaweicloud.com"},
//	  "shapes": [{"name": "IngressPort", "doc": "is a custom inbound port of a gateway.",
//	    "fields": [{"name": "ingress_port", "type": "int32", "range": {"min": 1024, "max": 49151}}, …]}],
//	  "enums": [{"name": "IngressProtocol", "type": "string",
//	    "values": [{"value": "HTTP"}, {"value": "HTTPS"}]}],
//	  "operations": [{
//	    "name": "AddCustomIngressPort", "doc": "adds a custom inbound port to a gateway.",
//	    "method": "POST", "path": "/v2/{project_id}/apigw/instances/{instance_id}/custom-ingress-ports",
//	    "successStatus": 201,
//	    "input": [
//	      {"name": "instance_id", "type": "string", "location": "path", "required": true},
//	      {"name": "protocol", "type": "string", "ref": "IngressProtocol", "location": "body", "required": true},
//	      {"name": "ingress_port", "type": "int32", "location": "body", "required": true,
//	       "range": {"min": 1024, "max": 49151}}],
//	    "outputShape": "IngressPort"}]
//	}
//
// Fields carry their exact wire name; Go names follow from it through an
// initialism table (AcceleratorId gives AcceleratorID, ip_type gives
// IPType) unless goName overrides them. Every object is a named shape, so
// type names are chosen by a person (ForwardingRule, PortMapping), never
// concatenated from paths. Docs are predicates that follow the Go name
// ("is the ID of the listener."); the generator appends what it enforces or
// knows: required, range, the server's default, how the client fills
// RegionId and ClientToken.
//
// Hand-written keys (doc, range, default, goName, shape and enum names) are
// separate from the facts a converter derives from the API facts, so a
// converter can read the existing spec and keep them when it regenerates.
//
// [Load] and [Parse] reject unknown keys and validate: unknown types,
// dangling shape or enum references, duplicate names (including the
// generated ones), path placeholders without fields, serialization styles
// a type cannot use, bad ranges and defaults, pagination fields that do not
// exist. A [*ValidationError] lists every problem with its place.
//
// # The generated code
//
// [Generate] writes, for a package:
//
//   - client_gen.go: Client wrapping the provider runtime client, New, and
//     the unexported helpers the other files call (paramError, …).
//   - types_gen.go: the shapes. Shapes used in requests also get check
//     (required members and ranges at any depth), isZero and, for Alibaba
//     flat parameters, encodeParams.
//   - enums_gen.go: open enumerations, a named type plus constants.
//   - <op_snake>_gen.go per operation: XxxRequest, XxxResponse, for
//     paginated operations the one-method XxxAPI interface and the
//     NewXxxPager constructor, the method, and the request's check and
//     encode methods.
//   - operations*_gen_test.go: the generated tests, described below.
//
// Requests are plain values where zero means "not sent"; a pointer only
// where the spec says zero is meaningful. encode checks required fields
// and ranges first and returns a ParamError naming the wire field before
// anything is sent. Alibaba requests become alibaba.Params (flat,
// repeatList, json and simple styles, query or form); Huawei requests
// become a huawei.Request, whose JSON body is the request struct itself
// marshalled: members outside the body are tagged json:"-" and optional
// members omitzero. No reflection is needed at run time beyond
// encoding/json.
//
// Each paginated operation also gets NewXxxPager, which takes the
// operation's XxxAPI and returns the provider's Pager (an alias of
// internal/paginate's) built by the paginate constructor of the spec's
// style. Its accessor closures are worked out by pagerPlan and convert
// between the pager's int and int64 and the fields' int32, int64, string
// or pointer types; a fact the spec does not declare (a total, an echoed
// page size) stays nil, and facts a style must not trust (the TotalCount
// of a NextToken operation) are never wired. String and pointer fields
// use small helpers emitted into client_gen.go only when needed. For an
// operation with a ClientToken, the pager clears it in its own copy of the
// request: each page is a logical call of its own and gets a fresh token
// from the client, and cursors do not depend on it.
//
// # The generated tests
//
// Given the package's import path (Options.ImportPath; polycloud-gen
// reads it from go.mod), Generate also writes the package's tests:
// operations_gen_test.go with TestGeneratedOperations, and
// operations_NN_gen_test.go files holding one table row per operation, in
// the external test package. A row is data, run by package gentest: a
// request with every field set to a synthetic value of its type, what the
// server must receive from it (Alibaba parameters in the query or the form
// body, flat, Name.1.Key, JSON or comma lists; Huawei path, query,
// headers, JSON body members or multipart parts, with the values
// escaped and formatted as the client formats them), the changes the
// client must refuse (each required member left zero, at any depth along
// the first list element and map entry, each ranged member out of range)
// with the ParamError's wire path, and a reply with every response member
// set (Alibaba list wrappers in their wrapped form, Huawei response
// headers), which must decode and re-encode without losing a key or a
// value.
//
// The synthetic values come from a counter, so no two values of an
// operation are equal and a value sent in the wrong place is caught; they
// stay inside documented ranges, take enum values, and pointer numbers,
// bools and enums are zero, which only a pointer can send. A sample is
// built once per operation and rendered as the Go literal, the wire text
// and the reply, so these agree by construction; what they test is that
// the generated encoders, decoders and checks do what the spec says.
//
// The output depends on the spec alone: names and files are sorted, maps
// are never ranged over while emitting, and gofmt formats every file.
//
// # Emulator metadata
//
// [GenerateEmulator] (polycloud-gen -emulator, run by go:generate in
// alibabatest and huaweitest) reads the specs of the services an emulator
// serves and writes two files into it. listings_gen.go declares one
// emu.ListingMeta per paginated operation: the Alibaba version and Action
// or the Huawei method and path template, the style, the request
// parameters (position, page size, the required scalars the server can
// see) and the response members (items, with an Alibaba list wrapper's
// inner key; next token or marker; total; page count, echoed page size
// and page number where the response has a member of that name; a Huawei
// request_id), the page sizes (the spec's, else the size field's range,
// else the style's usual ones), and a sample item rendered like a reply
// (every member set, wrappers included) with the member that identifies
// an item. listings_gen_test.go holds one row per listing for the
// emulator's walk test: the generated pager called through a real client
// with its required fields set, returning each item's identity.
package codegen
