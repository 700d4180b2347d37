package alibaba

import (
	"context"
	"crypto/sha1"
	"errors"
	"net/http"
	"sync"
	"time"

	"github.com/polycloud-go/polycloud/internal/ids"
	"github.com/polycloud-go/polycloud/internal/pipeline"
)

// The fixed common parameters of the RPC signature (HMAC-SHA1, which the
// documentation calls "signature V2" although it is sent as version 1.0).
const (
	signatureMethod  = "HMAC-SHA1"
	signatureVersion = "1.0"
	timestampLayout  = "2006-01-02T15:04:05Z"
	// signatureLen is the length of a base64-encoded HMAC-SHA1.
	signatureLen = (sha1.Size + 2) / 3 * 4
)

var (
	errNoParams   = errors.New("alibaba: the call carries no RPC parameters to sign")
	errNoProvider = errors.New("alibaba: no credentials provider")
)

// rpcSigner signs every attempt of an RPC call: it adds the common
// parameters with a fresh nonce and timestamp, signs all query and form
// parameters, and writes the query exactly as it was canonicalised, so
// what is sent is byte for byte what was signed.
//
// A request's own SecurityToken parameter (API Gateway actions declare
// one) is dropped when the credentials carry an STS token: the token of
// the credentials that sign the request wins, because the server checks
// the signature against that one.
type rpcSigner struct {
	creds CredentialsProvider
	now   func() time.Time // the clock; fixed in tests
	nonce func() string    // SignatureNonce source; fixed in tests
	// states recycles per-attempt buffers and the HMAC, keeping a
	// signature to a handful of allocations.
	states sync.Pool
}

func newSigner(creds CredentialsProvider) pipeline.Signer {
	return &rpcSigner{creds: creds, now: time.Now, nonce: ids.New}
}

// signedQuery is the outcome of signing one attempt.
type signedQuery struct {
	query     string // the URL query to send, Signature last
	canonical string // the canonical string of all signed parameters
}

// Sign implements pipeline.Signer. It runs once per attempt, on the
// attempt's own clone of the request.
func (s *rpcSigner) Sign(ctx context.Context, req *http.Request, call *pipeline.Call) error {
	params, ok := call.Params.(*Params)
	if !ok || params == nil {
		return errNoParams
	}
	creds, err := s.credentials(ctx)
	if err != nil {
		return err
	}
	signed := s.sign(req.Method, params, creds, s.now(), s.nonce())
	req.URL.RawQuery = signed.query
	recordFrom(ctx).store(req.Method, signed.canonical, creds.SecurityToken)
	return nil
}

// credentials fetches one consistent snapshot and checks it is usable.
func (s *rpcSigner) credentials(ctx context.Context) (Credentials, error) {
	return retrieveCredentials(ctx, s.creds)
}

// retrieveCredentials fetches one consistent snapshot from p and checks
// it is usable; every signature scheme starts with it.
func retrieveCredentials(ctx context.Context, p CredentialsProvider) (Credentials, error) {
	if p == nil {
		return Credentials{}, errNoProvider
	}
	c, err := p.Retrieve(ctx)
	if err != nil {
		return Credentials{}, err
	}
	return c, c.validate()
}

// sign is the signing core: method, time and nonce are parameters so that
// tests can reproduce documented vectors.
func (s *rpcSigner) sign(method string, p *Params, c Credentials, t time.Time, nonce string) signedQuery {
	st := s.getState()
	defer s.putState(st)
	ap := newAttemptParams(p, c, formatTimestamp(t), nonce)
	var hasForm bool
	st.refs, hasForm = ap.refs(st.refs[:0])
	ap.sortRefs(st.refs)
	st.encode(&ap, method)
	sig := st.signature(c.AccessKeySecret)
	if !hasForm {
		// The canonical string is the query: one buffer, one allocation.
		canonicalLen := len(st.query)
		st.query = appendSignature(st.query, sig)
		query := string(st.query)
		return signedQuery{query: query, canonical: query[:canonicalLen]}
	}
	canonical := string(st.query)
	st.query = appendSignature(st.appendQueryCanonical(&ap), sig)
	return signedQuery{query: string(st.query), canonical: canonical}
}

// formatTimestamp is t.UTC().Format(timestampLayout) without interpreting
// the layout, which is a tenth of a signature's cost.
func formatTimestamp(t time.Time) string {
	t = t.UTC()
	year, month, day := t.Date()
	hour, minute, second := t.Clock()
	if year < 0 || year > 9999 {
		return t.Format(timestampLayout)
	}
	var b [len(timestampLayout)]byte
	put2(b[0:], year/100)
	put2(b[2:], year%100)
	b[4], b[7], b[10], b[13], b[16], b[19] = '-', '-', 'T', ':', ':', 'Z'
	put2(b[5:], int(month))
	put2(b[8:], day)
	put2(b[11:], hour)
	put2(b[14:], minute)
	put2(b[17:], second)
	return string(b[:])
}

// put2 writes n (0-99) as two digits.
func put2(b []byte, n int) { b[0], b[1] = byte('0'+n/10), byte('0'+n%10) }
