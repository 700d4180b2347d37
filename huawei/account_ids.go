package huawei

import (
	"context"
	"fmt"

	"github.com/polycloud-go/polycloud/internal/apierr"
)

// accountIDs finds the project and domain (account) IDs of a client that
// signs with an access key. A token names its own project and domain; an
// access key does not, yet requests must say which they act in
// (X-Project-Id, X-Domain-Id) and paths carry {project_id} or {domain_id}.
// Each ID is taken from Config, else from the credentials (DefaultAccessKey
// reads HUAWEICLOUD_SDK_PROJECT_ID and the like), else looked up in IAM
// once per client, whatever the number of concurrent callers.
type accountIDs struct {
	cfg     Config
	service Service
	auth    *keyAuth
	iam     *keyIAM
	project lazy[string]
	domain  lazy[string]
}

// header is the account header every service request carries: X-Domain-Id
// for global services (Global Accelerator), X-Project-Id for the others.
func (a *accountIDs) header(ctx context.Context) (signedHeader, error) {
	if a.service.DomainScoped {
		id, err := a.domainID(ctx)
		return signedHeader{"x-domain-id", id}, err
	}
	id, err := a.projectID(ctx)
	return signedHeader{"x-project-id", id}, err
}

// projectID is the ID of Config.Region's project.
func (a *accountIDs) projectID(ctx context.Context) (string, error) {
	if a.cfg.ProjectID != "" {
		return a.cfg.ProjectID, nil
	}
	return a.project.get(ctx, a.findProject)
}

// domainID is the ID of the account the key belongs to.
func (a *accountIDs) domainID(ctx context.Context) (string, error) {
	if a.cfg.DomainID != "" {
		return a.cfg.DomainID, nil
	}
	return a.domain.get(ctx, a.findDomain)
}

// findProject asks the credentials, then IAM for the project named after
// the region. Zero or several matches are configuration errors that
// Config.ProjectID resolves.
func (a *accountIDs) findProject(ctx context.Context) (string, error) {
	if hint, _, err := a.hints(ctx); hint != "" || err != nil {
		return hint, err
	}
	if a.cfg.Region == "" {
		return "", a.paramError("Config.Region", "is required: it names the project of "+a.service.Name+
			" requests (or set Config.ProjectID)")
	}
	ids, err := a.iam.projectIDs(ctx, a.cfg.Region)
	if err != nil {
		return "", fmt.Errorf("huawei %s: cannot look up the ID of project %q (set Config.ProjectID to skip this): %w",
			a.service.Name, a.cfg.Region, err)
	}
	return a.onlyID(ids, "Config.ProjectID", fmt.Sprintf("project named %q", a.cfg.Region),
		fmt.Sprintf("projects named %q", a.cfg.Region))
}

// findDomain asks the credentials, then IAM for the key's account.
func (a *accountIDs) findDomain(ctx context.Context) (string, error) {
	if _, hint, err := a.hints(ctx); hint != "" || err != nil {
		return hint, err
	}
	ids, err := a.iam.domainIDs(ctx)
	if err != nil {
		return "", fmt.Errorf("huawei %s: cannot look up the account's domain ID (set Config.DomainID to skip this): %w",
			a.service.Name, err)
	}
	return a.onlyID(ids, "Config.DomainID", "account (domain)", "accounts (domains)")
}

// hints are the IDs the credentials know, if they know any.
func (a *accountIDs) hints(ctx context.Context) (projectID, domainID string, err error) {
	h, ok := a.auth.source.(accountHinter)
	if !ok {
		return "", "", nil
	}
	projectID, domainID, err = h.accountHints(ctx)
	return projectID, domainID, a.auth.label(err)
}

// onlyID accepts exactly one ID; otherwise the error names field, the
// setting that settles the question. one and many describe the thing
// looked up, in the singular and the plural.
func (a *accountIDs) onlyID(ids []string, field, one, many string) (string, error) {
	switch len(ids) {
	case 1:
		return ids[0], nil
	case 0:
		return "", a.paramError(field, "is required: IAM shows this access key no "+one)
	}
	return "", a.paramError(field, fmt.Sprintf("is required: IAM shows this access key %d %s; set it to the one to use",
		len(ids), many))
}

func (a *accountIDs) paramError(field, problem string) error {
	return &apierr.ParamError{Provider: "huawei", Service: a.service.Name, Field: field, Problem: problem}
}
