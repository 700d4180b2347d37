package jsonx

import (
	"reflect"
	"strings"
	"time"
)

var timeType = reflect.TypeFor[time.Time]()

// recoverTime is called after time.Time's own UnmarshalJSON (strict RFC 3339)
// has rejected raw. Cloud APIs use several near-RFC 3339 layouts, so they are
// tried before giving up; v keeps the zero time if none matches.
func recoverTime(v reflect.Value, raw []byte) {
	if v.Type() != timeType || !v.CanSet() {
		return
	}
	if t, ok := parseLooseTime(raw); ok {
		v.Set(reflect.ValueOf(t))
	}
}

// parseLooseTime parses a JSON string holding one of the timestamp layouts
// seen in Alibaba Cloud and Huawei Cloud responses. Offsets are kept as sent;
// a timestamp without one is taken as UTC.
func parseLooseTime(raw []byte) (time.Time, bool) {
	if len(raw) < 2 || raw[0] != '"' {
		return time.Time{}, false
	}
	s := strings.TrimSpace(string(unquote(raw)))
	for _, layout := range [...]string{
		time.RFC3339Nano,            // also accepts RFC 3339 without fraction
		"2006-01-02T15:04:05Z0700",  // Alibaba: 2021-12-20T03:22:03.000+0000 (any fraction is accepted after the seconds)
		"2006-01-02T15:04Z07:00",    // Alibaba ECS: 2017-12-10T04:04Z
		"2006-01-02T15:04Z0700",     // the same with a colon-less offset
		"2006-01-02T15:04:05",       // no offset
		"2006-01-02 15:04:05Z07:00", // space separator with offset
		"2006-01-02 15:04:05",       // space separator, no offset
		time.DateOnly,               // date only
	} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}
