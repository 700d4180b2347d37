package importer

import (
	"slices"

	"github.com/polycloud-go/polycloud/internal/codegen"
)

// mergeOperation lays an existing operation over the one built from the
// facts. Everything the existing operation says wins; facts fill what it
// leaves empty (doc URL, action, method and path, pagination) and add the
// members it lacks.
func mergeOperation(old, fresh codegen.Operation) codegen.Operation {
	out := old
	out.Doc = firstNonEmpty(old.Doc, fresh.Doc)
	out.DocURL = firstNonEmpty(old.DocURL, fresh.DocURL)
	out.Action = firstNonEmpty(old.Action, fresh.Action)
	out.Method = firstNonEmpty(old.Method, fresh.Method)
	out.Path = firstNonEmpty(old.Path, fresh.Path)
	out.Input = mergeFields(old.Input, fresh.Input)
	if old.OutputShape == "" {
		out.Output = mergeFields(old.Output, fresh.Output)
	}
	if out.Pagination == nil {
		out.Pagination = fresh.Pagination
	}
	return out
}

// mergeFields keeps the existing fields in their order, each merged with
// its facts counterpart, then appends the facts fields it lacks in facts
// order. A counterpart has the same wire name and location, or the same
// wire name alone when that is unambiguous.
func mergeFields(old, fresh []codegen.Field) []codegen.Field {
	out := make([]codegen.Field, 0, max(len(old), len(fresh)))
	used := make([]bool, len(fresh))
	for _, f := range old {
		if i := counterpart(f, fresh, used); i >= 0 {
			used[i] = true
			f = mergeField(f, fresh[i])
		}
		out = append(out, f)
	}
	for i, f := range fresh {
		if !used[i] {
			out = append(out, f)
		}
	}
	return out
}

func counterpart(f codegen.Field, fresh []codegen.Field, used []bool) int {
	same := func(i int) bool { return !used[i] && fresh[i].Name == f.Name }
	for i := range fresh {
		if same(i) && fresh[i].Location == f.Location {
			return i
		}
	}
	var byName []int
	for i := range fresh {
		if same(i) {
			byName = append(byName, i)
		}
	}
	if len(byName) == 1 {
		return byName[0]
	}
	return -1
}

// mergeField keeps an existing field whole, except that the wire
// attributes it leaves empty (location, style, fill, wrap) come from the
// facts. Booleans stay as written: an absent boolean cannot be told from
// false, and taking the facts' would make a second run undo a person's
// false. The one exception is pointer on a request enum with a zero value
// (the only enums the facts make pointers): without it that value could
// never be sent, so no person's false can mean it.
func mergeField(old, fresh codegen.Field) codegen.Field {
	if fresh.Pointer && fresh.Ref != "" && fresh.Type != typeObject {
		old.Pointer = true
	}
	old.Location = firstNonEmpty(old.Location, fresh.Location)
	old.Style = firstNonEmpty(old.Style, fresh.Style)
	old.Fill = firstNonEmpty(old.Fill, fresh.Fill)
	if old.Type == typeArray {
		old.Wrap = firstNonEmpty(old.Wrap, fresh.Wrap)
	}
	return old
}

// mergeShape keeps an existing shape's doc and fields and appends the
// members only the facts know.
func mergeShape(old, fresh codegen.Shape) codegen.Shape {
	old.Fields = mergeFields(old.Fields, fresh.Fields)
	return old
}

// mergeEnum keeps an existing enum (its type, docs and constant names)
// and appends the values only the facts know.
func mergeEnum(old, fresh codegen.Enum) codegen.Enum {
	old.Values = slices.Clone(old.Values)
	for _, v := range fresh.Values {
		lit, _ := enumLiteral(old.Type, v.Value)
		if !slices.ContainsFunc(old.Values, func(ov codegen.EnumValue) bool {
			ol, _ := enumLiteral(old.Type, ov.Value)
			return ol == lit
		}) {
			old.Values = append(old.Values, v)
		}
	}
	return old
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// mergeShapes merges built shapes with existing ones of the same name and
// keeps the other existing shapes, sorted by name.
func mergeShapes(old, fresh []codegen.Shape) []codegen.Shape {
	byName := map[string]codegen.Shape{}
	for _, s := range old {
		byName[s.Name] = s
	}
	for _, s := range fresh {
		if o, ok := byName[s.Name]; ok {
			s = mergeShape(o, s)
		}
		byName[s.Name] = s
	}
	return inNameOrder(byName)
}

func mergeEnums(old, fresh []codegen.Enum) []codegen.Enum {
	byName := map[string]codegen.Enum{}
	for _, e := range old {
		byName[e.Name] = e
	}
	for _, e := range fresh {
		if o, ok := byName[e.Name]; ok {
			e = mergeEnum(o, e)
		}
		byName[e.Name] = e
	}
	return inNameOrder(byName)
}
