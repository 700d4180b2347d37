package huaweitest

import (
	"net/http"

	"github.com/polycloud-go/polycloud/internal/emu"
)

// operation is one route the server serves.
type operation struct {
	name    string
	service service
	handler handler
}

// handler answers one operation with a status and a body, or an error.
type handler func(c *call) (status int, body any, err error)

// opCreateToken is the name IAM's token operation has in the request log
// and for Inject.
const opCreateToken = "CreateToken"

// route registers an operation for method and path template.
func (s *Server) route(method, template, name string, svc service, h handler) {
	s.router.Add(method, template, name)
	s.ops[name] = operation{name: name, service: svc, handler: h}
}

// routeListing registers a paginated operation from its declaration.
// Every listing goes through here, so listings can be declared from
// generated metadata as well as by hand; an invalid declaration is a bug
// in this package and panics when the server starts. before, when set,
// starts the answer (GA's request_id).
func (s *Server) routeListing(method, template, name string, svc service, l emu.Listing, before func(*call, *emu.Object)) {
	if err := l.Validate(); err != nil {
		panic("huaweitest: listing " + name + ": " + err.Error())
	}
	s.route(method, template, name, svc, func(c *call) (int, any, error) {
		out := &emu.Object{}
		if before != nil {
			before(c, out)
		}
		req := &emu.Request{Op: name, Params: c.params(), Quirks: c.x.Quirks, Seq: c.x.Seq}
		if err := l.Serve(req, out); err != nil {
			return 0, nil, err
		}
		return http.StatusOK, out, nil
	})
}

func (s *Server) registerIAM() {
	s.route(http.MethodPost, "/v3/auth/tokens", opCreateToken, iam, s.createToken)
}
