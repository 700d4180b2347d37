package huaweitest

import (
	"maps"
	"net/http"
	"slices"

	"github.com/polycloud-go/polycloud/internal/emu"
)

// The IAM operations a client signing with an access key uses to learn
// the IDs its key does not carry.
const (
	opListProjects    = "KeystoneListProjects"
	opListAuthDomains = "KeystoneListAuthDomains"
)

// registerIAMLookups serves GET /v3/projects and GET /v3/auth/domains.
func (s *Server) registerIAMLookups() {
	s.route(http.MethodGet, "/v3/projects", opListProjects, iam, s.listProjects)
	s.route(http.MethodGet, "/v3/auth/domains", opListAuthDomains, iam, s.listAuthDomains)
}

// listProjects lists the account's projects, in name order, or only the
// one named by the name query parameter (none when no region has it).
func (s *Server) listProjects(c *call) (int, any, error) {
	name := c.x.R.URL.Query().Get("name")
	projects := []any{}
	for _, n := range slices.Sorted(maps.Keys(s.projects)) {
		if name == "" || name == n {
			projects = append(projects, s.projectObject(c, n, s.projects[n]))
		}
	}
	return http.StatusOK, (&emu.Object{}).
		Set("links", links(c, "/v3/projects")).
		Set("projects", projects), nil
}

// projectObject describes one project as IAM does.
func (s *Server) projectObject(c *call, name, id string) *emu.Object {
	return (&emu.Object{}).
		Set("domain_id", DomainID).
		Set("is_domain", false).
		Set("parent_id", DomainID).
		Set("name", name).
		Set("description", "").
		Set("links", (&emu.Object{}).Set("self", baseURL(c)+"/v3/projects/"+id)).
		Set("id", id).
		Set("enabled", true)
}

// listAuthDomains lists the account (domain) the caller belongs to.
func (s *Server) listAuthDomains(c *call) (int, any, error) {
	domain := (&emu.Object{}).
		Set("enabled", true).
		Set("id", DomainID).
		Set("name", DomainName).
		Set("description", "").
		Set("links", (&emu.Object{}).Set("self", baseURL(c)+"/v3/domains/"+DomainID))
	return http.StatusOK, (&emu.Object{}).
		Set("domains", []any{domain}).
		Set("links", links(c, "/v3/auth/domains")), nil
}

// links is Keystone's paging block of a listing that has one page.
func links(c *call, path string) *emu.Object {
	self := baseURL(c) + path
	if q := c.x.R.URL.RawQuery; q != "" {
		self += "?" + q
	}
	return (&emu.Object{}).Set("self", self).Set("previous", nil).Set("next", nil)
}

// baseURL is the server's URL as the client addressed it.
func baseURL(c *call) string { return "http://" + c.x.R.Host }
