package codegen

import (
	"regexp"
	"slices"
)

// placeholder matches a {name} of a Huawei path template.
var placeholder = regexp.MustCompile(`\{([^{}]+)\}`)

// implicitPathParams are filled by the Huawei client, never by a field.
var implicitPathParams = []string{"project_id", "domain_id"}

// reservedFiles are generated file stems an operation must not take.
var reservedFiles = []string{"client", "types", "enums"}

func (v *validator) operations() {
	seen := map[string]bool{}
	for i := range v.idx.spec.Operations {
		op := &v.idx.spec.Operations[i]
		where := "operation " + op.Name
		switch {
		case !isExportedIdent(op.Name):
			v.addf(where, "name is not an exported Go identifier")
		case seen[op.Name]:
			v.addf(where, "is listed twice")
		case slices.Contains(reservedFiles, snakeName(op.Name)):
			v.addf(where, "name would overwrite %s_gen.go", snakeName(op.Name))
		}
		seen[op.Name] = true
		v.operation(where, op)
	}
}

func (v *validator) operation(where string, op *Operation) {
	if v.idx.alibaba() {
		v.alibabaOperation(where, op)
	} else {
		v.huaweiOperation(where, op)
	}
	v.fieldList(where+" input", op.Input, roleInput)
	v.fieldList(where+" output", op.Output, roleOutput)
	if op.OutputShape != "" {
		v.outputShape(where, op)
	}
	if op.Pagination != nil {
		v.pagination(where+" pagination", op)
	}
}

func (v *validator) alibabaOperation(where string, op *Operation) {
	if op.Action == "" {
		v.addf(where, "action is required")
	}
	if op.Method != "" || op.Path != "" {
		v.addf(where, "method and path are for huawei services; alibaba calls are POST /")
	}
}

func (v *validator) huaweiOperation(where string, op *Operation) {
	if op.Action != "" {
		v.addf(where, "action is for alibaba services")
	}
	if !slices.Contains([]string{"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD"}, op.Method) {
		v.addf(where, "method %q is not an HTTP method in upper case", op.Method)
	}
	if len(op.Path) == 0 || op.Path[0] != '/' {
		v.addf(where, "path %q does not start with /", op.Path)
	}
	v.pathParams(where, op)
	v.bodyParts(where, op.Input, "input")
	v.bodyParts(where, op.Output, "output")
}

// pathParams checks that path placeholders and path fields match one to one.
func (v *validator) pathParams(where string, op *Operation) {
	inPath := map[string]bool{}
	for _, m := range placeholder.FindAllStringSubmatch(op.Path, -1) {
		inPath[m[1]] = true
		if !slices.Contains(implicitPathParams, m[1]) && !hasPathField(op.Input, m[1]) {
			v.addf(where, "path placeholder {%s} has no input field with location path", m[1])
		}
	}
	for _, f := range op.Input {
		if f.Location == locPath && !inPath[f.Name] {
			v.addf(where, "input %s has location path but the path has no {%s}", f.Name, f.Name)
		}
	}
}

func hasPathField(fields []Field, name string) bool {
	return slices.ContainsFunc(fields, func(f Field) bool { return f.Location == locPath && f.Name == name })
}

// bodyParts checks that a body is one of: JSON members, one whole-body
// field, or multipart parts.
func (v *validator) bodyParts(where string, fields []Field, side string) {
	var members, whole, parts int
	for _, f := range fields {
		switch {
		case f.WholeBody:
			whole++
		case f.Location == locForm:
			parts++
		case f.Location == "" || f.Location == locBody:
			members++
		}
	}
	if whole > 1 || (whole == 1 && members+parts > 0) || (members > 0 && parts > 0) {
		v.addf(where, "%s body mixes JSON members, a whole body and multipart parts; use one", side)
	}
}

func (v *validator) outputShape(where string, op *Operation) {
	if len(op.Output) > 0 {
		v.addf(where, "set output or outputShape, not both")
	}
	if v.idx.shapes[op.OutputShape] == nil {
		v.addf(where, "outputShape refers to unknown shape %q", op.OutputShape)
	}
}
