package assert

import (
	"bytes"
	"fmt"
	"mime"
	"net/http"
	"strings"
	"time"

	"github.com/tidwall/gjson"

	"github.com/authspec/authspec/secret"
)

// CheckBody applies the matchers to the value at a gjson path. A body that
// is not JSON gets one failure for the path that says so, because "got
// (missing)" would send the user looking for a field in an HTML error page.
func CheckBody(path string, ms []Matcher, body []byte, truncated bool) []Failure {
	return Checker{}.Body(path, ms, body, truncated)
}

// Body is CheckBody with the Checker's redactor.
func (c Checker) Body(path string, ms []Matcher, body []byte, truncated bool) []Failure {
	v := c.view()
	if len(ms) == 0 {
		return nil
	}
	if !gjson.ValidBytes(body) {
		return []Failure{v.notJSON(bodyLabel(path), ms, body, truncated)}
	}
	cutNote := ""
	if truncated {
		cutNote = "the body was larger than the read cap and was cut"
	}
	r := gjson.GetBytes(body, path)
	var fs []Failure
	for _, m := range ms {
		if !r.Exists() {
			if m.Op == OpExists && m.Arg == false {
				continue
			}
			fs = append(fs, newFailure(bodyLabel(path), m.expected(), secret.Lit("(missing)"), cutNote))
			continue
		}
		if m.Op == OpEquals && equalJSON(m.Arg, r) {
			continue // passed: judged without rendering (and redacting) the value
		}
		if ok, actual, reason := v.evalJSON(m, r); !ok {
			if reason == "" {
				reason = cutNote
			}
			fs = append(fs, newFailure(bodyLabel(path), m.expected(), secret.Text(actual), reason))
		}
	}
	return fs
}

// bodyLabel names a body path in a failure; made only for one, since a
// passing check states nothing.
func bodyLabel(path string) string { return "body " + path }

func (v view) notJSON(label string, ms []Matcher, body []byte, truncated bool) Failure {
	parts := make([]string, len(ms))
	for i, m := range ms {
		parts[i] = m.String()
	}
	f := Failure{Path: label, Expected: strings.Join(parts, " and ")}
	trimmed := bytes.TrimSpace(body)
	switch {
	case len(trimmed) == 0:
		f.Actual = string(secret.Lit("(empty body)"))
		f.Message = string(secret.Lit(oneLine(label) + ": the response body is empty, not JSON"))
	case truncated && (trimmed[0] == '{' || trimmed[0] == '['):
		// JSON that was cut: saying "not JSON" would blame the API.
		f.Actual = "(cut body) " + v.excerpt(body, 60)
		f.Message = string(secret.Textf("%s: the response body was larger than the read cap and was cut, so it is not valid JSON (first bytes: %s)",
			secret.Lit(oneLine(label)), oneLine(v.excerpt(body, 60))))
	default:
		f.Actual = "(not JSON) " + v.excerpt(body, 60)
		msg := secret.Textf("%s: the response body is not JSON (%s? first bytes: %s)", secret.Lit(oneLine(label)), oneLine(sniff(body)), oneLine(v.excerpt(body, 60)))
		if truncated {
			msg += secret.Lit("; it was also larger than the read cap and was cut")
		}
		f.Message = string(msg)
	}
	return f
}

// sniff names the likely media type of a body, e.g. text/html for a proxy's
// error page, without the charset that DetectContentType appends.
func sniff(body []byte) string {
	t := http.DetectContentType(body)
	if mt, _, err := mime.ParseMediaType(t); err == nil {
		return mt
	}
	return t
}

// evalJSON applies one matcher to an existing value. actual is what the
// failure shows; reason explains a failure that is about the kind of value
// rather than the value itself.
func (v view) evalJSON(m Matcher, r gjson.Result) (ok bool, actual, reason string) {
	actual = v.renderJSON(r)
	switch m.Op {
	case OpExists:
		return m.Arg == true, actual, ""
	case OpEquals:
		return equalJSON(m.Arg, r), actual, ""
	case OpNotEquals:
		return !equalJSON(m.Arg, r), actual, ""
	case OpOneOf:
		list, _ := m.Arg.([]any)
		for _, e := range list {
			if equalJSON(e, r) {
				return true, actual, ""
			}
		}
		return false, actual, ""
	case OpContains, OpNotContains:
		found, applicable := containsJSON(m.Arg, r)
		if !applicable {
			return false, actual, fmt.Sprintf("%s looks into a string, an array or an object; this is %s", m.Op, article(jsonType(r)))
		}
		return found == (m.Op == OpContains), actual, ""
	case OpMatches:
		var text string
		switch r.Type {
		case gjson.String:
			text = r.Str
		case gjson.Number, gjson.True, gjson.False:
			text = r.Raw
		default:
			return false, actual, "matches applies to strings, numbers and bools; this is " + article(jsonType(r))
		}
		re, err := m.pattern()
		if err != nil {
			return false, actual, "invalid regular expression: " + regexpReason(err)
		}
		return re.MatchString(text), actual, ""
	case OpType:
		t := jsonType(r)
		if t != "null" {
			actual = t + " " + actual
		}
		return m.Arg == t, actual, ""
	case OpLength:
		n, ok := lengthJSON(r)
		if !ok {
			return false, actual, "length applies to strings, arrays and objects; this is " + article(jsonType(r))
		}
		return checkLength(m, n, actual)
	case OpGT, OpGTE, OpLT, OpLTE:
		want, ok := argNumber(m.Arg)
		if !ok {
			return false, actual, fmt.Sprintf("the expected value %s is not a number", renderValue(m.Arg))
		}
		if r.Type != gjson.Number {
			return false, actual, "not a number; this is " + article(jsonType(r))
		}
		got, _ := parseNumber(r.Raw)
		return compareOp(m.Op, got.cmp(want)), actual, ""
	}
	return false, actual, fmt.Sprintf("unknown operator %q", m.Op)
}

func checkLength(m Matcher, n int, rendered string) (bool, string, string) {
	actual := fmt.Sprintf("length %d: %s", n, rendered)
	want, ok := argNumber(m.Arg)
	if !ok {
		return false, actual, fmt.Sprintf("the expected length %s is not a number", renderValue(m.Arg))
	}
	return want.cmp(number{rat: bigInt(n), f: float64(n)}) == 0, actual, ""
}

func article(t string) string {
	switch t {
	case "array", "object":
		return "an " + t
	case "null":
		return "null"
	}
	return "a " + t
}

// CheckContains is body_contains (want true) and body_not_contains (want
// false) on the raw body, JSON or not.
func CheckContains(s string, want bool, body []byte) *Failure {
	return Checker{}.Contains(s, want, body)
}

// Contains is CheckContains with the Checker's redactor.
func (c Checker) Contains(s string, want bool, body []byte) *Failure {
	return c.ContainsShown(s, "", want, body)
}

// ContainsShown is Contains stating the expected string as shown (the
// runner renders it from the suite's template: its text as written, each
// secret as its label) instead of s redacted as a value.
func (c Checker) ContainsShown(s string, shown secret.Text, want bool, body []byte) *Failure {
	v := c.view()
	if shown == "" {
		shown = secret.Text(quote(v.r(s)))
	} else {
		shown = secret.Lit(`"`) + shown + secret.Lit(`"`)
	}
	i := bytes.Index(body, []byte(s))
	if (i >= 0) == want {
		return nil
	}
	var f Failure
	if want {
		actual := "(empty body)"
		if len(body) > 0 {
			actual = fmt.Sprintf("%s (%d bytes)", v.excerpt(body, 120), len(body))
		}
		f = newFailure("body_contains", secret.Textf("contains %s", shown), secret.Text(actual), "")
	} else {
		f = newFailure("body_not_contains", secret.Textf("does not contain %s", shown), secret.Text(v.around(body, s)), "")
	}
	return &f
}

// around shows where an unwanted string occurs, with some context on each
// side so the user can find it in a large body. It looks in the redacted
// body, so no secret is cut at the window's edge.
func (v view) around(body []byte, s string) string {
	const ctx = 40
	text, find := v.r(string(body)), v.r(s)
	i := strings.Index(text, find)
	if i < 0 {
		i = 0
	}
	lo, hi := max(0, i-ctx), min(len(text), i+len(find)+ctx)
	out := view{}.excerpt([]byte(text[lo:hi]), 2*ctx+len(find))
	if lo > 0 {
		out = "…" + out
	}
	if hi < len(text) {
		out += "…"
	}
	return out
}

// CheckDuration fails when a response took longer than max; max <= 0 means
// no limit was set.
func CheckDuration(max, got time.Duration) *Failure {
	if max <= 0 || got <= max {
		return nil
	}
	f := newFailure("duration", secret.Lit("≤ "+max.String()), secret.Lit(roundAbove(got, max).String()), "")
	return &f
}

// roundAbove rounds got for reading (2.31s, not 2.314159265s) but keeps
// enough digits that it still reads as more than max.
func roundAbove(got, max time.Duration) time.Duration {
	for _, unit := range []time.Duration{10 * time.Millisecond, time.Millisecond, 10 * time.Microsecond, time.Microsecond} {
		if r := got.Round(unit); r > max {
			return r
		}
	}
	return got
}
