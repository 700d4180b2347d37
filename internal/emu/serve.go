package emu

import "time"

// Serve runs the operation h for x under the faults taken for it: the
// modifiers first (delays, then pagination quirks), then the terminal
// fault, which answers instead of h or wraps it. Without faults it is
// simply h(x).
func Serve(x *Exchange, terminal *Fault, modifiers []Fault, h func(*Exchange)) {
	for _, m := range modifiers {
		x.noteFault(m.Name)
		if m.Delay > 0 {
			sleep(x, m.Delay)
		}
		if m.Quirk != nil {
			m.Quirk(&x.Quirks)
		}
	}
	if terminal == nil {
		h(x)
		return
	}
	x.noteFault(terminal.Name)
	terminal.Respond(x, h)
}

// ServeEarly applies a fault taken by Faults.TakeEarly.
func ServeEarly(x *Exchange, f Fault) {
	x.noteFault(f.Name)
	f.Respond(x, func(*Exchange) {})
}

// sleep waits for d or until the client gives up.
func sleep(x *Exchange, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
	case <-x.R.Context().Done():
	}
}
