package diagnose

import (
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/authspec/authspec/internal/lazyre"
)

// Challenge is one authentication challenge of a WWW-Authenticate header
// (RFC 9110, section 11.6.1): a scheme followed by either a token68 or a list of
// parameters.
type Challenge struct {
	Scheme  string            // as sent, e.g. "Bearer"; compare with strings.EqualFold
	Token68 string            // e.g. the blob of "Negotiate YIIG…"; "" when Params are used
	Params  map[string]string // names lower-cased, values unquoted; nil when none
}

// Is reports whether c's scheme is scheme, ignoring case.
func (c Challenge) Is(scheme string) bool { return strings.EqualFold(c.Scheme, scheme) }

// String renders c back in header syntax, parameters in a stable order.
func (c Challenge) String() string {
	var b strings.Builder
	b.WriteString(c.Scheme)
	if c.Token68 != "" {
		b.WriteString(" " + c.Token68)
		return b.String()
	}
	sep := " "
	for _, k := range sortedKeys(c.Params) {
		fmt.Fprintf(&b, "%s%s=%q", sep, k, c.Params[k])
		sep = ", "
	}
	return b.String()
}

// ParseChallenges parses a WWW-Authenticate (or Proxy-Authenticate) field
// value: one or more comma-separated challenges, each
//
//	auth-scheme [ 1*SP ( token68 / #auth-param ) ]
//	auth-param = token BWS "=" BWS ( token / quoted-string )
//
// Quoted strings may contain commas and \-escapes. Empty list elements are
// allowed. On malformed input it returns the challenges read before the
// error together with the error; it never panics.
func ParseChallenges(header string) ([]Challenge, error) {
	p := &chParser{s: header}
	var out []Challenge
	for {
		p.skipListSep()
		if p.eof() {
			break
		}
		scheme := p.token()
		if scheme == "" {
			return out, p.errorf("expected an auth-scheme")
		}
		c := Challenge{Scheme: scheme}
		hadSpace := p.skipSP()
		if hadSpace && !p.eof() && p.peek() != ',' {
			if err := p.challengeBody(&c); err != nil {
				return out, err
			}
		} else if !p.eof() && p.peek() != ',' {
			return out, p.errorf("expected a space or a comma after scheme %q", scheme)
		}
		out = append(out, c)
		// After a challenge: more auth-params were consumed by
		// challengeBody; what follows is another challenge.
	}
	if len(out) == 0 {
		return nil, errors.New("WWW-Authenticate: no challenge")
	}
	return out, nil
}

// challengeHeader parses every WWW-Authenticate field of h. Malformed
// fields contribute what could be read.
func challengeHeader(h http.Header) ([]Challenge, []string) {
	var out []Challenge
	var raw []string
	for _, v := range h.Values("WWW-Authenticate") {
		raw = append(raw, v)
		cs, err := ParseChallenges(v)
		out = append(out, cs...)
		if err != nil {
			out = append(out, lenientChallenge(v, cs)...)
		}
	}
	return out, raw
}

type chParser struct {
	s string
	i int
}

func (p *chParser) eof() bool  { return p.i >= len(p.s) }
func (p *chParser) peek() byte { return p.s[p.i] }

func (p *chParser) errorf(format string, a ...any) error {
	return fmt.Errorf("WWW-Authenticate: offset %d: %s", p.i, fmt.Sprintf(format, a...))
}

// skipOWS skips optional whitespace (SP / HTAB).
func (p *chParser) skipOWS() {
	for !p.eof() && (p.peek() == ' ' || p.peek() == '\t') {
		p.i++
	}
}

// skipSP skips whitespace and reports whether there was any.
func (p *chParser) skipSP() bool {
	start := p.i
	p.skipOWS()
	return p.i > start
}

// skipListSep skips OWS and commas between list elements.
func (p *chParser) skipListSep() {
	for !p.eof() && (p.peek() == ' ' || p.peek() == '\t' || p.peek() == ',') {
		p.i++
	}
}

func isTchar(c byte) bool {
	switch {
	case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		return true
	}
	return strings.IndexByte("!#$%&'*+-.^_`|~", c) >= 0
}

func isToken68Char(c byte) bool {
	switch {
	case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		return true
	}
	return strings.IndexByte("-._~+/", c) >= 0
}

func (p *chParser) token() string {
	start := p.i
	for !p.eof() && isTchar(p.peek()) {
		p.i++
	}
	return p.s[start:p.i]
}

// isParamAhead reports whether an auth-param (token BWS "=" followed by a
// token or quoted-string) starts at the current position.
func (p *chParser) isParamAhead() bool {
	q := &chParser{s: p.s, i: p.i}
	if q.token() == "" {
		return false
	}
	q.skipOWS()
	if q.eof() || q.peek() != '=' {
		return false
	}
	q.i++
	q.skipOWS()
	return !q.eof() && (q.peek() == '"' || isTchar(q.peek()) && q.peek() != '=')
}

// challengeBody reads a token68 or a list of auth-params after a scheme.
func (p *chParser) challengeBody(c *Challenge) error {
	if !p.isParamAhead() {
		start := p.i
		for !p.eof() && isToken68Char(p.peek()) {
			p.i++
		}
		if p.i == start {
			return p.errorf("expected token68 or auth-param after scheme %q", c.Scheme)
		}
		for !p.eof() && p.peek() == '=' {
			p.i++
		}
		c.Token68 = p.s[start:p.i]
		p.skipOWS()
		if !p.eof() && p.peek() != ',' {
			return p.errorf("unexpected %q after token68", p.peek())
		}
		return nil
	}
	c.Params = map[string]string{}
	for {
		name := strings.ToLower(p.token())
		p.skipOWS()
		p.i++ // '=', checked by isParamAhead
		p.skipOWS()
		var val string
		if p.peek() == '"' {
			v, err := p.quoted()
			if err != nil {
				return err
			}
			val = v
		} else {
			val = p.token()
		}
		if _, dup := c.Params[name]; !dup {
			c.Params[name] = val
		}
		p.skipOWS()
		if p.eof() {
			return nil
		}
		if p.peek() != ',' {
			return p.errorf("expected a comma after parameter %q", name)
		}
		// Look past the commas: another auth-param, or the next challenge.
		save := p.i
		p.skipListSep()
		if p.eof() || !p.isParamAhead() {
			p.i = save
			return nil
		}
	}
}

// quoted reads a quoted-string and returns its unescaped content.
func (p *chParser) quoted() (string, error) {
	start := p.i
	p.i++ // opening quote
	var b strings.Builder
	for !p.eof() {
		c := p.peek()
		switch {
		case c == '"':
			p.i++
			return b.String(), nil
		case c == '\\':
			p.i++
			if p.eof() {
				return "", p.errorf("unterminated escape in quoted string")
			}
			b.WriteByte(p.peek())
		case c < 0x20 && c != '\t' || c == 0x7f:
			return "", p.errorf("control character in quoted string")
		default:
			b.WriteByte(c)
		}
		p.i++
	}
	p.i = start
	return "", p.errorf("unterminated quoted string")
}

// lenientChallenge recovers what it can from a header ParseChallenges
// rejected, e.g. `Bearer realm="x" error="invalid_token"` (no commas), so
// the server's words still count. Only parameters not already read are
// returned, as one extra challenge.
func lenientChallenge(v string, got []Challenge) []Challenge {
	fields := strings.Fields(v)
	if len(fields) == 0 {
		return nil
	}
	c := Challenge{Scheme: strings.TrimRight(fields[0], ","), Params: map[string]string{}}
	rest := strings.TrimSpace(v[len(fields[0]):])
	positional(rest, c.Params)
	for rest != "" {
		eq := strings.IndexByte(rest, '=')
		if eq <= 0 {
			break
		}
		name := strings.ToLower(strings.TrimLeft(strings.TrimSpace(rest[:eq]), ", "))
		rest = strings.TrimLeft(rest[eq+1:], " \t")
		var val string
		if strings.HasPrefix(rest, `"`) {
			q := &chParser{s: rest}
			s, err := q.quoted()
			if err != nil {
				val, rest = strings.Trim(rest, `"`), ""
			} else {
				val, rest = s, rest[q.i:]
			}
		} else {
			end := strings.IndexAny(rest, ", \t")
			if end < 0 {
				end = len(rest)
			}
			val, rest = rest[:end], rest[end:]
		}
		if name != "" {
			c.Params[name] = val
		}
		rest = strings.TrimLeft(rest, ", \t")
	}
	for _, g := range got {
		if g.Is(c.Scheme) && len(g.Params) >= len(c.Params) {
			return nil
		}
	}
	if len(c.Params) == 0 {
		c.Params = nil
	}
	return []Challenge{c}
}

// positional reads a challenge whose parameters are quoted strings
// without names, realm, error code and description in that order: Meta's
// Graph API answers `OAuth "Facebook Platform" "invalid_token" "Invalid
// OAuth access token."`. Only a second string written like an error code
// (invalid_token, unknown_error) makes it such a challenge.
func positional(rest string, params map[string]string) {
	var vals []string
	for strings.HasPrefix(rest, `"`) && len(vals) < 3 {
		q := &chParser{s: rest}
		s, err := q.quoted()
		if err != nil {
			return
		}
		vals = append(vals, s)
		rest = strings.TrimLeft(rest[q.i:], ", \t")
	}
	if len(vals) < 2 || !errorCodeRE.MatchString(vals[1]) {
		return
	}
	params["realm"], params["error"] = vals[0], vals[1]
	if len(vals) == 3 {
		params["error_description"] = vals[2]
	}
}

var errorCodeRE = lazyre.New(`^[a-z]+(_[a-z]+)+$`)
