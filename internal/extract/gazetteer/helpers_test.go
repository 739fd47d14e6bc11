package gazetteer

import "github.com/actorgraph/actorgraph/internal/extract/segment"

func segmentDoc(s string) *segment.Doc { return segment.Segment(s) }
