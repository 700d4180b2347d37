package jsonx

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTime(t *testing.T) {
	utc := func(y int, mo time.Month, d, h, mi, s, ns int) time.Time {
		return time.Date(y, mo, d, h, mi, s, ns, time.UTC)
	}
	cases := []struct {
		name, raw  string
		want       time.Time // compared as an instant
		wantOffset int       // seconds east of UTC, as sent
	}{
		{"Huawei", `"2020-01-04T09:05:22.701000Z"`, utc(2020, 1, 4, 9, 5, 22, 701000000), 0},
		{"Alibaba", `"2021-12-20T03:22:03.000+0000"`, utc(2021, 12, 20, 3, 22, 3, 0), 0},
		{"Alibaba with offset", `"2021-12-20T11:22:03.000+0800"`, utc(2021, 12, 20, 3, 22, 3, 0), 8 * 3600},
		{"Alibaba ECS minutes", `"2017-12-10T04:04Z"`, utc(2017, 12, 10, 4, 4, 0, 0), 0},
		{"RFC 3339 Z", `"2006-01-02T15:04:05Z"`, utc(2006, 1, 2, 15, 4, 5, 0), 0},
		{"RFC 3339 offset", `"2006-01-02T15:04:05-07:00"`, utc(2006, 1, 2, 22, 4, 5, 0), -7 * 3600},
		{"RFC 3339 nano", `"2006-01-02T15:04:05.999999999+05:30"`, utc(2006, 1, 2, 9, 34, 5, 999999999), 5*3600 + 1800},
		{"space separator", `"2006-01-02 15:04:05"`, utc(2006, 1, 2, 15, 4, 5, 0), 0},
		{"padded", `" 2006-01-02T15:04:05Z "`, utc(2006, 1, 2, 15, 4, 5, 0), 0},
		{"date only", `"2006-01-02"`, utc(2006, 1, 2, 0, 0, 0, 0), 0},
		{"empty", `""`, time.Time{}, 0},
		{"garbage", `"yesterday"`, time.Time{}, 0},
		{"number", `1577836800`, time.Time{}, 0},
		{"null", `null`, time.Time{}, 0},
		{"object", `{"t":1}`, time.Time{}, 0},
	}
	type target struct {
		T  time.Time
		P  *time.Time
		Ts []time.Time
		N  int
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var got target
			data := `{"T":` + tc.raw + `,"P":` + tc.raw + `,"Ts":[` + tc.raw + `],"N":"1"}`
			require.NoError(t, Unmarshal([]byte(data), &got))
			require.Len(t, got.Ts, 1)
			for _, tm := range []time.Time{got.T, got.Ts[0]} {
				assert.True(t, tc.want.Equal(tm), "got %v, want %v", tm, tc.want)
				_, offset := tm.Zone()
				assert.Equal(t, tc.wantOffset, offset)
			}
			if tc.raw == "null" {
				assert.Nil(t, got.P)
			} else {
				require.NotNil(t, got.P)
				assert.True(t, tc.want.Equal(*got.P))
			}
		})
	}
}
