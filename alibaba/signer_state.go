package alibaba

import (
	"crypto/hmac"
	"crypto/sha1"
	"encoding/base64"
	"hash"
)

// stringToSign is what the RPC signature signs: the method, the encoded
// path "/" and the encoded canonical string of all parameters.
func stringToSign(method, canonical string) string {
	return string(appendStringToSign(nil, method, canonical))
}

func appendStringToSign(dst []byte, method, canonical string) []byte {
	dst = append(dst, method...)
	dst = append(dst, "&%2F&"...)
	return appendEncoded(dst, canonical)
}

// signState is the reusable working memory of one signature. Apart from
// the HMAC it holds no pointers into the call: nothing secret stays
// reachable from the pool but the key the HMAC was made with.
type signState struct {
	refs   []paramRef // the attempt's parameters in name order
	query  []byte     // the canonical string, then the query
	sts    []byte     // the string to sign
	secret string     // the secret mac is keyed with
	mac    hash.Hash
	sum    [sha1.Size]byte
}

func (s *rpcSigner) getState() *signState {
	if st, ok := s.states.Get().(*signState); ok {
		return st
	}
	return &signState{}
}

func (s *rpcSigner) putState(st *signState) { s.states.Put(st) }

// encode writes, in one pass over the parameters in name order, the
// canonical string of all of them into st.query and the string to sign
// into st.sts. Encoding the canonical string once more for
// the string to sign is done per parameter: enc(enc(x)) is enc(x) with
// every "%" written as "%25", and the separators become %3D and %26.
func (st *signState) encode(ap *attemptParams, method string) {
	st.query = st.query[:0]
	st.sts = append(append(st.sts[:0], method...), "&%2F&"...)
	for i, r := range st.refs {
		p := ap.at(r)
		if i > 0 {
			st.query = append(st.query, '&')
			st.sts = append(st.sts, "%26"...)
		}
		st.query, st.sts = appendEncodedTwice(st.query, st.sts, p.Name)
		st.query = append(st.query, '=')
		st.sts = append(st.sts, "%3D"...)
		st.query, st.sts = appendEncodedTwice(st.query, st.sts, p.Value)
	}
}

// signature returns base64(HMAC-SHA1(secret+"&", st.sts)).
func (st *signState) signature(secret string) [signatureLen]byte {
	if st.mac == nil || st.secret != secret {
		st.mac, st.secret = hmac.New(sha1.New, []byte(secret+"&")), secret
	} else {
		st.mac.Reset()
	}
	st.mac.Write(st.sts)
	var out [signatureLen]byte
	base64.StdEncoding.Encode(out[:], st.mac.Sum(st.sum[:0]))
	return out
}

// appendQueryCanonical rewrites st.query as enc(name)=enc(value) for the
// query parameters only, in name order, joined by "&".
func (st *signState) appendQueryCanonical(ap *attemptParams) []byte {
	dst := st.query[:0]
	for _, r := range st.refs {
		if r.list == inForm {
			continue
		}
		if len(dst) > 0 {
			dst = append(dst, '&')
		}
		p := ap.at(r)
		dst = appendEncoded(append(appendEncoded(dst, p.Name), '='), p.Value)
	}
	return dst
}

// appendSignature appends "&Signature=" and the encoded signature (base64
// uses + / =, which are encoded like any other reserved byte).
func appendSignature(dst []byte, sig [signatureLen]byte) []byte {
	dst = append(dst, "&Signature="...)
	for _, c := range sig {
		if unreserved[c] {
			dst = append(dst, c)
			continue
		}
		dst = append(dst, '%', upperHex[c>>4], upperHex[c&0x0f])
	}
	return dst
}
