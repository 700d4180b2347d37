package huaweitest

import (
	"crypto/hmac"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"time"
)

// maxSkew is how far X-Sdk-Date may be from the server's clock before a
// signature counts as expired, as on Huawei Cloud.
const maxSkew = 15 * time.Minute

// sdkDateLayout is the format of X-Sdk-Date: UTC, ISO 8601 basic.
const sdkDateLayout = "20060102T150405Z"

// authorization is the parsed Authorization header of a signed request.
type authorization struct {
	access        string
	signedHeaders []string
	signature     string
}

// parseAuthorization reads "SDK-HMAC-SHA256 Access=…, SignedHeaders=…,
// Signature=…".
func parseAuthorization(header string) (authorization, bool) {
	algorithm, rest, ok := strings.Cut(header, " ")
	if !ok || algorithm != signatureAlgorithm {
		return authorization{}, false
	}
	var a authorization
	for _, part := range strings.Split(rest, ",") {
		name, value, ok := strings.Cut(strings.TrimSpace(part), "=")
		switch {
		case !ok:
			return authorization{}, false
		case name == "Access":
			a.access = value
		case name == "SignedHeaders":
			a.signedHeaders = strings.Split(value, ";")
		case name == "Signature":
			a.signature = value
		}
	}
	return a, a.access != "" && len(a.signedHeaders) > 0 && a.signature != ""
}

// authenticateKey checks a signed request as Huawei Cloud's API gateway
// does: a known key, a fresh X-Sdk-Date, the security token of a temporary
// key, the signature of what arrived, and the project or domain the
// request acts in. Refusals are 401 APIGW.0301, whatever the service,
// except a project other than the path's (403 APIG.1005).
func (s *Server) authenticateKey(c *call, header string) error {
	a, ok := parseAuthorization(header)
	if !ok {
		return keyRefused("the Authorization header is not SDK-HMAC-SHA256 Access=…, SignedHeaders=…, Signature=…")
	}
	key, ok := s.keys[a.access]
	if !ok {
		return keyRefused("ak " + a.access + " not exist")
	}
	if err := s.checkDate(c.x.R.Header.Get("X-Sdk-Date")); err != nil {
		return err
	}
	if err := checkSignedHeaders(c.x.R, a, key); err != nil {
		return err
	}
	if err := checkSignature(c, a, key); err != nil {
		return err
	}
	return s.checkAccount(c)
}

// checkDate refuses a missing or malformed X-Sdk-Date, or one more than
// 15 minutes from the server's clock.
func (s *Server) checkDate(v string) error {
	if v == "" {
		return keyRefused("x-sdk-date not found")
	}
	t, err := time.Parse(sdkDateLayout, v)
	if err != nil {
		return keyRefused("x-sdk-date is not in the format " + sdkDateLayout)
	}
	now := s.now().UTC()
	if d := now.Sub(t); d > maxSkew || d < -maxSkew {
		return keyRefused(fmt.Sprintf("x-sdk-date expired, signature time:%s,server time:%s", v, now.Format(sdkDateLayout)))
	}
	return nil
}

// checkSignedHeaders makes sure the signature covers the date and every
// authentication header sent, and that a temporary key's security token
// came with it. Huawei Cloud does not document the first rule; huaweitest
// applies it so an unsigned header in polycloud's signer fails a test.
func checkSignedHeaders(r *http.Request, a authorization, key accessKey) error {
	for _, name := range []string{"x-sdk-date", "x-security-token", "x-project-id", "x-domain-id"} {
		if (name == "x-sdk-date" || r.Header.Get(name) != "") && !slices.Contains(a.signedHeaders, name) {
			return keyRefused("verify aksk signature fail, " + name + " is not in SignedHeaders")
		}
	}
	token := r.Header.Get("X-Security-Token")
	switch {
	case key.securityToken != "" && token == "":
		return keyRefused("verify aksk signature fail, a temporary access key needs x-security-token")
	case !hmac.Equal([]byte(token), []byte(key.securityToken)):
		return keyRefused("verify aksk signature fail, x-security-token does not belong to the access key")
	}
	return nil
}

// checkSignature recomputes the signature of the request as received.
func checkSignature(c *call, a authorization, key accessKey) error {
	canonical := canonicalRequest(c.x.R, a.signedHeaders, c.body)
	want := signature(key.secret, stringToSign(c.x.R.Header.Get("X-Sdk-Date"), canonical))
	if !hmac.Equal([]byte(want), []byte(a.signature)) {
		return keyRefused("verify aksk signature fail, access " + a.access +
			", SignedHeaders " + strings.Join(a.signedHeaders, ";"))
	}
	return nil
}

// checkAccount resolves what the request acts in: API Gateway requests
// name their project in X-Project-Id (the one in the path), Global
// Accelerator requests their account in X-Domain-Id. IAM's lookups need
// neither.
func (s *Server) checkAccount(c *call) error {
	r := c.x.R
	switch c.op.service {
	case apig:
		id := r.Header.Get("X-Project-Id")
		name, known := s.projectName(id)
		switch {
		case id == "":
			return keyRefused("x-project-id not found: API Gateway is a project-level service")
		case !known:
			return keyRefused("project " + id + " not exist")
		case c.vars["project_id"] != id:
			return flatError(http.StatusForbidden, "APIG.1005", "No permissions to request this method")
		}
		c.token = tokenInfo{project: project{name: name, id: id}}
	case ga:
		switch id := r.Header.Get("X-Domain-Id"); {
		case id == "":
			return keyRefused("x-domain-id not found: Global Accelerator is a global service")
		case id != DomainID:
			return keyRefused("x-domain-id " + id + " is not the access key's account")
		}
		c.token = tokenInfo{domainScoped: true}
	}
	return nil
}

// projectName finds the name (region) of the project with ID id.
func (s *Server) projectName(id string) (string, bool) {
	for name, pid := range s.projects {
		if pid == id {
			return name, true
		}
	}
	return "", false
}

// keyRefused is the gateway's refusal of a signed request.
func keyRefused(why string) *apiError {
	return flatError(http.StatusUnauthorized, "APIGW.0301", "Incorrect IAM authentication information: "+why)
}
