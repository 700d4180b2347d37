package huaweitest

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strconv"

	"github.com/polycloud-go/polycloud/internal/emu"
)

const ingressPortsPath = "/v2/{project_id}/apigw/instances/{instance_id}/custom-ingress-ports"

// registerAPIG declares the API Gateway operations the server serves.
func (s *Server) registerAPIG() {
	s.route(http.MethodPost, ingressPortsPath, "AddCustomIngressPort", apig, s.apig.addCustomIngressPort)
	s.routeListing(http.MethodGet, ingressPortsPath, "ListCustomIngressPorts", apig, emu.Listing{
		Style: emu.Offset, PositionParam: "offset", SizeParam: "limit",
		ItemsKey: "ingress_port_infos", TotalKey: "total", CountKey: "size",
		// limit ≤ 0 becomes 20, > 500 becomes 500; offset < 0 becomes 0.
		DefaultSize: 20, MinSize: 1, MaxSize: 500, ClampSize: true,
		Items: s.apig.ingressPortItems,
	}, nil)
}

// addCustomIngressPort answers 201 {protocol, ingress_port,
// ingress_port_id, status}.
func (a *APIG) addCustomIngressPort(c *call) (int, any, error) {
	if err := a.checkInstance(c); err != nil {
		return 0, nil, err
	}
	protocol, port, err := decodePortRequest(c.body)
	if err != nil {
		return 0, nil, err
	}
	p, err := a.AddIngressPort(c.vars["instance_id"], protocol, port)
	if err != nil {
		return 0, nil, err
	}
	return http.StatusCreated, p, nil
}

// decodePortRequest reads {"protocol": …, "ingress_port": …}, both required.
func decodePortRequest(body []byte) (string, int, error) {
	var req struct {
		Protocol    *string          `json:"protocol"`
		IngressPort *json.RawMessage `json:"ingress_port"`
	}
	if err := json.Unmarshal(body, &req); err != nil {
		return "", 0, apig.invalid("body", "", "a JSON object")
	}
	switch {
	case req.Protocol == nil:
		return "", 0, apig.missing("protocol")
	case req.IngressPort == nil:
		return "", 0, apig.missing("ingress_port")
	}
	port, err := strconv.Atoi(string(bytes.TrimSpace(*req.IngressPort)))
	if err != nil {
		return "", 0, apig.invalid("ingress_port", string(*req.IngressPort), "an integer")
	}
	return *req.Protocol, port, nil
}

// checkInstance answers 404 for an instance that does not exist in the
// token's project.
func (a *APIG) checkInstance(c *call) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	inst, ok := a.instances[c.vars["instance_id"]]
	if !ok || inst.projectID != c.token.project.id {
		return instanceNotFound()
	}
	return nil
}

// ingressPortItems lists the instance's ports, filtered by the protocol
// and ingress_port query parameters.
func (a *APIG) ingressPortItems(req *emu.Request) ([]any, error) {
	protocol, port := req.Params.Get("protocol"), req.Params.Get("ingress_port")
	a.mu.Lock()
	defer a.mu.Unlock()
	inst, ok := a.instances[req.Params.Get("instance_id")]
	if !ok || inst.projectID != req.Params.Get("project_id") {
		return nil, instanceNotFound()
	}
	var out []any
	for _, p := range inst.ports {
		if (protocol == "" || p.Protocol == protocol) && (port == "" || strconv.Itoa(p.IngressPort) == port) {
			out = append(out, p)
		}
	}
	return out, nil
}
