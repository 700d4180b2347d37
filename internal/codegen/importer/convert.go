package importer

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/polycloud-go/polycloud/internal/codegen"
)

// converter turns facts operations into draft operations. The provider
// decides locations, styles, fills and list wrappers; the existing spec's
// fields decide where a hand-written choice overrides the facts' (a list
// wrapper kept as an object, an output given as one shape).
type converter struct {
	facts    *Facts
	existing *bindings
	opNames  []string // every operation name, longest first (Huawei ref cleaning)
}

func newConverter(facts *Facts, existing *bindings) *converter {
	c := &converter{facts: facts, existing: existing}
	for _, op := range facts.Operations {
		c.opNames = append(c.opNames, op.Name)
	}
	slices.SortFunc(c.opNames, func(a, b string) int { return cmp.Or(len(b)-len(a), cmp.Compare(a, b)) })
	return c
}

func (c *converter) alibaba() bool { return c.facts.Provider == providerAlibaba }

// operation converts one facts operation.
func (c *converter) operation(fop *FactOperation) (*draftOp, error) {
	op := &draftOp{fact: fop, name: fop.Name}
	var err error
	if op.input, err = c.topMembers(fop, fop.Request.Fields, sideInput); err != nil {
		return nil, err
	}
	if op.output, err = c.topMembers(fop, fop.Response.Fields, sideOutput); err != nil {
		return nil, err
	}
	op.idempotent = c.idempotent(fop)
	if op.pagination, err = c.pagination(op); err != nil {
		return nil, err
	}
	return op, nil
}

// topMembers converts request parameters or response members, adding the
// provider's location, style and fill, and leaving out what the runtime
// supplies by itself.
func (c *converter) topMembers(fop *FactOperation, fields []FactField, sd side) ([]*member, error) {
	var out []*member
	for i := range fields {
		f := &fields[i]
		if sd == sideInput && c.runtimeFills(f) {
			continue
		}
		m, err := c.member(f, use{op: fop.Name, side: sd, field: f.Name, path: opPath(fop.Name, sd) + ">" + f.Name})
		if err != nil {
			return nil, fmt.Errorf("operation %s: %s %s: %w", fop.Name, sd, f.Name, err)
		}
		if c.alibaba() {
			c.alibabaTop(m, f, sd)
		} else {
			c.huaweiTop(m, f, sd)
		}
		out = append(out, m)
	}
	return out, nil
}

// member converts one field. Request booleans become pointers: false is
// a value worth sending (a disabled feature, a false filter), and a plain
// bool could not send it. So do request enums with a zero value (a
// charging mode 0): omitted when zero, a plain field could never send it.
func (c *converter) member(f *FactField, u use) (*member, error) {
	m := &member{name: f.Name, required: f.Required}
	if inner, ok := c.listWrapper(f, u); ok {
		m.wrap, u.field = inner.Name, inner.Name // elements are named after the inner key
		f = &FactField{Name: f.Name, Type: "array", Items: inner.Items}
	}
	v, err := c.value(f, u)
	if err != nil {
		return nil, err
	}
	m.val = v
	m.pointer = u.side == sideInput && (v.typ == typeBool || v.enum.hasZero())
	return m, nil
}

// value converts a field's type. u says where the value sits; list
// elements and map values inherit it with item set.
func (c *converter) value(f *FactField, u use) (*value, error) {
	v := &value{ref: f.Ref, use: u}
	switch f.Type {
	case "object":
		v.typ = typeObject
		return v, c.objectMembers(v, f.Fields, u)
	case "array", "map":
		return c.container(v, f, u)
	}
	typ, err := scalarType(f)
	if err != nil {
		return nil, err
	}
	v.typ = typ
	if len(f.Enum) > 0 {
		v.enum, err = newEnumDraft(f, typ, u)
	}
	return v, err
}

// container converts a list or a map and its element type. An enum
// declared on the list itself is moved to its elements.
func (c *converter) container(v *value, f *FactField, u use) (*value, error) {
	elem, suffix := f.Items, "[]"
	v.typ = typeArray
	if f.Type == "map" {
		elem, suffix, v.typ = f.Values, "{}", typeMap
	}
	if elem == nil {
		return nil, fmt.Errorf("%s without an element type", f.Type)
	}
	if len(f.Enum) > 0 && len(elem.Enum) == 0 {
		e := *elem
		e.Enum, e.Ref = f.Enum, f.Ref
		elem = &e
	}
	eu := u
	eu.item, eu.path = true, u.path+suffix
	ev, err := c.value(elem, eu)
	if f.Type == "map" {
		v.values = ev
	} else {
		v.items = ev
	}
	return v, err
}

func (c *converter) objectMembers(v *value, fields []FactField, u use) error {
	for i := range fields {
		f := &fields[i]
		m, err := c.member(f, use{op: u.op, side: u.side, parent: v, field: f.Name, path: u.path + ">" + f.Name})
		if err != nil {
			return fmt.Errorf("%s: %w", f.Name, err)
		}
		v.fields = append(v.fields, m)
	}
	return nil
}

// runtimeFills reports whether a request field is supplied by the runtime
// and so gets no field: Huawei path placeholders {project_id} and
// {domain_id}, which the client fills from its configuration or token.
func (c *converter) runtimeFills(f *FactField) bool {
	return !c.alibaba() && f.Location == "path" && slices.Contains(implicitPathParams, f.Name)
}

// implicitPathParams are the Huawei path placeholders the client fills
// (huawei.Client.expandPath); the generator's validator knows them too.
var implicitPathParams = []string{"project_id", "domain_id"}

// opPath is the start of the path of an operation's request or response
// members in bindings: "ListForwardingRules>out".
func opPath(op string, sd side) string { return op + ">" + sd.String() }

// fieldFrom returns the existing spec's field at a path, or nil.
func (c *converter) fieldFrom(path string) *codegen.Field { return c.existing.fields[path] }
