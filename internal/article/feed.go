package article

// loadFeed reads an RSS or Atom feed, one article per item.
func loadFeed(s *source) {
	s.problem(0, nil, "RSS/Atom input is not supported yet")
}
