// Package alibabatest is an in-process fake of Alibaba Cloud's RPC API for
// testing code that uses polycloud's alibaba packages, in the spirit of
// net/http/httptest. It checks requests the way the cloud does (so a
// signing bug fails your tests), keeps resources in memory, pages through
// them for real, and misbehaves on demand.
//
// # Start
//
// [NewServer] starts a server on a local port; [Server.Close] stops it. It needs no
// *testing.T, so plain programs and examples can use it too:
//
//	srv := alibabatest.NewServer()
//	defer srv.Close() // in a test: t.Cleanup(srv.Close)
//	c := ga.New(srv.Config())
//
// [Server.Config] points a client at URL with the test credentials
// [AccessKeyID] and [AccessKeySecret]; [Server.ConfigV3] does the same
// with Signature set to alibaba.SignatureV3. The server verifies either
// signature scheme, request by request, so V1 and V3 clients can share it. One URL serves Global Accelerator (Version
// 2019-11-20) and API Gateway (2016-07-14), told apart by Version and
// Action. A server has no global state: run as many as you like, in
// parallel tests too.
//
// # What is seeded
//
// Unless started [WithoutSeed], a server holds:
//
//   - Global Accelerator: accelerator DefaultAcceleratorID with listener
//     DefaultListenerID and SeededForwardingRules (45) forwarding rules, so
//     ListForwardingRules has three pages at the default MaxResults of 20;
//     and SeededPortMappings (23) custom routing port mappings of the
//     backend DefaultDestinationAddress behind DefaultEndpointID, three pages
//     at the default PageSize of 10.
//   - API Gateway: backend DefaultBackendID, with one RELEASE environment
//     model that fills every configuration block DescribeBackendInfo can
//     return.
//   - Every other paginated action (see Served actions): SeededListingItems
//     (3) synthetic items.
//
// IDs are deterministic: two servers seeded alike hand out the same IDs,
// so examples can print them.
//
// # Seed your own
//
// [Server.GA] and [Server.APIGateway] return the server's state. Seed it before or while
// your code runs:
//
//	srv.GA().AddForwardingRules("ga-bp1…", "lsr-bp1…", 120) // creates the accelerator and listener
//	srv.GA().AddForwardingRule(alibabatest.ForwardingRule{ForwardingRuleName: "api", Priority: 5})
//	srv.GA().AddPortMappings(endpointID, "10.0.0.8", 60)
//	srv.APIGateway().AddBackend(alibabatest.BackendInfo{BackendName: "orders"})
//
// Empty fields get realistic defaults; the Add methods return what was
// stored. The resource types carry the documented JSON member names.
//
// The generic listings are seeded by count or item by item, per product:
//
//	srv.GA().SeedListing("ListAccelerators", 250)        // 250 synthetic accelerators
//	srv.APIGateway().SeedListing("DescribeApis", 1200)
//	srv.GA().SetListingItems("ListAcls", map[string]any{"AclId": "acl-1", "AclName": "office"})
//	items, err := srv.GA().ListingItems("ListAccelerators") // what the listing holds, decoded
//
// A synthetic item has every member of the action's documented item set to
// a value of its type (nested objects, lists of one element, Alibaba's
// list wrappers), so it decodes into the generated item type; items differ
// in their identifying member (AcceleratorId, ApiId, …), whose value ends
// in "-1", "-2", …. The hand-written listings above are seeded through
// their own methods, and SeedListing refuses them.
//
// # Served actions
//
//   - GA ListForwardingRules: NextToken/MaxResults paging (1–100, default
//     20); AcceleratorId, ListenerId and RegionId (cn-hangzhou) required;
//     TotalCount counts the page; the last page has no NextToken; unknown
//     parents give NotExist.Accelerator or NotExist.Listener.
//   - GA ListCustomRoutingPortMappingsByDestination: PageNumber/PageSize
//     paging (1–50, default 10); EndpointId, DestinationAddress and
//     RegionId required; TotalCount is the total.
//   - API Gateway DescribeBackendInfo: by BackendId; 404 NotFoundBackend
//     otherwise.
//   - Every other paginated action of both products (22 of GA's 24
//     listings, all 44 of API Gateway's), served from listings_gen.go,
//     which polycloud-gen writes from the services' specs: the spec's
//     paging style (PageNumber/PageSize with TotalCount, or
//     NextToken/MaxResults), its parameter and member names, PageNumber
//     and PageSize or MaxResults echoed where the response has them, items
//     in their list wrapper ({"ApiSummarys":{"ApiSummary":[…]}}) where the
//     spec has one, and the spec's page sizes. Where the spec gives none,
//     PageSize is 1–100 (default 10) and MaxResults 1–100 (default 20);
//     ListTagResources, which takes no MaxResults, pages by 20. A size out
//     of range is InvalidParameter; a required parameter left out is
//     Missing<Name>. These listings hold synthetic items (see Seed your
//     own) and ignore filters and parents: every request sees the same
//     items.
//
// Every action that is not listed above, which is every action that is not
// a listing, gets 404 InvalidAction.NotFound, with a message saying that
// alibabatest does not implement it. Listings are declared through one
// registry (product version and action, paging style, parameter and
// member names, page-size bounds, item source); the generic ones come
// from generated declarations, and a hand-written one takes precedence
// over its generated declaration.
//
// The pagination quirks and faults below apply to every listing, generic
// ones included.
//
// # Inject faults
//
// [Server.Inject] queues faults for an action ("*" for all):
//
//	srv.Inject("ListForwardingRules", alibabatest.Throttle(2), alibabatest.DropResponse(1))
//
// Throttle (HTTP 400 Throttling.User), RetryAfter (the same with
// x-acs-retry-after), ServerError (InternalError or ServiceUnavailable),
// HTMLPage (an nginx error page), TruncateBody (half a valid JSON body),
// DropConnection (closed before the request is read), DropResponse (the
// action runs, the answer is lost) and Delay affect the next n calls;
// the pagination quirks PageSizeCap, EmptyPageWithToken, RepeatToken,
// TokenCycle and IgnorePageNumber change how listings page. Faults are
// per server and per action (an action both products have, such as
// ListTagResources, is one name for both, as in the request log), fire in
// the order injected, and wait for a correctly signed request. Reset
// drops them.
//
// net/http's Transport replays a GET (never a POST, which is what
// polycloud sends) on its own when a reused connection is dropped, so a
// DropConnection on a GET may go unnoticed by your code.
//
// # Read the log
//
// [Server.Requests] returns every request received (action, version, every
// parameter with Signature and SecurityToken redacted, the headers with
// the V3 signature and X-Acs-Security-Token redacted, the signature
// scheme, time, status, error code, the faults applied); [Server.CountOf] counts one action; [Server.Reset]
// empties the log and drops pending faults.
//
// # What is verified
//
// A request whose Authorization header starts with "ACS3-" is checked as
// signature V3 (ACS3-HMAC-SHA256); any other must carry Format=JSON and
// the common signature parameters, signed with HMAC-SHA1
// (SignatureVersion 1.0). Either way the signer must be a known AccessKey,
// and the server recomputes the signature with its own reference
// implementation.
//
// V1 signs all query and form parameters; a mismatch is HTTP 400
// SignatureDoesNotMatch whose message ends with the server's string to
// sign, as the cloud's does.
//
// V3 needs x-acs-action, x-acs-version, x-acs-date, x-acs-signature-nonce
// and x-acs-content-sha256, and host plus every content-type and x-acs-*
// header it carries among the SignedHeaders (else 400
// IncompleteSignature). The canonical request covers the method, path,
// query, signed headers and the SHA-256 of the body as received, so a
// changed body or header fails the signature. A mismatch is 400
// SignatureDoesNotMatch quoting the server's string to sign and then its
// canonical request ("… server string to sign is:ACS3-HMAC-SHA256\n<hex>
// server canonical request is:…"); when the body does not match
// x-acs-content-sha256 the message says so. Format may be left out (V3
// answers JSON) but must be JSON when present. The STS token is read from
// x-acs-security-token only.
//
// An unknown AccessKey is 404 InvalidAccessKeyId.NotFound, a reused nonce
// (whichever scheme used it) 400 SignatureNonceUsed, and a Timestamp or
// x-acs-date more than 15 minutes from the server's clock ([WithClock])
// 400 InvalidTimeStamp.Expired. With [WithSTSCredentials], requests must
// carry the right token (InvalidSecurityToken.Malformed, .Expired). A
// refused request does not spend its nonce.
//
// # What is not implemented
//
// XML answers (Format=XML is refused), the ACS3-HMAC-SM3, ACS3-RSA-SHA256
// and ACS4 signatures, ClientToken idempotency, RAM permissions, every
// action that is not a listing (creating, describing, updating, deleting)
// other than DescribeBackendInfo, and, in the generic listings, filters,
// parent resources (any AcceleratorId is accepted) and checks of
// parameter values other than page sizes and tokens. Numbers are sent as JSON numbers, where the real
// service sometimes sends strings. Where Alibaba documents no error code,
// the emulator chose one: MissingFormat, InvalidFormat,
// InvalidSignatureMethod, InvalidSignatureVersion, InvalidRegionId,
// IncompleteSignature for malformed V3 signatures (with the reason),
// InvalidParameter for out-of-range page sizes and foreign tokens, and
// Missing<Name> for absent required parameters.
package alibabatest
