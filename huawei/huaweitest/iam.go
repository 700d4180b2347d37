package huaweitest

import (
	"encoding/json"
	"net/http"
	"slices"
	"time"

	"github.com/polycloud-go/polycloud/internal/emu"
)

// iamTimeLayout is how IAM writes times: UTC with microseconds.
const iamTimeLayout = "2006-01-02T15:04:05.000000Z"

// authRequest is the password-identity request of POST /v3/auth/tokens.
type authRequest struct {
	Auth struct {
		Identity struct {
			Methods  []string `json:"methods"`
			Password struct {
				User struct {
					Name     string   `json:"name"`
					Password string   `json:"password"`
					Domain   nameOrID `json:"domain"`
				} `json:"user"`
			} `json:"password"`
		} `json:"identity"`
		Scope struct {
			Project *nameOrID `json:"project"`
			Domain  *nameOrID `json:"domain"`
		} `json:"scope"`
	} `json:"auth"`
}

type nameOrID struct {
	Name string `json:"name"`
	ID   string `json:"id"`
}

// createToken issues a token for the test user's password: 201, the token
// in X-Subject-Token, its description in the body.
func (s *Server) createToken(c *call) (int, any, error) {
	var req authRequest
	if err := json.Unmarshal(c.body, &req); err != nil {
		return 0, nil, keystoneError(http.StatusBadRequest, "The request body is not valid JSON.")
	}
	if err := checkPassword(&req); err != nil {
		return 0, nil, err
	}
	info, err := s.scopeOf(&req)
	if err != nil {
		return 0, nil, err
	}
	info.issued = s.now().UTC()
	info.expires = info.issued.Add(s.ttl)
	c.x.W.Header().Set("X-Subject-Token", s.tokens.issue(s.ids, info))
	return http.StatusCreated, tokenBody(info, c.x.R.URL.Query().Get("nocatalog") == ""), nil
}

// checkPassword accepts only the test user's password identity.
func checkPassword(req *authRequest) error {
	id := req.Auth.Identity
	if !slices.Contains(id.Methods, "password") {
		return keystoneError(http.StatusUnauthorized, "huaweitest supports the password identity method only.")
	}
	u := id.Password.User
	domainOK := u.Domain.Name == DomainName || (u.Domain.Name == "" && u.Domain.ID == DomainID)
	if u.Name != UserName || u.Password != Password || !domainOK {
		return keystoneError(http.StatusUnauthorized, "The username or password is wrong.")
	}
	return nil
}

// scopeOf resolves the requested scope: a project by name or ID, or the
// account's domain.
func (s *Server) scopeOf(req *authRequest) (tokenInfo, error) {
	sc := req.Auth.Scope
	switch {
	case sc.Project != nil:
		for name, id := range s.projects {
			if (sc.Project.Name != "" && sc.Project.Name == name) || (sc.Project.ID != "" && sc.Project.ID == id) {
				return tokenInfo{project: project{name: name, id: id}}, nil
			}
		}
		return tokenInfo{}, keystoneError(http.StatusBadRequest, "The project does not exist or is not accessible to the user.")
	case sc.Domain != nil && (sc.Domain.Name == DomainName || sc.Domain.ID == DomainID):
		return tokenInfo{domainScoped: true}, nil
	case sc.Domain != nil:
		return tokenInfo{}, keystoneError(http.StatusBadRequest, "The domain in the scope is not the user's domain.")
	}
	return tokenInfo{}, keystoneError(http.StatusBadRequest,
		"huaweitest needs auth.scope.project (name or id) or auth.scope.domain (name or id).")
}

// tokenBody describes a token as IAM does (without the catalog unless
// asked for; huaweitest's catalog is empty).
func tokenBody(info tokenInfo, catalog bool) *emu.Object {
	domain := (&emu.Object{}).Set("id", DomainID).Set("name", DomainName)
	tok := (&emu.Object{}).
		Set("expires_at", info.expires.Format(iamTimeLayout)).
		Set("issued_at", info.issued.Format(iamTimeLayout)).
		Set("methods", []string{"password"})
	if catalog {
		tok.Set("catalog", []any{})
	}
	if info.domainScoped {
		tok.Set("domain", domain)
	} else {
		tok.Set("project", (&emu.Object{}).Set("domain", domain).Set("id", info.project.id).Set("name", info.project.name))
	}
	tok.Set("roles", []any{(&emu.Object{}).Set("id", "0").Set("name", "te_admin")})
	tok.Set("user", (&emu.Object{}).Set("domain", domain).Set("id", UserID).Set("name", UserName).Set("password_expires_at", ""))
	return (&emu.Object{}).Set("token", tok)
}

// ExpireTokens makes every token issued so far expire now: the next
// request carrying one is refused with 401, as after an early revocation,
// and a client must authenticate again.
func (s *Server) ExpireTokens() { s.tokens.expireAll(s.now().Add(-time.Nanosecond)) }

// IAMCalls returns how many token requests (POST /v3/auth/tokens) the
// server received since the start or the last Reset, successful or not.
func (s *Server) IAMCalls() int { return s.log.Count(opCreateToken) }
