package perf

import (
	"encoding/json"
	"fmt"
	"regexp"
	"testing"
	"time"

	"github.com/polycloud-go/polycloud/alibaba/ga"
	hga "github.com/polycloud-go/polycloud/huawei/ga"
	"github.com/polycloud-go/polycloud/internal/jsonx"
)

// BenchmarkDecodePage decodes large pages built from the documentation
// examples: 100 forwarding rules (ListForwardingRules' maximum page) and
// 500 BYOIP pools (ListByoipPools' default page). input=strict is the page
// as documented; input=tolerant sends every number as a string, as
// Alibaba often does, which encoding/json cannot decode at all.
func BenchmarkDecodePage(b *testing.B) {
	pages := []struct {
		name string
		data []byte
		into func() any
	}{
		{"ForwardingRules100", forwardingRulesPage(b, 100), func() any { return new(ga.ListForwardingRulesResponse) }},
		{"ByoipPools500", byoipPoolsPage(b, 500), func() any { return new(hga.ListByoipPoolsResponse) }},
	}
	for _, p := range pages {
		for _, in := range []struct {
			name string
			data []byte
		}{{"strict", p.data}, {"tolerant", quoteNumbers(p.data)}} {
			decoders := []struct {
				name   string
				decode func([]byte, any) error
			}{{"polycloud", jsonx.Unmarshal}}
			if in.name == "strict" {
				decoders = append(decoders, struct {
					name   string
					decode func([]byte, any) error
				}{"floor", json.Unmarshal})
			}
			for _, d := range decoders {
				b.Run(p.name+"/input="+in.name+"/client="+d.name, func(b *testing.B) {
					b.SetBytes(int64(len(in.data)))
					b.ReportAllocs()
					cpu := startCPUTimer()
					for b.Loop() {
						if err := d.decode(in.data, p.into()); err != nil {
							b.Fatal(err)
						}
					}
					cpu.report(b)
				})
			}
		}
	}
}

// BenchmarkDecodePagePaired decodes the documented pages with polycloud
// and with encoding/json in turn and reports the ratio of their median
// times, which load bursts cannot skew (see BenchmarkRoundTripPaired).
func BenchmarkDecodePagePaired(b *testing.B) {
	pages := []struct {
		name string
		data []byte
		into func() any
	}{
		{"ForwardingRules100", forwardingRulesPage(b, 100), func() any { return new(ga.ListForwardingRulesResponse) }},
		{"ByoipPools500", byoipPoolsPage(b, 500), func() any { return new(hga.ListByoipPoolsResponse) }},
	}
	for _, p := range pages {
		b.Run(p.name, func(b *testing.B) {
			poly := func() error { return jsonx.Unmarshal(p.data, p.into()) }
			floor := func() error { return json.Unmarshal(p.data, p.into()) }
			var pt, ft []time.Duration
			for i := 0; b.Loop(); i++ {
				if i%2 == 0 {
					pt, ft = timeCall(b, poly, pt), timeCall(b, floor, ft)
				} else {
					ft, pt = timeCall(b, floor, ft), timeCall(b, poly, pt)
				}
			}
			reportPair(b, "polycloud", pt, "floor", ft)
		})
	}
}

// forwardingRulesPage is a ListForwardingRules page of n rules: the
// documented rule with distinct IDs.
func forwardingRulesPage(tb testing.TB, n int) []byte {
	var doc ga.ListForwardingRulesResponse
	if err := json.Unmarshal(example(tb, "alibaba/ga", "ListForwardingRules"), &doc); err != nil {
		tb.Fatal(err)
	}
	rule := doc.ForwardingRules[0]
	doc.ForwardingRules = make([]ga.ForwardingRule, n)
	for i := range doc.ForwardingRules {
		r := rule
		r.ForwardingRuleID = fmt.Sprintf("frule-%020d", i)
		r.Priority = int32(1 + i)
		doc.ForwardingRules[i] = r
	}
	doc.TotalCount, doc.MaxResults = int32(n), int32(n)
	return mustMarshal(tb, doc)
}

// byoipPoolsPage is a ListByoipPools page of n pools.
func byoipPoolsPage(tb testing.TB, n int) []byte {
	var doc hga.ListByoipPoolsResponse
	if err := json.Unmarshal(example(tb, "huawei/ga", "ListByoipPools"), &doc); err != nil {
		tb.Fatal(err)
	}
	pool := doc.ByoipPools[0]
	doc.ByoipPools = make([]hga.ByoipPool, n)
	for i := range doc.ByoipPools {
		p := pool
		p.ID = fmt.Sprintf("ac1bf54f-6a23-4074-af77-%012d", i)
		p.CIDR = fmt.Sprintf("10.%d.%d.0/24", i/256, i%256)
		doc.ByoipPools[i] = p
	}
	doc.PageInfo.CurrentCount = int32(n)
	return mustMarshal(tb, doc)
}

func mustMarshal(tb testing.TB, v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// quoteNumbers sends every number member value as a string. data is
// compact JSON, so a member's value follows its key's `":` directly.
func quoteNumbers(data []byte) []byte {
	return numberMember.ReplaceAll(data, []byte(`":"$1"`))
}

var numberMember = regexp.MustCompile(`":(-?[0-9][0-9.eE+-]*)`)
