package events

// ongoingMore finds, as ongoingAfter does, the verb phrase that says
// talks are going on, in the forms it leaves out: "are in progress",
// "were being held", "are being conducted", "are proceeding"
// (GUIDELINES 17.7: talks said to go on have begun). It returns the
// phrase's first token and the token after it, or -1.
func (x *extractor) ongoingMore(si, k int) (int, int) {
	s := x.d.Sentences[si]
	for j := k; j < s.Last && j < k+5; j++ {
		switch x.lower(j) {
		case "are", "is", "were", "was", "have", "has", "had", "been", "still", "also", "now", "already":
			continue
		case "proceeding":
			return k, j + 1
		case "in":
			if x.lower(j+1) == "progress" && j > k {
				return k, j + 2
			}
		case "being":
			if w := x.lower(j + 1); (w == "held" || w == "conducted") && j > k {
				return k, j + 2
			}
		}
		return -1, k
	}
	return -1, k
}
