package codegen

import (
	"fmt"
	"strings"
)

// gentestPath is the harness the generated tests drive.
const gentestPath = "github.com/polycloud-go/polycloud/internal/codegen/gentest"

// testsPerFile is how many operations' cases one generated test file
// holds, so that no file becomes unwieldy to read or review.
const testsPerFile = 25

// testFiles emits the generated tests of the package: operations_gen_test.go
// with TestGeneratedOperations, and the cases, one table row per
// operation, in operations_NN_gen_test.go files of testsPerFile
// operations each. A row is data (the request, what the server must
// receive, the reply); the logic is in package gentest.
func (g *generator) testFiles() []*goFile {
	ops := g.spec.Operations
	var chunks []*goFile
	for start := 0; start < len(ops); start += testsPerFile {
		chunks = append(chunks, g.caseFile(len(chunks)+1, ops[start:min(start+testsPerFile, len(ops))]))
	}
	return append(chunks, g.testMainFile(len(chunks)))
}

// testMainFile holds the test function, which configures a client for the
// test server and runs the tables of every case file.
func (g *generator) testMainFile(chunks int) *goFile {
	f := g.newTestFile("operations_gen_test.go")
	f.use("testing")
	f.use(g.rt.path)
	var tables []string
	for i := 1; i <= chunks; i++ {
		tables = append(tables, caseFunc(i)+"()")
	}
	f.comment(0, fmt.Sprintf("TestGeneratedOperations calls each operation of the package through a real Client against a local server, as package gentest describes: a request with every field set must arrive as the %s, a request missing a required value or holding one out of range must be refused before anything is sent, and a reply with every member set must decode with nothing lost.", g.wireNoun()))
	f.printf("func TestGeneratedOperations(t *testing.T) {")
	if g.alibaba() {
		f.printf("gentest.RunRPC(t, %s, %s)\n}\n", g.rpcService(f), strings.Join(tables, ", "))
	} else {
		f.printf("gentest.RunREST(t, %s, %s)\n}\n", g.restService(f), strings.Join(tables, ", "))
	}
	return f
}

func (g *generator) wireNoun() string {
	if g.alibaba() {
		return "RPC parameters the spec declares, each in the query or the form body with its wire value"
	}
	return "method, path, query, headers and body the spec declares, with the wire values"
}

// testRegion is the region the generated tests configure. It is not the
// region a global product pins, so the tests see which one is sent.
const testRegion = "ap-southeast-1"

func (g *generator) rpcService(f *goFile) string {
	s := g.spec.Service
	region := firstNonEmpty(s.RegionID, testRegion)
	return fmt.Sprintf(`gentest.RPCService{
Service: %q, Version: %q, Region: %q,
New: func(endpoint string) any {
return %s.New(alibaba.Config{
Region: %q,
Credentials: alibaba.StaticCredentials("testid", "testsecret", ""),
Endpoint: endpoint,
Retry: alibaba.RetryPolicy{MaxAttempts: 1},
})
},
}`, s.Name, s.APIVersion, region, g.useService(f), testRegion)
}

func (g *generator) restService(f *goFile) string {
	domain := ""
	for _, op := range g.spec.Operations {
		if strings.Contains(op.Path, "{domain_id}") {
			domain = "DomainID: gentest.DomainID,\n"
		}
	}
	return fmt.Sprintf(`gentest.RESTService{
Service: %q,
New: func(endpoint string) any {
return %s.New(huawei.Config{
Region: %q,
ProjectID: gentest.ProjectID,
%sCredentials: huawei.StaticToken(gentest.Token),
Endpoint: endpoint,
Retry: huawei.RetryPolicy{MaxAttempts: 1},
})
},
}`, g.spec.Service.Name, g.useService(f), testRegion, domain)
}

// caseFile emits one file of cases: a function returning their table.
func (g *generator) caseFile(n int, ops []Operation) *goFile {
	f := g.newTestFile(fmt.Sprintf("operations_%02d_gen_test.go", n))
	kind := "RESTCase"
	if g.alibaba() {
		kind = "RPCCase"
	}
	f.comment(0, fmt.Sprintf("%s returns the cases of %s to %s.", caseFunc(n), ops[0].Name, ops[len(ops)-1].Name))
	f.printf("func %s() []gentest.%s {\nreturn []gentest.%s{", caseFunc(n), kind, kind)
	for i := range ops {
		g.caseRow(f, &ops[i])
	}
	f.printf("}\n}\n")
	return f
}

func caseFunc(n int) string { return "generatedCases" + fmt.Sprintf("%02d", n) }

func (g *generator) newTestFile(name string) *goFile {
	f := newGoFile(name)
	f.test = true
	f.use(gentestPath)
	return f
}

// useService imports the service package into a test file and returns
// its name.
func (g *generator) useService(f *goFile) string {
	f.useAs(g.opts.ImportPath, g.spec.Service.Package)
	return g.spec.Service.Package
}
