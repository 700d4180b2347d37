package emu

import (
	"fmt"
	"maps"
	"slices"
	"sync"
)

// Synthetic holds the items of the listings an emulator serves from
// generated metadata rather than from resources of its own: one list of
// items per operation, made from the operation's sample item or set by a
// test. It is safe for concurrent use.
//
// Synthetic items are made when a listing is first read, not when it is
// registered or seeded, so a server that declares a hundred listings and
// reads two pays for two.
type Synthetic struct {
	mu    sync.Mutex
	lists map[string]*synthList
}

// synthList is one operation's items: either made (items) or still to
// be made from the template (pending of them).
type synthList struct {
	meta    ListingMeta
	tpl     *template // nil until the first items are made
	items   []synthItem
	pending int
	made    bool
}

// Register adds the listing meta declares, holding n synthetic items,
// and returns the Listing to serve: meta's paging with an item source
// that reads this store. An error means the declaration cannot work (a
// bug in the generator or in the emulator's wiring).
func (s *Synthetic) Register(meta ListingMeta, n int) (Listing, error) {
	op := meta.Op
	l := meta.Paging
	l.Items = func(*Request) ([]any, error) { return s.snapshot(op) }
	l.ItemID = func(it any) string { return it.(synthItem).id }
	if err := l.Validate(); err != nil {
		return Listing{}, fmt.Errorf("%s: %w", op, err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.lists == nil {
		s.lists = map[string]*synthList{}
	}
	s.lists[op] = &synthList{meta: meta, pending: max(n, 0)}
	return l, nil
}

// Ops returns the registered operations, sorted.
func (s *Synthetic) Ops() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Sorted(maps.Keys(s.lists))
}

// Seed makes op hold n synthetic items (none when n < 1), replacing what
// it held. Item i (from 1) is the sample with the identity member set to
// the sample's value followed by "-i".
func (s *Synthetic) Seed(op string, n int) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	l, err := s.list(op)
	if err != nil {
		return err
	}
	l.items, l.pending, l.made = nil, max(n, 0), false
	return nil
}

// SetItems makes op hold exactly items, in order, replacing what it held.
// Each item may be any value that encodes as JSON (a map, a struct of the
// generated item type, a string); it is served as it encodes. An item's
// identity, which Marker listings use as the marker, is its IDKey member
// when that is a string, else its position.
func (s *Synthetic) SetItems(op string, items []any) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	l, err := s.list(op)
	if err != nil {
		return err
	}
	made, err := encodeItems(op, l.meta.IDKey, items)
	if err != nil {
		return err
	}
	l.items, l.pending, l.made = made, 0, true
	return nil
}

// Items returns op's items as encoding/json decodes them: a
// map[string]any for an object, a string for a string.
func (s *Synthetic) Items(op string) ([]any, error) {
	items, err := s.snapshot(op)
	if err != nil {
		return nil, err
	}
	out := make([]any, len(items))
	for i, it := range items {
		out[i] = it.(synthItem).decode()
	}
	return out, nil
}

// snapshot returns op's items, making them first if needed. The items
// are immutable, so the slice can be served outside the lock.
func (s *Synthetic) snapshot(op string) ([]any, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	l, err := s.list(op)
	if err != nil {
		return nil, err
	}
	if err := l.make(); err != nil {
		return nil, err
	}
	out := make([]any, len(l.items))
	for i, it := range l.items {
		out[i] = it
	}
	return out, nil
}

// list returns op's list. s.mu is held.
func (s *Synthetic) list(op string) (*synthList, error) {
	l, ok := s.lists[op]
	if !ok {
		return nil, fmt.Errorf("%s is not a listing served from generated metadata", op)
	}
	return l, nil
}

// make makes the pending items, parsing the sample the first time. s.mu
// is held.
func (l *synthList) make() error {
	if l.made {
		return nil
	}
	if l.tpl == nil {
		tpl, err := newTemplate(l.meta)
		if err != nil {
			return err
		}
		l.tpl = tpl
	}
	l.items, l.made = l.tpl.make(l.pending), true
	return nil
}
