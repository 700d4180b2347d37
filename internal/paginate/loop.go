package paginate

import (
	"encoding/binary"
	"encoding/json"
	"hash/maphash"
)

// MaxEmptyPages is how many pages in a row may come back empty while still
// pointing at a next page. Some servers legitimately return an empty page
// before the data (a filtered scan that found nothing in one shard), so one
// empty page is no error; an endless run of them is.
const MaxEmptyPages = 8

// HardPageCap is the most fetches one pager makes. It is the last line of
// defence against a server loop that no other guard recognises: 100,000
// pages is far beyond any real listing, yet a looping server reaches it in
// minutes rather than never.
const HardPageCap = 100_000

// history is what a pager remembers about the pages it has read, to
// recognise a server that loops.
type history struct {
	seed maphash.Seed
	// seen holds a 64-bit hash of every token or marker sent, not the
	// strings: tokens can be hundreds of bytes and a listing thousands of
	// pages. A false match needs a hash collision (about 2^-64 per pair).
	seen      map[uint64]struct{}
	emptyRun  int
	lastPrint uint64 // fingerprint of the previous page (positional styles)
	havePrint bool
	// learnedSize is the page size a page-number server was found to use
	// when it clamped the requested size without echoing it.
	learnedSize int
}

func newHistory() history {
	return history{seed: maphash.MakeSeed(), seen: make(map[uint64]struct{})}
}

// remember records a token as sent; it reports false if it already was.
func (h *history) remember(token string) bool {
	key := maphash.String(h.seed, token)
	if _, dup := h.seen[key]; dup {
		return false
	}
	h.seen[key] = struct{}{}
	return true
}

// follow vets the token (or marker) the server gave for the next page,
// catching any repetition, not only of the previous token (A→B→A loops
// too), and endless runs of empty pages.
func (h *history) follow(kind styleKind, token string, empty bool) error {
	if empty {
		h.emptyRun++
	} else {
		h.emptyRun = 0
	}
	if h.emptyRun >= MaxEmptyPages {
		return &LoopError{Reason: LoopEmptyPages, Token: token}
	}
	if !h.remember(token) {
		reason := LoopRepeatedToken
		if kind == kindMarker {
			reason = LoopRepeatedMarker
		}
		return &LoopError{Reason: reason, Token: token}
	}
	return nil
}

// checkRepeat catches a positional listing (page number or offset) whose
// server ignores the position and returns the same page again. It compares
// a fingerprint of each page with the previous page's: the item count and
// the JSON of the first and last items. That costs two small encodings per
// page instead of one per item. It could only misfire on a listing whose
// consecutive pages have equal first and last items, which needs duplicate
// items (for example pages of one item and two equal items in a row).
// Items that cannot be encoded as JSON are not checked.
func checkRepeat[T any](h *history, items []T) error {
	fp, ok := fingerprint(h.seed, items)
	if ok && h.havePrint && fp == h.lastPrint {
		return &LoopError{Reason: LoopRepeatedPage}
	}
	h.lastPrint, h.havePrint = fp, ok
	return nil
}

// fingerprint hashes the count, first and last items of a non-empty page.
func fingerprint[T any](seed maphash.Seed, items []T) (uint64, bool) {
	if len(items) == 0 {
		return 0, false
	}
	var h maphash.Hash
	h.SetSeed(seed)
	var count [binary.MaxVarintLen64]byte
	h.Write(binary.AppendUvarint(count[:0], uint64(len(items))))
	for _, item := range [2]T{items[0], items[len(items)-1]} {
		b, err := json.Marshal(item)
		if err != nil {
			return 0, false
		}
		h.Write(b)
		h.WriteByte(0)
	}
	return h.Sum64(), true
}
