package perf

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha1"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"
)

// The floor is what a careful programmer writes without an SDK: one pooled
// http.Client, the request built by hand, the body read whole and decoded
// with encoding/json into the same response struct polycloud fills.
//
// It gets the timeouts polycloud uses by default, because a client without
// them is not a fair floor: 30 s per request (http.Client.Timeout), and on
// the transport 10 s to connect, 10 s for TLS, 30 s for the response
// headers, the same connection pool limits. It does not retry and does not
// classify errors beyond the status code.
func newFloorClient() *http.Client {
	return &http.Client{
		Timeout: 30 * time.Second,
		Transport: &http.Transport{
			Proxy:                 http.ProxyFromEnvironment,
			DialContext:           (&net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}).DialContext,
			ForceAttemptHTTP2:     true,
			MaxIdleConns:          256,
			MaxIdleConnsPerHost:   64,
			IdleConnTimeout:       90 * time.Second,
			TLSHandshakeTimeout:   10 * time.Second,
			ExpectContinueTimeout: time.Second,
			ResponseHeaderTimeout: 30 * time.Second,
		},
	}
}

// floorDo sends req and decodes a 2xx JSON answer into out.
func floorDo(hc *http.Client, req *http.Request, out any) error {
	resp, err := hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return fmt.Errorf("HTTP %d: %s", resp.StatusCode, body)
	}
	return json.Unmarshal(body, out)
}

// floorRPC is a minimal Alibaba RPC call (signature "HMAC-SHA1", version
// 1.0): every parameter in the query, signed inline.
type floorRPC struct {
	hc               *http.Client
	endpoint         string // "http://127.0.0.1:port"
	keyID, keySecret string
	version          string
}

// call sends action with params and decodes the answer into out.
func (f *floorRPC) call(ctx context.Context, action string, params [][2]string, out any) error {
	query := f.sign(append(params[:len(params):len(params)],
		[2]string{"Action", action}, [2]string{"Version", f.version}, [2]string{"Format", "JSON"}))
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, f.endpoint+"/?"+query, nil)
	if err != nil {
		return err
	}
	return floorDo(f.hc, req, out)
}

// sign adds the signature's common parameters with a fresh nonce and
// timestamp and returns the query: sorted, percent-encoded, Signature last.
// It is short but not wasteful (one buffer per string, no per-parameter
// strings), so the floor is not slowed by a naive signer.
func (f *floorRPC) sign(params [][2]string) string {
	params = append(params,
		[2]string{"AccessKeyId", f.keyID}, [2]string{"SignatureMethod", "HMAC-SHA1"},
		[2]string{"SignatureVersion", "1.0"}, [2]string{"SignatureNonce", newUUID()},
		[2]string{"Timestamp", time.Now().UTC().Format("2006-01-02T15:04:05Z")})
	slices.SortFunc(params, func(a, b [2]string) int { return strings.Compare(a[0], b[0]) })
	query := make([]byte, 0, 512)
	for i, kv := range params {
		if i > 0 {
			query = append(query, '&')
		}
		query = appendEscaped(append(appendEscaped(query, kv[0]), '='), kv[1])
	}
	toSign := appendEscaped(append(make([]byte, 0, 2*len(query)), "POST&%2F&"...), string(query))
	mac := hmac.New(sha1.New, []byte(f.keySecret+"&"))
	mac.Write(toSign)
	var sig [28]byte
	base64.StdEncoding.Encode(sig[:], mac.Sum(nil))
	return string(appendEscaped(append(query, "&Signature="...), string(sig[:])))
}

// appendEscaped percent-encodes s as RFC 3986 asks: A-Z a-z 0-9 - _ . ~
// stay, every other byte becomes %XX.
func appendEscaped(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case 'A' <= c && c <= 'Z', 'a' <= c && c <= 'z', '0' <= c && c <= '9', c == '-', c == '_', c == '.', c == '~':
			dst = append(dst, c)
		default:
			dst = append(dst, '%', "0123456789ABCDEF"[c>>4], "0123456789ABCDEF"[c&15])
		}
	}
	return dst
}

// newUUID is a random version 4 UUID, for nonces and client tokens.
func newUUID() string {
	var u [16]byte
	_, _ = rand.Read(u[:])
	u[6], u[8] = u[6]&0x0f|0x40, u[8]&0x3f|0x80
	h := hex.EncodeToString(u[:])
	return h[:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:]
}

// floorREST is a minimal Huawei REST call with a fixed X-Auth-Token.
type floorREST struct {
	hc       *http.Client
	endpoint string
	token    string
}

// call sends method path?query with an optional JSON body and decodes the
// answer into out.
func (f *floorREST) call(ctx context.Context, method, path string, query url.Values, in, out any) error {
	u := f.endpoint + path
	if len(query) > 0 {
		u += "?" + query.Encode()
	}
	var body io.Reader
	if in != nil {
		b, err := json.Marshal(in)
		if err != nil {
			return err
		}
		body = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, method, u, body)
	if err != nil {
		return err
	}
	req.Header.Set("X-Auth-Token", f.token)
	if in != nil {
		req.Header.Set("Content-Type", "application/json;charset=UTF-8")
	}
	return floorDo(f.hc, req, out)
}
