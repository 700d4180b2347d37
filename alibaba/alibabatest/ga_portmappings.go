package alibabatest

import "fmt"

// AddPortMappings adds n port mappings of the backend instance at
// destinationAddress behind endpointID, with consecutive accelerator and
// destination ports, and returns them.
func (g *GA) AddPortMappings(endpointID, destinationAddress string, n int) []PortMapping {
	out := make([]PortMapping, 0, max(n, 0))
	for range n {
		out = append(out, g.AddPortMapping(PortMapping{
			EndpointID: endpointID, DestinationSocketAddress: SocketAddress{IPAddress: destinationAddress},
		}))
	}
	return out
}

// AddPortMapping adds m and returns it as stored. Empty fields get
// defaults: the default accelerator, a custom routing listener and
// endpoint group, DefaultEndpointID, DefaultDestinationAddress, the next
// free ports, TCP, "allow".
func (g *GA) AddPortMapping(m PortMapping) PortMapping {
	m = m.clone()
	g.mu.Lock()
	defer g.mu.Unlock()
	g.fillMapping(&m)
	g.mappings = append(g.mappings, m)
	return m.clone()
}

// PortMappings returns copies of the port mappings of the backend instance
// at destinationAddress behind endpointID, in order.
func (g *GA) PortMappings(endpointID, destinationAddress string) []PortMapping {
	g.mu.Lock()
	defer g.mu.Unlock()
	var out []PortMapping
	for _, m := range g.mappings {
		if m.EndpointID == endpointID && m.DestinationSocketAddress.IPAddress == destinationAddress {
			out = append(out, m.clone())
		}
	}
	return out
}

// fillMapping gives the mapping's empty fields their defaults. g.mu is held.
func (g *GA) fillMapping(m *PortMapping) {
	n := len(g.mappings)
	m.AcceleratorID = or(m.AcceleratorID, DefaultAcceleratorID)
	m.ListenerID = or(m.ListenerID, customRoutingListenerID)
	m.EndpointGroupID = or(m.EndpointGroupID, customRoutingGroupID)
	m.EndpointID = or(m.EndpointID, DefaultEndpointID)
	m.EndpointGroupRegion = or(m.EndpointGroupRegion, "us-west-1")
	m.Vswitch = or(m.Vswitch, fmt.Sprintf("vsw-test%02d", n%8+1))
	m.DestinationTrafficState = or(m.DestinationTrafficState, "allow")
	m.DestinationSocketAddress.IPAddress = or(m.DestinationSocketAddress.IPAddress, DefaultDestinationAddress)
	if m.AcceleratorPort == 0 {
		m.AcceleratorPort = 10000 + n
	}
	if m.DestinationSocketAddress.Port == 0 {
		m.DestinationSocketAddress.Port = 8000 + n
	}
	if len(m.Protocols) == 0 {
		m.Protocols = []string{"TCP"}
	}
}
