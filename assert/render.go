package assert

import (
	"bytes"
	"encoding/json"
	"github.com/authspec/authspec/internal/ansi"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/authspec/authspec/secret"
	"github.com/tidwall/gjson"
)

// maxActual bounds the rendering of an actual value: a failure line must
// stay readable in a console and in a JUnit message attribute even when the
// response holds a megabyte array.
const maxActual = 200

// newFailure builds the one-line message every reporter shows, as a
// secret.Text: the path (written in the suite) and authspec's words are
// literal, expected and actual are what the caller made them (a value
// unless marked), so no secret can rewrite "expected" or the path. reason,
// when set, explains a failure that expected-vs-actual alone would not (a
// regex that no longer compiles after interpolation, a non-numeric bound).
func newFailure(path string, expected, actual secret.Text, reason string) Failure {
	msg := secret.Textf("%s: expected %s, got %s", secret.Lit(oneLine(path)), expected, actual)
	if reason != "" {
		msg += secret.Textf(" (%s)", oneLine(reason))
	}
	return Failure{Path: path, Expected: string(expected), Actual: string(actual), Message: string(msg)}
}

// oneLine replaces control characters so that a header name or a YAML key
// holding a newline cannot split a message over lines (or forge one).
func oneLine(s string) string {
	s = ansi.Strip(s)
	if strings.IndexFunc(s, unicode.IsControl) < 0 && utf8.ValidString(s) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r == utf8.RuneError || unicode.IsControl(r) {
			return ' '
		}
		return r
	}, strings.ToValidUTF8(s, "\uFFFD"))
}

// quote renders a string for a human: plain double quotes when that is
// unambiguous (so a regex like ^\d+$ is not shown as ^\\d+$), Go escaping
// when the string holds quotes, control characters or invalid UTF-8.
func quote(s string) string {
	if utf8.ValidString(s) && !strings.ContainsRune(s, '"') && strings.IndexFunc(s, unicode.IsControl) < 0 {
		return `"` + s + `"`
	}
	return strconv.Quote(s)
}

// cut shortens s to n runes, marking the cut with an ellipsis.
func cut(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i := 0
	for k := 0; k < n; k++ {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i] + "…"
}

// renderValue renders an expected value (a decoded YAML value) the way a
// user would write it: strings quoted, lists as ["a", "b"], maps with
// sorted keys so messages are stable between runs.
func renderValue(v any) string {
	var b strings.Builder
	writeValue(&b, v)
	return b.String()
}

func writeValue(b *strings.Builder, v any) {
	switch x := v.(type) {
	case nil:
		b.WriteString("null")
	case string:
		b.WriteString(quote(x))
	case bool:
		b.WriteString(strconv.FormatBool(x))
	case int64:
		b.WriteString(strconv.FormatInt(x, 10))
	case float64:
		b.WriteString(formatFloat(x))
	case []any:
		b.WriteByte('[')
		for i, e := range x {
			if i > 0 {
				b.WriteString(", ")
			}
			writeValue(b, e)
		}
		b.WriteByte(']')
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		b.WriteByte('{')
		for i, k := range keys {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(quote(k))
			b.WriteString(": ")
			writeValue(b, x[k])
		}
		b.WriteByte('}')
	default:
		if n, ok := toInt(v); ok {
			b.WriteString(strconv.Itoa(n))
			return
		}
		raw, err := json.Marshal(v)
		if err != nil {
			b.WriteString(quote(strings.TrimSpace(strings.ReplaceAll(err.Error(), "\n", " "))))
			return
		}
		b.Write(raw)
	}
}

// formatFloat prints whole numbers without an exponent (1000000, not 1e+06)
// because they usually stand for counts and ids.
func formatFloat(f float64) string {
	if f == math.Trunc(f) && math.Abs(f) < 1e21 {
		return strconv.FormatFloat(f, 'f', -1, 64)
	}
	return strconv.FormatFloat(f, 'g', -1, 64)
}

// renderJSON renders an actual JSON value compactly and cut to maxActual.
func (v view) renderJSON(r gjson.Result) string {
	switch r.Type {
	case gjson.String:
		return cut(quote(v.r(r.Str)), maxActual)
	case gjson.Null:
		return "null"
	case gjson.JSON:
		var buf bytes.Buffer
		if err := json.Compact(&buf, []byte(r.Raw)); err == nil {
			return cut(oneLine(v.r(buf.String())), maxActual)
		}
	}
	return cut(oneLine(v.r(strings.TrimSpace(r.Raw))), maxActual)
}

// jsonType names a JSON value's type with the words the `type` operator
// accepts.
func jsonType(r gjson.Result) string {
	switch r.Type {
	case gjson.String:
		return "string"
	case gjson.Number:
		return "number"
	case gjson.True, gjson.False:
		return "bool"
	case gjson.Null:
		return "null"
	}
	if r.IsArray() {
		return "array"
	}
	return "object"
}

// excerpt shows the first bytes of a body that could not be read as
// expected: short, on one line, and free of control characters that would
// garble a terminal. The whole body is redacted before it is cut.
func (v view) excerpt(b []byte, n int) string {
	s := ansi.Strip(v.r(strings.ToValidUTF8(string(b), "\uFFFD")))
	s = s[:min(len(s), 4*n)]
	// Once more after folding: a secret split by a control character or
	// a line break reads whole again.
	s = v.r(strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsControl(r) || unicode.IsSpace(r)
	}), " "))
	return quote(cut(strings.ToValidUTF8(s, ""), n))
}

// view renders actual values for failures. Values are redacted before they
// are cut: a secret cut in half no longer matches the redactor, and its
// visible start would leak.
type view struct{ redact func(string) string }

func (v view) r(s string) string {
	if v.redact == nil {
		return s
	}
	return v.redact(s)
}

// Checker runs the checks with a redactor for the values they show. The
// package-level Check functions are a Checker without one.
type Checker struct {
	Redact func(string) string
}

func (c Checker) view() view { return view{redact: c.Redact} }
