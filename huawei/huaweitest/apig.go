package huaweitest

import (
	"net/http"
	"slices"
	"strconv"
	"sync"

	"github.com/polycloud-go/polycloud/internal/emu"
)

// DefaultInstanceID is the API Gateway instance (gateway) a new Server
// holds in ProjectID's project (unless started WithoutSeed), with the
// inbound ports HTTP 8080 and HTTPS 8443.
const DefaultInstanceID = "e2c4a6b8d0f24e1a9c3b5d7f9e1a3c5b"

// IngressPort is a custom inbound port of a gateway, with the members and
// JSON names AddCustomIngressPort and ListCustomIngressPorts answer.
type IngressPort struct {
	// Protocol is HTTP or HTTPS.
	Protocol string `json:"protocol"`
	// IngressPort is the port number, 1024 to 49151.
	IngressPort int `json:"ingress_port"`
	// IngressPortID identifies the port (32 hex digits).
	IngressPortID string `json:"ingress_port_id"`
	// Status is "normal" or "abnormal".
	Status string `json:"status"`
}

// APIG is a server's API Gateway state: gateway instances and their
// inbound ports, and the items of the generic listings (SeedListing). It
// is safe for concurrent use.
type APIG struct {
	ids       *emu.IDs
	mu        sync.Mutex
	instances map[string]*instance
	listings  emu.Synthetic // the generic listings (listings.go)
}

type instance struct {
	projectID string
	ports     []IngressPort
}

func newAPIG(s *Server) *APIG { return &APIG{ids: s.ids, instances: map[string]*instance{}} }

func (a *APIG) seed() {
	a.AddInstance(DefaultInstanceID, ProjectID)
	_, _ = a.AddIngressPort(DefaultInstanceID, "HTTP", 8080)
	_, _ = a.AddIngressPort(DefaultInstanceID, "HTTPS", 8443)
}

// AddInstance creates a gateway instance in the project projectID (empty:
// ProjectID) and returns its ID; an empty id gets a generated one.
// Requests for it with another project's token get 404.
func (a *APIG) AddInstance(id, projectID string) string {
	a.mu.Lock()
	defer a.mu.Unlock()
	id = or(id, a.ids.Hex32("apig-instance"))
	if _, ok := a.instances[id]; !ok {
		a.instances[id] = &instance{projectID: or(projectID, ProjectID)}
	}
	return id
}

// AddIngressPort adds an inbound port with the server's own rules: the
// instance must exist, protocol is HTTP or HTTPS, the port is within
// 1024–49151 and not in use by the gateway. The error is the one the API
// would answer.
func (a *APIG) AddIngressPort(instanceID, protocol string, port int) (IngressPort, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	inst, ok := a.instances[instanceID]
	if !ok {
		return IngressPort{}, instanceNotFound()
	}
	if err := checkPort(inst, protocol, port); err != nil {
		return IngressPort{}, err
	}
	p := IngressPort{Protocol: protocol, IngressPort: port, IngressPortID: a.ids.Hex32("ingress-port"), Status: "normal"}
	inst.ports = append(inst.ports, p)
	return p, nil
}

// IngressPorts returns copies of the instance's inbound ports, in order.
func (a *APIG) IngressPorts(instanceID string) []IngressPort {
	a.mu.Lock()
	defer a.mu.Unlock()
	if inst, ok := a.instances[instanceID]; ok {
		return slices.Clone(inst.ports)
	}
	return nil
}

func instanceNotFound() *apiError {
	return flatError(http.StatusNotFound, "APIG.3030", "The instance does not exist")
}

// checkPort applies the documented rules: "In the same gateway, a port
// can only support one protocol", so any second use of a port is refused.
func checkPort(inst *instance, protocol string, port int) error {
	switch {
	case protocol != "HTTP" && protocol != "HTTPS":
		return apig.invalid("protocol", protocol, "HTTP or HTTPS")
	case port < 1024 || port > 49151:
		return apig.invalid("ingress_port", strconv.Itoa(port), "1024 to 49151")
	}
	for _, p := range inst.ports {
		if p.IngressPort == port {
			return flatError(http.StatusBadRequest, "APIG.2012", "Invalid parameter value,parameterName:ingress_port. "+
				"Port "+strconv.Itoa(port)+" is already used by "+p.Protocol+": in the same gateway, a port can only support one protocol")
		}
	}
	return nil
}
