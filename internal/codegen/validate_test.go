package codegen

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// baseSpec loads a valid test spec afresh, for one test case to break.
func baseSpec(t *testing.T, provider string) *Spec {
	t.Helper()
	s, err := Load("testdata/" + provider + "/spec.json")
	require.NoError(t, err)
	return s
}

func op(s *Spec, name string) *Operation {
	for i := range s.Operations {
		if s.Operations[i].Name == name {
			return &s.Operations[i]
		}
	}
	panic("no operation " + name)
}

func shape(s *Spec, name string) *Shape {
	for i := range s.Shapes {
		if s.Shapes[i].Name == name {
			return &s.Shapes[i]
		}
	}
	panic("no shape " + name)
}

func num(n string) *json.Number { v := json.Number(n); return &v }

func TestValidateRejects(t *testing.T) {
	tests := []struct {
		name, provider string
		breakIt        func(s *Spec)
		want           string
	}{
		{"unknown provider", "alibaba", func(s *Spec) { s.Service.Provider = "aws" },
			`service: provider "aws" is not alibaba or huawei`},
		{"unknown type", "alibaba", func(s *Spec) { op(s, "ListWidgets").Input[1].Type = "integer" },
			`operation ListWidgets input: field PageNumber: unknown type "integer"`},
		{"dangling shape", "alibaba", func(s *Spec) { op(s, "UpdateWidget").Output[1].Ref = "Gizmo" },
			`operation UpdateWidget output: field Widget: object refers to unknown shape "Gizmo"`},
		{"dangling enum", "huawei", func(s *Spec) { shape(s, "Rule").Fields[2].Ref = "Proto" },
			`shape Rule: field protocol: refers to unknown enum "Proto"`},
		{"enum of another type", "huawei", func(s *Spec) { shape(s, "Rule").Fields[3].Ref = "Protocol" },
			`shape Rule: field priority: is int32 but enum Protocol is string`},
		{"duplicate operation", "alibaba", func(s *Spec) { s.Operations = append(s.Operations, *op(s, "ListGadgets")) },
			`operation ListGadgets: is listed twice`},
		{"duplicate shape", "alibaba", func(s *Spec) { s.Shapes = append(s.Shapes, *shape(s, "Tag")) },
			`shape Tag: is listed twice`},
		{"duplicate field", "alibaba", func(s *Spec) { o := op(s, "ListGadgets"); o.Input = append(o.Input, o.Input[0]) },
			`operation ListGadgets input: field NextToken: is listed twice`},
		{"Go name clash", "huawei", func(s *Spec) {
			sh := shape(s, "Thing")
			sh.Fields = append(sh.Fields, Field{Name: "Id", TypeRef: TypeRef{Type: "string"}})
		}, `shape Thing: field Id: Go name ID is used by another field; set goName`},
		{"generated name clash", "alibaba", func(s *Spec) { shape(s, "Bounds").Name = "ListWidgetsRequest" },
			`shape ListWidgetsRequest: Go name ListWidgetsRequest is also used by operation ListWidgets`},
		{"range inverted", "alibaba", func(s *Spec) { op(s, "ListWidgets").Input[2].Range = &Range{Min: num("100"), Max: num("1")} },
			`operation ListWidgets input: field PageSize: range min 100 is greater than max 1`},
		{"range on a string", "alibaba", func(s *Spec) { op(s, "UpdateWidget").Input[0].Range = &Range{Max: num("5")} },
			`operation UpdateWidget input: field WidgetId: range is only for int32, int64 and float64 fields`},
		{"range beyond int32", "alibaba", func(s *Spec) { op(s, "ListWidgets").Input[2].Range = &Range{Max: num("3000000000")} },
			`operation ListWidgets input: field PageSize: range bound 3000000000 is not a valid int32`},
		{"default of the wrong type", "alibaba", func(s *Spec) { op(s, "ListWidgets").Input[2].Default = json.RawMessage(`"ten"`) },
			`operation ListWidgets input: field PageSize: default "ten" does not fit type int32`},
		{"default out of range", "alibaba", func(s *Spec) { op(s, "ListWidgets").Input[2].Default = json.RawMessage(`500`) },
			`operation ListWidgets input: field PageSize: default 500 is outside the range`},
		{"enum with a zero value without pointer", "huawei", func(s *Spec) {
			s.Enums[0].Values = append(s.Enums[0].Values, EnumValue{Value: json.Number("0")})
			op(s, "ListThings").Input = append(op(s, "ListThings").Input,
				Field{Name: "level", TypeRef: TypeRef{Type: "int32", Ref: "Priority"}, Location: "query"})
		}, `operation ListThings input: field level: enum Priority has the value 0, which is not sent unless the field is a pointer; set pointer`},
		{"required bool without pointer", "alibaba", func(s *Spec) {
			f := &op(s, "ListWidgets").Input[8]
			f.Required = true
		}, `operation ListWidgets input: field Visible: is required and zero is a valid value; set pointer`},
		{"required zero-inclusive number in a shape", "huawei", func(s *Spec) {
			f := &shape(s, "Backend").Fields[1]
			f.Required, f.Pointer = true, false
		}, `shape Backend: field weight: is required and zero is a valid value; set pointer`},
		{"pointer on a list", "alibaba", func(s *Spec) { op(s, "ListWidgets").Input[3].Pointer = true },
			`operation ListWidgets input: field WidgetIds: pointer is only for scalars and for objects sent with style json`},
		{"wrap on huawei", "huawei", func(s *Spec) { op(s, "ListThings").Output[0].Wrap = "Thing" },
			`operation ListThings output: field things: wrap is only for arrays of alibaba services`},
		{"unknown style", "alibaba", func(s *Spec) { op(s, "ListWidgets").Input[3].Style = "csv" },
			`operation ListWidgets input: field WidgetIds: unknown style "csv"`},
		{"list without style", "alibaba", func(s *Spec) { op(s, "ListWidgets").Input[3].Style = "" },
			`operation ListWidgets input: field WidgetIds: an array needs style repeatList, json or simple`},
		{"json object without pointer", "alibaba", func(s *Spec) { op(s, "UpdateWidget").Input[6].Pointer = false },
			`operation UpdateWidget input: field Settings: an object sent with style json must set pointer, so nil means not sent`},
		{"simple on objects", "alibaba", func(s *Spec) { op(s, "UpdateWidget").Input[10].Style = "simple" },
			`operation UpdateWidget input: field Tags: style simple is for arrays of strings`},
		{"fill on the wrong name", "alibaba", func(s *Spec) { op(s, "ListGadgets").Input[0].Fill = "regionId" },
			`operation ListGadgets input: field NextToken: fill regionId is for the string parameter RegionId, which the client fills by that name`},
		{"alibaba path", "alibaba", func(s *Spec) { op(s, "UpdateWidget").Input[0].Location = "path" },
			`operation UpdateWidget input: field WidgetId: alibaba location "path" is not query or form`},
		{"alibaba method", "alibaba", func(s *Spec) { op(s, "UpdateWidget").Method = "GET" },
			`operation UpdateWidget: method and path are for huawei services; alibaba calls are POST /`},
		{"placeholder without field", "huawei", func(s *Spec) { op(s, "ListRules").Path = "/v2/{project_id}/rules/{rule_id}" },
			`operation ListRules: path placeholder {rule_id} has no input field with location path`},
		{"path field not in path", "huawei", func(s *Spec) { op(s, "CreateRule").Path = "/v2/{project_id}/rules" },
			`operation CreateRule: input thing_id has location path but the path has no {thing_id}`},
		{"optional path field", "huawei", func(s *Spec) { op(s, "CreateRule").Input[0].Required = false },
			`operation CreateRule input: field thing_id: a path parameter is a required scalar`},
		{"unknown huawei location", "huawei", func(s *Spec) { op(s, "CreateRule").Input[1].Location = "cookie" },
			`operation CreateRule input: field X-Language: huawei location "cookie" is not path, query, header, body or form`},
		{"body and parts mixed", "huawei", func(s *Spec) { op(s, "ImportThings").Input[1].Location = "body" },
			`operation ImportThings: input body mixes JSON members, a whole body and multipart parts; use one`},
		{"non-string response header", "huawei", func(s *Spec) { op(s, "ListThings").Output[2].Type = "int32" },
			`operation ListThings output: field X-Request-Id: a response header is a plain string`},
		{"output and outputShape", "huawei", func(s *Spec) { op(s, "ListRules").OutputShape = "Rule" },
			`operation ListRules: set output or outputShape, not both`},
		{"unknown pagination style", "alibaba", func(s *Spec) { op(s, "ListGadgets").Pagination.Style = "Cursor" },
			`operation ListGadgets pagination: unknown style "Cursor"`},
		{"pagination key of another style", "alibaba", func(s *Spec) { op(s, "ListGadgets").Pagination.Offset = "MaxResults" },
			`operation ListGadgets pagination: style NextToken takes no offset`},
		{"pagination key missing", "huawei", func(s *Spec) { op(s, "ListThings").Pagination.OutputToken = "" },
			`operation ListThings pagination: style Marker needs outputToken`},
		{"pagination input missing", "alibaba", func(s *Spec) { op(s, "ListGadgets").Pagination.InputToken = "Token" },
			`operation ListGadgets pagination: inputToken "Token" is not an input field`},
		{"pagination output path broken", "huawei", func(s *Spec) { op(s, "ListThings").Pagination.OutputToken = "page_info.next" },
			`operation ListThings pagination: outputToken "page_info.next": no output member "next" on that path`},
		{"pagination field of an enum type", "huawei", func(s *Spec) { findField(op(s, "ListRules").Input, "limit").Ref = "Priority" },
			`operation ListRules pagination: pageSize "limit" must be a plain [int32 int64 string] field`},
		{"pagination items not a list", "alibaba", func(s *Spec) { op(s, "ListWidgets").Pagination.Items = "RequestId" },
			`operation ListWidgets pagination: items "RequestId" must be a plain [array] member`},
		{"page size above the field's range", "alibaba", func(s *Spec) { op(s, "ListWidgets").Pagination.MaxPageSize = 500 },
			`operation ListWidgets pagination: page size 500 is outside the range of PageSize`},
		{"unused shape", "alibaba", func(s *Spec) {
			s.Shapes = append(s.Shapes, Shape{Name: "Orphan", Fields: []Field{{Name: "A", TypeRef: TypeRef{Type: "string"}}}})
		}, `shape Orphan: is not used by any operation`},
		{"enum value of the wrong type", "huawei", func(s *Spec) { s.Enums[0].Values[0].Value = "one" },
			`enum Priority: value one does not match type int32`},
		{"duplicate enum value", "huawei", func(s *Spec) { s.Enums[1].Values[1].Value = "TCP" },
			`enum Protocol: value "TCP" is listed twice`},
		{"shape containing itself", "huawei", func(s *Spec) {
			sh := shape(s, "Label")
			sh.Fields = append(sh.Fields, Field{Name: "inner", TypeRef: TypeRef{Type: "object", Ref: "Label"}})
		}, `shape Label: contains itself through object fields; use an array or a map`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := baseSpec(t, tt.provider)
			tt.breakIt(s)
			err := Validate(s)
			var verr *ValidationError
			require.ErrorAs(t, err, &verr)
			assert.Contains(t, verr.Problems, tt.want)
		})
	}
}

// A shape may hold itself through a list: Go can size that struct.
func TestValidateAcceptsRecursionThroughLists(t *testing.T) {
	s := baseSpec(t, "huawei")
	sh := shape(s, "Label")
	sh.Fields = append(sh.Fields, Field{Name: "children", TypeRef: TypeRef{Type: "array", Items: &TypeRef{Type: "object", Ref: "Label"}}})
	require.NoError(t, Validate(s))
	_, err := Generate(s, Options{})
	require.NoError(t, err)
}

func TestParseRejectsUnknownKeysAndTrailingData(t *testing.T) {
	data, err := os.ReadFile("testdata/huawei/spec.json")
	require.NoError(t, err)

	_, err = Parse([]byte(`{"service": {"provider": "huawei", "colour": "red"}}`))
	assert.ErrorContains(t, err, `unknown field "colour"`)

	_, err = Parse(append(data, []byte(`{}`)...))
	assert.ErrorContains(t, err, "data after the top-level object")
}

func TestLoadNamesTheFile(t *testing.T) {
	path := t.TempDir() + "/spec.json"
	require.NoError(t, os.WriteFile(path, []byte(`{"service":{}}`), 0o644))
	_, err := Load(path)
	assert.ErrorContains(t, err, path)
	assert.ErrorContains(t, err, "provider")
}
