// Package huawei holds what every Huawei Cloud client in polycloud shares:
// configuration, credentials (access keys and tokens), endpoints,
// retries and errors.
// The generated service packages (huawei/ga, huawei/apig) build on
// Client; you use this package directly to configure them, to handle
// their errors, and to call an operation polycloud does not generate.
//
// # Configuration
//
// A Config names the region and the credentials; everything else has a
// default:
//
//	cfg := huawei.Config{
//		Region:      "ap-southeast-1",
//		Credentials: huawei.AccessKey{ID: ak, Secret: sk}, // or DefaultAccessKey(), Password{…}, StaticToken(…)
//	}
//	c := apig.New(cfg) // no I/O and no error: a bad config fails the first call, clearly
//
// Clients are immutable and safe for concurrent use; build one per service
// and share it. Nothing is global: two clients never share a token cache
// or a project-ID lookup.
//
// # Choosing credentials
//
// Huawei Cloud accepts two kinds of proof: a request signed with an access
// key (AK/SK), or an X-Auth-Token obtained from IAM (Identity and Access
// Management). Which to use:
//
//   - AccessKey (or DefaultAccessKey) — recommended for services and
//     automation. Every request is signed with SDK-HMAC-SHA256: there is no
//     IAM login and no token to cache or refresh. Permanent keys do not
//     expire; temporary keys (from an agency or a metadata endpoint) carry
//     a SecurityToken. Regional services also need the
//     project ID, global ones the account (domain) ID: set Config.ProjectID
//     and Config.DomainID, or let the client look each up once in IAM.
//   - Password — the simplest start when you have an IAM user's password.
//     The client logs in to IAM on the first call and caches the 24-hour
//     token, one per scope, refreshing it before it expires.
//   - StaticToken — for short scripts that already hold a token. It is
//     never refreshed: when it expires, calls fail with ErrUnauthorized
//     and you build a new client.
//
// Config.Credentials holds any of them. The client tells them apart by
// AccessKeySource: credentials implementing it sign, any other Credentials
// provide tokens.
//
// # Access keys
//
// An AccessKey signs every HTTP attempt, retries included, with a new
// X-Sdk-Date (UTC, 20060102T150405Z) and a new signature, so a retry after
// throttling is never refused as stale. The signature covers exactly what
// is sent: the Host header with its port, the path and query as encoded,
// the body bytes, X-Sdk-Date, and the X-Project-Id (regional services such
// as API Gateway), X-Domain-Id (global services such as Global
// Accelerator) and X-Security-Token (temporary keys) headers the client
// adds. Content-Type and headers added WithHeader are not signed. Huawei
// Cloud refuses a signature dated more than 15 minutes from its clock, so
// keep the machine's clock synchronised.
//
// The project ID (for X-Project-Id and {project_id} in paths) is
// Config.ProjectID or, when empty, looked up once per client with a
// signed GET {IAMEndpoint}/v3/projects?name={Region}: however many
// goroutines call at once, IAM is asked once; a failed lookup is not
// remembered. No project, or more than one, of that name is an error
// naming Config.ProjectID. The domain ID (for X-Domain-Id and {domain_id})
// is Config.DomainID or one GET {IAMEndpoint}/v3/auth/domains.
//
// DefaultAccessKey finds a key where Huawei Cloud's tools keep one: the
// environment variables HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK and
// HUAWEICLOUD_SDK_SECURITY_TOKEN, with HUAWEICLOUD_SDK_PROJECT_ID and
// HUAWEICLOUD_SDK_DOMAIN_ID; else the ini file named by
// HUAWEICLOUD_SDK_CREDENTIALS_FILE or ~/.huaweicloud/credentials, whose
// [default] section has ak, sk and optionally security_token, project_id
// and domain_id. It reads nothing until the first call, keeps the key it
// finds, and forgets a failure so that the next call looks again. IDs
// found with the key save the IAM lookups; Config still wins.
//
// For keys that change — temporary keys you refresh, keys from a vault —
// implement AccessKeySource and pass AccessKeyCredentials(src): the client
// asks it before every attempt, so a rotated key is used at once.
//
// A signature refused by the server (HTTP 401, APIGW.0301: a wrong secret,
// a tampered request, a skewed clock) is an *APIError matching
// ErrUnauthorized; it is not retried, since signing again with the same
// key cannot help.
//
// # Tokens
//
// Password logs in to IAM with an IAM user's password (POST
// /v3/auth/tokens) on the first call, caches the token, and logs in again
// an hour before the token's 24 hours run out (for short-lived tokens, a
// fifth of their lifetime before). However many goroutines need a token
// at that moment, IAM is asked once; each caller still gives up when its
// own context ends. If the server rejects a token before then (HTTP 401:
// a changed password ends tokens within 30 minutes) the client gets a new
// one and replays the call once; 50 calls rejected with the same token
// cause one login, not 50. A failed login is reported and not remembered:
// the next call tries again. If a refresh fails while the current token is
// still valid, the current token is used meanwhile.
//
// StaticToken uses a token you obtained elsewhere. It is never refreshed;
// when the server rejects it the call fails with an error matching
// ErrUnauthorized that says so.
//
// For anything else — an agency (assume_role) token, a token from a vault
// — implement Credentials: one Token method that receives the scope and an
// IAMClient that reaches IAM through the same pipeline as every other
// call. The client caches what it returns exactly as it caches Password
// tokens.
//
// # Scopes and project IDs
//
// Global services (Global Accelerator: Service.DomainScoped) need a token
// scoped to your account's domain. Regional services (API Gateway) need
// one scoped to a project, which Huawei Cloud names after the region:
// Config.Region is the project name, so it is required for them. Each
// client keeps one token per scope.
//
// API Gateway paths carry {project_id}. Config.ProjectID fills it when
// set; otherwise the ID comes from the project-scoped token itself, at no
// extra cost (with an access key, from one IAM lookup; see above). A
// StaticToken carries no IDs, so API Gateway clients with a static token
// need Config.ProjectID. {domain_id} (one Global Accelerator path) comes
// from Config.DomainID or, the same way, from the token or the lookup.
//
// # Endpoints
//
// Each service has a default HTTPS endpoint ("ga.myhuaweicloud.com",
// "apig.{region}.myhuaweicloud.com"). Config.Endpoint, or WithEndpoint
// for one call, sends calls elsewhere: an emulator ("http://127.0.0.1:8080"),
// a VPC endpoint, the EU sovereign cloud. Tokens (and an access key's
// project and domain IDs) come from DefaultIAMEndpoint,
// https://iam.myhuaweicloud.com, whose tokens work in every region;
// Config.IAMEndpoint overrides it (a regional IAM endpoint
// issues tokens for its region only). Any region string is accepted:
// there is no built-in region table to fall out of date.
//
// # Retries and timeouts
//
// Every call takes a context, which bounds it as a whole, retries and any
// IAM login or lookup included. Each HTTP attempt is bounded too (30 seconds unless
// WithAttemptTimeout or the HTTPClient's own Timeout says otherwise).
// Calls are retried with jittered exponential backoff when the service
// says it did nothing (throttling, HTTP 429 or 503) and when the request
// never left the machine. A failure whose outcome is unknown (a timeout
// after sending, a 500) is retried only for idempotent operations, or when
// you pass WithRetryWrites. Tune the budget with Config.Retry or WithRetry.
// IAM logins and lookups get the same treatment.
//
// # Errors
//
// A refusal by the service is an *APIError: the same type as
// alibaba.APIError, so one errors.As handles both clouds. It carries the
// HTTP status, Huawei Cloud's error code ("APIG.3030"; a numeric code such
// as IAM's 401 becomes "401"), the message, the request id from the
// X-Request-Id header, and a Kind for errors.Is:
//
//	var apiErr *huawei.APIError
//	if errors.As(err, &apiErr) { log(apiErr.Code, apiErr.RequestID) }
//	if errors.Is(err, huawei.ErrThrottled) { slowDown() }
//
// The kind follows the status, except for codes known to mean more: the
// API gateway's APIGW.0308 is throttling, its 030x codes are
// authentication and permission failures, APIGW.0101 (no such API: a
// wrong endpoint or region) is not found. An HTML page from a load
// balancer still yields the status, with a message naming the content
// type and the page's title. A policy denial's
// encoded_authorization_message is kept in Detail. A failed IAM login is
// an *APIError too, with Service "iam" and Operation "CreateToken".
//
// Problems found before anything is sent — a missing Config.Region or
// Credentials, an empty password field, a malformed endpoint — are
// *ParamError values naming the field; they match ErrInvalidArgument.
//
// # What is never shown
//
// Passwords, tokens, secret access keys, security tokens and signatures
// never appear in errors, in log records, or in fmt output: Config,
// AccessKey (which shows the first four characters of its ID), Password,
// Token and the StaticToken, DefaultAccessKey and AccessKeyCredentials
// sources print redacted with every verb (%v, %+v, %#v) and log redacted
// through slog.
// The debug log (Config.Logger) has one record per HTTP attempt with the
// operation, attempt, status, request id and latency, never URLs, headers
// or bodies. Error messages from servers are kept to one bounded line, and
// anything in them that looks like a token or a signature is replaced by
// "[redacted]". Redirects are never followed, and no request carrying
// X-Auth-Token or a signature is sent to a host other than the configured
// endpoint.
package huawei
