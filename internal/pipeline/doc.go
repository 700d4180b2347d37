// Package pipeline is the one request path shared by every polycloud
// operation, whatever the cloud:
//
//	encode (generated code) → sign every attempt → go-retryablehttp → classify → decode
//
// A provider package supplies a Signer (the Alibaba RPC signature, the
// Huawei X-Auth-Token) and a Dialect (how its error bodies look and which
// codes mean throttling); everything else — retries with jittered
// exponential backoff that honour Retry-After and the context, per-attempt
// timeouts, refusing redirects, redacting URLs in errors, per-attempt debug
// logging, tolerant JSON decoding — lives here once.
//
// Retries are deliberately conservative about writes. A call is retried
// when the server says it did nothing (throttling, 429, 503) or when the
// request never left the machine (refused connection, DNS failure). When
// the outcome is ambiguous (a timeout or reset after the request was sent,
// a 500/502/504), it is retried only if repeating it cannot duplicate a
// write: the operation is idempotent, carries a client token, or the
// caller opted in with RetryWrites.
package pipeline
