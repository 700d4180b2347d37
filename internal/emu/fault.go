package emu

import "time"

// Fault is one injected misbehaviour of an emulated operation. A fault is
// either terminal (Respond is set: it answers instead of the operation, or
// wraps it) or a modifier (Delay or Quirk: it changes how the operation
// runs). Provider packages wrap Faults in their own exported type and fill
// in their error shapes.
type Fault struct {
	// Name identifies the fault in the request log ("Throttle").
	Name string
	// Times is how many requests the fault affects; below 1 it affects
	// every request until the faults are cleared.
	Times int
	// Early marks a terminal fault that fires before the request body is
	// read and before authentication (a connection dropped on arrival).
	// Other faults fire after the request is authenticated, so a fault
	// never hides a signing or token bug, and nonces are still consumed.
	Early bool
	// Delay holds the request for this long before it is answered.
	Delay time.Duration
	// Quirk adjusts pagination for the request.
	Quirk func(*Quirks)
	// Respond answers the request. It may call next to run the operation
	// (for example into a recorder, to truncate or drop the answer).
	Respond func(x *Exchange, next func(*Exchange))
}

// terminal reports whether f answers requests rather than modifying them.
func (f *Fault) terminal() bool { return f.Respond != nil }

// Quirks change how a listing pages for one request. They are injected as
// modifier faults.
type Quirks struct {
	// PageSizeCap clamps the page size; the response echoes the cap where
	// the style echoes a page size.
	PageSizeCap int
	// EmptyPage serves an empty page that still says there is more.
	EmptyPage bool
	// RepeatToken answers a request that carried a token or marker with
	// that same token or marker: the listing never advances.
	RepeatToken bool
	// TokenCycle makes the third page point back at the second (A→B→A).
	TokenCycle bool
	// IgnorePosition ignores the request's page number, offset, token or
	// marker and always serves the first page (echoing what was asked).
	IgnorePosition bool
}
