package emu

import "sync"

// AnyOp is the operation name under which faults apply to every
// operation. An operation's own faults come first.
const AnyOp = "*"

// Faults is an emulator's queue of injected faults, per operation. It is
// safe for concurrent use.
//
// For each request, at most one terminal fault fires: the first pending
// one, in the order they were added. Every pending modifier applies. Each
// use consumes one of a fault's Times; a fault whose Times was below 1
// never runs out.
type Faults struct {
	mu sync.Mutex
	q  map[string][]*pending
}

type pending struct {
	Fault
	left int // below 0: unlimited
}

// Add queues faults for op (or AnyOp).
func (f *Faults) Add(op string, faults ...Fault) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.q == nil {
		f.q = map[string][]*pending{}
	}
	for _, ft := range faults {
		left := ft.Times
		if left < 1 {
			left = -1
		}
		f.q[op] = append(f.q[op], &pending{Fault: ft, left: left})
	}
}

// Clear drops every pending fault.
func (f *Faults) Clear() {
	f.mu.Lock()
	f.q = nil
	f.mu.Unlock()
}

// TakeEarly consumes and returns the first pending terminal fault for op
// if it fires before the body is read; otherwise it consumes nothing.
func (f *Faults) TakeEarly(op string) (Fault, bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	p := f.firstTerminal(op)
	if p == nil || !p.Early {
		return Fault{}, false
	}
	ft := f.use(p)
	f.prune()
	return ft, true
}

// TakeLate consumes the first pending terminal fault for op, if any, and
// every pending modifier.
func (f *Faults) TakeLate(op string) (terminal *Fault, modifiers []Fault) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if p := f.firstTerminal(op); p != nil {
		t := f.use(p)
		terminal = &t
	}
	for _, key := range []string{op, AnyOp} {
		for _, p := range f.q[key] {
			if !p.terminal() && p.left != 0 {
				modifiers = append(modifiers, f.use(p))
			}
		}
	}
	f.prune()
	return terminal, modifiers
}

func (f *Faults) firstTerminal(op string) *pending {
	for _, key := range []string{op, AnyOp} {
		for _, p := range f.q[key] {
			if p.terminal() && p.left != 0 {
				return p
			}
		}
	}
	return nil
}

// use consumes one use of p and returns its fault.
func (f *Faults) use(p *pending) Fault {
	if p.left > 0 {
		p.left--
	}
	return p.Fault
}

// prune drops used-up faults so the queues do not grow without bound.
func (f *Faults) prune() {
	for key, list := range f.q {
		kept := list[:0]
		for _, p := range list {
			if p.left != 0 {
				kept = append(kept, p)
			}
		}
		f.q[key] = kept
	}
}
