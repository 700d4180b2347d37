package importer

// huaweiTop sets the location of a top-level Huawei member. Inputs keep
// theirs (path, query, header, body or form) written out, and a path
// parameter is always required. Outputs are body members, left implicit,
// or response headers; a whole body says so.
func (c *converter) huaweiTop(m *member, f *FactField, sd side) {
	m.wholeBody = f.WholeBody
	if sd == sideOutput {
		if f.Location == locHeader {
			m.location = locHeader
		}
		return
	}
	m.location = f.Location
	if m.location == "" {
		m.location = locBody
	}
	if m.location == "path" {
		m.required = true
	}
}
