// Package secret keeps the values that must never reach an output and
// replaces them, wherever they appear, with a label that names their source
// and a short fingerprint: [API_TOKEN sha256:3f9a1c].
//
// One Redactor is shared by every output sink of a run. Values are added as
// they become known (env files at load, OAuth tokens and captures at run
// time), so redaction happens at the sink, not where the text was made.
package secret

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"net/url"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// MinLen is the shortest value that is redacted. Shorter values ("1", "ok")
// cannot be told apart from ordinary text, and replacing them everywhere
// would make every output unreadable without protecting anything.
const MinLen = 3

// Fingerprint returns the first 6 hex digits of the SHA-256 of v, enough to
// compare two environments' values without revealing either.
func Fingerprint(v string) string {
	sum := sha256.Sum256([]byte(v))
	return hex.EncodeToString(sum[:3])
}

// Label is how a secret is shown: its source name and fingerprint.
func Label(name, value string) string {
	return "[" + name + " sha256:" + Fingerprint(value) + "]"
}

type entry struct {
	value string
	label string
}

// Redactor replaces known secret values in text. The zero value is ready to
// use and safe for concurrent use.
type Redactor struct {
	mu      sync.RWMutex
	seen    map[string]bool
	entries []entry  // longest value first, so a value containing another wins
	m       *matcher // nil when values were added since it was built
	onAdd   []func(value string)
}

// OnAdd registers fn to be called with every new secret value added with
// Add (not its derived forms); GitHub's ::add-mask:: uses it to mask
// run-time secrets before anything could print them.
func (r *Redactor) OnAdd(fn func(value string)) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.onAdd = append(r.onAdd, fn)
}

// Add records value as a secret that came from name. Derived forms that
// often appear in outputs are redacted too: URL-encoded, base64, trimmed.
// OnAdd hooks see the value itself, once.
func (r *Redactor) Add(name, value string) {
	if len(value) < MinLen || r.Known(value) {
		return
	}
	if r.add(Label(name, value), forms(value)...) {
		r.announce(value)
	}
}

// AddDerived records a value made from secrets already known (a probe's
// altered token) without announcing it: it authenticates nothing, and
// printing it in a mask command would only show its shape.
func (r *Redactor) AddDerived(name, value string) {
	if len(value) >= MinLen && !r.Known(value) {
		r.add(Label(name, value), forms(value)...)
	}
}

// AddBasic records the base64 form of "user:pass" that HTTP Basic sends,
// which contains neither value literally. It is not announced: base64 is
// not a mask, and both parts are secrets already.
func (r *Redactor) AddBasic(name, user, pass string) {
	if len(user)+len(pass) == 0 {
		return
	}
	raw := user + ":" + pass
	if b64 := base64.StdEncoding.EncodeToString([]byte(raw)); !r.Known(b64) {
		r.add(Label(name, raw), b64)
	}
}

func forms(value string) []string {
	out := []string{value, url.QueryEscape(value), url.PathEscape(value),
		base64.StdEncoding.EncodeToString([]byte(value)),
		base64.RawURLEncoding.EncodeToString([]byte(value)),
		strings.TrimSpace(value)}
	// Escaped as JSON (with and without HTML escaping, as encoding/json
	// and servers write it) and as a Go-quoted string (%q in messages): a
	// value with " \ < > & is otherwise found nowhere in a JSON body.
	out = append(out, escapedForms(value)...)
	// A URL kept as a secret (a base_url from the environment) shows up in
	// network errors as host:port alone: "dial tcp 10.0.0.7:8443: …".
	if u, err := url.Parse(strings.TrimSpace(value)); err == nil && u.Host != "" && u.Scheme != "" {
		out = append(out, u.Host, u.Scheme+"://"+u.Host)
	}
	return out
}

func escapedForms(value string) []string {
	var out []string
	for _, html := range []bool{true, false} {
		var b strings.Builder
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(html)
		if enc.Encode(value) == nil {
			out = append(out, strings.TrimSuffix(strings.TrimSuffix(b.String(), "\n"), "\"")[1:])
		}
	}
	q := strconv.Quote(value)
	return append(out, q[1:len(q)-1])
}

// add records the forms under label and reports whether the first form
// (the value itself) is new. The replacer is rebuilt lazily, on the next
// Redact: a run that captures thousands of values adds them in O(n).
func (r *Redactor) add(label string, forms ...string) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.seen == nil {
		r.seen = map[string]bool{}
	}
	first := len(forms) > 0 && !r.seen[forms[0]]
	for _, f := range forms {
		if len(f) < MinLen || r.seen[f] {
			continue
		}
		r.seen[f] = true
		r.entries = append(r.entries, entry{value: f, label: label})
		r.m = nil
	}
	return first
}

// Known reports whether value was added already, so callers can skip
// computing its forms again on a hot path.
func (r *Redactor) Known(value string) bool {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return r.seen[value]
}

// WordLen is the length below which a value made only of letters, digits
// and '_' is only replaced as a whole word. A short value ("guest", "adm") is a username or a weak password;
// replaced inside other words it would rewrite "administrator" and every
// scenario name that mentions a guest, while hiding nothing: the secret is
// not in "administrator". Longer values (tokens, keys) are replaced
// wherever they occur.
const WordLen = 10

// matcher is the redactor's compiled form: one replacer for every value
// that is long or holds a non-word character ("p@ss!" cannot occur by
// accident inside a word), and the short plain words ("guest"), looked up
// word by word.
type matcher struct {
	long  *strings.Replacer
	words map[string]string // short word value → label
}

// compiled returns the current matcher, building it when values were
// added since the last one. Longest values first, so a secret that
// contains another is replaced whole; one pass, so a label is never
// searched again.
func (r *Redactor) compiled() *matcher {
	r.mu.RLock()
	m, n := r.m, len(r.entries)
	r.mu.RUnlock()
	if m != nil || n == 0 {
		return m
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.m == nil {
		sort.SliceStable(r.entries, func(i, j int) bool {
			return len(r.entries[i].value) > len(r.entries[j].value)
		})
		m := &matcher{words: map[string]string{}}
		var pairs []string
		for _, e := range r.entries {
			if len(e.value) >= WordLen || !isWord(e.value) {
				pairs = append(pairs, e.value, e.label)
			} else if _, dup := m.words[e.value]; !dup {
				m.words[e.value] = e.label
			}
		}
		if len(pairs) > 0 {
			m.long = strings.NewReplacer(pairs...)
		}
		r.m = m
	}
	return r.m
}

// labelRE finds labels in a text, which the short-value passes must not
// touch ("sha256" or a short name inside "[API_TOKEN sha256:3f9a1c]").
var labelRE = regexp.MustCompile(`\[[^\[\]\n]* sha256:[0-9a-f]{6}\]`)

func (m *matcher) redact(s string) string {
	if m.long != nil {
		s = m.long.Replace(s)
	}
	if len(m.words) > 0 {
		s = outsideLabels(s, m.replaceWords)
	}
	return s
}

// outsideLabels applies fn to the text between labels.
func outsideLabels(s string, fn func(string) string) string {
	spans := labelRE.FindAllStringIndex(s, -1)
	if len(spans) == 0 {
		return fn(s)
	}
	var b strings.Builder
	last := 0
	for _, sp := range spans {
		b.WriteString(fn(s[last:sp[0]]))
		b.WriteString(s[sp[0]:sp[1]])
		last = sp[1]
	}
	b.WriteString(fn(s[last:]))
	return b.String()
}

// replaceWords replaces every run of word characters that is a short
// secret, in one pass. A run that starts with an escape ("%3D" in a nested
// query, "\n" or "\u0022" in JSON) is also looked up without it: the
// escape ends the word before it.
func (m *matcher) replaceWords(s string) string {
	var b strings.Builder
	i, last := 0, 0
	for i < len(s) {
		if !isWordByte(s, i) {
			i++
			continue
		}
		j := i
		for j < len(s) && isWordByte(s, j) {
			j++
		}
		run, start := s[i:j], i
		if label, ok := m.words[run]; ok {
			b.WriteString(s[last:start])
			b.WriteString(label)
			last = j
		} else if k := escapeLen(s, i); k > 0 && k < len(run) {
			if label, ok := m.words[run[k:]]; ok {
				b.WriteString(s[last : start+k])
				b.WriteString(label)
				last = j
			}
		}
		i = j
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// escapeLen is the length of the escape that the word run at i begins
// with, judged by the byte before it: "%XX", "\n", "\t", "\r", "\uXXXX".
func escapeLen(s string, i int) int {
	if i == 0 {
		return 0
	}
	hex := func(t string) bool {
		for _, c := range t {
			if !strings.ContainsRune("0123456789abcdefABCDEF", c) {
				return false
			}
		}
		return true
	}
	switch s[i-1] {
	case '%':
		if len(s) >= i+2 && hex(s[i:i+2]) {
			return 2
		}
	case '\\':
		switch {
		case s[i] == 'n' || s[i] == 't' || s[i] == 'r':
			return 1
		case s[i] == 'u' && len(s) >= i+5 && hex(s[i+1:i+5]):
			return 5
		}
	}
	return 0
}

func isWord(s string) bool {
	for i := range len(s) {
		if !isWordByte(s, i) {
			return false
		}
	}
	return s != ""
}

func isWordByte(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return false
	}
	c := s[i]
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// Redact returns s with every known secret replaced by its label.
func (r *Redactor) Redact(s string) string {
	if r == nil || s == "" {
		return s
	}
	if m := r.compiled(); m != nil {
		return m.redact(s)
	}
	return s
}

// Values returns every recorded value, longest first. Tests use it to
// check that no output contains any of them.
func (r *Redactor) Values() []string {
	r.compiled() // sorts the entries
	r.mu.RLock()
	defer r.mu.RUnlock()
	out := make([]string, len(r.entries))
	for i, e := range r.entries {
		out[i] = e.value
	}
	return out
}

func (r *Redactor) announce(value string) {
	r.mu.RLock()
	hooks := r.onAdd
	r.mu.RUnlock()
	for _, fn := range hooks {
		fn(value)
	}
}
