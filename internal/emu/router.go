package emu

import (
	"net/url"
	"strings"
)

// Router matches REST requests to operations by method and path template,
// such as "GET /v2/{project_id}/apigw/instances/{instance_id}/custom-ingress-ports".
// Where two templates match, the one with a literal segment earlier wins,
// so "/v1/accelerators/tags" beats "/v1/accelerators/{id}". Add all routes
// before serving; matching is then safe for concurrent use.
type Router struct {
	routes []route
}

type route struct {
	method string
	segs   []string // "{name}" for a variable segment
	op     string
}

// Add registers op for method and the path template.
func (r *Router) Add(method, template, op string) {
	r.routes = append(r.routes, route{method: method, segs: splitPath(template), op: op})
}

// Match returns the operation for method and escapedPath with the values
// of the template's variables, unescaped.
func (r *Router) Match(method, escapedPath string) (op string, vars map[string]string, ok bool) {
	segs := splitPath(escapedPath)
	var best *route
	for i := range r.routes {
		rt := &r.routes[i]
		if rt.method == method && rt.matches(segs) && (best == nil || rt.moreLiteral(best)) {
			best = rt
		}
	}
	if best == nil {
		return "", nil, false
	}
	return best.op, best.bind(segs), true
}

func (rt *route) matches(segs []string) bool {
	if len(segs) != len(rt.segs) {
		return false
	}
	for i, s := range rt.segs {
		if !isVar(s) && s != segs[i] {
			return false
		}
		if isVar(s) && segs[i] == "" {
			return false
		}
	}
	return true
}

// moreLiteral reports whether rt has a literal segment where o first has
// a variable.
func (rt *route) moreLiteral(o *route) bool {
	for i := range rt.segs {
		if isVar(rt.segs[i]) != isVar(o.segs[i]) {
			return !isVar(rt.segs[i])
		}
	}
	return false
}

func (rt *route) bind(segs []string) map[string]string {
	vars := map[string]string{}
	for i, s := range rt.segs {
		if isVar(s) {
			v, err := url.PathUnescape(segs[i])
			if err != nil {
				v = segs[i]
			}
			vars[strings.Trim(s, "{}")] = v
		}
	}
	return vars
}

func isVar(seg string) bool { return strings.HasPrefix(seg, "{") && strings.HasSuffix(seg, "}") }

func splitPath(p string) []string {
	return strings.Split(strings.Trim(p, "/"), "/")
}
