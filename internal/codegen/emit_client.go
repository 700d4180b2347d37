package codegen

import (
	"fmt"
	"strings"
)

// clientFile emits client_gen.go: Client, New and the unexported helpers
// the other files call.
func (g *generator) clientFile() *goFile {
	f := newGoFile("client_gen.go")
	f.use(g.rt.path)
	g.clientType(f)
	g.constructor(f)
	if g.helpers["paramError"] {
		g.paramErrorHelper(f)
	}
	if g.helpers["listIndex"] {
		g.listIndexHelper(f)
	}
	if g.helpers["multipart"] {
		g.multipartHelper(f)
	}
	g.pagingHelpers(f)
	return f
}

func (g *generator) clientType(f *goFile) {
	s := g.spec.Service
	doc := fmt.Sprintf("Client calls %s (API version %s). Create it with New. It is immutable and safe for concurrent use.", s.Title, s.APIVersion)
	doc += "\n\n" + g.endpointDoc()
	if s.DocURL != "" {
		doc += "\n\nAPI documentation: " + s.DocURL
	}
	f.comment(0, doc)
	f.printf("type Client struct {\nraw *%s.Client\n}\n", g.rt.pkg)
}

// endpointDoc says where calls go by default.
func (g *generator) endpointDoc() string {
	s := g.spec.Service
	doc := "Calls go to https://" + s.Endpoint
	if strings.Contains(s.Endpoint, "{region}") {
		doc += ", {region} being Config.Region"
	} else if g.alibaba() {
		doc += " whatever Config.Region says"
	}
	doc += ", unless Config.Endpoint overrides it."
	if s.RegionID != "" {
		doc += fmt.Sprintf(" A RegionId left empty is sent as %q.", s.RegionID)
	}
	if s.DomainScoped {
		doc += " The service is global: it takes a domain-scoped token."
	}
	return doc
}

func (g *generator) constructor(f *goFile) {
	s := g.spec.Service
	f.comment(0, fmt.Sprintf("New returns a client for %s. It does no I/O and never fails: a bad configuration is reported by the first call. opts apply to every call; options passed to a method apply to that call only.", s.Title))
	f.printf("func New(cfg %s.Config, opts ...%s.Option) *Client {", g.rt.pkg, g.rt.pkg)
	if g.alibaba() {
		product := fmt.Sprintf("Service: %q, Version: %q, Endpoint: %q", s.Name, s.APIVersion, s.Endpoint)
		if s.RegionID != "" {
			product += fmt.Sprintf(", RegionID: %q", s.RegionID)
		}
		f.printf("product := alibaba.Product{%s}", product)
		f.printf("return &Client{raw: alibaba.NewClient(cfg, product, opts...)}\n}\n")
		return
	}
	service := fmt.Sprintf("Name: %q, Endpoint: %q", s.Name, s.Endpoint)
	if s.DomainScoped {
		service += ", DomainScoped: true"
	}
	f.printf("service := huawei.Service{%s}", service)
	f.printf("return &Client{raw: huawei.NewClient(cfg, service, opts...)}\n}\n")
}

func (g *generator) paramErrorHelper(f *goFile) {
	f.comment(0, "paramError reports a request refused before anything was sent; field is the wire name of the parameter.")
	f.printf("func paramError(op, field, problem string) error {")
	f.printf("return &%s.ParamError{Provider: %q, Service: %q, Operation: op, Field: field, Problem: problem}\n}\n",
		g.rt.pkg, g.spec.Service.Provider, g.spec.Service.Name)
}

func (g *generator) listIndexHelper(f *goFile) {
	f.use("strconv")
	f.comment(0, "listIndex names element i of a JSON list for errors: \"rules[0]\".")
	f.printf("func listIndex(name string, i int) string {\nreturn name + \"[\" + strconv.Itoa(i) + \"]\"\n}\n")
}

func (g *generator) multipartHelper(f *goFile) {
	f.use("bytes")
	f.use("mime/multipart")
	f.printf("%s", multipartSource)
}

// multipartSource is the helper Huawei operations with multipart parts use.
const multipartSource = `// multipartBody builds a multipart/form-data body. Only the first error
// is kept: once one part fails, the body is abandoned.
type multipartBody struct {
	buf bytes.Buffer
	w   *multipart.Writer
	err error
}

func newMultipart() *multipartBody {
	m := &multipartBody{}
	m.w = multipart.NewWriter(&m.buf)
	return m
}

// field adds a text part.
func (m *multipartBody) field(name, value string) {
	if m.err == nil {
		m.err = m.w.WriteField(name, value)
	}
}

// file adds a file part; the file name is the part's name.
func (m *multipartBody) file(name string, content []byte) {
	if m.err != nil {
		return
	}
	part, err := m.w.CreateFormFile(name, name)
	if err == nil {
		_, err = part.Write(content)
	}
	m.err = err
}

// finish closes the body and makes it q's body.
func (m *multipartBody) finish(q *huawei.Request) error {
	if m.err == nil {
		m.err = m.w.Close()
	}
	if m.err != nil {
		return m.err
	}
	q.SetBody(m.w.FormDataContentType(), m.buf.Bytes())
	return nil
}
`
