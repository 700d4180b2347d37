package huawei

import (
	"context"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"sync/atomic"
	"time"

	"github.com/polycloud-go/polycloud/internal/apierr"
	"github.com/polycloud-go/polycloud/internal/pipeline"
)

// Headers of an access-key request, in Go's canonical form.
const (
	headerSdkDate       = "X-Sdk-Date"
	headerProjectID     = "X-Project-Id"
	headerDomainID      = "X-Domain-Id"
	headerSecurityToken = "X-Security-Token"
	headerAuthorization = "Authorization"
)

// keyAuth is what the signers of one access-key client share: where the
// key comes from, the clock that dates each attempt, and the HMAC states
// keyed with the secret.
type keyAuth struct {
	source  AccessKeySource
	service string
	now     func() time.Time // tests move it
	macs    macCache
	checked atomic.Pointer[AccessKey] // the key last validated
}

// key asks the source for the key of one attempt and checks it. A key is
// checked once, not on every attempt: a temporary key's security token
// runs to kilobytes.
func (a *keyAuth) key(ctx context.Context) (AccessKey, error) {
	k, err := a.ask(ctx)
	if err != nil {
		return AccessKey{}, a.label(err)
	}
	if last := a.checked.Load(); last != nil && *last == k {
		return k, nil
	}
	if err := k.validate(a.service); err != nil {
		return AccessKey{}, err
	}
	valid := k
	a.checked.Store(&valid)
	return k, nil
}

// ask calls the source, turning a panic (a nil *AccessKey in
// Config.Credentials, a bug in a source of your own) into an error: bad
// input must not crash the caller.
func (a *keyAuth) ask(ctx context.Context) (k AccessKey, err error) {
	defer func() {
		if r := recover(); r != nil {
			k, err = AccessKey{}, fmt.Errorf("huawei: %T.AccessKey panicked: %v", a.source, r)
		}
	}()
	return a.source.AccessKey(ctx)
}

// label names the service in a *ParamError a source made without knowing
// it (DefaultAccessKey's). A wrapped one is left as the source wrapped it.
func (a *keyAuth) label(err error) error {
	if pe, ok := err.(*apierr.ParamError); ok && pe.Service == "" {
		labelled := *pe
		labelled.Service = a.service
		return &labelled
	}
	return err
}

// keySigner signs every attempt with an access key (SDK-HMAC-SHA256): a
// new X-Sdk-Date and signature each time, so a retry after throttling is
// never refused as stale. It covers exactly what is sent: the Host (with
// its port), the path and query as encoded, the body bytes, X-Sdk-Date,
// and the X-Project-Id, X-Domain-Id and X-Security-Token it adds. Other
// headers (Content-Type, WithHeader's) are not signed, so proxies that
// rewrite them do not break the signature.
type keySigner struct {
	auth *keyAuth
	ids  *accountIDs // nil for IAM lookups, which name no project or domain
}

var _ pipeline.Signer = (*keySigner)(nil)

// Sign sets X-Sdk-Date, the account header, X-Security-Token for a
// temporary key, and Authorization. Errors never contain the secret.
func (s *keySigner) Sign(ctx context.Context, req *http.Request, call *pipeline.Call) error {
	key, account, err := s.credentials(ctx)
	if err != nil {
		return err
	}
	sc := getScratch()
	defer putScratch(sc)
	h := headerSetter{req: req, values: make([]string, 0, 4), signed: sc.headers[:0]}
	h.sign("host", hostOf(req))
	if account.name != "" {
		h.set(account.name, account.value)
	}
	date := s.auth.now().UTC().Format(sdkDateLayout)
	h.set("x-sdk-date", date)
	if key.SecurityToken != "" {
		h.set("x-security-token", key.SecurityToken)
	}
	in := signingInput{method: req.Method, path: req.URL.Path, rawQuery: req.URL.RawQuery, headers: h.sorted()}
	if call != nil {
		in.body = call.Body
	}
	h.put(headerAuthorization, sc.authorization(key, date, &in, &s.auth.macs))
	return nil
}

// credentials are the key of this attempt and, for service requests, the
// account header that goes with it.
func (s *keySigner) credentials(ctx context.Context) (AccessKey, signedHeader, error) {
	key, err := s.auth.key(ctx)
	if err != nil || s.ids == nil {
		return key, signedHeader{}, err
	}
	account, err := s.ids.header(ctx)
	return key, account, err
}

// hostOf is the Host header Go sends: req.Host, else the URL's host, with
// any port.
func hostOf(req *http.Request) string {
	if req.Host != "" {
		return req.Host
	}
	return req.URL.Host
}

// headerSetter sets the headers of one signature on the request and
// remembers which are signed. One slice backs every value it sets, so
// signing allocates once for all of them.
type headerSetter struct {
	req    *http.Request
	values []string
	signed []signedHeader
}

// set sets the header named lower (in lower case) and signs it.
func (h *headerSetter) set(lower, value string) {
	h.put(canonicalNames[lower], value)
	h.sign(lower, value)
}

// sign records a header as covered by the signature.
func (h *headerSetter) sign(lower, value string) {
	h.signed = append(h.signed, signedHeader{lower, value})
}

// put sets a header without signing it.
func (h *headerSetter) put(canonical, value string) {
	h.values = append(h.values, value)
	n := len(h.values)
	h.req.Header[canonical] = h.values[n-1 : n : n]
}

// sorted returns the signed headers in the order the signature lists them.
func (h *headerSetter) sorted() []signedHeader {
	slices.SortFunc(h.signed, func(a, b signedHeader) int { return strings.Compare(a.name, b.name) })
	return h.signed
}

// canonicalNames maps the signed headers polycloud sets to the form
// http.Header keys take.
var canonicalNames = map[string]string{
	"x-project-id": headerProjectID, "x-domain-id": headerDomainID,
	"x-sdk-date": headerSdkDate, "x-security-token": headerSecurityToken,
}
