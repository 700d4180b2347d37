package huaweitest

import "net/http"

// authenticate checks how a request proves who sent it: an access-key
// signature (an Authorization header) or an X-Auth-Token. Token requests
// to IAM carry a password instead and are checked by createToken.
func (s *Server) authenticate(c *call) error {
	if c.op.name == opCreateToken {
		return nil
	}
	if auth := c.x.R.Header.Get("Authorization"); auth != "" {
		return s.authenticateKey(c, auth)
	}
	return s.authenticateToken(c)
}

// authenticateToken checks the X-Auth-Token of a request: issued here,
// not expired, scoped as the service needs (GA: the domain; APIG: a
// project) and, for APIG, for the {project_id} in the path. IAM's lookups
// accept a token of any scope.
func (s *Server) authenticateToken(c *call) error {
	svc := c.op.service
	raw := c.x.R.Header.Get("X-Auth-Token")
	if raw == "" {
		return svc.unauthorized("x-auth-token not found")
	}
	tok, ok := s.tokens.lookup(raw)
	switch {
	case !ok:
		return svc.unauthorized("decrypt token fail")
	case !s.now().Before(tok.expires):
		return svc.unauthorized("token expired")
	case svc == ga && !tok.domainScoped:
		return svc.unauthorized("the token is not scoped to a domain (Global Accelerator needs a domain-scoped token)")
	case svc == apig && tok.domainScoped:
		return svc.unauthorized("the token is not scoped to a project")
	case svc == apig && c.vars["project_id"] != tok.project.id:
		return flatError(http.StatusForbidden, "APIG.1005", "No permissions to request this method")
	}
	c.token = tok
	return nil
}
