package alibaba

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"net/http"
	"sync"
	"time"

	"github.com/polycloud-go/polycloud/internal/pipeline"
)

// v3Algorithm names signature V3: it opens the Authorization header and
// the string to sign.
const v3Algorithm = "ACS3-HMAC-SHA256"

// emptyPayloadHash is hex(SHA-256("")), the payload hash of a request
// without a body; a constant, as most RPC calls have none.
const emptyPayloadHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"

var (
	errNoAction     = errors.New("alibaba: signature V3 needs the call's Action and Version")
	errNonASCIIHost = errors.New("alibaba: signature V3 needs an ASCII host name; write the endpoint in its punycode form")
)

// v3Signer signs every attempt with ACS3-HMAC-SHA256 (signature V3).
// Action and Version move from the query to the x-acs-action and
// x-acs-version headers; the date, a fresh nonce, the body's SHA-256 and
// any STS token travel in x-acs-* headers; the signature goes in the
// Authorization header. The URL query keeps only the action's own
// parameters and Format=JSON (RPC endpoints answer XML without it), and is
// written exactly as it was canonicalised, so what is sent is byte for
// byte what was signed. Neither the token nor the signature is ever in
// the URL.
//
// As with V1, a request's own SecurityToken parameter (API Gateway actions
// declare one) is dropped when the credentials carry an STS token: it
// would put a token in the URL, and the server checks the header's.
type v3Signer struct {
	creds CredentialsProvider
	now   func() time.Time // the clock; fixed in tests
	nonce func() string    // x-acs-signature-nonce source; fixed in tests
	// states recycles per-attempt buffers and the HMAC.
	states sync.Pool
}

// v3Input is what one V3 signature covers besides the HTTP request.
type v3Input struct {
	params *Params
	creds  Credentials
	body   []byte // the exact bytes the attempt sends
	date   string // x-acs-date
	nonce  string // x-acs-signature-nonce
	// keep asks for the canonical request as a string, for the
	// signature-mismatch diagnosis; building it costs an allocation.
	keep bool
}

// Sign implements pipeline.Signer. It runs once per attempt, on the
// attempt's own clone of the request, whose body is call.Body.
func (s *v3Signer) Sign(ctx context.Context, req *http.Request, call *pipeline.Call) error {
	params, ok := call.Params.(*Params)
	if !ok || params == nil {
		return errNoParams
	}
	creds, err := retrieveCredentials(ctx, s.creds)
	if err != nil {
		return err
	}
	record := recordFrom(ctx)
	st := s.getState()
	defer s.putState(st)
	canonical, err := st.sign(req, v3Input{
		params: params, creds: creds, body: call.Body,
		date: formatTimestamp(s.now()), nonce: s.nonce(), keep: record != nil,
	})
	if err != nil {
		return err
	}
	record.storeV3(canonical, creds.SecurityToken)
	return nil
}

func (s *v3Signer) getState() *v3State {
	if st, ok := s.states.Get().(*v3State); ok {
		return st
	}
	return &v3State{}
}

func (s *v3Signer) putState(st *v3State) { s.states.Put(st) }

// payloadHash is hex(SHA-256(body)), the x-acs-content-sha256 header.
func payloadHash(body []byte) string {
	if len(body) == 0 {
		return emptyPayloadHash
	}
	sum := sha256.Sum256(body)
	return hex.EncodeToString(sum[:])
}

// v3StringToSign is what signature V3 signs: the algorithm and the hex
// SHA-256 of the canonical request, on two lines.
func v3StringToSign(canonicalRequest string) string {
	sum := sha256.Sum256([]byte(canonicalRequest))
	return v3Algorithm + "\n" + hex.EncodeToString(sum[:])
}
