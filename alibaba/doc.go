// Package alibaba is what every polycloud client for Alibaba Cloud shares:
// configuration, credentials, the RPC signature, retries and errors. The
// service packages (alibaba/ga, alibaba/apigateway) are generated on top of
// Client; use Client directly for an RPC action polycloud does not generate.
//
// # Configuration
//
// A Config needs little more than a region:
//
//	cfg := alibaba.Config{Region: "cn-hangzhou"} // credentials from the default chain
//	c := ga.New(cfg)                              // no I/O, never fails
//
// Building a client does no I/O and cannot fail; a bad configuration (no
// region for a regional product, a malformed Endpoint) is reported by the
// first call as a *ParamError, before anything is sent.
//
// # Credentials
//
// Config.Credentials is any CredentialsProvider. StaticCredentials holds a
// fixed AccessKey pair (and an STS token); nil means DefaultCredentials, a
// chain built from credentials-go's providers: environment variables,
// OIDC role assumption (RRSA), the aliyun CLI profile, the INI profile and
// the ECS RAM role, in that order. The chain is resolved lazily, is tried
// again after a failure rather than staying stuck, and never quotes the
// contents of a configuration file in an error. FromCredentialsGo adapts
// any other credentials-go provider (a RAM role ARN, CloudSSO).
//
// Every provider polycloud builds sits behind a cache (CachedCredentials)
// that is safe for any number of goroutines: one refresh at a time,
// temporary credentials refreshed five minutes before they expire, a
// failed refresh reported to its callers and never cached.
//
// # Endpoints
//
// Each product declares its host. Regional products fill "{region}" from
// Config.Region ("apigateway.cn-shanghai.aliyuncs.com"); global ones such
// as Global Accelerator are pinned ("ga.cn-hangzhou.aliyuncs.com") and also
// send a fixed RegionId. Config.Endpoint or WithEndpoint override the host:
// "host", "host:port" or an http(s) URL, for emulators and VPC endpoints.
// HTTPS is the default.
//
// # Signing
//
// Alibaba Cloud accepts two signature schemes for the same RPC calls.
// Config.Signature picks one per client; operations, pagers and errors
// work the same way with either:
//
//	cfg := alibaba.Config{Region: "cn-hangzhou", Signature: alibaba.SignatureV3}
//
// SignatureV1, the default, is the RPC signature (HMAC-SHA1,
// SignatureVersion=1.0; Alibaba's documentation calls it "V2"). It signs
// every parameter and sends the signature, the nonce and, for STS
// credentials, the SecurityToken in the URL query. Every RPC endpoint
// accepts it. The query is written exactly as it was canonicalised (a
// space is %20, never +), so what is sent is byte for byte what was signed.
//
// SignatureV3 is ACS3-HMAC-SHA256, what Alibaba's current official SDKs
// send and what its documentation recommends. Action and Version move to
// the x-acs-action and x-acs-version headers; x-acs-date, a fresh
// x-acs-signature-nonce, x-acs-content-sha256 (the SHA-256 of the exact
// body) and, for STS credentials, x-acs-security-token travel as headers;
// the signature goes in the Authorization header. The URL keeps only the
// action's own parameters and Format=JSON (RPC endpoints answer XML
// without it). Host, content-type and every x-acs-* header the request
// carries are signed, including any added with WithHeader.
//
// When to use which. Keep SignatureV1 for the widest compatibility: older
// or private deployments and gateways that only forward the query. Choose
// SignatureV3 when you use STS credentials (ECS RAM roles, RRSA/OIDC,
// AssumeRole), because the token then never appears in a URL and so not
// in proxy, load-balancer or access logs; when you want the body covered
// by the signature, so a request changed on the way is refused; or to
// send what the official SDKs send.
//
// Either way every HTTP attempt is signed afresh, with a new nonce and
// timestamp, because the server rejects a reused nonce. When the
// credentials carry an STS token it replaces any SecurityToken parameter
// the request itself carries (API Gateway actions declare one): V1 sends
// the credentials' token as SecurityToken, V3 as x-acs-security-token.
//
// # Retries
//
// A call is retried, with jittered exponential backoff that honours
// Retry-After and the context, when the server says it did nothing:
// throttling, which Alibaba Cloud reports as HTTP 400 with a code such as
// Throttling.User, and busy or unavailable services. Server errors and
// ambiguous network failures are retried only for calls that cannot
// duplicate a write: idempotent reads, and actions protected by a
// ClientToken, which polycloud fills once per call (the same value on
// every retry) when the request leaves it empty. WithRetry and
// WithRetryWrites adjust this.
//
// # Errors
//
// A failed call returns an *APIError (the same type as huawei.APIError)
// with the HTTP status, Alibaba's Code, Message, RequestID, HostID and
// Recommend link, and AccessDeniedDetail as raw JSON in Detail. Errors
// are classified by code, not status, and match the sentinels with
// errors.Is: ErrThrottled, ErrNotFound, ErrUnauthorized and so on. A body
// that is not JSON (a gateway's HTML page) still gives the status and a
// clear message. When the server rejects a signature, the message says
// whether polycloud signed the same string as the server (the secret is
// wrong) or not (a polycloud bug worth reporting). For SignatureV3 the
// comparison uses the digest in the server's quoted string to sign and,
// when the server also quotes its canonical request, names the first
// part that differs (the query, a header, the payload hash); when the
// server quotes neither, the message says the mismatch was not diagnosed.
//
// # What is never logged
//
// The AccessKeySecret is never sent, printed or logged: Config,
// Credentials and every provider print only the first characters of the
// AccessKey ID. STS tokens and signatures never appear in errors or logs:
// error messages that echo them (a SignatureDoesNotMatch message quotes
// the server's string to sign or, for V3, its canonical request with the
// x-acs-security-token line) are redacted, the token the call sent is
// scrubbed from its error in any encoding, URLs in transport errors lose
// their query, and the debug log (Config.Logger) records one line per
// attempt without URLs, headers or bodies.
package alibaba
