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

// WordLen is the length below which a value is only replaced as a whole
// word. A short value ("guest", "adm") is a username or a weak password;
// replaced inside other words it would rewrite "administrator" and every
// scenario name that mentions a guest, while hiding nothing: the secret is
// not in "administrator". Longer values (tokens, keys) are replaced
// wherever they occur.
const WordLen = 10

// matcher is the redactor's compiled form: one replacer for long values,
// and the short ones, longest first, matched at word boundaries.
type matcher struct {
	long  *strings.Replacer
	short []entry
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
		m := &matcher{}
		var pairs []string
		for _, e := range r.entries {
			if len(e.value) < WordLen {
				m.short = append(m.short, e)
				continue
			}
			pairs = append(pairs, e.value, e.label)
		}
		if len(pairs) > 0 {
			m.long = strings.NewReplacer(pairs...)
		}
		r.m = m
	}
	return r.m
}

// labelRE finds labels already in a text, which the word pass must not
// touch ("sha256" or a short name inside "[API_TOKEN sha256:3f9a1c]").
var labelRE = regexp.MustCompile(`\[[^\[\]\n]* sha256:[0-9a-f]{6}\]`)

func (m *matcher) redact(s string) string {
	if m.long != nil {
		s = m.long.Replace(s)
	}
	if len(m.short) == 0 {
		return s
	}
	var b strings.Builder
	last := 0
	for _, span := range labelRE.FindAllStringIndex(s, -1) {
		b.WriteString(m.words(s[last:span[0]]))
		b.WriteString(s[span[0]:span[1]])
		last = span[1]
	}
	b.WriteString(m.words(s[last:]))
	return b.String()
}

// words replaces short values that stand as whole words in s.
func (m *matcher) words(s string) string {
	for _, e := range m.short {
		if !strings.Contains(s, e.value) {
			continue
		}
		var b strings.Builder
		for {
			i := strings.Index(s, e.value)
			if i < 0 {
				break
			}
			end := i + len(e.value)
			if isWordByte(s, i-1) || isWordByte(s, end) {
				b.WriteString(s[:i+1])
				s = s[i+1:]
				continue
			}
			b.WriteString(s[:i])
			b.WriteString(e.label)
			s = s[end:]
		}
		b.WriteString(s)
		s = b.String()
	}
	return s
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
