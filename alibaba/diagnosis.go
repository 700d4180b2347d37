package alibaba

import (
	"context"
	"errors"
	"strconv"
	"strings"
	"sync"

	"github.com/polycloud-go/polycloud/internal/apierr"
)

// When Alibaba Cloud rejects a signature it quotes the string it signed
// itself ("… server string to sign is:POST&%2F&…"). Comparing it with the
// string polycloud signed for the same attempt tells a wrong secret (the
// strings agree) from a canonicalisation bug (they differ). The dialect
// cannot make that comparison, as it only sees the response; so Client.Call
// puts a signRecord in the call's context, the signer stores what it
// signed for each attempt there, and Call compares after the pipeline has
// returned. The same record lets Call scrub the exact STS token from the
// error, wherever the server quoted it. The record never leaves the call
// and is never printed.

// Verdicts appended to a SignatureDoesNotMatch message.
const (
	verdictSame   = "[polycloud computed the same string to sign: the AccessKeySecret is wrong]"
	verdictDiffer = "[polycloud's string to sign differs from the server's: a canonicalisation problem, please report it"
)

// serverStringToSignMarker introduces the server's string to sign.
const serverStringToSignMarker = "string to sign is:"

// signRecord holds what the signer used for the latest attempt of a call.
type signRecord struct {
	mu        sync.Mutex
	method    string
	canonical string // V1: the canonical parameters; V3: the canonical request
	v3        bool   // signed with signature V3
	token     string // the STS token, to scrub from the call's error
}

type signRecordKey struct{}

// withSignRecord returns a context carrying a fresh record.
func withSignRecord(ctx context.Context) (context.Context, *signRecord) {
	r := &signRecord{}
	return context.WithValue(ctx, signRecordKey{}, r), r
}

// recordFrom returns the context's record, or nil.
func recordFrom(ctx context.Context) *signRecord {
	r, _ := ctx.Value(signRecordKey{}).(*signRecord)
	return r
}

// store remembers an attempt; a nil record ignores it.
func (r *signRecord) store(method, canonical, token string) {
	if r == nil {
		return
	}
	r.mu.Lock()
	r.method, r.canonical, r.v3, r.token = method, canonical, false, token
	r.mu.Unlock()
}

// storeV3 remembers a V3 attempt by its canonical request; a nil record
// ignores it.
func (r *signRecord) storeV3(canonicalRequest, token string) {
	if r == nil {
		return
	}
	r.mu.Lock()
	r.method, r.canonical, r.v3, r.token = "", canonicalRequest, true, token
	r.mu.Unlock()
}

// securityToken returns the STS token the latest attempt carried.
func (r *signRecord) securityToken() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.token
}

// scrubToken removes the exact token the call sent from its error, in
// whatever words the server quoted it: redactSecrets only recognises a
// token that follows its parameter name.
func scrubToken(err error, r *signRecord) {
	var apiErr *apierr.Error
	if !errors.As(err, &apiErr) {
		return
	}
	token := r.securityToken()
	apiErr.Message = redactKnown(apiErr.Message, token)
	apiErr.Recommend = redactKnown(apiErr.Recommend, token)
	apiErr.Detail = redactKnown(apiErr.Detail, token)
}

// stringToSign returns the latest V1 attempt's string to sign.
func (r *signRecord) stringToSign() (string, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.method == "" || r.v3 {
		return "", false
	}
	return stringToSign(r.method, r.canonical), true
}

// canonicalRequestV3 returns the latest V3 attempt's canonical request.
func (r *signRecord) canonicalRequestV3() (string, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.canonical, r.v3 && r.canonical != ""
}

// diagnoseSignature appends a verdict to a signature-mismatch error. Both
// strings are compared redacted (the server's message already is), so
// neither the token nor the signature is ever printed; the secret is never
// part of a string to sign.
func diagnoseSignature(err error, r *signRecord) {
	var apiErr *apierr.Error
	if !errors.As(err, &apiErr) || !isSignatureMismatch(apiErr.Code) {
		return
	}
	if ours, ok := r.canonicalRequestV3(); ok {
		// An IncompleteSignature names what is malformed; "not diagnosed"
		// would only add noise to it.
		if v := verdictV3(ours, apiErr.Message); v != verdictV3Undiagnosed || apiErr.Code == "SignatureDoesNotMatch" {
			apiErr.Message += " " + v
		}
		return
	}
	server, ok := serverStringToSign(apiErr.Message)
	if !ok {
		return
	}
	ours, ok := r.stringToSign()
	if !ok {
		return
	}
	apiErr.Message += " " + signatureVerdict(redactSecrets(ours), server)
}

func isSignatureMismatch(code string) bool {
	return code == "SignatureDoesNotMatch" || code == "IncompleteSignature"
}

// serverStringToSign extracts the string the server signed from its message.
func serverStringToSign(message string) (string, bool) {
	_, after, ok := strings.Cut(message, serverStringToSignMarker)
	if !ok {
		return "", false
	}
	sts, _, _ := strings.Cut(strings.TrimSpace(after), " ")
	return sts, sts != ""
}

// signatureVerdict compares two redacted strings to sign.
func signatureVerdict(ours, server string) string {
	if ours == server {
		return verdictSame
	}
	return verdictDiffer + " (first difference at byte " + strconv.Itoa(firstDifference(ours, server)) + ")]"
}

func firstDifference(a, b string) int {
	n := min(len(a), len(b))
	for i := range n {
		if a[i] != b[i] {
			return i
		}
	}
	return n
}
