package assert

import (
	"strings"
	"testing"

	"github.com/authspec/authspec/secret"
)

func TestParseStatus(t *testing.T) {
	tests := []struct {
		in      any
		str     string
		match   []int
		nomatch []int
		success bool
	}{
		{in: 200, str: "200", match: []int{200}, nomatch: []int{201, 204, 401}, success: true},
		{in: int64(204), str: "204", match: []int{204}, nomatch: []int{200}, success: true},
		{in: float64(401), str: "401", match: []int{401}, nomatch: []int{403}},
		{in: uint16(403), str: "403", match: []int{403}, nomatch: []int{401}},
		{in: "200", str: "200", match: []int{200}, nomatch: []int{201}, success: true},
		{in: " 302 ", str: "302", match: []int{302}, nomatch: []int{301}},
		{in: "2xx", str: "2xx", match: []int{200, 204, 299}, nomatch: []int{199, 300, 404}, success: true},
		{in: "4XX", str: "4xx", match: []int{400, 403, 499}, nomatch: []int{399, 500, 200}},
		{in: "5xX", str: "5xx", match: []int{500, 599}, nomatch: []int{499}},
		{in: "1xx", str: "1xx", match: []int{100, 101}, nomatch: []int{200}},
		{in: []any{200, 204}, str: "200 or 204", match: []int{200, 204}, nomatch: []int{201, 202}, success: true},
		{in: []any{400, int64(422)}, str: "400 or 422", match: []int{400, 422}, nomatch: []int{401, 421}},
		{in: []any{"2xx", 404}, str: "2xx or 404", match: []int{201, 404}, nomatch: []int{403, 405}, success: true},
		{in: []any{"401", "403"}, str: "401 or 403", match: []int{401, 403}, nomatch: []int{402}},
		{in: []int{401, 403}, str: "401 or 403", match: []int{401, 403}, nomatch: []int{200}},
		{in: 599, str: "599", match: []int{599}, nomatch: []int{598, 600}},
		{in: 100, str: "100", match: []int{100}, nomatch: []int{99, 0, -1}},
	}
	for _, tt := range tests {
		t.Run(renderValue(tt.in), func(t *testing.T) {
			s, err := ParseStatus(tt.in)
			if err != nil {
				t.Fatalf("ParseStatus(%#v): %v", tt.in, err)
			}
			if s.IsZero() {
				t.Error("IsZero() = true for a parsed status")
			}
			if got := s.String(); got != tt.str {
				t.Errorf("String() = %q, want %q", got, tt.str)
			}
			for _, c := range tt.match {
				if !s.Match(c) {
					t.Errorf("Match(%d) = false, want true", c)
				}
			}
			for _, c := range tt.nomatch {
				if s.Match(c) {
					t.Errorf("Match(%d) = true, want false", c)
				}
			}
			if got := s.AllowsSuccess(); got != tt.success {
				t.Errorf("AllowsSuccess() = %v, want %v", got, tt.success)
			}
		})
	}
}

func TestParseStatusErrors(t *testing.T) {
	tests := []struct {
		in   any
		want string
	}{
		{"2yy", `invalid status matcher "2yy": want a code like 200, a class like 2xx, or a list of them`},
		{"6xx", `invalid status matcher "6xx": want a code like 200`},
		{"0xx", `invalid status matcher "0xx"`},
		{"xx", `invalid status matcher "xx"`},
		{"", `invalid status matcher ""`},
		{"ok", `invalid status matcher "ok"`},
		{"200 or 204", `invalid status matcher "200 or 204"`},
		{600, `invalid status matcher 600: a status code is between 100 and 599`},
		{99, `invalid status matcher 99: a status code is between 100 and 599`},
		{"1000", `invalid status matcher "1000": a status code is between 100 and 599`},
		{-200, `invalid status matcher -200`},
		{200.5, `invalid status matcher 200.5: want a code like 200`},
		{true, `invalid status matcher true: want a code like 200`},
		{nil, `invalid status matcher null: want a code like 200`},
		{map[string]any{"code": 200}, `invalid status matcher {"code": 200}`},
		{[]any{}, `invalid status matcher []: the list is empty`},
		{[]int{}, `invalid status matcher []: the list is empty`},
		{[]any{200, "2yy"}, `invalid status matcher "2yy"`},
		{[]any{200, []any{204}}, `invalid status matcher [200, [204]]: a list cannot contain another list`},
		{int64(1 << 40), `invalid status matcher 1099511627776`},
	}
	for _, tt := range tests {
		t.Run(renderValue(tt.in), func(t *testing.T) {
			s, err := ParseStatus(tt.in)
			if err == nil {
				t.Fatalf("ParseStatus(%#v) = %q, want an error", tt.in, s)
			}
			if !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("error = %q, want prefix %q", err, tt.want)
			}
			if !s.IsZero() {
				t.Errorf("a failed parse returned a non-zero Status %q", s)
			}
		})
	}
}

func TestMustStatus(t *testing.T) {
	if got := MustStatus([]any{400, 422}).String(); got != "400 or 422" {
		t.Errorf("MustStatus = %q", got)
	}
	defer func() {
		r := recover()
		if r == nil || !strings.Contains(r.(string), `"2yy"`) {
			t.Errorf("MustStatus(\"2yy\") recovered %v, want a panic naming the value", r)
		}
	}()
	MustStatus("2yy")
}

func TestStatusComparable(t *testing.T) {
	if MustStatus(200) != MustStatus("200") {
		t.Error(`MustStatus(200) != MustStatus("200")`)
	}
	if MustStatus(200) == MustStatus(201) {
		t.Error("MustStatus(200) == MustStatus(201)")
	}
	// The zero value is what a step without `status:` holds: it must be
	// recognisable as such, and differ from every parsed matcher.
	var unset Status
	if !unset.IsZero() || MustStatus(200).IsZero() {
		t.Error("IsZero does not tell the zero Status from a parsed one")
	}
	if unset == MustStatus(200) || unset == MustStatus("2xx") {
		t.Error("the zero Status compares equal to a parsed matcher")
	}
}

func TestZeroStatusMatchesNothing(t *testing.T) {
	var s Status
	for _, c := range []int{100, 200, 204, 401, 599} {
		if s.Match(c) {
			t.Errorf("zero Status matches %d", c)
		}
	}
	if s.AllowsSuccess() {
		t.Error("zero Status allows success")
	}
	f := CheckStatus(s, 200)
	if f == nil || secret.Plain(f.Expected) != "(no status expectation)" {
		t.Errorf("CheckStatus(zero, 200) = %+v, want a failure", f)
	}
}

func TestCheckStatus(t *testing.T) {
	tests := []struct {
		want Status
		got  int
		msg  string // "" when the check passes
	}{
		{MustStatus(200), 200, ""},
		{MustStatus("2xx"), 204, ""},
		{MustStatus([]any{401, 403}), 403, ""},
		{MustStatus(200), 403, "status: expected 200, got 403 Forbidden"},
		{MustStatus("2xx"), 401, "status: expected 2xx, got 401 Unauthorized"},
		{MustStatus([]any{400, 422}), 500, "status: expected 400 or 422, got 500 Internal Server Error"},
		{MustStatus(401), 299, "status: expected 401, got 299"},
	}
	for _, tt := range tests {
		f := CheckStatus(tt.want, tt.got)
		switch {
		case tt.msg == "" && f != nil:
			t.Errorf("CheckStatus(%s, %d) = %q, want pass", tt.want, tt.got, secret.Plain(f.Message))
		case tt.msg != "" && f == nil:
			t.Errorf("CheckStatus(%s, %d) passed, want %q", tt.want, tt.got, tt.msg)
		case tt.msg != "" && secret.Plain(f.Message) != tt.msg:
			t.Errorf("CheckStatus(%s, %d) = %q, want %q", tt.want, tt.got, secret.Plain(f.Message), tt.msg)
		case f != nil && (f.Path != "status" || secret.Plain(f.Expected) != tt.want.String()):
			t.Errorf("Failure = %+v", f)
		}
	}
}
