package secret

import (
	"fmt"
	"strings"
)

// Text is a message made of authspec's own words and values: the literal
// parts are marked, everything else is a value. Render, at the output
// sink, passes only the values through the Redactor, so no secret can
// rewrite a sentence, a cause code or a name written in the YAML, and a
// value that became a secret after the message was made is still hidden.
//
// The marks are two Unicode noncharacters (U+FDD0, U+FDD1) around each
// literal part, so a Text travels in any string field. Text without marks
// is all value: a message built without Textf is redacted whole, which
// can only hide too much, never too little.
type Text string

const (
	litOpen  = "\uFDD0"
	litClose = "\uFDD1"
)

// Lit marks s as authspec's own words, or a name written in the YAML.
func Lit(s string) Text {
	s = Plain(s)
	if s == "" {
		return ""
	}
	return Text(litOpen + s + litClose)
}

// Litf is Lit of fmt.Sprintf(format, args...): a sentence wholly of
// authspec's own words and names written in the YAML, numbers and
// positions, with no value in it (Textf, where its arguments are values).
func Litf(format string, args ...any) Text { return Lit(fmt.Sprintf(format, args...)) }

// Textf formats a message whose format is literal and whose arguments are
// values. An argument that is a Text (or an error made by Errorf) keeps
// its own literal parts; any other argument is a value, formatted with its
// verb (%s, %q, %d, %v …). %w is %v, as Errorf wraps with it.
func Textf(format string, args ...any) Text {
	var b strings.Builder
	scan(format, func(s string) {
		if s != "" {
			b.WriteString(string(Lit(s)))
		}
	}, func(verb string, arg int) {
		if arg >= len(args) {
			b.WriteString(string(Lit("%!" + verb[len(verb)-1:] + "(MISSING)"))) // as fmt says it
			return
		}
		b.WriteString(value(verb, args[arg]))
	})
	return Text(b.String())
}

// scan walks a format as fmt reads it: lit gets each literal part (%%
// as "%"), verb each verb with the index of the argument it takes.
func scan(format string, lit func(string), verb func(v string, arg int)) {
	arg := 0
	for i := 0; i < len(format); {
		j := strings.IndexByte(format[i:], '%')
		if j < 0 {
			lit(format[i:])
			return
		}
		lit(format[i : i+j])
		i += j
		k := i + 1
		for k < len(format) && strings.IndexByte("+-# 0123456789.", format[k]) >= 0 {
			k++
		}
		if k >= len(format) {
			lit(format[i:])
			return
		}
		v := format[i : k+1]
		i = k + 1
		if v == "%%" {
			lit("%")
			continue
		}
		verb(v, arg)
		arg++
	}
}

// value renders one argument: a Text as it is, anything else as a value
// with no marks in it (a value must not be able to declare itself
// literal).
func value(verb string, a any) string {
	if verb == "%w" {
		verb = "%v"
	}
	switch t := a.(type) {
	case Text:
		if verb == "%s" || verb == "%v" {
			return string(t)
		}
		return Plain(fmt.Sprintf(verb, Plain(string(t))))
	case texter:
		if verb == "%s" || verb == "%v" {
			return string(t.Text())
		}
	}
	return Plain(fmt.Sprintf(verb, a))
}

// at is args[i], nil past the end.
func at(args []any, i int) any {
	if i < len(args) {
		return args[i]
	}
	return nil
}

type texter interface{ Text() Text }

// textError is an error whose message is a Text.
type textError struct{ t Text }

func (e textError) Error() string { return string(e.t) }
func (e textError) Text() Text    { return e.t }

// wrapError is a textError that wraps the errors its %w verbs took, so
// errors.Is and errors.As see through authspec's words to them.
type wrapError struct {
	textError
	errs []error
}

func (e *wrapError) Unwrap() []error { return e.errs }

// Errorf is Textf for errors; %w wraps its argument as fmt.Errorf does,
// its message a value (or, made by Errorf, with its own literal parts).
// Wrapping an Errorf error with fmt.Errorf keeps its marks in the string
// but makes the whole message a value: wrap with Errorf.
func Errorf(format string, args ...any) error {
	t := textError{Textf(format, args...)}
	var errs []error
	scan(format, func(string) {}, func(verb string, arg int) {
		if err, ok := at(args, arg).(error); ok && verb == "%w" {
			errs = append(errs, err)
		}
	})
	if errs == nil {
		return t
	}
	return &wrapError{t, errs}
}

// Marked reports whether s holds a literal part: a message made with
// Textf or Lit, whose other parts are values.
func Marked(s string) bool { return strings.Contains(s, litOpen) }

// Plain removes the marks: the text as written, nothing redacted. For
// comparisons and tests, never for output.
func Plain(s string) string {
	if !strings.Contains(s, litOpen) && !strings.Contains(s, litClose) {
		return s
	}
	return strings.NewReplacer(litOpen, "", litClose, "").Replace(s)
}

// Render is how a Text leaves authspec: literal parts as written, values
// redacted. A literal mark that is never closed makes the rest a value.
func Render(r *Redactor, s string) string {
	return RenderFunc(s, r.Redact, func(l string) string { return l })
}

// RedactValues redacts the values of s and keeps its marks, for text that
// is cut or stored before it reaches a sink.
func RedactValues(r *Redactor, s string) string {
	return RenderFunc(s, r.Redact, func(l string) string { return string(Lit(l)) })
}

// RenderFunc renders s with a sink's own treatment: value gets every value
// part (to redact and escape it), lit every literal part.
func RenderFunc(s string, value, lit func(string) string) string {
	if !strings.Contains(s, litOpen) {
		return value(Plain(s))
	}
	var b strings.Builder
	for s != "" {
		i := strings.Index(s, litOpen)
		if i < 0 {
			b.WriteString(value(Plain(s)))
			break
		}
		if i > 0 {
			b.WriteString(value(Plain(s[:i])))
		}
		s = s[i+len(litOpen):]
		j := strings.Index(s, litClose)
		if j < 0 {
			b.WriteString(value(Plain(s)))
			break
		}
		b.WriteString(lit(Plain(s[:j])))
		s = s[j+len(litClose):]
	}
	return b.String()
}
