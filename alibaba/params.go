package alibaba

import (
	"encoding/json"
	"strconv"
	"strings"
)

// Params are the parameters of one RPC call, in the order they were set.
// Generated code fills them from a request struct; call Client.Call with
// them directly to use an action polycloud does not generate. Query
// parameters travel in the URL, form parameters in an
// application/x-www-form-urlencoded body; both are signed.
type Params struct {
	query []Param
	form  []Param
}

// Param is one name=value pair as sent on the wire.
type Param struct {
	Name, Value string
}

// Set adds a query parameter, replacing an earlier one of the same name.
func (p *Params) Set(name, value string) { p.query = put(p.query, name, value) }

// SetForm adds a form-body parameter, replacing an earlier one of the same name.
func (p *Params) SetForm(name, value string) { p.form = put(p.form, name, value) }

// SetInt adds an integer query parameter.
func (p *Params) SetInt(name string, v int64) { p.Set(name, strconv.FormatInt(v, 10)) }

// SetFloat adds a floating-point query parameter in its shortest form.
func (p *Params) SetFloat(name string, v float64) {
	p.Set(name, strconv.FormatFloat(v, 'f', -1, 64))
}

// SetBool adds a boolean query parameter as "true" or "false".
func (p *Params) SetBool(name string, v bool) { p.Set(name, strconv.FormatBool(v)) }

// SetJSON adds a query parameter whose value is v encoded as one JSON
// string (the "json" serialization style of some actions).
func (p *Params) SetJSON(name string, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	p.Set(name, string(b))
	return nil
}

// SetCommaList adds a query parameter whose value is vs joined by commas.
func (p *Params) SetCommaList(name string, vs []string) { p.Set(name, strings.Join(vs, ",")) }

// Get returns a query or form parameter by name.
func (p *Params) Get(name string) (string, bool) {
	for _, list := range [][]Param{p.query, p.form} {
		for _, kv := range list {
			if kv.Name == name {
				return kv.Value, true
			}
		}
	}
	return "", false
}

// Query returns the query parameters in the order they were set.
func (p *Params) Query() []Param { return p.query }

// Form returns the form-body parameters in the order they were set.
func (p *Params) Form() []Param { return p.form }

// Key builds the flattened name of a list element or one of its fields:
// Key("Tag", 0, "Key") is "Tag.1.Key" (lists are 1-based on the wire).
func Key(list string, index int, field ...string) string {
	k := list + "." + strconv.Itoa(index+1)
	for _, f := range field {
		k += "." + f
	}
	return k
}

func put(list []Param, name, value string) []Param {
	for i := range list {
		if list[i].Name == name {
			list[i].Value = value
			return list
		}
	}
	return append(list, Param{name, value})
}
