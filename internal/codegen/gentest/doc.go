// Package gentest is the harness the tests of generated service packages
// share: the hand-written tests of the reference operations, and the
// per-operation tests the generator emits (operations*_gen_test.go).
//
// A hand-written test starts a Server with a canned Reply, builds the
// real service client against Server.URL, calls one operation and
// inspects the single Recorded request: AssertRPC for Alibaba's signed
// RPC parameters, AssertREST for Huawei's method, path, query, headers
// and body. AssertKeysKept checks that a decoded response, encoded again,
// still has every key of the original document.
//
// # Generated tests
//
// The generator writes one table row per operation, an RPCCase or a
// RESTCase, and RunRPC or RunREST runs the table. A row is data: the
// request with every field set to a synthetic value (inside documented
// ranges, enums from their known values, two elements per list, a key per
// map, pointer numbers and bools at zero, which only a pointer can send),
// what the server must receive, the Invalid changes the client must
// refuse, the reply with every response member set, and a few Decoded
// values. For each operation RunRPC and RunREST check, in sub-tests:
//
//   - every field: the request goes through a real client (Method adapts
//     the operation's method) to a local Server, which must receive
//     exactly the expected parameters or path, query, headers and body,
//     and nothing else; the reply decodes, jsonx.Marshal encodes it again
//     without losing a key or changing a value (AssertReplyKept), and the
//     Decoded values, response headers among them, are as sent;
//   - filled (Alibaba): with RegionId and ClientToken left empty the
//     client sends the region and a generated token;
//   - zero X or bad X: the request with one required member left zero,
//     at any depth, or one ranged member out of range, fails with a
//     *ParamError naming the member's wire path, and nothing is sent.
//
// Values inside a request or response are named by field paths of Go
// names, "Listeners[0].PortRanges[1].FromPort", with map keys in
// brackets; the harness copies a request deeply before changing it, so
// the table is never modified.
package gentest
