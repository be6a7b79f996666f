package cli

import "testing"

func TestOrdinal(t *testing.T) {
	for n, want := range map[int]string{1: "1st", 2: "2nd", 3: "3rd", 4: "4th", 11: "11th", 12: "12th", 13: "13th", 21: "21st", 22: "22nd", 103: "103rd", 111: "111th"} {
		if got := ordinal(n); got != want {
			t.Errorf("ordinal(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestStray(t *testing.T) {
	for _, tc := range []struct {
		first, total int
		want         string
	}{
		{3, 3, "3rd argument"},
		{3, 4, "3rd and 4th arguments"},
		{3, 6, "3rd to 6th arguments"},
		{1, 2, "1st and 2nd arguments"},
	} {
		if got := stray(tc.first, tc.total); got != tc.want {
			t.Errorf("stray(%d, %d) = %q, want %q", tc.first, tc.total, got, tc.want)
		}
	}
}
