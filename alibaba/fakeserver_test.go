package alibaba

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
)

// fakeRPC is an httptest server that records every request and answers
// with scripted replies; the last reply repeats.
type fakeRPC struct {
	t       testing.TB
	srv     *httptest.Server
	mu      sync.Mutex
	got     []receivedRequest
	replies []reply
}

// reply is one scripted answer; handle, when set, computes it instead.
type reply struct {
	status int
	body   any // marshalled as JSON unless a string
	header map[string]string
	handle func(r receivedRequest) reply
}

func newFakeRPC(t testing.TB, replies ...reply) *fakeRPC {
	f := &fakeRPC{t: t, replies: replies}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fakeRPC) serve(w http.ResponseWriter, req *http.Request) {
	r := readRequest(f.t, req)
	f.mu.Lock()
	f.got = append(f.got, r)
	rep := reply{status: 200, body: map[string]any{"RequestId": "REQ-OK"}}
	if n := len(f.got); len(f.replies) > 0 {
		rep = f.replies[min(n, len(f.replies))-1]
	}
	f.mu.Unlock()
	if rep.handle != nil {
		rep = rep.handle(r)
	}
	writeReply(w, rep)
}

func writeReply(w http.ResponseWriter, rep reply) {
	for k, v := range rep.header {
		w.Header().Set(k, v)
	}
	body, ok := rep.body.(string)
	if !ok {
		b, _ := json.Marshal(rep.body)
		body = string(b)
		w.Header().Set("Content-Type", "application/json")
	}
	w.WriteHeader(rep.status)
	_, _ = w.Write([]byte(body))
}

// requests returns a copy of what was received so far.
func (f *fakeRPC) requests() []receivedRequest {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]receivedRequest(nil), f.got...)
}

// mismatch answers like the real service does when the signature it
// computes (with secret, over its own string to sign) differs.
func mismatch(secret string, serverStringToSign func(receivedRequest) string) reply {
	return reply{handle: func(r receivedRequest) reply {
		sts := serverStringToSign(r)
		if r.Query.Get("Signature") == refSignature(secret, sts) {
			return reply{status: 200, body: map[string]any{"RequestId": "REQ-OK"}}
		}
		return reply{status: 400, body: map[string]any{
			"RequestId": "REQ-SIG", "HostId": "ga.cn-hangzhou.aliyuncs.com", "Code": "SignatureDoesNotMatch",
			"Message":   "Specified signature is not matched with our calculation. server string to sign is:" + sts,
			"Recommend": "https://api.aliyun.com/troubleshoot?q=SignatureDoesNotMatch",
		}}
	}}
}
