package huaweitest

import (
	"fmt"
	"strconv"
	"time"

	"github.com/polycloud-go/polycloud/internal/emu"
)

// Fault is a misbehaviour to inject with Server.Inject. Terminal faults
// (Throttle, ServerError, RetryAfter, HTMLPage, TruncateBody,
// DropConnection, DropResponse) answer instead of the operation, one per
// request, in the order injected; modifiers (Delay and the pagination
// quirks) all apply together. Wherever a fault takes a count n, it affects
// the next n requests to the operation; n below 1 means every request
// until Reset.
//
// Faults fire after the request's token was accepted (so a fault never
// hides an authentication bug), except DropConnection, which fires before
// the request is read. The vocabulary is alibabatest's: a "token" is a
// marker here, and IgnorePageNumber ignores marker and offset.
type Fault struct{ f emu.Fault }

// String names the fault as the request log does.
func (f Fault) String() string { return f.f.Name }

// Inject queues faults for an operation ("ListByoipPools",
// "AddCustomIngressPort", "CreateToken" for IAM), or for every operation
// when operation is "*".
func (s *Server) Inject(operation string, faults ...Fault) {
	for _, f := range faults {
		s.faults.Add(operation, f.f)
	}
}

// refuse is a terminal fault answering with the error made by e.
func refuse(name string, n int, e func(*call) *apiError) Fault {
	return Fault{emu.Fault{Name: name, Times: n, Respond: func(x *emu.Exchange, _ func(*emu.Exchange)) {
		c := callOf(x)
		c.fail(e(c))
	}}}
}

// Throttle refuses the next n calls as Huawei Cloud's API gateway does:
// HTTP 429 with error_code APIGW.0308.
func Throttle(n int) Fault {
	return refuse("Throttle", n, func(*call) *apiError { return throttled() })
}

// RetryAfter throttles the next n calls like Throttle, with a Retry-After
// header asking the client to wait d (in whole seconds, rounded up).
func RetryAfter(d time.Duration, n int) Fault {
	secs := strconv.FormatInt(int64((d+time.Second-1)/time.Second), 10)
	return refuse("RetryAfter", n, func(*call) *apiError {
		e := throttled()
		e.header = map[string][]string{"Retry-After": {secs}}
		return e
	})
}

// ServerError fails the next n calls with status and the service's own
// error body (APIG.9999 for API Gateway, GA.9201 for Global Accelerator,
// Keystone's shape for IAM).
func ServerError(status, n int) Fault {
	return refuse(fmt.Sprintf("ServerError(%d)", status), n, func(c *call) *apiError { return c.op.service.serverError(status) })
}

// HTMLPage answers the next n calls with status and an nginx error page
// (text/html), as a load balancer in front of the API does. X-Request-Id
// is still set.
func HTMLPage(status, n int) Fault {
	return Fault{emu.Fault{Name: fmt.Sprintf("HTMLPage(%d)", status), Times: n,
		Respond: func(x *emu.Exchange, _ func(*emu.Exchange)) {
			x.W.Header().Set("X-Request-Id", callOf(x).requestID)
			emu.WriteHTML(x.W, status)
		}}}
}

// TruncateBody runs the next n calls but sends only the first half of
// each answer's JSON body, with a matching Content-Length: the HTTP
// exchange succeeds and the body does not parse.
func TruncateBody(n int) Fault {
	return Fault{emu.Fault{Name: "TruncateBody", Times: n, Respond: emu.TruncateAnswer}}
}

// DropConnection closes the connection of the next n calls before their
// body is read and before anything is done.
func DropConnection(n int) Fault {
	return Fault{emu.Fault{Name: "DropConnection", Times: n, Early: true, Respond: emu.DropEarly}}
}

// DropResponse runs the next n calls (their effects stay: a port added is
// added) and then closes the connection without answering.
func DropResponse(n int) Fault {
	return Fault{emu.Fault{Name: "DropResponse", Times: n, Respond: emu.DropAfter}}
}

// Delay holds the next n calls for d before answering them (or until the
// client gives up). It combines with other faults.
func Delay(d time.Duration, n int) Fault {
	return Fault{emu.Fault{Name: "Delay", Times: n, Delay: d}}
}

// PageSizeCap makes listings clamp every page to at most n items, below
// the limit the client asked for; it lasts until Reset.
func PageSizeCap(n int) Fault {
	return Fault{emu.Fault{Name: fmt.Sprintf("PageSizeCap(%d)", n), Quirk: func(q *emu.Quirks) { q.PageSizeCap = n }}}
}

// EmptyPageWithToken makes the next n pages empty. A marker listing still
// returns a next_marker (the one that skips the withheld items: a marker
// is an item ID, so the page cannot keep its place); an offset listing
// returns size 0 with the full total.
func EmptyPageWithToken(n int) Fault {
	return Fault{emu.Fault{Name: "EmptyPageWithToken", Times: n, Quirk: func(q *emu.Quirks) { q.EmptyPage = true }}}
}

// RepeatToken makes marker listings hand back the marker they were sent
// as next_marker, so the listing never advances; it lasts until Reset.
func RepeatToken() Fault {
	return Fault{emu.Fault{Name: "RepeatToken", Quirk: func(q *emu.Quirks) { q.RepeatToken = true }}}
}

// TokenCycle makes marker listings loop A→B→A: the third page's
// next_marker is the second page's marker. It needs at least three pages
// of items and lasts until Reset.
func TokenCycle() Fault {
	return Fault{emu.Fault{Name: "TokenCycle", Quirk: func(q *emu.Quirks) { q.TokenCycle = true }}}
}

// IgnorePageNumber makes listings ignore where the client asked to
// continue (marker or offset) and serve the first page every time; it
// lasts until Reset.
func IgnorePageNumber() Fault {
	return Fault{emu.Fault{Name: "IgnorePageNumber", Quirk: func(q *emu.Quirks) { q.IgnorePosition = true }}}
}
