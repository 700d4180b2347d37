// Package huaweitest is an in-process fake of Huawei Cloud for testing
// code that uses polycloud's huawei packages, in the spirit of
// net/http/httptest. It issues tokens from its own IAM, checks the token
// and its scope, or the access-key signature, on every call (so an
// authentication bug fails your tests), keeps resources in memory, pages
// through them for real, and misbehaves on demand.
//
// # Start
//
// [NewServer] starts a server on a local port; [Server.Close] stops it. It needs no
// *testing.T, so plain programs and examples can use it too:
//
//	srv := huaweitest.NewServer()
//	defer srv.Close() // in a test: t.Cleanup(srv.Close)
//	c := apig.New(srv.Config())
//
// [Server.Config] points both Endpoint and IAMEndpoint at URL, with Password
// credentials for the test user (DomainName, UserName, Password) in Region
// ap-southeast-1, and leaves ProjectID empty so the SDK learns it from the
// token. [Server.ConfigAccessKey] is the same with the test user's access
// key (AccessKeyID, SecretAccessKey) instead of the password, leaving
// ProjectID and DomainID empty so the SDK looks them up in the server's
// IAM. One URL serves IAM (POST /v3/auth/tokens, GET /v3/projects,
// GET /v3/auth/domains), Global Accelerator
// (/v1/…) and API Gateway (/v2/{project_id}/apigw/…). A server has no
// global state: run as many as you like, in parallel tests too.
//
// # IAM and tokens
//
// A password token request for the test user, scoped to a project by name
// (a region the server knows: Region, whose project is ProjectID, several
// others, and any added [WithProject]) or by ID, or to the account's domain,
// gets 201 with an opaque token of several kilobytes in X-Subject-Token
// and Keystone's token body (expires_at, issued_at, methods, project or
// domain, roles, user). A wrong user or password gets Keystone's 401
// {"error":{"code":401,"message":"The username or password is wrong.",…}}.
// Tokens live [DefaultTokenTTL] (24 hours) or [WithTokenTTL]; [Server.ExpireTokens]
// ends every token issued so far; [Server.IAMCalls] counts token requests.
//
// # Access keys
//
// Requests signed with SDK-HMAC-SHA256 are checked by the server's own
// reference implementation of the algorithm, written independently of
// polycloud's signer, on the request as received: method, decoded path,
// decoded query, Host, the headers listed in SignedHeaders, and the body.
// The server knows the test user's permanent key (AccessKeyID,
// SecretAccessKey), a temporary one (TemporaryAccessKeyID,
// TemporarySecretAccessKey, whose requests must carry SecurityToken as
// X-Security-Token), and any added [WithAccessKey]. Refusals are the API
// gateway's 401 APIGW.0301 "Incorrect IAM authentication information: …":
// "ak … not exist" for an unknown key, "verify aksk signature fail, …" for a
// wrong secret or anything changed after signing (body, query, a signed
// header), "x-sdk-date expired, signature time:…,server time:…" when
// X-Sdk-Date is more than 15 minutes from the server's clock
// ([WithClock]), "x-sdk-date not found" without one. API Gateway requests
// must name their project in X-Project-Id ("x-project-id not found"
// otherwise; a project other than the path's {project_id} is 403
// APIG.1005), Global Accelerator requests their account in X-Domain-Id.
// Stricter than Huawei Cloud documents, the server also refuses a request
// whose X-Sdk-Date, X-Project-Id, X-Domain-Id or X-Security-Token is sent
// but not signed, so a signer that forgets one fails a test.
//
// For signed callers IAM answers GET /v3/projects (every project the
// server knows, or only the one named by ?name=, in Keystone's
// {"projects": […], "links": {…}} shape) and GET /v3/auth/domains (the
// test account); [Server.CountOf] counts them as "KeystoneListProjects" and
// "KeystoneListAuthDomains". They accept a token of any scope too.
//
// # What is seeded
//
// Unless started [WithoutSeed], a server holds SeededByoipPools (5) BYOIP
// pools, and the API Gateway instance DefaultInstanceID in ProjectID's
// project with the inbound ports HTTP 8080 and HTTPS 8443. IDs are
// deterministic, so examples can print them. Seed your own with
// srv.GA().AddByoipPools(n), AddByoipPool, srv.APIG().AddInstance and
// AddIngressPort.
//
// Every other paginated operation (see Served operations) holds
// SeededListingItems (3) synthetic items. Seed those by count or item by
// item, per service:
//
//	srv.GA().SeedListing("ListAccelerators", 250)
//	srv.APIG().SeedListing("ListApisV2", 1200)
//	srv.GA().SetListingItems("ListListeners", map[string]any{"id": "lsr-1", "name": "web"})
//	items, err := srv.APIG().ListingItems("ListApisV2") // what the listing holds, decoded
//
// A synthetic item has every member of the operation's documented item set
// to a value of its type (nested objects, lists of one element), so it
// decodes into the generated item type; items differ in their identifying
// member (id where the item has one), whose value ends in "-1", "-2", …,
// and marker listings use it as the marker. The hand-written listings are
// seeded through their own methods, and SeedListing refuses them.
//
// # Served operations
//
//   - GA ListByoipPools (GET /v1/byoip-pools, domain-scoped token):
//     marker/limit paging (limit 1–2000, default 500) with
//     page_info{next_marker, current_count}; next_marker is absent on the
//     last page; a bad limit or unknown marker is 400 GA.9001.
//   - APIG AddCustomIngressPort (POST …/instances/{instance_id}/custom-ingress-ports,
//     project-scoped token): protocol HTTP or HTTPS, ingress_port
//     1024–49151, one protocol per port in a gateway; 201 {protocol,
//     ingress_port, ingress_port_id, status}. Bad or clashing values are 400
//     APIG.2012, missing ones 400 APIG.2001, an unknown instance 404
//     APIG.3030.
//   - APIG ListCustomIngressPorts (GET on the same path): offset/limit
//     paging (limit ≤ 0 becomes 20, above 500 becomes 500, offset < 0
//     becomes 0) with {size, total, ingress_port_infos}, filtered by
//     protocol and ingress_port.
//   - Every other paginated operation of both services (10 of GA's 11
//     listings, 51 of APIG's 52), served from listings_gen.go, which
//     polycloud-gen writes from the services' specs: the spec's method and
//     path template (placeholders such as {instance_id} match any segment;
//     {project_id} must be the token's project), its paging style
//     (marker/limit with page_info{next_marker, current_count}, or
//     offset/limit with total and size, or total_count), its parameter and
//     member names, request_id where the body has one, and the spec's page
//     sizes. Where the spec gives none, limit is 1–2000 (default 500) for
//     marker listings and 1–500 (default 20) for offset listings. Offset
//     listings clamp limit and offset as ListCustomIngressPorts does;
//     marker listings (all of them GA's) refuse a bad limit or an unknown
//     marker with 400 GA.9001. A required query parameter left out is 400
//     GA.9001 or APIG.2001. These listings hold synthetic items (see What
//     is seeded) and ignore filters and the resources in their path: every
//     request sees the same items.
//
// Any other route, which is every operation that is not a listing but
// AddCustomIngressPort, gets 404 APIGW.0101 "… (not implemented by
// huaweitest: METHOD /path)". Listings are declared through one registry
// (route, paging style, parameter and member names, page-size bounds,
// item source); the generic ones come from generated declarations, and a
// hand-written one takes precedence over its generated declaration. The
// pagination quirks and faults apply to every listing, generic ones
// included. Every answer carries X-Request-Id.
//
// # What is verified
//
// Service calls must carry a valid signature (see Access keys) or an
// X-Auth-Token this server issued, not expired, and scoped as the service
// needs: GA refuses others with the gateway's 401 APIGW.0301, APIG with 401
// APIG.1002 ("Incorrect token or token resolution failed"); an APIG path
// whose {project_id} is not the token's project is 403 APIG.1005.
//
// # Inject faults and read the log
//
// The vocabulary is alibabatest's, in Huawei's shapes: Throttle (429
// APIGW.0308), RetryAfter (with Retry-After), ServerError (APIG.9999,
// GA.9201, or Keystone's shape for IAM), HTMLPage, TruncateBody,
// DropConnection, DropResponse, Delay, and the pagination quirks
// PageSizeCap, EmptyPageWithToken, RepeatToken, TokenCycle and
// IgnorePageNumber. [Server.Inject] them per operation ("CreateToken" is
// IAM; "*" is every operation); they wait for a valid token or signature.
// [Server.Requests] returns every request received, with X-Auth-Token,
// X-Subject-Token and X-Security-Token values, the signature in
// Authorization, and token request passwords redacted; [Server.CountOf]
// counts one operation; [Server.Reset] empties the log and drops pending
// faults.
//
// # What is not implemented
//
// Other signature algorithms (SDK-HMAC-SM3, derived keys), unsigned
// payloads (X-Sdk-Content-Sha256), agency (assume_role) and MFA tokens,
// token validation (GET /v3/auth/tokens), the service catalog (it is
// empty), permissions, every operation that is not a listing (creating,
// showing, updating, deleting) other than AddCustomIngressPort, and, in
// the generic listings, filters, the resources named in the path (any
// instance_id is accepted) and checks of parameter values other than
// limit, offset and marker. Where Huawei
// documents no code, the emulator chose one: GA.9201 for GA server
// errors, APIG.2012 for a port clash (the documented statuses of
// AddCustomIngressPort have no 409), Keystone 400s for bad token
// requests, and for signed requests the messages above for a missing
// X-Project-Id or X-Domain-Id, an unknown project, and a temporary key
// without its token.
package huaweitest
