package huaweitest

import (
	"io"
	"net/http"

	"github.com/polycloud-go/polycloud/internal/emu"
)

// maxBody bounds the request body the server reads.
const maxBody = 4 << 20

// serve handles one request: route, early faults, body, token, faults,
// operation.
func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	name, vars, routed := s.router.Match(r.Method, r.URL.EscapedPath())
	x := s.log.Begin(w, r, name, s.now())
	defer x.Finish()
	c := &call{x: x, op: s.ops[name], requestID: s.ids.UUID("request"), vars: vars}
	x.Data = c
	x.Record.Params = r.URL.Query()
	x.Record.Header = redactedHeader(r.Header)
	if !routed {
		c.fail(notImplemented(r))
		return
	}
	if f, ok := s.faults.TakeEarly(name); ok {
		emu.ServeEarly(x, f)
		return
	}
	s.handle(c)
}

// handle reads the body, checks the token and runs the operation under
// the injected faults.
func (s *Server) handle(c *call) {
	body, err := io.ReadAll(io.LimitReader(c.x.R.Body, maxBody))
	c.body = body
	c.x.Record.Body = body
	if c.op.service == iam {
		c.x.Record.Body = emu.RedactJSON(body, "password")
	}
	if err == nil {
		err = s.authenticate(c)
	}
	if err != nil {
		c.fail(err)
		return
	}
	term, mods := s.faults.TakeLate(c.op.name)
	emu.Serve(c.x, term, mods, func(x *emu.Exchange) { run(callOf(x)) })
}

// run answers with the operation's result, or its error.
func run(c *call) {
	status, body, err := c.op.handler(c)
	if err != nil {
		c.fail(err)
		return
	}
	c.succeed(status, body)
}
