package huaweitest

import "net/http"

// authenticate checks the X-Auth-Token of a service request: issued here,
// not expired, scoped as the service needs (GA: the domain; APIG: a
// project) and, for APIG, for the {project_id} in the path. IAM requests
// carry a password instead.
func (s *Server) authenticate(c *call) error {
	svc := c.op.service
	if svc == iam {
		return nil
	}
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
