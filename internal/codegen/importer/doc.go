// Package importer converts a service's API facts (the apifacts files:
// every operation with its parameters, members, locations, types and
// pagination, read from the official SDKs) into a polycloud spec, and
// merges the result with the service's existing spec.json so that what a
// person wrote there survives. cmd/polycloud-import is its command line:
//
//	go run ./internal/codegen/cmd/polycloud-import \
//		-facts alibaba-ga.json -spec alibaba/ga/spec.json -out alibaba/ga/spec.json
//
// [Convert] does the work, [Marshal] writes the spec in the layout of the
// hand-written ones (one field per line), and the result always passes
// codegen.Validate. Converting the output again changes nothing, and the
// output depends on its inputs alone: operations, shapes and enums are
// sorted by name, fields keep the facts' wire order, and names are chosen
// by rules that never look at map order.
//
// # What comes from the facts
//
// Every operation, with its doc URL (the API Explorer page), and an
// operation doc read off its name when there is no hand-written one
// ("ListAccelerators" gives "lists accelerators."; nothing else is
// invented). Members keep their exact wire names; their Go names are left
// to the generator, except where two fields of one struct would get the
// same one.
//
// Alibaba (RPC): the facts' "body" location is the form-encoded body
// ("form"), "query" the default; the styles flat, repeatList, json and
// simple are kept (flat, the default, is left out); integer, long and
// number become int32, int64 and float64. RegionId is filled by the client
// (fill regionId, never required client-side), ClientToken too (fill
// clientToken), and SecurityToken by the signer (fill signer, no Go
// field). An object sent as JSON is a pointer. In responses, a list
// wrapper {"Items":{"Item":[…]}} (an object whose only member is a list
// named by a singular noun) is read as a plain slice with wrap "Item"; an
// object whose one list member has a plural name, like GA's
// ForwardGroupConfig{ServerGroupTuples}, is a real object and stays.
//
// Huawei (REST): method and path; inputs keep their location (path,
// query, header, body, form), path parameters are required; the path
// placeholders the client fills itself, {project_id} and {domain_id}
// (huawei.Client.expandPath), get no field. Multipart parts have location
// form, and a file part is bytes. A response header (x-request-id) is an
// output with location header; a member that is the whole body (a map, a
// binary stream) says wholeBody. date-time strings are time. Fields with
// allowed values become open enums (string, or int32 and int64 for
// integer values): fields with the same wire name and the same set of
// values share one enum, wherever they are.
//
// Request booleans are pointers: false is worth sending (a disabled
// feature, a false filter) and a plain bool could not send it. So are
// request enums with a zero value (0 or ""), which would otherwise be
// dropped as "not sent"; the merge makes such a field a pointer even when
// the existing spec says otherwise. Other numbers are plain: the facts do
// not say whether 0 is meaningful.
//
// Idempotent marks reads: Alibaba operations whose name starts with a read
// verb (List, Describe, Get, Query, Show, Check, Count, Preview, Validate,
// DryRun; every RPC call is a POST, so the method says nothing, and
// writes protected by a ClientToken are made safe to retry by the runtime,
// not by this flag); Huawei operations whose method is GET, HEAD, PUT or
// DELETE, or a POST whose name starts with a read verb
// (ListResourcesByTag).
//
// Pagination is the facts' pagination object: the style, the request
// fields of the position (token, marker, page number or offset) and page
// size, the response paths of the next token, the total and the items (a
// path through an unwrapped list loses the inner key: "Acls.Acl" becomes
// "Acls"). The facts carry no page sizes, and a converter must not guess
// them: Options.PageSizes (-page-size Offset=20/500) states them per style
// for a whole service, when the API documents them for every operation of
// that style; otherwise they stay 0 (unknown) unless the spec has them.
//
// # Shapes and their names
//
// Every object becomes a named shape, and identical objects share one: an
// object's identity is its members' wire names, in order, with their
// types (nested objects and enums compared the same way), pointer flags
// and list wrappers. Whether a member is required is not part of it: a
// shared shape requires a member only when every request that uses it
// does (or, for a shape found only in responses, every response), because
// a client-side check must never refuse what a server accepts.
//
// A shape's first-choice name is the Huawei SDK type name, cleaned, or for
// Alibaba (whose nested types have no names) the member's name, singular
// for list elements: ForwardingRules gives ForwardingRule, ApiSummarys
// APISummary, RegionList Region. Cleaning drops what an SDK adds to a type
// made for one operation or one direction: "<Operation>Response…" keeps
// the member name that follows it (ListTenantQuotasResponseBodyQuotas gives
// Quotas), and a Request, Response, Req, Resp or Detail suffix goes
// (ListenerDetail gives Listener). Names are spelled with the generator's
// initialisms (APISummary, IPType). A vague name (Data, Config, Info, Item,
// Result, …) is qualified by its owner (the holding object, or the
// operation's subject) when it has only one, and stays bare only when
// several share it (Huawei GA's {id} objects, ID).
//
// When several shapes want one name, the one used most (the first seen on
// a tie) gets it, and each other tries, in order: the raw SDK type name;
// the name qualified by the object holding it (ListenerPortRange); by the
// operation's subject (BasicAccelerator for the Accelerators of
// ListBasicAccelerators; qualifier and name share words, so nothing is
// repeated); for a response list element, the name with Item (as Alibaba
// names its own, DomainItem); by the operation's verb
// (CreateForwardingRule); by the operation's name; and last a number. A
// name the generator takes (XxxRequest, XxxResponse, XxxAPI, NewXxxPager,
// Client, New), an operation's name and every name of the existing spec are
// never given to a new shape.
//
// Enums are named after their member (ip_type gives IPType, elements of a
// list singular), qualified the same way on a clash; a vague member name
// (status, type) is qualified first when all of the enum's uses belong to
// one object (AcceleratorStatus), and stays bare when many objects share
// it.
//
// # Merging with the existing spec
//
// The existing spec gives the service block, which the facts do not have.
// A shape or enum name the existing spec gives at a place (found by
// operation and wire-name path, "ListForwardingRules>out>ForwardingRules[]")
// is kept for the shape or enum at that place, and so for every place with
// the same identity. An operation already in the spec keeps everything it
// says (doc, docURL, success status, idempotent, outputShape, pagination)
// and the facts fill what it leaves empty. Its fields, and the fields of
// its shapes, are kept as written, in their order, each merged with its
// facts counterpart (same wire name and location, or same wire name alone):
// the field keeps its type, docs, range, default, pointer and Go name, and
// only the wire attributes it leaves empty (location, style, fill, wrap)
// come from the facts. Booleans stay as written, since an absent boolean
// cannot be told from a person's false. Facts fields the spec lacks are
// appended in facts order; enums keep their docs and constant names and
// gain the values only the facts know. Operations the facts lack are kept
// as written, and shapes and enums no operation reaches any more are
// dropped.
//
// Since the output is a spec whose every name, field and attribute the
// merge keeps, converting it again gives it back unchanged.
package importer
