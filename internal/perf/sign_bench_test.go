package perf

import "testing"

// BenchmarkFloorSign is the floor's inline RPC signature over the
// parameters alibaba's BenchmarkSignParts signs (a typical GA call): the
// yardstick for polycloud's signer, which is unexported and measured there.
func BenchmarkFloorSign(b *testing.B) {
	f := floorAlibaba("http://127.0.0.1", "2019-11-20")
	params := [][2]string{
		{"Action", "ListForwardingRules"}, {"Version", "2019-11-20"}, {"Format", "JSON"},
		{"RegionId", "cn-hangzhou"}, {"ClientToken", "0c593ea1-3bea-11e9-b96b-88e9fe637760"},
		{"AcceleratorId", "ga-bp17frjjh0udz4qz****"}, {"ListenerId", "lsr-bp1s0vzbi5bxlx5****"},
		{"MaxResults", "20"}, {"NextToken", "FFmyTO70tTpLG6I3FmYAXGKPd****"}, {"ForwardingRuleId", "frule-bp19a3t3yzr21q3****"},
	}
	b.ReportAllocs()
	cpu := startCPUTimer()
	for b.Loop() {
		_ = f.sign(params[:len(params):len(params)]) // sign appends: never into params
	}
	cpu.report(b)
}
