package gentest

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// Identities the generated Huawei tests configure their clients with.
const (
	Token     = "gentest-token"
	ProjectID = "0b4a7bd8f36c4a25b66e6e0c2bd8a7c3"
	DomainID  = "99a3fff0d03c428eac3678da6a7d0f24"
)

// RESTService is what the generated tests of one Huawei package share.
type RESTService struct {
	Service string // the name in errors ("apig")
	// New returns a client of the package talking to endpoint with the
	// static token Token and the project and domain IDs above.
	New func(endpoint string) any
}

// RESTCase is the generated test of one Huawei operation.
type RESTCase struct {
	Name string // the method
	Call Call
	// Request has every field set.
	Request any
	// Want is the request as sent. Its paths may hold {project_id} and
	// {domain_id}, which stand for ProjectID and DomainID; Token is
	// implied.
	Want REST
	// Invalid are the changes the client must refuse.
	Invalid []Invalid
	// Reply is the server's answer, with every response member set, and
	// Decoded some values the decoded response must hold.
	Reply   Reply
	Decoded []Decoded
}

// RunREST runs every case of tables as a sub-test named after the
// operation.
func RunREST(t *testing.T, svc RESTService, tables ...[]RESTCase) {
	for _, table := range tables {
		for _, c := range table {
			t.Run(c.Name, func(t *testing.T) { svc.run(t, c) })
		}
	}
}

func (svc RESTService) run(t *testing.T, c RESTCase) {
	t.Run("every field", func(t *testing.T) { svc.everyField(t, c) })
	for _, inv := range c.Invalid {
		t.Run(inv.name(), func(t *testing.T) {
			want := Refusal{Provider: "huawei", Service: svc.Service, Operation: c.Name}
			assertInvalidRefused(t, svc.New, c.Call, c.Request, inv, want)
		})
	}
}

// everyField sends the full request: every member in its place with its
// value, and the reply decoded with nothing lost.
func (svc RESTService) everyField(t *testing.T, c RESTCase) {
	srv := NewServer(t, c.Reply)
	out, err := c.Call(testContext(t), svc.New(srv.URL), c.Request)
	require.NoError(t, err)
	want := c.Want
	want.Token = Token
	want.Path, want.EscapedPath = withIdentities(want.Path), withIdentities(want.EscapedPath)
	AssertREST(t, srv.Single(t), want)
	AssertReplyKept(t, c.Reply, out, c.Decoded)
}

// withIdentities fills the project and domain placeholders of a path.
func withIdentities(path string) string {
	return strings.NewReplacer("{project_id}", ProjectID, "{domain_id}", DomainID).Replace(path)
}
