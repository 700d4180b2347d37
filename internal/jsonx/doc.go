// Package jsonx decodes cloud API responses that do not follow their own
// schemas, and encodes values back into the shapes those APIs use.
//
// Alibaba Cloud and Huawei Cloud responses are only loosely typed: numbers
// arrive as strings ("TotalCount":"7"), booleans as "true", 0, 1 or "", null
// appears anywhere, and a single object sometimes stands in for a list. The
// official SDKs fail the whole call on the first such mismatch. This package
// never does: a mismatched value costs at most that one value, and only input
// that is not JSON at all (an HTML error page, a truncated or empty body) is
// an error, reported as a *SyntaxError.
//
// Unmarshal checks the syntax (accepting exactly what json.Valid accepts) and
// decodes with its own tolerant decoder, which is faster than encoding/json.
// For any input encoding/json decodes without error, the tolerant decoder
// produces the same value (fuzz tests hold it to that); it only adds the rules
// below. They apply at any depth, through pointers, slices, arrays, maps and
// embedded structs:
//
//   - Integers accept numbers (7.0 and 1e3 too), numeric strings (" 7 ",
//     "7.0") and true/false as 1/0. Fractions, out-of-range values and other
//     strings ("" included) give 0.
//   - Floats accept numbers, numeric strings and true/false as 1/0; anything
//     else (including NaN and ±Inf) gives 0.
//   - Booleans accept true/false, "true"/"false" in any case, "1"/"0" and
//     numbers (non-zero is true); any other string is false.
//   - Strings accept strings, numbers as their exact literal text (64-bit IDs
//     stay exact), booleans as "true"/"false", and objects or arrays as their
//     compact JSON text, so no data is lost.
//   - Structs accept objects; anything else gives the zero value. Unknown keys
//     are ignored and keys match fields like encoding/json (exact, then
//     case-insensitive).
//   - Slices and arrays accept arrays. "" means no list. {} is an empty list.
//     An object or scalar the element type can hold is a list of one. A field
//     tagged `wrap:"Item"` is read from {"Item":[...]} (Alibaba's list
//     wrappers), and an object whose only member is an array is unwrapped even
//     without a tag.
//   - Maps accept objects, with values decoded by these same rules.
//   - Empty interfaces get what encoding/json would give (float64 numbers).
//   - null makes pointers, slices, maps and interfaces nil and leaves other
//     values untouched, exactly as in encoding/json (so a fresh variable stays
//     zero).
//   - Types implementing json.Unmarshaler or encoding.TextUnmarshaler decode
//     themselves; if they fail, the value is zeroed instead of failing the
//     call. json.RawMessage gets the raw bytes.
//   - time.Time also accepts near-RFC 3339 layouts cloud APIs send, such as
//     2021-12-20T03:22:03.000+0000, 2017-12-10T04:04Z and
//     2006-01-02 15:04:05, keeping the sent offset; anything unparseable,
//     including "", gives the zero time.
//   - The json:"-" and json:",string" options work as in encoding/json;
//     ",string" fields also accept unquoted values.
//
// Marshal is json.Marshal plus the reverse of the wrap tag: a field tagged
// `wrap:"Item"` is written as {"Item":[...]}, so decoding and re-encoding an
// Alibaba response keeps every key.
//
// The only package-level state is a set of caches keyed by reflect.Type: the
// field metadata of each struct type and whether a type contains wrap tags
// or interfaces (Marshal writes such types itself).
package jsonx
