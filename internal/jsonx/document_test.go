package jsonx

import (
	"encoding/json"
	"errors"
	"reflect"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The types below follow Alibaba's DescribeInstances response shape.

type Tag struct {
	TagKey   string
	TagValue string
}

type Disk struct {
	DiskID    string `json:"DiskId"`
	Size      int
	Encrypted bool
}

type Instance struct {
	InstanceID     string `json:"InstanceId"`
	CPU            int    `json:"Cpu"`
	Memory         int64
	Price          float64
	Tags           []Tag    `json:"Tags" wrap:"Tag"`
	SecurityGroups []string `json:"SecurityGroupIds" wrap:"SecurityGroupId"`
	Disks          []Disk   `json:"Disks,omitempty" wrap:"Disk"`
}

type DescribeInstancesResponse struct {
	RequestID  string `json:"RequestId"`
	TotalCount int
	PageNumber int
	Instances  []Instance `json:"Instances" wrap:"Instance"`
}

func TestNestedMismatchKeepsEverythingElse(t *testing.T) {
	data := `{
	  "RequestId": "r-1", "TotalCount": "2", "PageNumber": 1,
	  "Instances": {"Instance": [
	    {"InstanceId": "i-1", "Cpu": "2", "Memory": 4096, "Price": "0.5",
	     "Tags": {"Tag": [{"TagKey": "env", "TagValue": 1}]},
	     "SecurityGroupIds": {"SecurityGroupId": ["sg-1"]},
	     "Disks": {"Disk": [{"DiskId": "d-1", "Size": "abc", "Encrypted": "true"},
	                        {"DiskId": "d-2", "Size": 40, "Encrypted": {"weird": true}}]}},
	    {"InstanceId": 12345678901234567890, "Cpu": 2.5, "Memory": "8192", "Price": null,
	     "Tags": {"Tag": {"TagKey": "single"}},
	     "SecurityGroupIds": {"SecurityGroupId": "sg-2"},
	     "Disks": ""}
	  ]}
	}`
	var got DescribeInstancesResponse
	require.NoError(t, Unmarshal([]byte(data), &got))
	assert.Equal(t, DescribeInstancesResponse{
		RequestID: "r-1", TotalCount: 2, PageNumber: 1,
		Instances: []Instance{
			{
				InstanceID: "i-1", CPU: 2, Memory: 4096, Price: 0.5,
				Tags:           []Tag{{TagKey: "env", TagValue: "1"}},
				SecurityGroups: []string{"sg-1"},
				Disks:          []Disk{{DiskID: "d-1", Encrypted: true}, {DiskID: "d-2", Size: 40}},
			},
			{
				InstanceID: "12345678901234567890", Memory: 8192,
				Tags:           []Tag{{TagKey: "single"}},
				SecurityGroups: []string{"sg-2"},
			},
		},
	}, got)
}

func TestSyntaxErrors(t *testing.T) {
	cases := []struct{ name, data string }{
		{"HTML error page", "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"},
		{"truncated object", `{"RequestId":"r-1","TotalCount":`},
		{"truncated string", `{"RequestId":"r-`},
		{"truncated array", `[1,2`},
		{"empty body", ``},
		{"whitespace body", " \n\t "},
		{"missing value", `{"a":}`},
		{"trailing garbage", `{"a":1}garbage`},
		{"two documents", `{} {}`},
		{"bad literal", `nul`},
		{"single quotes", `{'a':1}`},
	}
	targets := map[string]func() any{
		"plain":   func() any { return new(item) },
		"wrapped": func() any { return new(DescribeInstancesResponse) },
		"any":     func() any { return new(any) },
	}
	for _, tc := range cases {
		for tname, newTarget := range targets {
			t.Run(tc.name+"/"+tname, func(t *testing.T) {
				var err error
				require.NotPanics(t, func() { err = Unmarshal([]byte(tc.data), newTarget()) })
				var serr *SyntaxError
				require.ErrorAs(t, err, &serr)
				var jerr *json.SyntaxError
				require.True(t, errors.As(err, &jerr), "Unwrap reaches the *json.SyntaxError")
				assert.Equal(t, jerr.Offset, serr.Offset)
				assert.Contains(t, err.Error(), "invalid JSON")
			})
		}
	}
}

func TestValidDocumentsNeverFail(t *testing.T) {
	for _, data := range []string{`null`, `0`, `"x"`, `[]`, `{}`, `[{"ID":"1"}]`, `true`} {
		for _, v := range []any{new(item), new(DescribeInstancesResponse), new([]item), new(int), new(map[string]int)} {
			assert.NoError(t, Unmarshal([]byte(data), v), "%s into %T", data, v)
		}
	}
}

// strictDoc has no wrap tags, so encoding/json can decode it too and serve as the oracle.
type strictDoc struct {
	Base
	ID     int64 `json:"Id"`
	Name   string
	Price  float64
	On     bool
	Count  int `json:",string"`
	Tags   []string
	Items  []item
	Meta   map[string]int
	Ptr    *float32
	Any    any
	Raw    json.RawMessage
	Nested *strictDoc
}

func TestStrictPathUnchanged(t *testing.T) {
	docs := []string{
		`{"ID":7,"Region":"cn","Id":9,"Name":"n","Price":1.5,"On":true,"Count":"3","Tags":["a"],
		  "Items":[{"ID":1,"Name":"x"}],"Meta":{"a":1},"Ptr":2.5,"Any":{"k":[1,"v"]},"Raw":[1, 2],
		  "Nested":{"Name":"inner","Tags":null}}`,
		`{"name":"case-insensitive","NAME":"last wins","Tags":[],"Meta":null}`,
		`{"Items":[{"ID":1},{"ID":2}],"Items":[{"Name":"merged into the existing element"}]}`,
	}
	for _, data := range docs {
		want := strictDoc{Name: "pre-populated", Tags: []string{"old", "values"}}
		got := want
		require.NoError(t, json.Unmarshal([]byte(data), &want))
		require.NoError(t, Unmarshal([]byte(data), &got))
		assert.Equal(t, want, got)

		// And the tolerant decoder alone agrees with encoding/json on input
		// encoding/json accepts.
		var strict, tolerant strictDoc
		require.NoError(t, json.Unmarshal([]byte(data), &strict))
		decodeTolerant([]byte(data), reflect.ValueOf(&tolerant))
		assert.Equal(t, strict, tolerant)
	}
}

func TestTraitsCache(t *testing.T) {
	type node struct {
		Children []node
		Next     *node
		ByName   map[string]*node
	}
	type wrappedTree struct {
		Kids []wrappedTree `wrap:"Kid"`
	}
	type deep struct {
		M map[string][]*[2]struct{ W wrapped }
	}
	type ignored struct {
		N int `wrap:"X"` // wrap on a non-list has no effect
	}
	cases := []struct {
		v    any
		want traits
	}{
		{node{}, traits{}},
		{wrappedTree{}, traits{wrap: true}},
		{deep{}, traits{wrap: true}},
		{ignored{}, traits{}},
		{strictDoc{}, traits{iface: true}},
		{&DescribeInstancesResponse{}, traits{wrap: true}},
	}
	for _, tc := range cases {
		typ := reflect.TypeOf(tc.v)
		assert.Equal(t, tc.want, traitsOf(typ), "%v", typ)
		cached, ok := traitsCache.Load(typ)
		require.True(t, ok)
		assert.Equal(t, tc.want, cached)
	}
}

// TestConcurrentUse exercises the type caches from many goroutines at once;
// run with -race.
func TestConcurrentUse(t *testing.T) {
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			var resp DescribeInstancesResponse
			assert.NoError(t, Unmarshal([]byte(aliyunDescribeInstances), &resp))
			out, err := Marshal(resp)
			assert.NoError(t, err)
			assert.JSONEq(t, aliyunDescribeInstances, string(out))
			var doc strictDoc
			assert.NoError(t, Unmarshal([]byte(`{"Id":"1","Items":{"ID":"2"}}`), &doc))
			assert.Equal(t, strictDoc{ID: 1, Items: []item{{ID: 2}}}, doc)
		})
	}
	wg.Wait()
}
