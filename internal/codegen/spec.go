package codegen

// Spec is one service's API description, kept as spec.json inside the
// service package. It is the source of truth for every generated file of
// that package: edit the spec and run `go generate`, never the output.
//
// A spec is strict JSON: unknown keys are errors, so a typo cannot pass
// silently. The key names are those of the json tags below. Everything a
// person writes by hand (doc, range, default, shape and enum names, Go
// name overrides) lives in its own key, so a converter that rebuilds a
// spec from machine-readable API facts can read the existing spec and
// keep those keys while it refreshes the rest.
type Spec struct {
	// Service says which cloud and product the package talks to.
	Service Service `json:"service"`
	// Shapes are the named structs shared by operations: request members,
	// response members and list items. Every object in the spec is a
	// shape, so each Go type has a name a person chose.
	Shapes []Shape `json:"shapes,omitempty"`
	// Enums are open enumerations: a named Go type plus constants for the
	// values known today. Nothing rejects other values, because servers
	// add values without notice.
	Enums []Enum `json:"enums,omitempty"`
	// Operations are the API calls; each becomes one method of Client
	// and one <op_snake>_gen.go file.
	Operations []Operation `json:"operations"`
}

// Service describes the product behind one generated package.
type Service struct {
	// Provider is "alibaba" (RPC style: signed POST with an Action) or
	// "huawei" (REST with X-Auth-Token).
	Provider string `json:"provider"`
	// Package is the Go package name ("ga", "apigateway", "apig").
	Package string `json:"package"`
	// Name is the short name in errors and logs: alibaba.Product.Service
	// or huawei.Service.Name ("ga").
	Name string `json:"name"`
	// Title is the product's full name, used in the Client's doc comment
	// ("Global Accelerator").
	Title string `json:"title"`
	// APIVersion is the version the operations belong to. Alibaba sends it
	// as the Version parameter ("2019-11-20"); for Huawei ("v1") it is
	// documentation, the version being part of each path.
	APIVersion string `json:"apiVersion"`
	// Endpoint is the default host. "{region}" is replaced by the
	// configured region ("apigateway.{region}.aliyuncs.com").
	Endpoint string `json:"endpoint"`
	// RegionID pins the RegionId parameter of a global Alibaba product
	// ("cn-hangzhou" for Global Accelerator) whatever the configured
	// region is. Alibaba only.
	RegionID string `json:"regionId,omitempty"`
	// DomainScoped marks a global Huawei service whose calls need a
	// domain-scoped token (Global Accelerator). Huawei only.
	DomainScoped bool `json:"domainScoped,omitempty"`
	// DocURL is the product's API documentation, linked from the Client.
	DocURL string `json:"docURL,omitempty"`
}

// Operation is one API call.
type Operation struct {
	// Name is the operation and method name ("ListForwardingRules").
	Name string `json:"name"`
	// Doc describes what the call does. It is a predicate that follows the
	// name: "lists the custom forwarding rules of a listener." becomes
	// "ListForwardingRules lists the custom forwarding rules of a listener."
	Doc string `json:"doc,omitempty"`
	// DocURL is the operation's API reference (the API Explorer page),
	// printed under the method's doc comment.
	DocURL string `json:"docURL,omitempty"`
	// Action is the Alibaba Action parameter. Alibaba only, required.
	Action string `json:"action,omitempty"`
	// Method is the Huawei HTTP method. Huawei only, required.
	Method string `json:"method,omitempty"`
	// Path is the Huawei path template, e.g.
	// "/v2/{project_id}/apigw/instances/{instance_id}/custom-ingress-ports".
	// {project_id} and {domain_id} are filled by the client; every other
	// placeholder needs an input field with location "path". Huawei only.
	Path string `json:"path,omitempty"`
	// SuccessStatus is the documented success status (201 for a create).
	// The client accepts any 2xx; emulators use it to answer like the
	// cloud. Zero means 200.
	SuccessStatus int `json:"successStatus,omitempty"`
	// Idempotent marks calls that are safe to repeat after an ambiguous
	// failure: reads, and writes the server deduplicates.
	Idempotent bool `json:"idempotent,omitempty"`
	// Input are the request parameters, flattened into one request struct
	// whatever their location.
	Input []Field `json:"input,omitempty"`
	// Output are the response members. Leave it empty and set OutputShape
	// when the response body is exactly one shape.
	Output []Field `json:"output,omitempty"`
	// OutputShape names the shape the whole response body is; the response
	// type is then an alias of it.
	OutputShape string `json:"outputShape,omitempty"`
	// Pagination describes how the operation pages, or is nil.
	Pagination *Pagination `json:"pagination,omitempty"`
}

// Shape is a named struct. Identical structures share one shape, and
// every object in a request or response refers to a shape by name.
type Shape struct {
	// Name is the Go type name, written by a person ("ForwardingRule").
	Name string `json:"name"`
	// Doc is a predicate that follows the name ("is one custom
	// forwarding rule of a listener.").
	Doc string `json:"doc,omitempty"`
	// Fields are the members, in wire order.
	Fields []Field `json:"fields"`
}

// Enum is an open enumeration: a named type and its known values.
type Enum struct {
	// Name is the Go type name ("IngressProtocol").
	Name string `json:"name"`
	// Doc is a predicate that follows the name.
	Doc string `json:"doc,omitempty"`
	// Type is the underlying type: "string", "int32" or "int64".
	Type string `json:"type"`
	// Values are the known values.
	Values []EnumValue `json:"values"`
}

// EnumValue is one known value of an Enum.
type EnumValue struct {
	// Value is the wire value, a JSON string or integer matching the
	// enum's type ("HTTPS", 2).
	Value any `json:"value"`
	// GoName overrides the constant's suffix; the constant is the enum name
	// followed by it. By default it is derived from the value.
	GoName string `json:"goName,omitempty"`
	// Doc is a predicate that follows the constant's name ("means the
	// port uses HTTPS.").
	Doc string `json:"doc,omitempty"`
}
