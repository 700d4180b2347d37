package emu

import (
	"net/http"
	"strings"
)

// Exchange is one request in flight through an emulator: the writer, the
// request, the operation it was routed to and its log entry. Providers
// fill Record as they learn more (parameters, error code) and must finish
// before answering: the entry is committed to the log when the status is
// written, before the first byte reaches the client.
type Exchange struct {
	// W writes the answer. It commits the log entry on WriteHeader.
	W http.ResponseWriter
	// R is the request.
	R *http.Request
	// Op is the operation name ("ListForwardingRules", "CreateToken").
	Op string
	// Seq numbers the exchanges of one log from 1; it never repeats, even
	// after Log.Clear, so it can make values unique.
	Seq uint64
	// Quirks are the pagination quirks injected for this request.
	Quirks Quirks
	// Record is the log entry. Fill its fields before answering.
	Record *Record
	// Data is the provider's own state for the request, so that a fault's
	// Respond can answer in the provider's error shape.
	Data any

	log       *Log
	committed bool
	faults    []string
}

// SetCode records the provider's error code for the log.
func (x *Exchange) SetCode(code string) {
	if !x.committed {
		x.Record.Code = code
	}
}

// commit stores the entry with status (0: no answer) in the log, once.
func (x *Exchange) commit(status int) {
	if x.committed {
		return
	}
	x.committed = true
	x.Record.Status = status
	x.Record.Fault = strings.Join(x.faults, "+")
	x.log.commit(x.Record)
}

// Finish commits the entry if no answer was written, e.g. when the client
// went away. Providers defer it.
func (x *Exchange) Finish() { x.commit(0) }

// noteFault remembers the name of a fault applied to this request.
func (x *Exchange) noteFault(name string) { x.faults = append(x.faults, name) }

// statusWriter commits the exchange's log entry when the status is
// written. Unwrap lets http.ResponseController reach the connection.
type statusWriter struct {
	http.ResponseWriter
	x *Exchange
}

// WriteHeader commits the log entry, then writes the status.
func (w *statusWriter) WriteHeader(status int) {
	w.x.commit(status)
	w.ResponseWriter.WriteHeader(status)
}

// Write writes the body, committing a 200 first if no status was written.
func (w *statusWriter) Write(b []byte) (int, error) {
	w.x.commit(http.StatusOK)
	return w.ResponseWriter.Write(b)
}

// Unwrap returns the underlying writer for http.ResponseController.
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }
