package jsonx

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"testing"

	"github.com/stretchr/testify/require"
)

type benchTag struct {
	Key   string
	Value string
}

type benchDisk struct {
	DiskID    string `json:"DiskId"`
	Size      int
	Iops      int64
	Encrypted bool
}

type benchInstance struct {
	InstanceID string `json:"InstanceId"`
	Status     string
	CPU        int `json:"Cpu"`
	Memory     int64
	Price      float64
	Tags       []benchTag
	Disks      []benchDisk
	IPs        []string
}

type benchPage struct {
	RequestID  string `json:"RequestId"`
	TotalCount int
	PageNumber int
	PageSize   int
	Instances  []benchInstance
}

// benchPages returns a page of 100 instances as well-typed JSON and the same
// page with every number sent as a string, as Alibaba often does.
func benchPages(tb testing.TB) (strict, stringly []byte) {
	page := benchPage{RequestID: "r-1", TotalCount: 1000, PageNumber: 1, PageSize: 100}
	for i := range 100 {
		page.Instances = append(page.Instances, benchInstance{
			InstanceID: fmt.Sprintf("i-%08d", i), Status: "Running", CPU: 2 + i%8, Memory: 4096 * int64(1+i%4),
			Price: 0.25 * float64(i), Tags: []benchTag{{"env", "prod"}, {"team", "core"}},
			Disks: []benchDisk{{fmt.Sprintf("d-%d-0", i), 40, 2000, true}, {fmt.Sprintf("d-%d-1", i), 500, 5000, false}},
			IPs:   []string{"10.0.0.1", "10.0.0.2"},
		})
	}
	strict, err := json.Marshal(page)
	require.NoError(tb, err)
	stringly = quoteNumbers(strict)
	require.NotEqual(tb, strict, stringly)
	var fromStrict, fromStringly benchPage
	require.NoError(tb, Unmarshal(strict, &fromStrict))
	require.NoError(tb, Unmarshal(stringly, &fromStringly))
	require.Equal(tb, page, fromStrict)
	require.Equal(tb, page, fromStringly)
	require.Error(tb, json.Unmarshal(stringly, new(benchPage)), "the stringly page must fail strictly")
	return strict, stringly
}

func benchmarkDecode[Page any](b *testing.B, data []byte, decode func([]byte, any) error) {
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		var page Page
		if err := decode(data, &page); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEncodingJSON is the baseline: plain encoding/json on well-typed data.
func BenchmarkEncodingJSON(b *testing.B) {
	strict, _ := benchPages(b)
	benchmarkDecode[benchPage](b, strict, json.Unmarshal)
}

// BenchmarkUnmarshalStrict is Unmarshal on well-typed data: the syntax
// check, then the tolerant decoder.
func BenchmarkUnmarshalStrict(b *testing.B) {
	strict, _ := benchPages(b)
	benchmarkDecode[benchPage](b, strict, Unmarshal)
}

// BenchmarkUnmarshalTolerant is Unmarshal on the all-strings page, which
// costs the same as a well-typed one.
func BenchmarkUnmarshalTolerant(b *testing.B) {
	_, stringly := benchPages(b)
	benchmarkDecode[benchPage](b, stringly, Unmarshal)
}

// BenchmarkStrictFirst* measure the design Unmarshal replaced: encoding/json
// first, and on a type mismatch json.Valid plus the tolerant decoder over
// what it left. Against BenchmarkUnmarshalStrict and BenchmarkUnmarshalTolerant
// they show why it was replaced.
func BenchmarkStrictFirstOnStrict(b *testing.B) {
	strict, _ := benchPages(b)
	benchmarkDecode[benchPage](b, strict, unmarshalStrictFirst)
}

func BenchmarkStrictFirstOnStringly(b *testing.B) {
	_, stringly := benchPages(b)
	benchmarkDecode[benchPage](b, stringly, unmarshalStrictFirst)
}

func unmarshalStrictFirst(data []byte, v any) error {
	if json.Unmarshal(data, v) == nil {
		return nil
	}
	if !json.Valid(data) {
		return errors.New("invalid JSON")
	}
	decodeTolerant(data, reflect.ValueOf(v))
	return nil
}

// BenchmarkSyntaxCheck compares the syntax check Unmarshal runs with
// json.Valid, on the same page.
func BenchmarkSyntaxCheck(b *testing.B) {
	strict, _ := benchPages(b)
	for _, c := range []struct {
		name  string
		check func([]byte) bool
	}{{"jsonx", valid}, {"encoding-json", json.Valid}} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(strict)))
			for b.Loop() {
				if !c.check(strict) {
					b.Fatal("invalid")
				}
			}
		})
	}
}

// BenchmarkTolerantDecoderOnly isolates the tolerant decoder's own cost.
func BenchmarkTolerantDecoderOnly(b *testing.B) {
	_, stringly := benchPages(b)
	benchmarkDecode[benchPage](b, stringly, func(data []byte, v any) error {
		decodeTolerant(data, reflect.ValueOf(v))
		return nil
	})
}

// quoteNumbers turns every number member value in data into a string.
func quoteNumbers(data []byte) []byte {
	return regexp.MustCompile(`:(-?[0-9][0-9.eE+-]*)`).ReplaceAll(data, []byte(`:"$1"`))
}

type benchWrappedInstance struct {
	InstanceID string `json:"InstanceId"`
	Status     string
	CPU        int `json:"Cpu"`
	Memory     int64
	Price      float64
	Tags       []benchTag  `wrap:"Tag"`
	Disks      []benchDisk `wrap:"Disk"`
	IPs        []string    `wrap:"IpAddress"`
}

type benchWrappedPage struct {
	RequestID  string `json:"RequestId"`
	TotalCount int
	PageNumber int
	PageSize   int
	Instances  []benchWrappedInstance `wrap:"Instance"`
}

// BenchmarkUnmarshalWrapped decodes the all-strings page in Alibaba's wrapped
// shape ({"Instances":{"Instance":[...]}}), which encoding/json could not
// decode at all.
func BenchmarkUnmarshalWrapped(b *testing.B) {
	strict, _ := benchPages(b)
	var page benchWrappedPage
	require.NoError(b, Unmarshal(strict, &page))
	wrappedJSON, err := Marshal(page)
	require.NoError(b, err)
	data := quoteNumbers(wrappedJSON)
	require.Contains(b, string(data), `"Instances":{"Instance":[`)
	var check benchWrappedPage
	require.NoError(b, Unmarshal(data, &check))
	require.Equal(b, page, check)
	benchmarkDecode[benchWrappedPage](b, data, Unmarshal)
}
