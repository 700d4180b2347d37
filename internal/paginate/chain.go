package paginate

// chainStep is the rule shared by token and marker listings: each page
// carries the pointer to the next one, and an empty pointer ends the
// listing. Nothing else is trusted to end it: Alibaba's TotalCount on a
// NextToken operation counts the items of this page only, and an empty page
// may still carry a pointer (follow bounds how many in a row).
func chainStep[P, T any](kind styleKind, next func(page P) string) stepFunc[P, T] {
	return func(h *history, _ position, _ int, page P, items []T) verdict {
		token := next(page)
		if token == "" {
			return verdict{done: true}
		}
		v := verdict{next: position{token: token}}
		v.stop = h.follow(kind, token, len(items) == 0)
		return v
	}
}
