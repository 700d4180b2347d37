package importer

import "github.com/polycloud-go/polycloud/internal/codegen"

// side says whether a value travels in a request or a response.
type side int

const (
	sideInput side = iota
	sideOutput
)

func (s side) String() string {
	if s == sideInput {
		return "in"
	}
	return "out"
}

// draftOp is an operation converted from facts, before shapes and enums
// have names: its members hold values, and objects are anonymous.
type draftOp struct {
	fact       *FactOperation
	name       string
	input      []*member
	output     []*member
	outRoot    *value // the response as one object, when the existing spec gives it an outputShape
	pagination *codegen.Pagination
	idempotent bool
}

// member is a request parameter, a response member or a member of an
// object, with the attributes the spec keeps beside the type.
type member struct {
	name      string
	required  bool
	pointer   bool
	wrap      string
	location  string
	style     string
	fill      string
	wholeBody bool
	val       *value
}

// value is a type in the making: a scalar (maybe an enum), a list, a map
// or an object. Objects and enums get their names once every operation
// has been converted, from their uses and their identity.
type value struct {
	typ    string // a spec type: string, int32, …, object, array, map, any
	items  *value
	values *value
	fields []*member // object members, in wire order
	enum   *enumDraft
	ref    string // Huawei: the SDK's type name, a naming hint
	use    use    // where this occurrence sits, for naming
	id     string // structural identity, set by identify
	shape  *shapeDraft
}

// use is where one occurrence of an object or enum sits: its operation
// and side, the object holding it (nil at the top level) and the member
// that leads to it.
type use struct {
	op     string
	side   side
	parent *value
	field  string // wire name of the member holding the value
	item   bool   // the value is an array element or map value
	path   string // operation > side > members, for hand-written bindings
}

// enumDraft is an enumeration found in the facts: its type and values,
// and, once named, where it goes.
type enumDraft struct {
	typ    string // string, int32 or int64
	values []any  // strings or json.Number, in facts order
	ref    string // Huawei: the SDK's enum type name
	use    use
	key    string // identity: field name, type and sorted values
	group  *enumGroup
}
