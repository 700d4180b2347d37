// Package e2e holds polycloud's end-to-end reliability and security
// tests. It has no code of its own: every test drives the generated
// clients (alibaba/ga, alibaba/apigateway, huawei/ga, huawei/apig) or the
// raw alibaba.Client against the in-process emulators (alibabatest,
// huaweitest) and their fault injection, or against a small local server
// where a server must misbehave in ways the emulators do not. Nothing is
// mocked inside the SDK: each call goes through the real signer, token
// cache, retry loop, classifier and tolerant decoder.
//
// # What it proves
//
// Faults (faults_test.go). For every fault the emulators can inject —
// throttling (Alibaba's HTTP 400 Throttling.User, Huawei's 429 with
// Retry-After), 500, 502, 503, an HTML gateway page, a truncated JSON body,
// a connection dropped before the request is read and one dropped after
// it was processed, a server slower than the attempt timeout, an expired
// Huawei token, IAM failing while a token is needed — a read, a write
// protected by a ClientToken and an unprotected write end as the table
// says: retried or not (counted by the emulator, not inferred by the
// client), success or a typed error (*APIError of a given Kind matching
// the errors.Is sentinels, *DecodeError, a wrapped network error), with
// the request id and the body kept. A write is never applied twice: after
// an ambiguous failure an unprotected write is not replayed, and a
// ClientToken write is replayed with the same ClientToken. Every attempt
// is logged, and no error or log line holds a secret.
//
// Load (load_test.go). A thousand concurrent calls through one client per
// emulator, with about one request in ten faulted (throttles, 503s,
// dropped connections, HTML pages) and, for Huawei, every token revoked
// mid-run: each call returns success or a typed error, nothing panics,
// IAM is asked once per token, no port is added twice, and no goroutine
// outlives the run. The tests log their counts (go test -v -run Load).
// They are skipped with -short.
//
// Secrets (leak_test.go and every fault above). Recognisable secrets — an
// AccessKey secret (AKSECRET-…), an STS token (STSTOKEN-…), a Huawei
// password (PASSWORD-…), static and issued tokens — and the signatures
// and tokens actually sent (captured under the SDK's transport) never
// appear in Error(), %v, %+v or %#v of any error, in any line of a debug
// logger's text or JSON output, or in the fmt, slog or JSON form of the
// SDK's configurations, credentials and request values; not even when
// the server echoes the signed request back, or when the default
// credentials chain meets a broken configuration file.
//
// Decoding (decode_test.go). Responses with numbers and booleans as
// strings, null or "" anywhere, unknown members, wrapped lists, single
// values for lists and unknown enum values decode through the generated
// clients with every other value intact; a body that is not JSON is a
// *DecodeError with the status and request id, whatever it holds.
//
// Credentials (credentials_test.go). A hundred concurrent callers make one
// STS fetch, one background refresh well before expiry and never carry an
// id, secret and token from different fetches (the emulator checks each
// request's signature and token against its AccessKeyId); a failed refresh
// is reported and the next call tries again. Huawei tokens likewise: one
// IAM call for a hundred callers, a refresh before expiry, one new token
// after a revocation, one shared (retried) IAM attempt during an outage.
//
// Bad input (badinput_test.go). A nil request, a missing required field,
// a value out of its documented range, a nil context, an empty or
// malformed region, a malformed endpoint and missing credentials are
// refused with a *ParamError naming the field, before anything is sent:
// the tests count the requests that reached the network, and find none.
//
// # Enumerations are open
//
// polycloud does not reject enum values it does not know, in requests or
// in responses. Clouds add values (a protocol, a status, an area) faster
// than SDKs ship, and a client that refuses them breaks working programs
// until it is upgraded. Each known value has a typed constant (for example
// apig.IngressProtocolHTTPS); any other value is sent as given, and the
// server decides: its refusal is an ordinary *APIError. Unknown values in
// responses are kept as they were sent. TestOpenEnumsAreNotCheckedClientSide
// and TestHuaweiResponsesDecodeTolerantly hold the SDK to this.
//
// # Running
//
//	go test -race ./internal/e2e/          # everything, about ten seconds
//	go test -short ./internal/e2e/         # without the load tests
//	go test -race -v -run Load ./internal/e2e/   # load counts
//
// The fuzz targets that complement these tests live next to the code they
// exercise: FuzzPercentEncode, FuzzParams, FuzzDecodeError and
// FuzzCanonicalRequestV3 in alibaba; FuzzDecodeError and
// FuzzCanonicalRequest in huawei; FuzzUnmarshal, FuzzValid and FuzzUnquote
// in internal/jsonx; FuzzDecodeCursor in internal/paginate. Their seed
// corpora run with every go test. For a longer run, one target at a time
// (go test accepts one -fuzz target per package and run):
//
//	go test -run='^$' -fuzz='^FuzzParams$' -fuzztime=30m ./alibaba
//
// and, to run every target in turn for a while each:
//
//	for t in alibaba:FuzzPercentEncode alibaba:FuzzParams alibaba:FuzzDecodeError \
//	         alibaba:FuzzCanonicalRequestV3 huawei:FuzzDecodeError huawei:FuzzCanonicalRequest \
//	         internal/jsonx:FuzzUnmarshal internal/jsonx:FuzzValid internal/jsonx:FuzzUnquote \
//	         internal/paginate:FuzzDecodeCursor; do
//	    go test -run='^$' -fuzz="^${t#*:}\$" -fuzztime=10m "./${t%%:*}" || break
//	done
//
// A failing input is written to the package's testdata/fuzz/<Target>/;
// keep it there as a seed once the bug is fixed. go clean -fuzzcache
// drops the generated corpus afterwards.
package e2e
