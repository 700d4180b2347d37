// Package huawei holds what every Huawei Cloud client in polycloud shares:
// configuration, credentials and tokens, endpoints, retries and errors.
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
//		Credentials: huawei.Password{DomainName: "my-account", UserName: "deployer", Password: pw},
//	}
//	c := apig.New(cfg) // no I/O and no error: a bad config fails the first call, clearly
//
// Clients are immutable and safe for concurrent use; build one per service
// and share it. Nothing is global: two clients never share a token cache.
//
// # Token or password
//
// Huawei Cloud authenticates these APIs with a token in the X-Auth-Token
// header, obtained from IAM (Identity and Access Management).
//
// Password is the usual choice: the client logs in to IAM with an IAM
// user's password (POST /v3/auth/tokens) on the first call, caches the
// token, and logs in again an hour before the token's 24 hours run out
// (for short-lived tokens, a fifth of their lifetime before). However many
// goroutines need a token at that moment, IAM is asked once; each caller
// still gives up when its own context ends. If the server rejects a token
// before then (HTTP 401: a changed password ends tokens within 30 minutes)
// the client gets a new one and replays the call once; 50 calls rejected
// with the same token cause one login, not 50. A failed login is reported
// and not remembered: the next call tries again. If a refresh fails while
// the current token is still valid, the current token is used meanwhile.
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
// extra cost. A StaticToken carries no IDs, so API Gateway clients with a
// static token need Config.ProjectID. {domain_id} (one Global Accelerator
// path) comes from the token the same way.
//
// # Endpoints
//
// Each service has a default HTTPS endpoint ("ga.myhuaweicloud.com",
// "apig.{region}.myhuaweicloud.com"). Config.Endpoint, or WithEndpoint
// for one call, sends calls elsewhere: an emulator ("http://127.0.0.1:8080"),
// a VPC endpoint, the EU sovereign cloud. Tokens come from
// DefaultIAMEndpoint, https://iam.myhuaweicloud.com, whose tokens work in
// every region; Config.IAMEndpoint overrides it (a regional IAM endpoint
// issues tokens for its region only). Any region string is accepted:
// there is no built-in region table to fall out of date.
//
// # Retries and timeouts
//
// Every call takes a context, which bounds it as a whole, retries and any
// IAM login included. Each HTTP attempt is bounded too (30 seconds unless
// WithAttemptTimeout or the HTTPClient's own Timeout says otherwise).
// Calls are retried with jittered exponential backoff when the service
// says it did nothing (throttling, HTTP 429 or 503) and when the request
// never left the machine. A failure whose outcome is unknown (a timeout
// after sending, a 500) is retried only for idempotent operations, or when
// you pass WithRetryWrites. Tune the budget with Config.Retry or WithRetry.
// IAM logins get the same treatment.
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
// Passwords and tokens never appear in errors, in log records, or in
// fmt output: Config, Password, Token and the StaticToken source print
// redacted with every verb (%v, %+v, %#v) and log redacted through slog.
// The debug log (Config.Logger) has one record per HTTP attempt with the
// operation, attempt, status, request id and latency, never URLs, headers
// or bodies. Error messages from servers are kept to one bounded line, and
// anything in them that looks like a token is replaced by "[redacted]".
// Redirects are never followed, and no request carrying X-Auth-Token is
// sent to a host other than the configured endpoint.
package huawei
