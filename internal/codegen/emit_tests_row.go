package codegen

import (
	"fmt"
	"strconv"
)

// wireParam is one name and value as the client sends it: an Alibaba
// parameter (form says it goes in the body), or a Huawei query value,
// header or multipart part.
type wireParam struct {
	name, value string
	form        bool
}

// caseRow emits the table row of one operation.
func (g *generator) caseRow(f *goFile, op *Operation) {
	req, reply := g.sampleOperation(op)
	lit := goLiterals{f: f, pkg: g.useService(f)}
	f.printf("{")
	f.printf("Name: %q,", op.Name)
	if g.alibaba() && op.Action != op.Name {
		f.printf("Action: %q,", op.Action)
	}
	f.printf("Call: gentest.Method((*%s.Client).%s),", lit.pkg, op.Name)
	f.printf("Request: %s,", lit.request(op, req))
	if g.alibaba() {
		g.rpcExpectation(f, req)
	} else {
		g.restExpectation(f, op, req)
	}
	g.invalidRows(f, g.invalidCases(req))
	g.replyRow(f, op, reply)
	g.decodedRows(f, decodedChecks(reply))
	f.printf("},")
}

// sampleOperation samples every request field (those the signer sends
// have no Go field) and every response member of op.
func (g *generator) sampleOperation(op *Operation) (req, reply []member) {
	in := newSampler(g, true)
	for i := range op.Input {
		if fl := &op.Input[i]; fl.Fill != fillSigner {
			req = append(req, member{f: fl, v: in.field(fl)})
		}
	}
	out := newSampler(g, false)
	outputs := g.outputFields(op)
	for i := range outputs {
		reply = append(reply, member{f: &outputs[i], v: out.field(&outputs[i])})
	}
	return req, reply
}

// request is the literal of the sampled request.
func (l goLiterals) request(op *Operation, req []member) string {
	s := &sample{t: TypeRef{Type: typeObject, Ref: op.Name + "Request"}, members: req}
	return "&" + l.object(s, false)
}

func (g *generator) invalidRows(f *goFile, cases []invalidCase) {
	if len(cases) == 0 {
		return
	}
	f.printf("Invalid: []gentest.Invalid{")
	for _, c := range cases {
		row := fmt.Sprintf("Field: %q", c.goPath)
		if c.value != "" {
			row += ", Value: " + c.value
		}
		row += fmt.Sprintf(", Wire: %q", c.wire)
		if c.problem != "" {
			row += fmt.Sprintf(", Problem: %q", c.problem)
		}
		f.printf("{%s},", row)
	}
	f.printf("},")
}

func (g *generator) decodedRows(f *goFile, checks []decodedCheck) {
	if len(checks) == 0 {
		return
	}
	f.printf("Decoded: []gentest.Decoded{")
	for _, c := range checks {
		f.printf("{Field: %q, Want: %s},", c.goPath, strconv.Quote(c.want))
	}
	f.printf("},")
}
