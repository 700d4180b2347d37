package importer

// Alibaba request locations, styles and fills as the spec spells them.
const (
	locForm   = "form"
	locHeader = "header"
	locBody   = "body"

	styleFlat = "flat"
	styleJSON = "json"

	fillRegionID    = "regionId"
	fillClientToken = "clientToken"
	fillSigner      = "signer"
)

// alibabaFills are the request parameters the runtime supplies, by wire
// name: RegionId and ClientToken when left empty, SecurityToken always
// (the signer sends it for STS credentials; the request has no field).
var alibabaFills = map[string]string{
	"RegionId":      fillRegionID,
	"ClientToken":   fillClientToken,
	"SecurityToken": fillSigner,
}

// alibabaTop sets the attributes of a top-level Alibaba member. Inputs:
// the facts' "body" is the form-encoded body, "query" the default; the
// default style flat is left out; a filled parameter is never required
// client-side; an object sent as JSON is a pointer, so nil is not sent.
// Outputs carry no location.
func (c *converter) alibabaTop(m *member, f *FactField, sd side) {
	if sd == sideOutput {
		return
	}
	if f.Location == locBody {
		m.location = locForm
	}
	if f.Style != styleFlat {
		m.style = f.Style
	}
	if fill, ok := alibabaFills[f.Name]; ok && m.val.typ == typeString {
		m.fill, m.required = fill, false
	}
	if m.style == styleJSON && m.val.typ == typeObject {
		m.pointer = true
	}
}

// listWrapper recognizes an Alibaba list wrapper in a response,
// {"Items":{"Item":[…]}}: an object whose only member is a list named by
// a singular noun (the element's name). It returns that member, to be
// read as a plain slice with wrap. An object whose one list member is a
// plural noun (GA's ForwardGroupConfig{ServerGroupTuples}) is a real
// object and stays. The existing spec overrides the rule: a field kept
// there as an object stays one, a list with wrap is unwrapped.
func (c *converter) listWrapper(f *FactField, u use) (*FactField, bool) {
	if !c.alibaba() || u.side != sideOutput || f.Type != "object" || len(f.Fields) != 1 {
		return nil, false
	}
	inner := &f.Fields[0]
	if inner.Type != "array" || inner.Items == nil {
		return nil, false
	}
	if old := c.fieldFrom(u.path); old != nil {
		return inner, old.Type == typeArray && old.Wrap == inner.Name
	}
	return inner, !isPlural(inner.Name)
}
