package kg

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Precision says how much of a PartialDate is known.
type Precision uint8

const (
	PrecisionNone Precision = iota
	PrecisionYear
	PrecisionMonth
	PrecisionDay
)

func (p Precision) String() string {
	switch p {
	case PrecisionYear:
		return "YEAR"
	case PrecisionMonth:
		return "MONTH"
	case PrecisionDay:
		return "DAY"
	}
	return "NONE"
}

// PartialDate is a calendar date known to the year, the month or the day.
// News often gives only "in April" or "last year"; we keep exactly what the
// text supports instead of inventing a day. The zero value is "unknown".
type PartialDate struct {
	Year  int `json:"-"`
	Month int `json:"-"` // 0 when only the year is known
	Day   int `json:"-"` // 0 when only the year or month is known
}

// Day, Month and Year build dates of the matching precision.
func DateDay(y, m, d int) PartialDate { return PartialDate{Year: y, Month: m, Day: d} }
func DateMonth(y, m int) PartialDate  { return PartialDate{Year: y, Month: m} }
func DateYear(y int) PartialDate      { return PartialDate{Year: y} }

// DateOf returns the day-precision date of t.
func DateOf(t time.Time) PartialDate { return DateDay(t.Year(), int(t.Month()), t.Day()) }

func (d PartialDate) IsZero() bool { return d.Year == 0 }

func (d PartialDate) Precision() Precision {
	switch {
	case d.Year == 0:
		return PrecisionNone
	case d.Month == 0:
		return PrecisionYear
	case d.Day == 0:
		return PrecisionMonth
	}
	return PrecisionDay
}

// String gives YYYY, YYYY-MM or YYYY-MM-DD; "" when unknown.
func (d PartialDate) String() string {
	switch d.Precision() {
	case PrecisionYear:
		return fmt.Sprintf("%04d", d.Year)
	case PrecisionMonth:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	case PrecisionDay:
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
	}
	return ""
}

// ParsePartialDate reads YYYY, YYYY-MM or YYYY-MM-DD and rejects impossible
// dates (month 13, February 30). An empty string is the unknown date.
func ParsePartialDate(s string) (PartialDate, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return PartialDate{}, nil
	}
	parts := strings.Split(s, "-")
	if len(parts) > 3 || len(parts[0]) != 4 {
		return PartialDate{}, Errorf(CodeInvalidArgument, "invalid date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
	}
	var n [3]int
	for i, p := range parts {
		if (i > 0 && len(p) != 2) || p == "" {
			return PartialDate{}, Errorf(CodeInvalidArgument, "invalid date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
		}
		v, err := strconv.Atoi(p)
		if err != nil || v < 0 {
			return PartialDate{}, Errorf(CodeInvalidArgument, "invalid date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
		}
		n[i] = v
	}
	d := PartialDate{Year: n[0], Month: n[1], Day: n[2]}
	if err := d.Validate(); err != nil {
		return PartialDate{}, err
	}
	return d, nil
}

// Validate reports whether the fields form a real date of their precision.
func (d PartialDate) Validate() error {
	if d.Year == 0 {
		if d.Month != 0 || d.Day != 0 {
			return Errorf(CodeInvalidArgument, "invalid date: month or day without a year")
		}
		return nil
	}
	if d.Year < 1 || d.Year > 9999 {
		return Errorf(CodeInvalidArgument, "invalid date: year %d out of range", d.Year)
	}
	if d.Month < 0 || d.Month > 12 {
		return Errorf(CodeInvalidArgument, "invalid date %04d-%02d: no such month", d.Year, d.Month)
	}
	if d.Month == 0 && d.Day != 0 {
		return Errorf(CodeInvalidArgument, "invalid date: day without a month")
	}
	if d.Day != 0 {
		t := time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
		if d.Day < 1 || t.Day() != d.Day {
			return Errorf(CodeInvalidArgument, "invalid date %04d-%02d-%02d: no such day", d.Year, d.Month, d.Day)
		}
	}
	return nil
}

// Start is the first day the date could denote; End the last. Both are zero
// for the unknown date.
func (d PartialDate) Start() time.Time {
	switch d.Precision() {
	case PrecisionYear:
		return time.Date(d.Year, 1, 1, 0, 0, 0, 0, time.UTC)
	case PrecisionMonth:
		return time.Date(d.Year, time.Month(d.Month), 1, 0, 0, 0, 0, time.UTC)
	case PrecisionDay:
		return time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
	}
	return time.Time{}
}

func (d PartialDate) End() time.Time {
	switch d.Precision() {
	case PrecisionYear:
		return time.Date(d.Year, 12, 31, 0, 0, 0, 0, time.UTC)
	case PrecisionMonth:
		return time.Date(d.Year, time.Month(d.Month)+1, 0, 0, 0, 0, 0, time.UTC)
	case PrecisionDay:
		return d.Start()
	}
	return time.Time{}
}

// InRange reports whether the date may fall inside [from, to] (either bound
// may be zero = open). A date matches when the span it denotes overlaps the
// range, so "2024" is kept for a May 2024 filter: dropping imprecise dates
// would hide evidence, and the precision travels with the answer. The
// unknown date matches only an unbounded range.
func (d PartialDate) InRange(from, to PartialDate) bool {
	if from.IsZero() && to.IsZero() {
		return true
	}
	if d.IsZero() {
		return false
	}
	if !from.IsZero() && d.End().Before(from.Start()) {
		return false
	}
	if !to.IsZero() && d.Start().After(to.End()) {
		return false
	}
	return true
}

// OrderKey sorts dates as timelines want them: by first possible day, then
// by precision (coarser first), unknown dates last. Plain string order on the
// key is that order, so stores can index and compare it directly.
func (d PartialDate) OrderKey() string {
	if d.IsZero() {
		return "~"
	}
	return d.Start().Format("2006-01-02") + " " + strconv.Itoa(int(d.Precision()))
}

// Compare orders dates by OrderKey.
func (d PartialDate) Compare(o PartialDate) int {
	return strings.Compare(d.OrderKey(), o.OrderKey())
}

func (d PartialDate) MarshalJSON() ([]byte, error) {
	if d.IsZero() {
		return []byte("null"), nil
	}
	return json.Marshal(d.String())
}

func (d *PartialDate) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*d = PartialDate{}
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("partial date: %w", err)
	}
	v, err := ParsePartialDate(s)
	if err != nil {
		return err
	}
	*d = v
	return nil
}
