package alibaba

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"hash"
	"net/http"
	"net/url"
)

// The canonical request of signature V3 is six lines:
//
//	METHOD
//	canonical URI (the path, "/" for RPC)
//	canonical query (the query parameters, sorted and RFC 3986 encoded)
//	canonical headers (one "name:value" line each, then an empty line)
//	signed headers (the same names joined by ";")
//	hex SHA-256 of the body
//
// The signer builds it in one reusable buffer, straight from the request
// it is about to send, and then writes the query and the path back into
// the request exactly as they were canonicalised.

// v3HexLen is the length of a hex SHA-256 (a digest or a signature).
const v3HexLen = 2 * sha256.Size

// v3State is the reusable working memory of one V3 signature. Like V1's,
// its buffers keep the last canonical request (an STS token included)
// until the next signature overwrites them, and the HMAC keeps its key;
// nothing in the pool is ever printed.
type v3State struct {
	refs   []paramRef // the query parameters in name order
	names  []string   // the signed header keys, sorted by lower-case name
	buf    []byte     // the canonical request
	signed []byte     // the signed header list
	sts    []byte     // the string to sign
	auth   []byte     // the Authorization header
	secret string     // the secret mac is keyed with
	mac    hash.Hash
	sum    [sha256.Size]byte
}

// sign signs req for one attempt: it sets the x-acs-* and Authorization
// headers and rewrites the URL query (and, when it needs encoding, the
// path) as canonicalised. It returns the canonical request when in.keep.
func (st *v3State) sign(req *http.Request, in v3Input) (string, error) {
	action, version := queryValue(in.params.query, "Action"), queryValue(in.params.query, "Version")
	if action == "" || version == "" {
		return "", errNoAction
	}
	host, err := requestHost(req)
	if err != nil {
		return "", err
	}
	if req.Header == nil {
		req.Header = http.Header{}
	}
	values := make([]string, 7) // one allocation backs every header the signer sets
	normalizeSignedHeaders(req.Header)
	digest := payloadHash(in.body)
	setV3Headers(req.Header, values, action, version, digest, in)
	st.names = sortHeaderKeys(appendSignedHeaderKeys(st.names[:0], req.Header))

	query := st.writeCanonicalRequest(req, host, digest, in)
	values[6] = st.authorization(in.creds.AccessKeyID, st.signature(in.creds.AccessKeySecret))
	req.Header[hdrAuthorization] = values[6:7:7]
	req.URL.RawQuery = query
	if in.keep {
		return string(st.buf), nil
	}
	return "", nil
}

// writeCanonicalRequest builds the canonical request in st.buf and the
// signed header list in st.signed, and returns the canonical query.
func (st *v3State) writeCanonicalRequest(req *http.Request, host, digest string, in v3Input) string {
	b := append(append(st.buf[:0], req.Method...), '\n')
	b = append(append(b, canonicalizePath(req.URL)...), '\n')
	start := len(b)
	b = st.appendCanonicalQuery(b, in.params.query, in.creds.SecurityToken != "")
	query := string(b[start:])
	b = append(b, '\n')
	b, st.signed = appendCanonicalHeaders(b, st.signed[:0], req.Header, st.names, host)
	b = append(append(append(append(b, '\n'), st.signed...), '\n'), digest...)
	st.buf = b
	return query
}

// appendCanonicalQuery appends enc(name)=enc(value) for every query
// parameter V3 sends, sorted by name, joined by "&".
func (st *v3State) appendCanonicalQuery(dst []byte, query []Param, sts bool) []byte {
	st.refs = st.refs[:0]
	for i := range query {
		if !reservedByV3(query[i].Name, sts) {
			st.refs = append(st.refs, paramRef{key: nameKey(query[i].Name), index: int32(i), list: inQuery})
		}
	}
	ap := attemptParams{query: query}
	ap.sortRefs(st.refs)
	for i, r := range st.refs {
		if i > 0 {
			dst = append(dst, '&')
		}
		p := &query[r.index]
		dst = appendEncoded(append(appendEncoded(dst, p.Name), '='), p.Value)
	}
	return dst
}

// reservedByV3 reports the query parameters V3 does not send: Action and
// Version travel as headers, the V1 signature parameters have no meaning,
// and an STS token travels as x-acs-security-token.
func reservedByV3(name string, sts bool) bool {
	switch name {
	case "Action", "Version":
		return true
	case "SecurityToken":
		return sts
	}
	return reservedBySigner(name, false)
}

// signature returns hex(HMAC-SHA256(secret, string to sign)) for the
// canonical request in st.buf. Unlike V1, the key has no "&" suffix.
func (st *v3State) signature(secret string) [v3HexLen]byte {
	sum := sha256.Sum256(st.buf)
	st.sts = append(append(st.sts[:0], v3Algorithm...), '\n')
	st.sts = hex.AppendEncode(st.sts, sum[:])
	if st.mac == nil || st.secret != secret {
		st.mac, st.secret = hmac.New(sha256.New, []byte(secret)), secret
	} else {
		st.mac.Reset()
	}
	st.mac.Write(st.sts)
	var out [v3HexLen]byte
	hex.Encode(out[:], st.mac.Sum(st.sum[:0]))
	return out
}

// authorization is "ACS3-HMAC-SHA256 Credential=id,SignedHeaders=…,Signature=hex".
func (st *v3State) authorization(accessKeyID string, sig [v3HexLen]byte) string {
	b := append(append(st.auth[:0], v3Algorithm...), " Credential="...)
	b = append(append(b, accessKeyID...), ",SignedHeaders="...)
	b = append(append(b, st.signed...), ",Signature="...)
	b = append(b, sig[:]...)
	st.auth = b
	return string(b)
}

// canonicalizePath returns the canonical URI of u's path, RFC 3986
// encoded with "/" kept, and makes u send exactly that. RPC endpoints use
// "/"; a path only appears with an Endpoint override that has one.
func canonicalizePath(u *url.URL) string {
	if u.Path == "" {
		u.Path = "/"
	}
	if !pathNeedsEncoding(u.Path) {
		u.RawPath = ""
		return u.Path
	}
	u.RawPath = string(appendEncodedPath(nil, u.Path))
	return u.RawPath
}

func pathNeedsEncoding(p string) bool {
	for i := 0; i < len(p); i++ {
		if p[i] != '/' && !unreserved[p[i]] {
			return true
		}
	}
	return false
}

// appendEncodedPath encodes every segment of p, keeping the slashes.
func appendEncodedPath(dst []byte, p string) []byte {
	for i := 0; i < len(p); i++ {
		if c := p[i]; c == '/' || unreserved[c] {
			dst = append(dst, c)
		} else {
			dst = append(dst, '%', upperHex[c>>4], upperHex[c&0x0f])
		}
	}
	return dst
}

// requestHost is the host net/http will send: the request's Host, else
// its URL's. A non-ASCII name is refused: it would go out punycoded, not
// as signed.
func requestHost(req *http.Request) (string, error) {
	host := req.Host
	if host == "" {
		host = req.URL.Host
	}
	if firstNonASCII(host) >= 0 {
		return "", errNonASCIIHost
	}
	return host, nil
}

// queryValue returns the value of the query parameter name, or "".
func queryValue(query []Param, name string) string {
	for _, kv := range query {
		if kv.Name == name {
			return kv.Value
		}
	}
	return ""
}

// firstNonASCII returns the index of the first byte of s above 0x7F, or -1.
func firstNonASCII(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return i
		}
	}
	return -1
}
