package alibabatest

import (
	"net/http"

	"github.com/polycloud-go/polycloud/internal/emu"
)

// dispatch routes the call to its action, authenticates it, applies the
// injected faults and runs the action.
func (s *Server) dispatch(c *call) {
	h, err := s.route(c)
	if err == nil {
		err = s.authenticate(c)
	}
	if err != nil {
		c.fail(err)
		return
	}
	term, mods := s.faults.TakeLate(c.x.Op)
	emu.Serve(c.x, term, mods, func(x *emu.Exchange) { run(callOf(x), h) })
}

// route finds the handler for Version and Action. Like the cloud, it
// answers an unknown action before looking at the signature.
func (s *Server) route(c *call) (handler, error) {
	if r := c.x.R; r.URL.Path != "/" || (r.Method != http.MethodPost && r.Method != http.MethodGet) {
		return nil, newError(http.StatusNotFound, "InvalidAction.NotFound",
			"Specified api is not found, please check your url and method.")
	}
	action, version := c.action, c.version
	switch {
	case action == "":
		return nil, missing("Action")
	case version == "":
		return nil, missing("Version")
	}
	p, ok := productFor(version)
	if !ok {
		return nil, newError(http.StatusBadRequest, "InvalidVersion", "Specified parameter Version is not valid.")
	}
	c.product = p
	h, ok := s.ops[opKey(version, action)]
	if !ok {
		return nil, actionNotFound(p.code, version, action)
	}
	return h, nil
}

// run answers with h's body, or its error.
func run(c *call, h handler) {
	out := (&emu.Object{}).Set("RequestId", c.requestID)
	if err := h(c, out); err != nil {
		c.fail(err)
		return
	}
	c.succeed(out)
}

func opKey(version, action string) string { return version + "/" + action }

// handle registers h for one action of one API version.
func (s *Server) handle(version, action string, h handler) { s.ops[opKey(version, action)] = h }

// handleListing registers a paginated action from its declaration. Every
// listing goes through here, so listings can be declared from generated
// metadata as well as by hand; an invalid declaration is a bug in this
// package and panics when the server starts.
func (s *Server) handleListing(version, action string, l emu.Listing) {
	if err := l.Validate(); err != nil {
		panic("alibabatest: listing " + action + ": " + err.Error())
	}
	s.handle(version, action, func(c *call, out *emu.Object) error {
		req := &emu.Request{Op: action, Params: c.params, Quirks: c.x.Quirks, Seq: c.x.Seq}
		return l.Serve(req, out)
	})
}
