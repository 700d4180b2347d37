package emu

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fakeServer serves one operation, "Op", under the faults in f.
type fakeServer struct {
	log    Log
	faults Faults
	ran    atomic.Int32
}

func (s *fakeServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	x := s.log.Begin(w, r, "Op", time.Unix(0, 0))
	defer x.Finish()
	if f, ok := s.faults.TakeEarly(x.Op); ok {
		ServeEarly(x, f)
		return
	}
	_, _ = io.ReadAll(r.Body)
	term, mods := s.faults.TakeLate(x.Op)
	Serve(x, term, mods, func(x *Exchange) {
		s.ran.Add(1)
		WriteJSON(x.W, http.StatusOK, (&Object{}).Set("RequestId", "R").Set("PageSize", x.Quirks.PageSizeCap))
	})
}

func start(t *testing.T) (*fakeServer, *httptest.Server) {
	s := &fakeServer{}
	hs := httptest.NewServer(s)
	t.Cleanup(hs.Close)
	return s, hs
}

func post(t *testing.T, url string) (*http.Response, error) {
	t.Helper()
	c := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}}
	return c.Post(url, "text/plain", strings.NewReader("body"))
}

func TestLogEntryIsVisibleOnceTheAnswerArrives(t *testing.T) {
	t.Parallel()
	s, hs := start(t)
	resp, err := post(t, hs.URL)
	require.NoError(t, err)
	_ = resp.Body.Close()
	recs := s.log.Records()
	require.Len(t, recs, 1)
	assert.Equal(t, http.StatusOK, recs[0].Status)
	assert.Equal(t, "Op", recs[0].Op)
	assert.Equal(t, 1, s.log.Count("Op"))
	s.log.Clear()
	assert.Empty(t, s.log.Records())
}

func TestDropEarlyAndDropAfterCloseTheConnection(t *testing.T) {
	t.Parallel()
	s, hs := start(t)
	s.faults.Add("Op", Fault{Name: "DropEarly", Times: 1, Early: true, Respond: DropEarly},
		Fault{Name: "DropAfter", Times: 1, Respond: DropAfter})

	_, err := post(t, hs.URL)
	require.Error(t, err)
	assert.EqualValues(t, 0, s.ran.Load(), "dropped before the operation ran")

	_, err = post(t, hs.URL)
	require.Error(t, err)
	assert.EqualValues(t, 1, s.ran.Load(), "the operation ran, its answer was lost")

	recs := s.log.Records()
	require.Len(t, recs, 2)
	assert.Equal(t, []int{0, 0}, []int{recs[0].Status, recs[1].Status})
	assert.Equal(t, "DropEarly", recs[0].Fault)
	assert.Equal(t, "DropAfter", recs[1].Fault)
}

func TestTruncateAnswerCutsTheBodyWithAMatchingLength(t *testing.T) {
	t.Parallel()
	s, hs := start(t)
	s.faults.Add("Op", Fault{Name: "TruncateBody", Times: 1, Respond: TruncateAnswer})
	resp, err := post(t, hs.URL)
	require.NoError(t, err)
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	require.NoError(t, err, "the HTTP exchange itself is clean")
	assert.Equal(t, http.StatusOK, resp.StatusCode)
	assert.Equal(t, `{"RequestId":"R",`[:len(body)], string(body))
	assert.Equal(t, "application/json", resp.Header.Get("Content-Type"))
}

func TestModifiersDelayAndAdjustQuirks(t *testing.T) {
	t.Parallel()
	s, hs := start(t)
	s.faults.Add("Op", Fault{Name: "Delay", Times: 1, Delay: 80 * time.Millisecond},
		Fault{Name: "PageSizeCap", Quirk: func(q *Quirks) { q.PageSizeCap = 3 }})
	begin := time.Now()
	resp, err := post(t, hs.URL)
	require.NoError(t, err)
	body, _ := io.ReadAll(resp.Body)
	_ = resp.Body.Close()
	assert.GreaterOrEqual(t, time.Since(begin), 80*time.Millisecond)
	assert.Contains(t, string(body), `"PageSize":3`)
	assert.Equal(t, "Delay+PageSizeCap", s.log.Records()[0].Fault)
}

func TestWriteHTMLLooksLikeAGatewayPage(t *testing.T) {
	t.Parallel()
	rec := httptest.NewRecorder()
	WriteHTML(rec, http.StatusBadGateway)
	assert.Equal(t, http.StatusBadGateway, rec.Code)
	assert.Equal(t, "text/html", rec.Header().Get("Content-Type"))
	assert.Contains(t, rec.Body.String(), "<title>502 Bad Gateway</title>")
	assert.Contains(t, rec.Body.String(), "nginx")
}
