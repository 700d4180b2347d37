// Package gentest is the harness the tests of generated service packages
// share: hand-written tests for the reference operations today, and the
// per-operation tests the generator will emit later.
//
// A test starts a Server with a canned Reply, builds the real service
// client against Server.URL, calls one operation and inspects the single
// Recorded request: AssertRPC for Alibaba's signed RPC parameters,
// AssertREST for Huawei's method, path, query, headers and JSON body.
// AssertKeysKept checks that a decoded response, encoded again, still has
// every key of the original document.
//
// Each helper takes what differs between operations as plain values, so a
// generated test is a table row: the request, the expected parameters or
// body, and the testdata file with the example response.
package gentest
