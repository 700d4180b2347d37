package alibaba

import (
	"slices"
	"strings"
)

// The parameters of one attempt are the call's own (query and form) plus
// the common ones the signer adds. They are never copied: the signer sorts
// small pointer-free references to them, which keeps the garbage
// collector's write barriers off the hot path.

// Where a referenced parameter lives.
const (
	inQuery uint8 = iota
	inForm
	inCommon
)

// attemptParams are the parameters of one attempt. It lives on the
// signer's stack.
type attemptParams struct {
	query, form []Param
	common      [6]Param // the signer's own, SecurityToken last
	nCommon     int
}

// paramRef locates one parameter. key holds the first eight bytes of its
// name, so most comparisons while sorting are one integer comparison.
type paramRef struct {
	key   uint64
	index int32
	list  uint8
}

// newAttemptParams gathers the call's parameters and the common ones.
func newAttemptParams(p *Params, c Credentials, timestamp, nonce string) attemptParams {
	ap := attemptParams{query: p.query, form: p.form}
	ap.common = [6]Param{
		{"AccessKeyId", c.AccessKeyID}, {"SignatureMethod", signatureMethod}, {"SignatureVersion", signatureVersion},
		{"SignatureNonce", nonce}, {"Timestamp", timestamp}, {"SecurityToken", c.SecurityToken},
	}
	ap.nCommon = len(ap.common)
	if c.SecurityToken == "" {
		ap.nCommon--
	}
	return ap
}

// at returns the parameter r refers to.
func (ap *attemptParams) at(r paramRef) *Param {
	switch r.list {
	case inQuery:
		return &ap.query[r.index]
	case inForm:
		return &ap.form[r.index]
	}
	return &ap.common[r.index]
}

// sts reports whether the attempt carries an STS token.
func (ap *attemptParams) sts() bool { return ap.nCommon == len(ap.common) }

// refs appends references to every parameter to sign to dst and reports
// whether any travels in the form. The signer's own parameters replace
// any of the same name set by the caller.
func (ap *attemptParams) refs(dst []paramRef) ([]paramRef, bool) {
	dst = appendRefs(dst, ap.query, inQuery, ap.sts())
	n := len(dst)
	dst = appendRefs(dst, ap.form, inForm, ap.sts())
	hasForm := len(dst) > n
	for i := range ap.nCommon {
		dst = append(dst, paramRef{key: nameKey(ap.common[i].Name), index: int32(i), list: inCommon})
	}
	return dst, hasForm
}

func appendRefs(dst []paramRef, list []Param, where uint8, sts bool) []paramRef {
	for i := range list {
		if !reservedBySigner(list[i].Name, sts) {
			dst = append(dst, paramRef{key: nameKey(list[i].Name), index: int32(i), list: where})
		}
	}
	return dst
}

// reservedBySigner reports the names the signer sets itself.
func reservedBySigner(name string, sts bool) bool {
	switch name {
	case "AccessKeyId", "SignatureMethod", "SignatureVersion", "SignatureNonce", "Timestamp", "Signature":
		return true
	case "SecurityToken":
		return sts
	}
	return false
}

// nameKey is the first eight bytes of name, big-endian, zero-padded, so
// that comparing keys orders names as comparing the names does.
func nameKey(name string) uint64 {
	if len(name) >= 8 { // the compiler turns this into one load
		return uint64(name[0])<<56 | uint64(name[1])<<48 | uint64(name[2])<<40 | uint64(name[3])<<32 |
			uint64(name[4])<<24 | uint64(name[5])<<16 | uint64(name[6])<<8 | uint64(name[7])
	}
	var key uint64
	for i := range 8 {
		key <<= 8
		if i < len(name) {
			key |= uint64(name[i])
		}
	}
	return key
}

// sortRefs orders refs by name in byte order. Calls have a few dozen
// parameters at most, for which an insertion sort with a cheap comparison
// beats a general sort.
func (ap *attemptParams) sortRefs(refs []paramRef) {
	if len(refs) > 64 {
		slices.SortFunc(refs, ap.compare)
		return
	}
	for i := 1; i < len(refs); i++ {
		for j := i; j > 0 && ap.compare(refs[j-1], refs[j]) > 0; j-- {
			refs[j-1], refs[j] = refs[j], refs[j-1]
		}
	}
}

// compare orders by key, then by name; equal names (a name both in the
// query and in the form) by value, so the order is deterministic.
func (ap *attemptParams) compare(a, b paramRef) int {
	if a.key != b.key {
		if a.key < b.key {
			return -1
		}
		return 1
	}
	pa, pb := ap.at(a), ap.at(b)
	if c := strings.Compare(pa.Name, pb.Name); c != 0 {
		return c
	}
	return strings.Compare(pa.Value, pb.Value)
}
