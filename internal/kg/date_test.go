package kg

import (
	"encoding/json"
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParsePartialDate(t *testing.T) {
	tests := []struct {
		in      string
		want    PartialDate
		prec    Precision
		wantErr bool
	}{
		{"2024-05-16", DateDay(2024, 5, 16), PrecisionDay, false},
		{"2024-05", DateMonth(2024, 5), PrecisionMonth, false},
		{"2024", DateYear(2024), PrecisionYear, false},
		{"", PartialDate{}, PrecisionNone, false},
		{"2024-02-30", PartialDate{}, PrecisionNone, true},
		{"2023-02-29", PartialDate{}, PrecisionNone, true},
		{"2024-02-29", DateDay(2024, 2, 29), PrecisionDay, false},
		{"2024-13", PartialDate{}, PrecisionNone, true},
		{"24-05-16", PartialDate{}, PrecisionNone, true},
		{"2024-5-16", PartialDate{}, PrecisionNone, true},
		{"2024-05-16-01", PartialDate{}, PrecisionNone, true},
		{"abcd", PartialDate{}, PrecisionNone, true},
		{"2024--", PartialDate{}, PrecisionNone, true},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, err := ParsePartialDate(tc.in)
			if (err != nil) != tc.wantErr {
				t.Fatalf("ParsePartialDate(%q) error = %v, wantErr %v", tc.in, err, tc.wantErr)
			}
			if tc.wantErr {
				if ErrorCode(err) != CodeInvalidArgument {
					t.Errorf("code = %s, want INVALID_ARGUMENT", ErrorCode(err))
				}
				return
			}
			if got != tc.want || got.Precision() != tc.prec || got.String() != tc.in {
				t.Errorf("got %+v (%s, %q), want %+v (%s)", got, got.Precision(), got.String(), tc.want, tc.prec)
			}
		})
	}
}

func TestPartialDateOrder(t *testing.T) {
	dates := []PartialDate{{}, DateDay(2024, 5, 16), DateYear(2024), DateMonth(2024, 5), DateDay(2024, 5, 1), DateYear(2023), DateDay(2023, 12, 31)}
	sort.Slice(dates, func(i, j int) bool { return dates[i].Compare(dates[j]) < 0 })
	var got []string
	for _, d := range dates {
		got = append(got, d.String())
	}
	want := []string{"2023", "2023-12-31", "2024", "2024-05", "2024-05-01", "2024-05-16", ""}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("order (-want +got):\n%s", diff)
	}
}

func TestPartialDateInRange(t *testing.T) {
	tests := []struct {
		d, from, to string
		want        bool
	}{
		{"2024-05-16", "2024-05", "2024-05", true},
		{"2024-05-16", "2024-06", "", false},
		{"2024-05-16", "", "2024-05-15", false},
		{"2024", "2024-05", "2024-06", true}, // imprecise dates overlap
		{"2023", "2024-01", "", false},
		{"", "2024", "", false},
		{"", "", "", true},
		{"2024-04", "2024-04-30", "2024-05-02", true},
	}
	for _, tc := range tests {
		d, _ := ParsePartialDate(tc.d)
		from, _ := ParsePartialDate(tc.from)
		to, _ := ParsePartialDate(tc.to)
		if got := d.InRange(from, to); got != tc.want {
			t.Errorf("%q.InRange(%q, %q) = %v, want %v", tc.d, tc.from, tc.to, got, tc.want)
		}
	}
}

func TestPartialDateJSON(t *testing.T) {
	type wrap struct {
		D PartialDate `json:"d"`
	}
	for _, in := range []string{`{"d":"2024-05-16"}`, `{"d":"2024-05"}`, `{"d":null}`} {
		var w wrap
		if err := json.Unmarshal([]byte(in), &w); err != nil {
			t.Fatalf("unmarshal %s: %v", in, err)
		}
		out, err := json.Marshal(w)
		if err != nil {
			t.Fatal(err)
		}
		if string(out) != in {
			t.Errorf("round trip %s -> %s", in, out)
		}
	}
	var w wrap
	if err := json.Unmarshal([]byte(`{"d":"2024-13-01"}`), &w); err == nil {
		t.Error("invalid date accepted")
	}
}
