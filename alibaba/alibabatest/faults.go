package alibabatest

import (
	"fmt"
	"net/http"
	"time"

	"github.com/polycloud-go/polycloud/internal/emu"
)

// Fault is a misbehaviour to inject with Server.Inject. Terminal faults
// (Throttle, ServerError, RetryAfter, HTMLPage, TruncateBody,
// DropConnection, DropResponse) answer instead of the action, one per
// request, in the order injected; modifiers (Delay and the pagination
// quirks) all apply together. Wherever a fault takes a count n, it affects
// the next n requests to the action; n below 1 means every request until
// Reset.
//
// Faults fire after the request passed the signature check (so a fault
// never hides a signing bug, and the request's nonce is spent), except
// DropConnection, which fires before the request is read.
type Fault struct{ f emu.Fault }

// String names the fault as the request log does.
func (f Fault) String() string { return f.f.Name }

// Inject queues faults for action ("ListForwardingRules"), or for every
// action when action is "*".
func (s *Server) Inject(action string, faults ...Fault) {
	for _, f := range faults {
		s.faults.Add(action, f.f)
	}
}

// refuse is a terminal fault answering with the error made by e.
func refuse(name string, n int, e func() *apiError) Fault {
	return Fault{emu.Fault{Name: name, Times: n, Respond: func(x *emu.Exchange, _ func(*emu.Exchange)) {
		callOf(x).fail(e())
	}}}
}

// Throttle refuses the next n calls as Alibaba's flow control does: HTTP
// 400 (not 429) with Code Throttling.User and the message "Request was
// denied due to user flow control.".
func Throttle(n int) Fault { return refuse("Throttle", n, throttled) }

// RetryAfter throttles the next n calls like Throttle, with the
// x-acs-retry-after header asking the client to wait d (sent in
// milliseconds).
func RetryAfter(d time.Duration, n int) Fault {
	return refuse("RetryAfter", n, func() *apiError { return retryAfter(throttled(), d.Milliseconds()) })
}

// ServerError fails the next n calls with status: 503 gives Code
// ServiceUnavailable, anything else InternalError, in Alibaba's JSON
// error body.
func ServerError(status, n int) Fault {
	return refuse(fmt.Sprintf("ServerError(%d)", status), n, func() *apiError {
		e := internalError()
		if status == http.StatusServiceUnavailable {
			e = serviceUnavailable()
		}
		e.status = status
		return e
	})
}

// HTMLPage answers the next n calls with status and an nginx error page
// (text/html), as a load balancer in front of the API does.
func HTMLPage(status, n int) Fault {
	return Fault{emu.Fault{Name: fmt.Sprintf("HTMLPage(%d)", status), Times: n,
		Respond: func(x *emu.Exchange, _ func(*emu.Exchange)) { emu.WriteHTML(x.W, status) }}}
}

// TruncateBody runs the next n calls but sends only the first half of
// each answer's JSON body, with a matching Content-Length: the HTTP
// exchange succeeds and the body does not parse.
func TruncateBody(n int) Fault {
	return Fault{emu.Fault{Name: "TruncateBody", Times: n, Respond: emu.TruncateAnswer}}
}

// DropConnection closes the connection of the next n calls before their
// body is read and before anything is done: the client sees a reset or an
// EOF and nothing happened.
func DropConnection(n int) Fault {
	return Fault{emu.Fault{Name: "DropConnection", Times: n, Early: true, Respond: emu.DropEarly}}
}

// DropResponse runs the next n calls (their effects stay) and then closes
// the connection without answering: the ambiguous failure after which
// only an idempotent retry is safe.
func DropResponse(n int) Fault {
	return Fault{emu.Fault{Name: "DropResponse", Times: n, Respond: emu.DropAfter}}
}

// Delay holds the next n calls for d before answering them (or until the
// client gives up). It combines with other faults.
func Delay(d time.Duration, n int) Fault {
	return Fault{emu.Fault{Name: "Delay", Times: n, Delay: d}}
}

// PageSizeCap makes listings clamp every page to at most n items, below
// what the client asked for, and echo the cap as PageSize or MaxResults;
// it lasts until Reset.
func PageSizeCap(n int) Fault {
	return Fault{emu.Fault{Name: fmt.Sprintf("PageSizeCap(%d)", n), Quirk: func(q *emu.Quirks) { q.PageSizeCap = n }}}
}

// EmptyPageWithToken makes the next n pages empty. A NextToken listing
// still returns a (fresh) NextToken for the same position, so a client
// that keeps going loses nothing; a PageNumber listing returns an empty
// page with the full TotalCount.
func EmptyPageWithToken(n int) Fault {
	return Fault{emu.Fault{Name: "EmptyPageWithToken", Times: n, Quirk: func(q *emu.Quirks) { q.EmptyPage = true }}}
}

// RepeatToken makes NextToken listings hand back the NextToken they were
// sent, so the listing never advances; it lasts until Reset.
func RepeatToken() Fault {
	return Fault{emu.Fault{Name: "RepeatToken", Quirk: func(q *emu.Quirks) { q.RepeatToken = true }}}
}

// TokenCycle makes NextToken listings loop A→B→A: the third page returns
// the token of the second. It needs at least three pages of items and
// lasts until Reset.
func TokenCycle() Fault {
	return Fault{emu.Fault{Name: "TokenCycle", Quirk: func(q *emu.Quirks) { q.TokenCycle = true }}}
}

// IgnorePageNumber makes listings ignore where the client asked to
// continue (PageNumber, or NextToken) and serve the first page every time,
// while echoing the requested PageNumber; it lasts until Reset.
func IgnorePageNumber() Fault {
	return Fault{emu.Fault{Name: "IgnorePageNumber", Quirk: func(q *emu.Quirks) { q.IgnorePosition = true }}}
}
