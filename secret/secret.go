// Package secret keeps the values that must never reach an output and
// replaces them, wherever they appear, with a label that names their source
// and a short fingerprint: [API_TOKEN sha256:3f9a1c].
//
// One Redactor is shared by every output sink of a run. Values are added as
// they become known (env files at load, OAuth tokens and captures at run
// time), so redaction happens at the sink, not where the text was made.
// authspec's own words never pass through it: messages are built with
// Textf, whose fixed text is marked literal, and Render redacts only the
// values between the literal parts.
package secret

import (
	"crypto/sha256"
	"encoding/hex"
	"maps"
	"strings"
	"sync"
	"unicode/utf8"
)

// MinLen is the shortest value that is looked for in text authspec did not
// write. One or two characters ("1", "ok") cannot be told apart from
// ordinary text; such values are still never shown where authspec renders
// them, because there it knows the value exactly (see Redactor.Value).
const MinLen = 3

// ShortLen is the length (in characters) below which a secret is short: in
// text a server sent, it is replaced only as a whole token, and lint warns
// about it. "admin" is hidden in "/admin/x" but not in "administrator".
const ShortLen = 8

// Short reports whether v is a short secret.
func Short(v string) bool { return utf8.RuneCountInString(v) < ShortLen }

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

// Redactor replaces known secret values, in every form listed in forms.go,
// with their labels. The zero value is ready to use and safe for
// concurrent use.
type Redactor struct {
	mu    sync.RWMutex
	exact map[string]string  // each value added → its label (first name wins)
	pats  map[string]pattern // each form as found in a decoded view → how to match it
	folds map[fold]string    // each long value folded where it has spaces → label
	m     *matcher           // nil when values were added since it was built
	onAdd []func(value string)
	forms *formMemo // shared with the Redactors Fork made, nil until Fork
	// fork: r was made by Fork, and its maps are shared, never written:
	// those of the contents its adds reached (see forkStep). merged are
	// the shared contents AddFrom has gathered into r already.
	fork   bool
	merged map[*forkContents]bool
	shared *forkContents
	// steps makes a fork's adds (and AddFrom into it) one at a time: each
	// moves the fork on from the contents it had, and two made at once
	// from the same contents would keep only one of them.
	steps sync.Mutex
	// base and prefer make a view made by Prefer: every value and form
	// is base's, and a match of one of prefer's forms is labelled with
	// the name that produced the result (see prefer.go).
	base   *Redactor
	prefer map[string]string
	// contested holds the labels of values that share a form, or the
	// value itself, with another name: only those need a Prefer view.
	contested map[string]bool
	views     map[string]*Redactor // Prefer's, by what they prefer; emptied by contest
}

// formMemo keeps each value's forms, worked out once for a Redactor and
// its forks: a token that a thousand suites share, each checked with a
// Redactor of its own, would otherwise be encoded a thousand times.
// Forks that make the same adds in the same order reach the same
// contents, kept once in next: a thousand suites that each add the same
// token share one set of maps instead of making a thousand.
type formMemo struct {
	mu   sync.Mutex
	of   map[string][]form
	next map[forkStep]*forkContents
}

// forkContents is what a fork holds after some adds: maps never written
// again, which every fork that made those adds reads.
type forkContents struct {
	exact     map[string]string
	pats      map[string]pattern
	folds     map[fold]string
	contested map[string]bool
	isNew     bool // the add that reached it was of a new value
}

// forkStep is one add to a fork's contents (from, nil when empty): a
// value added under name (Add), a "user:pass" pair (AddBasic), or, when
// had is set, the value's label had contested by name's. The label, its
// hash and the forms are worked out only for a step not made before.
type forkStep struct {
	from                   *forkContents
	name, value, pair, had string
}

func (m *formMemo) get(value string) []form {
	if m == nil {
		return forms(value)
	}
	m.mu.Lock()
	fs, ok := m.of[value]
	m.mu.Unlock()
	if !ok {
		fs = forms(value)
		m.mu.Lock()
		m.of[value] = fs
		m.mu.Unlock()
	}
	return fs
}

// Fork returns an empty Redactor for work done apart (one suite among
// many checked at once), to be gathered into r with AddFrom. Forms of the
// values both meet are worked out once.
func (r *Redactor) Fork() *Redactor {
	r = r.root()
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.forms == nil {
		r.forms = &formMemo{of: map[string][]form{}, next: map[forkStep]*forkContents{}}
	}
	return &Redactor{forms: r.forms, fork: true}
}

// step makes one add (or contest) to a fork: its contents become those
// any fork reached by the same adds from the same contents, worked out
// by the first one on a copy of its own. r was a fork when the add
// began, r.mu not held.
func (r *Redactor) step(s forkStep) bool {
	r.steps.Lock()
	defer r.steps.Unlock()
	r.mu.RLock()
	s.from = r.shared
	fork := r.fork
	r.mu.RUnlock()
	if !fork {
		// AddFrom gave it maps of its own meanwhile.
		return r.addOwn(s)
	}
	memo := r.forms
	memo.mu.Lock()
	next, ok := memo.next[s]
	memo.mu.Unlock()
	if !ok {
		w := &Redactor{forms: memo}
		if c := s.from; c != nil {
			w.exact, w.pats, w.folds, w.contested = maps.Clone(c.exact), maps.Clone(c.pats), maps.Clone(c.folds), maps.Clone(c.contested)
		}
		isNew := w.addOwn(s)
		next = &forkContents{exact: w.exact, pats: w.pats, folds: w.folds, contested: w.contested, isNew: isNew}
		memo.mu.Lock()
		if had, ok := memo.next[s]; ok {
			next = had // another fork made the same step at once
		} else {
			memo.next[s] = next
		}
		memo.mu.Unlock()
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	r.shared = next
	r.exact, r.pats, r.folds, r.contested = next.exact, next.pats, next.folds, next.contested
	r.m, r.views = nil, nil
	return next.isNew
}

// addOwn makes s on r's own maps, r no fork: a root's or former fork's,
// or the copy step works on.
func (r *Redactor) addOwn(s forkStep) bool {
	switch {
	case s.had != "":
		r.mu.Lock()
		r.contest(s.had, Label(s.name, s.value))
		r.mu.Unlock()
		return false
	case s.pair != "":
		return r.add(Label(s.name, s.pair), "", pairForms(s.pair))
	}
	r.mu.RLock()
	memo := r.forms // Fork sets a root's
	r.mu.RUnlock()
	return r.add(Label(s.name, s.value), s.value, memo.get(s.value))
}

// addStep makes s on r: through step when r is a fork, else on its own
// maps.
func (r *Redactor) addStep(s forkStep) bool {
	r.mu.RLock()
	fork := r.fork
	r.mu.RUnlock()
	if fork {
		return r.step(s)
	}
	return r.addOwn(s)
}

// own gives a fork maps of its own, to write (AddFrom into a fork). r.mu
// is held for writing.
func (r *Redactor) own() {
	if !r.fork {
		return
	}
	r.exact, r.pats, r.folds, r.contested = maps.Clone(r.exact), maps.Clone(r.pats), maps.Clone(r.folds), maps.Clone(r.contested)
	r.fork, r.shared = false, nil
}

// pattern is one form of one secret.
type pattern struct {
	label string
	token bool // short: replaced only as a whole token
	part  bool // its parts are looked for where cut (parts.go)
}

// OnAdd registers fn to be called with every new value added with
// AddCredential: GitHub's ::add-mask:: uses it to mask run-time secrets
// that carry a credential before anything could print them.
func (r *Redactor) OnAdd(fn func(value string)) {
	r = r.root()
	r.mu.Lock()
	defer r.mu.Unlock()
	r.onAdd = append(r.onAdd, fn)
}

// Add records value as a secret that came from name (a variable, or
// credential.field). Every derived form is redacted too. It is not
// announced to OnAdd hooks.
func (r *Redactor) Add(name, value string) { r.addValue(name, value) }

// AddCredential records a secret obtained at run time that carries a
// credential (an OAuth token, a captured session token). When it is new
// and at least ShortLen characters long, OnAdd hooks see it once: shorter
// values would mask ordinary words across a whole CI log.
func (r *Redactor) AddCredential(name, value string) {
	if r.addValue(name, value) && !Short(value) {
		r.announce(value)
	}
}

// addValue adds value and its forms unless it is known already: its forms
// are then in too (the first name wins), and a token that a thousand
// suites share is worked out once, not a thousand times.
func (r *Redactor) addValue(name, value string) bool {
	r = r.root()
	r.mu.RLock()
	had, known := r.exact[value]
	r.mu.RUnlock()
	s := forkStep{name: name, value: value}
	if known {
		if labelNames(had, name) {
			return false
		}
		s.had = had // a contest: never new
	}
	return r.addStep(s)
}

// AddDerived records a value made from secrets already known (a probe's
// altered token). It is never announced: it authenticates nothing.
func (r *Redactor) AddDerived(name, value string) { r.Add(name, value) }

// AddBasic records the encodings of "user:pass" that HTTP Basic sends,
// which contain neither value literally. The pair is short when the pair
// itself is: its base64 is then replaced only as a whole token.
func (r *Redactor) AddBasic(name, user, pass string) {
	if user == "" && pass == "" {
		return
	}
	r.root().addStep(forkStep{name: name, pair: user + ":" + pass})
}

// add records the forms of value under label and reports whether value
// itself is new. The matcher is rebuilt lazily, on the next Redact, so a
// run that captures thousands of values adds them in O(n). r is no fork
// (see step).
func (r *Redactor) add(label, value string, fs []form) bool {
	r = r.root()
	if value == "" && len(fs) == 0 {
		return false
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.exact == nil {
		r.exact, r.pats, r.folds = map[string]string{}, map[string]pattern{}, map[fold]string{}
	}
	isNew := false
	if value != "" {
		if _, ok := r.exact[value]; !ok {
			r.exact[value] = label
			isNew = true
		}
	}
	for _, f := range fs {
		if len(f.text) < MinLen {
			continue
		}
		if f.seam > 0 {
			if _, ok := r.folds[fold{f.text, f.seam}]; !ok {
				r.folds[fold{f.text, f.seam}] = label
				r.m = nil
			}
			continue
		}
		r.putPattern(f.text, pattern{label: label, token: f.token, part: f.part})
	}
	if isNew || r.m == nil {
		r.views = nil // a value or form is new: Prefer's views are made again
	}
	return isNew
}

// AddFrom adds every value and form that from holds, as if the calls that
// filled from had been made on r after its own: a value or form r knows
// keeps its label (the first name wins), and a form that is long in either
// is matched as text, not only as a whole token. Work done for several
// suites at once, each with a Redactor of its own, is gathered in suite
// order so labels are the same as when the suites are read one by one.
// OnAdd hooks are not called: from's values were added with Add.
func (r *Redactor) AddFrom(from *Redactor) {
	r = r.root()
	if from == nil || from.root() == r {
		return
	}
	from = from.root()
	from.mu.RLock()
	defer from.mu.RUnlock()
	r.steps.Lock()
	defer r.steps.Unlock()
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(from.exact) == 0 && len(from.pats) == 0 && len(from.folds) == 0 {
		return
	}
	if c := from.shared; c != nil {
		// Contents gathered before (another suite's fork made the same
		// adds): gathering them again changes nothing, since the first
		// label of a value or form stays and contests are kept.
		if r.merged[c] {
			return
		}
		if r.merged == nil {
			r.merged = map[*forkContents]bool{}
		}
		r.merged[c] = true
	}
	r.own()
	if r.exact == nil {
		r.exact, r.pats, r.folds = map[string]string{}, map[string]pattern{}, map[fold]string{}
	}
	r.views = nil
	for label := range from.contested {
		r.contest(label)
	}
	for v, label := range from.exact {
		if had, ok := r.exact[v]; !ok {
			r.exact[v] = label
		} else if had != label {
			r.contest(had, label)
		}
	}
	for f, label := range from.folds {
		if _, ok := r.folds[f]; !ok {
			r.folds[f] = label
			r.m = nil
		}
	}
	for text, p := range from.pats {
		r.putPattern(text, p)
	}
}

// putPattern records p as how to match text. A text known already keeps
// its label (the labels are contested when p's differs), and the same
// text as a short and a long secret is matched as text, not only as a
// whole token, with its parts looked for when either says so: whole
// words are not enough for the long one's sake. r.mu is held for writing.
func (r *Redactor) putPattern(text string, p pattern) {
	if had, ok := r.pats[text]; ok {
		if had.label != p.label {
			r.contest(had.label, p.label)
		}
		p = pattern{label: had.label, token: had.token && p.token, part: had.part || p.part}
		if p == had {
			return
		}
	}
	r.pats[text] = p
	r.m = nil
}

// Known reports whether value was added already.
func (r *Redactor) Known(value string) bool {
	r = r.root()
	r.mu.RLock()
	defer r.mu.RUnlock()
	_, ok := r.exact[value]
	return ok
}

// Value renders a secret that authspec put, whole, into what it sent (a
// query value of a URL it rendered whole): its label, however short the
// value, so it is never shown where authspec renders it. The label is the
// one the value was added under, else name's: the caller does not know
// which variable the value came from.
func (r *Redactor) Value(name, v string) Text {
	if v == "" {
		return ""
	}
	if r != nil {
		r = r.root()
		r.mu.RLock()
		label, ok := r.exact[v]
		r.mu.RUnlock()
		if ok {
			return Lit(label)
		}
	}
	return Lit(Label(name, v))
}

// Named is Value where authspec knows the source it substituted (a ${VAR}
// of a template, a credential's field): the label names it, not whichever
// variable the same value was first added under, so a token that staging
// keeps as API_HEADER and production as API_TOKEN is shown, in what
// production sent, as [API_TOKEN …].
func Named(name, v string) Text {
	if v == "" {
		return ""
	}
	return Lit(Label(name, v))
}

// Values returns every recorded value. Tests use it to check that no
// output contains any of them.
func (r *Redactor) Values() []string {
	r = r.root()
	r.mu.RLock()
	defer r.mu.RUnlock()
	out := make([]string, 0, len(r.exact))
	for v := range r.exact {
		out = append(out, v)
	}
	return out
}

func (r *Redactor) announce(value string) {
	r = r.root()
	r.mu.RLock()
	hooks := r.onAdd
	r.mu.RUnlock()
	for _, fn := range hooks {
		fn(value)
	}
}

// NameSaysSecret reports whether a variable's name says it holds a secret
// (KEY, TOKEN, SECRET or PASS in any case): a username or client id read
// from such a variable is a secret, not an identifier.
func NameSaysSecret(name string) bool {
	n := strings.ToUpper(name)
	for _, w := range []string{"KEY", "TOKEN", "SECRET", "PASS"} {
		if strings.Contains(n, w) {
			return true
		}
	}
	return false
}

// Identifier reports whether a credential's username or client id is an
// identifier, shown as written: it is, unless the password (or client
// secret) is empty, since some APIs take the key as the Basic user name,
// or the variable it comes from is named like a secret.
func Identifier(source, password string) bool {
	return password != "" && !NameSaysSecret(source)
}
