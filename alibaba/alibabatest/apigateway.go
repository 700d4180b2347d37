package alibabatest

import (
	"encoding/json"
	"fmt"
	"net/http"
	"sync"
	"time"

	"github.com/polycloud-go/polycloud/internal/emu"
)

// DefaultBackendID is the API Gateway backend a new Server holds (unless
// started WithoutSeed): an HTTP backend with one RELEASE environment model
// that shows every configuration block DescribeBackendInfo can return.
const DefaultBackendID = "b3c7e0f4a1d24f6e9a8b5c2d1e0f3a47"

// APIGateway is a server's API Gateway (CloudAPI) state: backend
// services, and the items of the generic listings (SeedListing). It is
// safe for concurrent use.
type APIGateway struct {
	ids      *emu.IDs
	now      func() time.Time
	mu       sync.Mutex
	backends map[string]BackendInfo
	listings emu.Synthetic // the generic listings (listings.go)
}

func newAPIGateway(s *Server) *APIGateway {
	return &APIGateway{ids: s.ids, now: s.now, backends: map[string]BackendInfo{}}
}

// AddBackend stores b and returns it as stored. Empty fields get defaults:
// a generated 32-hex-digit BackendId, a name, type HTTP, creation and
// modification times from the server's clock (in UTC+8, as the cloud
// writes them). A backend with an existing BackendId replaces it.
func (a *APIGateway) AddBackend(b BackendInfo) BackendInfo {
	stamp := a.now().In(time.FixedZone("CST", 8*3600)).Format("2006-01-02T15:04:05-07:00")
	a.mu.Lock()
	defer a.mu.Unlock()
	b.BackendID = or(b.BackendID, a.ids.Hex32("backend"))
	b.BackendName = or(b.BackendName, fmt.Sprintf("backend-%d", len(a.backends)+1))
	b.BackendType = or(b.BackendType, "HTTP")
	b.CreatedTime = or(b.CreatedTime, stamp)
	b.ModifiedTime = or(b.ModifiedTime, b.CreatedTime)
	if b.BackendModels == nil {
		b.BackendModels = []BackendModel{}
	}
	a.backends[b.BackendID] = cloneBackend(b)
	return cloneBackend(b)
}

// Backend returns a copy of the backend with id.
func (a *APIGateway) Backend(id string) (BackendInfo, bool) {
	a.mu.Lock()
	defer a.mu.Unlock()
	b, ok := a.backends[id]
	if !ok {
		return BackendInfo{}, false
	}
	return cloneBackend(b), true
}

// cloneBackend copies b deeply through its JSON form, which carries every
// field, so callers never share the server's nested configurations.
func cloneBackend(b BackendInfo) BackendInfo {
	raw, err := json.Marshal(b)
	if err != nil {
		return b
	}
	var c BackendInfo
	if json.Unmarshal(raw, &c) != nil {
		return b
	}
	return c
}

// registerAPIGateway declares the API Gateway actions the server serves.
func (s *Server) registerAPIGateway() {
	s.handle(apiGatewayVersion, "DescribeBackendInfo", s.apigw.describeBackendInfo)
}

// describeBackendInfo answers {RequestId, BackendInfo}.
func (a *APIGateway) describeBackendInfo(c *call, out *emu.Object) error {
	b, ok := a.Backend(c.params.Get("BackendId"))
	if !ok {
		return newError(http.StatusNotFound, "NotFoundBackend", "The specified backend service does not exist.")
	}
	out.Set("BackendInfo", b)
	return nil
}
