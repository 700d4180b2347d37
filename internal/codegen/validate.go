package codegen

import (
	"fmt"
	"go/token"
	"strings"
)

// ValidationError lists every problem found in a spec, each naming where
// it is ("operation ListForwardingRules: input MaxResults: …"), so one run
// shows them all.
type ValidationError struct {
	// Problems are the problems found, one sentence each, in spec order.
	Problems []string
}

// Error prints one problem per line.
func (e *ValidationError) Error() string {
	return "invalid spec:\n\t" + strings.Join(e.Problems, "\n\t")
}

// validator collects problems while it walks a spec.
type validator struct {
	idx      *index
	problems []string
}

// Validate checks a decoded spec: known types and styles, resolvable
// shape and enum references, unique names, paths and pagination fields
// that exist, sensible ranges and defaults. It returns a
// *ValidationError, or nil.
func Validate(s *Spec) error {
	v := &validator{idx: newIndex(s)}
	v.service(&s.Service)
	v.enums()
	v.shapes()
	v.operations()
	v.names()
	v.usage()
	v.cycles()
	if len(v.problems) > 0 {
		return &ValidationError{Problems: v.problems}
	}
	return nil
}

func (v *validator) addf(where, format string, args ...any) {
	v.problems = append(v.problems, where+": "+fmt.Sprintf(format, args...))
}

func (v *validator) service(s *Service) {
	const where = "service"
	if s.Provider != providerAlibaba && s.Provider != providerHuawei {
		v.addf(where, "provider %q is not alibaba or huawei", s.Provider)
	}
	if !token.IsIdentifier(s.Package) || strings.ToLower(s.Package) != s.Package {
		v.addf(where, "package %q is not a lower-case Go identifier", s.Package)
	}
	for _, kv := range [][2]string{{"name", s.Name}, {"title", s.Title}, {"apiVersion", s.APIVersion}, {"endpoint", s.Endpoint}} {
		if kv[1] == "" {
			v.addf(where, "%s is required", kv[0])
		}
	}
	if s.RegionID != "" && s.Provider != providerAlibaba {
		v.addf(where, "regionId is for alibaba services only")
	}
	if s.DomainScoped && s.Provider != providerHuawei {
		v.addf(where, "domainScoped is for huawei services only")
	}
}

func (v *validator) enums() {
	seen := map[string]bool{}
	for i := range v.idx.spec.Enums {
		e := &v.idx.spec.Enums[i]
		where := "enum " + e.Name
		v.typeName(where, e.Name, seen)
		if e.Type != typeString && !isInteger(e.Type) {
			v.addf(where, "type %q is not string, int32 or int64", e.Type)
		}
		if len(e.Values) == 0 {
			v.addf(where, "has no values")
		}
		v.enumValues(where, e)
	}
}

func (v *validator) enumValues(where string, e *Enum) {
	seen := map[string]bool{}
	for _, ev := range e.Values {
		lit, ok := enumLiteral(e.Type, ev.Value)
		if !ok {
			v.addf(where, "value %v does not match type %s", ev.Value, e.Type)
			continue
		}
		if seen[lit] {
			v.addf(where, "value %s is listed twice", lit)
		}
		seen[lit] = true
		if !isExportedIdent(enumConstName(e, ev)) {
			v.addf(where, "value %s: constant name %q is not a Go identifier; set goName", lit, enumConstName(e, ev))
		}
	}
}

func (v *validator) shapes() {
	seen := map[string]bool{}
	for i := range v.idx.spec.Shapes {
		s := &v.idx.spec.Shapes[i]
		where := "shape " + s.Name
		v.typeName(where, s.Name, seen)
		if len(s.Fields) == 0 {
			v.addf(where, "has no fields")
		}
		v.fieldList(where, s.Fields, roleShape)
	}
}

// typeName checks a shape or enum name: an exported identifier, listed once.
func (v *validator) typeName(where, name string, seen map[string]bool) {
	switch {
	case !isExportedIdent(name):
		v.addf(where, "name is not an exported Go identifier")
	case seen[name]:
		v.addf(where, "is listed twice")
	}
	seen[name] = true
}
