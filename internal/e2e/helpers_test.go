package e2e

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/polycloud-go/polycloud/alibaba"
	"github.com/polycloud-go/polycloud/alibaba/alibabatest"
	"github.com/polycloud-go/polycloud/huawei"
	"github.com/polycloud-go/polycloud/huawei/huaweitest"
)

// fastRetry keeps the default four attempts but backs off for milliseconds,
// so a table of retried calls runs in well under a second. alibaba.Option
// and huawei.Option are the same type, so it serves both clouds.
var fastRetry = alibaba.WithRetry(alibaba.RetryPolicy{MinBackoff: time.Millisecond, MaxBackoff: 5 * time.Millisecond})

// wire sits under the SDK's signing transport (installed with
// WithHTTPClient), so it sees every attempt exactly as it leaves the
// machine. It collects what must never appear in an error or a log line:
// the signatures and STS tokens in Alibaba queries, the X-Auth-Token of
// Huawei requests and the tokens IAM issues in X-Subject-Token. It also
// counts round trips, which proves "nothing was sent" without a server.
type wire struct {
	base *http.Transport

	mu      sync.Mutex
	secrets map[string]struct{}
	trips   int
}

func newWire() *wire {
	base := http.DefaultTransport.(*http.Transport).Clone()
	base.MaxIdleConnsPerHost = 64 // what the SDK's own default transport keeps
	return &wire{base: base, secrets: map[string]struct{}{}}
}

// RoundTrip records the secrets of one attempt and sends it.
func (w *wire) RoundTrip(req *http.Request) (*http.Response, error) {
	w.mu.Lock()
	w.trips++
	w.mu.Unlock()
	q := req.URL.Query()
	w.note(q.Get("Signature"), q.Get("SecurityToken"), req.Header.Get("X-Auth-Token"))
	resp, err := w.base.RoundTrip(req)
	if resp != nil {
		w.note(resp.Header.Get("X-Subject-Token"))
	}
	return resp, err
}

func (w *wire) note(values ...string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, v := range values {
		if v != "" {
			w.secrets[v] = struct{}{}
		}
	}
}

// client is an *http.Client for WithHTTPClient or Config.HTTPClient.
func (w *wire) client() *http.Client { return &http.Client{Transport: w} }

// option installs the wire on a client or a call.
func (w *wire) option() alibaba.Option { return alibaba.WithHTTPClient(w.client()) }

// Secrets returns every signature and token seen so far.
func (w *wire) Secrets() []string {
	w.mu.Lock()
	defer w.mu.Unlock()
	out := make([]string, 0, len(w.secrets))
	for s := range w.secrets {
		out = append(out, s)
	}
	return out
}

// Trips counts the HTTP attempts that reached the transport.
func (w *wire) Trips() int {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.trips
}

// close drops idle keep-alive connections, so their goroutines end.
func (w *wire) close() { w.base.CloseIdleConnections() }

// secretForms returns the ways a secret can be spelled in a URL, a
// signed string or a log: as is, percent-encoded once and twice.
func secretForms(secret string) []string {
	once := url.QueryEscape(secret)
	return []string{secret, once, url.QueryEscape(once), strings.ReplaceAll(once, "+", "%20")}
}

// leakWindow is the length of the fragments of a long secret that are
// looked for too: a token cut in the middle by a truncated message is
// still a leak.
const leakWindow = 24

// findLeak returns a description of the first secret found in text, or "".
func findLeak(text string, secrets []string) string {
	for _, s := range secrets {
		for _, form := range secretForms(s) {
			if strings.Contains(text, form) {
				return fmt.Sprintf("secret %.12q… found", s)
			}
		}
		for i := 0; len(s) > 2*leakWindow && i+leakWindow <= len(s); i += leakWindow / 2 {
			if strings.Contains(text, s[i:i+leakWindow]) {
				return fmt.Sprintf("fragment %q of secret %.12q… found", s[i:i+leakWindow], s)
			}
		}
	}
	return ""
}

// requireNoLeak fails when text contains any secret or a fragment of one.
func requireNoLeak(t testing.TB, what, text string, secrets []string) {
	t.Helper()
	if leak := findLeak(text, secrets); leak != "" {
		require.Failf(t, "secret leaked", "%s: %s in %q", what, leak, text)
	}
}

// errorTexts renders err every way a program might log it.
func errorTexts(err error) []string {
	if err == nil {
		return nil
	}
	out := []string{err.Error(), fmt.Sprintf("%v", err), fmt.Sprintf("%+v", err), fmt.Sprintf("%#v", err), fmt.Sprintf("%s", err)}
	for e := errors.Unwrap(err); e != nil; e = errors.Unwrap(e) {
		out = append(out, fmt.Sprintf("%#v", e))
	}
	var apiErr *alibaba.APIError
	if errors.As(err, &apiErr) {
		out = append(out, fmt.Sprintf("%+v", *apiErr), apiErr.Message, apiErr.Recommend, apiErr.Detail)
	}
	return out
}

// requireErrorClean fails when any rendering of err leaks a secret.
func requireErrorClean(t testing.TB, err error, secrets []string) {
	t.Helper()
	for _, text := range errorTexts(err) {
		requireNoLeak(t, "error text", text, secrets)
	}
}

// Recognisable Alibaba STS credentials: finding the secret or the token
// in an error or a log line is a leak. STS tokens are hundreds of bytes of
// base64, so this one is too, and it contains the + / = that URLs encode.
const (
	stsKeyID  = "STS.NUe2eKeyID0001"
	stsSecret = "AKSECRET-e2e-5f3a9c1d7b2e4f60a8c3"
)

var stsToken = func() string {
	var b []byte
	for i := range 12 {
		sum := sha256.Sum256([]byte{byte(i)})
		b = append(b, sum[:]...)
	}
	return "STSTOKEN-" + base64.StdEncoding.EncodeToString(b)
}()

// alibabaSTS starts an emulator that accepts only the STS credentials
// above, and returns a configuration that uses them.
func alibabaSTS(t testing.TB, opts ...alibabatest.Option) (*alibabatest.Server, alibaba.Config) {
	t.Helper()
	srv := alibabaEmulator(t, append(opts, alibabatest.WithSTSCredentials(stsKeyID, stsSecret, stsToken, time.Time{}))...)
	cfg := srv.Config()
	cfg.Credentials = alibaba.StaticCredentials(stsKeyID, stsSecret, stsToken)
	return srv, cfg
}

// alibabaSecrets are the Alibaba secrets every test scans for, besides
// the signatures a wire saw.
func alibabaSecrets(w *wire) []string {
	return append(w.Secrets(), stsSecret, stsToken, alibabatest.AccessKeySecret)
}

// alibabaEmulator starts an Alibaba emulator closed with the test.
func alibabaEmulator(t testing.TB, opts ...alibabatest.Option) *alibabatest.Server {
	t.Helper()
	srv := alibabatest.NewServer(opts...)
	t.Cleanup(srv.Close)
	return srv
}

// huaweiEmulator starts a Huawei emulator closed with the test.
func huaweiEmulator(t testing.TB, opts ...huaweitest.Option) *huaweitest.Server {
	t.Helper()
	srv := huaweitest.NewServer(opts...)
	t.Cleanup(srv.Close)
	return srv
}

// notHung bounds a call that must end: generous, so it never flakes, and
// still far below what a hung retry loop or a missed deadline would take.
const notHung = 10 * time.Second

// testContext is the test's context bounded by notHung.
func testContext(t testing.TB) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), notHung)
	t.Cleanup(cancel)
	return ctx
}

// kindOf returns the Kind of the *APIError inside err, or a description
// of what err is instead: the scenario tables compare it as text.
func kindOf(err error) string {
	var apiErr *huawei.APIError
	var decErr *huawei.DecodeError
	var paramErr *huawei.ParamError
	switch {
	case err == nil:
		return "ok"
	case errors.As(err, &paramErr):
		return "ParamError"
	case errors.As(err, &decErr):
		return "DecodeError"
	case errors.As(err, &apiErr):
		return "APIError(" + apiErr.Kind.String() + ")"
	case timeoutError(err):
		return "timeout"
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, context.Canceled):
		return "context"
	}
	var ue *url.Error
	if errors.As(err, &ue) || errors.Is(err, io.ErrUnexpectedEOF) {
		return "transport"
	}
	return fmt.Sprintf("other(%T)", err)
}

// logCapture records every slog record twice, through the text and the
// JSON handler at debug level, so a test can scan what a program that
// logs everything would have written.
type logCapture struct {
	mu         sync.Mutex
	text, json bytes.Buffer
}

// lockedWriter serialises writes into one of the capture's buffers.
type lockedWriter struct {
	mu  *sync.Mutex
	buf *bytes.Buffer
}

func (w lockedWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.buf.Write(p)
}

// logger returns a debug logger writing into the capture.
func (c *logCapture) logger() *slog.Logger {
	opts := &slog.HandlerOptions{Level: slog.LevelDebug}
	return slog.New(teeHandler{
		slog.NewTextHandler(lockedWriter{&c.mu, &c.text}, opts),
		slog.NewJSONHandler(lockedWriter{&c.mu, &c.json}, opts),
	})
}

// Lines returns every line written so far, text lines first.
func (c *logCapture) Lines() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	text := strings.Split(strings.TrimSpace(c.text.String()), "\n")
	return append(text, strings.Split(strings.TrimSpace(c.json.String()), "\n")...)
}

// requireLogsClean fails when a captured line holds a secret.
func (c *logCapture) requireClean(t testing.TB, secrets []string) {
	t.Helper()
	for _, line := range c.Lines() {
		requireNoLeak(t, "log line", line, secrets)
	}
}

// teeHandler sends every record to each of its handlers.
type teeHandler []slog.Handler

func (h teeHandler) Enabled(ctx context.Context, l slog.Level) bool {
	for _, each := range h {
		if each.Enabled(ctx, l) {
			return true
		}
	}
	return false
}

func (h teeHandler) Handle(ctx context.Context, r slog.Record) error {
	var errs []error
	for _, each := range h {
		if each.Enabled(ctx, r.Level) {
			errs = append(errs, each.Handle(ctx, r.Clone()))
		}
	}
	return errors.Join(errs...)
}

func (h teeHandler) WithAttrs(attrs []slog.Attr) slog.Handler {
	out := make(teeHandler, len(h))
	for i, each := range h {
		out[i] = each.WithAttrs(attrs)
	}
	return out
}

func (h teeHandler) WithGroup(name string) slog.Handler {
	out := make(teeHandler, len(h))
	for i, each := range h {
		out[i] = each.WithGroup(name)
	}
	return out
}
