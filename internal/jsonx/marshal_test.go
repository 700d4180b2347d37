package jsonx

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const aliyunDescribeInstances = `{
  "RequestId": "473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E",
  "TotalCount": 2,
  "PageNumber": 1,
  "Instances": {"Instance": [
    {"InstanceId": "i-1", "Cpu": 2, "Memory": 4096, "Price": 0.5,
     "Tags": {"Tag": [{"TagKey": "env", "TagValue": "prod"}, {"TagKey": "team", "TagValue": "<core&infra>"}]},
     "SecurityGroupIds": {"SecurityGroupId": ["sg-1", "sg-2"]},
     "Disks": {"Disk": [{"DiskId": "d-1", "Size": 40, "Encrypted": true}]}},
    {"InstanceId": "i-2", "Cpu": 4, "Memory": 8192, "Price": 1.25,
     "Tags": {"Tag": []},
     "SecurityGroupIds": {"SecurityGroupId": []}}
  ]}
}`

func TestWrapRoundTrip(t *testing.T) {
	var resp DescribeInstancesResponse
	require.NoError(t, Unmarshal([]byte(aliyunDescribeInstances), &resp))
	require.Len(t, resp.Instances, 2)
	assert.Equal(t, []string{"sg-1", "sg-2"}, resp.Instances[0].SecurityGroups)

	out, err := Marshal(resp)
	require.NoError(t, err)
	assert.JSONEq(t, aliyunDescribeInstances, string(out), "no key lost, no key added")

	var again DescribeInstancesResponse
	require.NoError(t, Unmarshal(out, &again))
	assert.Equal(t, resp, again)

	outPtr, err := Marshal(&resp)
	require.NoError(t, err)
	assert.Equal(t, string(out), string(outPtr))
}

func TestMarshalWrapShapes(t *testing.T) {
	cases := []struct {
		name string
		v    any
		want string
	}{
		{"nil wrapped slice is null", wrapped{}, `{"Total":0,"Items":null,"InstanceIds":null,"Fixed":{"Value":[0,0]}}`},
		{"empty wrapped slice", wrapped{Items: []item{}, IDs: []string{}},
			`{"Total":0,"Items":{"Item":[]},"InstanceIds":{"InstanceId":[]},"Fixed":{"Value":[0,0]}}`},
		{"omitempty drops an empty wrapped slice", Instance{InstanceID: "i", Disks: []Disk{}},
			`{"InstanceId":"i","Cpu":0,"Memory":0,"Price":0,"Tags":null,"SecurityGroupIds":null}`},
		{"wrapped in a map", map[string]wrapped{"b": {Total: 2}, "a": {IDs: []string{"x"}}},
			`{"a":{"Total":0,"Items":null,"InstanceIds":{"InstanceId":["x"]},"Fixed":{"Value":[0,0]}},` +
				`"b":{"Total":2,"Items":null,"InstanceIds":null,"Fixed":{"Value":[0,0]}}}`},
		{"wrapped behind pointers in a slice", []*Instance{{InstanceID: "i", Tags: []Tag{{"k", "v"}}}, nil},
			`[{"InstanceId":"i","Cpu":0,"Memory":0,"Price":0,"Tags":{"Tag":[{"TagKey":"k","TagValue":"v"}]},"SecurityGroupIds":null},null]`},
		{"wrapped inside an interface", struct{ Any any }{Any: &Instance{SecurityGroups: []string{"sg"}}},
			`{"Any":{"InstanceId":"","Cpu":0,"Memory":0,"Price":0,"Tags":null,"SecurityGroupIds":{"SecurityGroupId":["sg"]}}}`},
		{"nil pointer", (*Instance)(nil), `null`},
		{"nil interface", nil, `null`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Marshal(tc.v)
			require.NoError(t, err)
			assert.Equal(t, tc.want, string(got))
		})
	}
}

// upperName has a pointer-receiver MarshalJSON, which encoding/json only
// calls on addressable values.
type upperName struct{ S string }

func (u *upperName) MarshalJSON() ([]byte, error) { return json.Marshal("<" + u.S + ">") }

type optionsDoc struct {
	Hidden  string            `json:"-"`
	Dash    string            `json:"-,"`
	Empty   string            `json:",omitempty"`
	When    time.Time         `json:",omitzero"` // omitzero uses time.Time's IsZero
	PWhen   *time.Time        `json:",omitzero"`
	Zero    item              `json:",omitzero"`
	Count   int               `json:",string"`
	Label   string            `json:",string"`
	PCount  *int              `json:",string"`
	Upper   upperName         // pointer method: called when addressable
	Meta    map[int]string    // int keys sorted as strings
	Bytes   []byte            // base64
	Raw     json.RawMessage   // verbatim (compacted)
	HTML    string            // <>& escaped like encoding/json
	Items   []item            `wrap:"Item"`
	Embeds  map[string][]Disk // no wrap inside: delegated
	private int
}

func TestMarshalOptionsMatchEncodingJSON(t *testing.T) {
	v := optionsDoc{
		Hidden: "h", Dash: "d", Count: 7, Label: "l", PCount: ptr(3), Upper: upperName{"u"},
		Meta: map[int]string{10: "ten", 2: "two"}, Bytes: []byte("hi"), Raw: json.RawMessage(`{"a": 1}`),
		HTML: "<a&b>", Items: []item{{ID: 1}}, Embeds: map[string][]Disk{"x": {{DiskID: "d"}}}, private: 1,
	}
	got, err := Marshal(&v)
	require.NoError(t, err)

	// encoding/json gives the same bytes, apart from the wrapper.
	type plain optionsDoc // same fields, but wrap ignored by encoding/json
	want, err := json.Marshal((*plain)(&v))
	require.NoError(t, err)
	assert.Contains(t, string(got), `"Items":{"Item":[{"ID":1,"Name":""}]}`)
	assert.NotContains(t, string(got), `"Hidden"`)
	assert.NotContains(t, string(got), `"When"`)
	assert.NotContains(t, string(got), `"Zero"`)
	assert.Contains(t, string(got), `"Upper":"\u003cu\u003e"`)
	assert.Contains(t, string(got), `"Count":"7","Label":"\"l\"","PCount":"3"`)
	assert.Equal(t, strings.Replace(string(want), `"Items":[{"ID":1,"Name":""}]`, `"Items":{"Item":[{"ID":1,"Name":""}]}`, 1), string(got))

	t.Run("non-zero omitzero fields are kept", func(t *testing.T) {
		when := time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)
		got, err := Marshal(optionsDoc{When: when, PWhen: &time.Time{}, Zero: item{ID: 1}})
		require.NoError(t, err)
		assert.Contains(t, string(got), `"When":"2024-01-02T03:04:05Z"`)
		assert.Contains(t, string(got), `"Zero":{"ID":1,"Name":""}`)
		assert.NotContains(t, string(got), `"PWhen"`, "pointer to a zero time is zero by IsZero")
	})
}

func TestMarshalWithoutWrapIsEncodingJSON(t *testing.T) {
	for _, v := range []any{
		strictDoc{ID: 1, Name: "<x>", Tags: []string{}, Meta: map[string]int{"b": 2, "a": 1}},
		[]item{{ID: 1}}, map[string]any{"z": 1, "a": []any{"x"}}, 3.5, "s", nil,
	} {
		want, err := json.Marshal(v)
		require.NoError(t, err)
		got, err := Marshal(v)
		require.NoError(t, err)
		assert.Equal(t, string(want), string(got))
	}
}

type embeddedWrap struct {
	*Instance
	Extra string
}

type cyclic struct {
	Next  *cyclic
	Items []item `wrap:"Item"`
}

func TestMarshalEdgeCases(t *testing.T) {
	t.Run("nil embedded pointer drops its fields", func(t *testing.T) {
		got, err := Marshal(embeddedWrap{Extra: "e"})
		require.NoError(t, err)
		assert.Equal(t, `{"Extra":"e"}`, string(got))
	})
	t.Run("embedded wrap fields are promoted", func(t *testing.T) {
		got, err := Marshal(embeddedWrap{Instance: &Instance{Tags: []Tag{}}})
		require.NoError(t, err)
		assert.Contains(t, string(got), `"Tags":{"Tag":[]}`)
	})
	t.Run("pointer cycle is an error, not a crash", func(t *testing.T) {
		c := &cyclic{}
		c.Next = c
		_, err := Marshal(c)
		require.Error(t, err)
	})
	t.Run("unsupported value reports encoding/json's error", func(t *testing.T) {
		_, err := Marshal(struct {
			Items []item `wrap:"Item"`
			C     chan int
		}{C: make(chan int)})
		var target *json.UnsupportedTypeError
		require.ErrorAs(t, err, &target)
	})
}
