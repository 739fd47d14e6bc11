package model

import (
	"encoding/json"
	"io"
	"strconv"

	"github.com/99designs/gqlgen/graphql"

	"github.com/actorgraph/actorgraph/internal/kg"
)

// MarshalPartialDate writes a date as "YYYY", "YYYY-MM" or "YYYY-MM-DD",
// and the unknown date as null. gqlgen finds it by name (gqlgen.yml binds
// the PartialDate scalar to this package) because kg.PartialDate cannot
// carry GraphQL methods: kg depends on the standard library only.
func MarshalPartialDate(d kg.PartialDate) graphql.Marshaler {
	if d.IsZero() {
		return graphql.Null
	}
	return graphql.WriterFunc(func(w io.Writer) {
		_, _ = io.WriteString(w, strconv.Quote(d.String()))
	})
}

// UnmarshalPartialDate reads "YYYY", "YYYY-MM" or "YYYY-MM-DD". Anything
// else, impossible dates included, is an INVALID_ARGUMENT error.
func UnmarshalPartialDate(v any) (kg.PartialDate, error) {
	switch v := v.(type) {
	case nil:
		return kg.PartialDate{}, nil
	case string:
		return kg.ParsePartialDate(v)
	case json.Number:
		// A bare year sent as a number (2024) is unambiguous; accept it.
		return kg.ParsePartialDate(v.String())
	case int64:
		return kg.ParsePartialDate(strconv.FormatInt(v, 10))
	case int:
		return kg.ParsePartialDate(strconv.Itoa(v))
	}
	return kg.PartialDate{}, kg.Errorf(kg.CodeInvalidArgument, "invalid date %v: want a string YYYY, YYYY-MM or YYYY-MM-DD", v)
}
