package article

// loadHTML reads one HTML page as an article.
func loadHTML(s *source) {
	s.problem(0, nil, "HTML input is not supported yet")
}
