package secret

import "strings"

// Source is a secret as one result used it: the name it was substituted
// from (a variable, credential.field) and its value.
type Source struct{ Name, Value string }

// Prefer returns a view of r for the text of one result (a response, the
// evidence of a diagnosis): it hides exactly what r hides, and a match
// that is a form of one of used is labelled with that source's name and
// the value's own fingerprint, not with the name the same value was first
// added under. One value kept by staging as API_HEADER ("Bearer " and the
// token) and by production as API_TOKEN is shown, in production's
// results, as [API_TOKEN …]. The first of used wins a tie. Values added
// through the view go to r.
//
// When no value of used has a form under another name (the usual run),
// r's labels are already the ones wanted: Prefer returns r itself, after
// a read of one map's length.
func (r *Redactor) Prefer(used ...Source) *Redactor {
	if r == nil {
		return nil
	}
	root := r.root()
	if !root.Contested() {
		return root
	}
	// Every failing step of a credential asks for the same view.
	var key strings.Builder
	for _, u := range used {
		key.WriteString(u.Name + "\x00" + u.Value + "\x00")
	}
	root.mu.RLock()
	view, ok := root.views[key.String()]
	root.mu.RUnlock()
	if !ok {
		view = root.makeView(used)
		root.mu.Lock()
		if len(root.views) >= maxViews || root.views == nil {
			root.views = map[string]*Redactor{}
		}
		root.views[key.String()] = view
		root.mu.Unlock()
	}
	return view
}

// maxViews bounds the views Prefer keeps: one per credential and
// environment in a run, a few more for probes' altered values.
const maxViews = 256

// makeView makes the view Prefer returns for used: r itself when none of
// used has a form under another name. r is a root.
func (r *Redactor) makeView(used []Source) *Redactor {
	var prefer map[string]string
	for _, u := range used {
		if len(u.Value) < MinLen {
			continue
		}
		label := Label(u.Name, u.Value)
		r.mu.RLock()
		had, known := r.exact[u.Value]
		needed := known && (had != label || r.contested[label])
		memo := r.forms
		r.mu.RUnlock()
		if !needed {
			continue
		}
		if prefer == nil {
			prefer = map[string]string{}
		}
		for _, f := range memo.get(u.Value) {
			// By the text ASCII lower-cased: the matcher finds a form in
			// any case, and a match is relabelled whatever its case.
			k := foldASCII(f.text)
			if _, ok := prefer[k]; !ok && f.seam == 0 {
				prefer[k] = label
			}
		}
	}
	if len(prefer) == 0 {
		return r
	}
	return &Redactor{base: r, prefer: prefer}
}

// Contested reports whether some value of r has a form (or is a value)
// that r knows under another name too: only then can Prefer return
// anything but r.
func (r *Redactor) Contested() bool {
	if r == nil {
		return false
	}
	r = r.root()
	r.mu.RLock()
	defer r.mu.RUnlock()
	return len(r.contested) > 0
}

// root is the Redactor that holds the values: r, or the one r is a view of.
func (r *Redactor) root() *Redactor {
	if r.base != nil {
		return r.base
	}
	return r
}

// contest records that these labels name values that share a form (or are
// the same value), so a result that used one of them needs a Prefer view.
// r.mu is held for writing.
func (r *Redactor) contest(labels ...string) {
	if r.contested == nil {
		r.contested = map[string]bool{}
	}
	for _, l := range labels {
		if !r.contested[l] {
			r.contested[l] = true
			r.views = nil // made before: a new name may change them
		}
	}
}

// labelNames reports whether label, a value's label, was made from name:
// the fingerprint is the value's in both, so only the name can differ.
func labelNames(label, name string) bool {
	const tail = len(" sha256:000000]")
	return len(label) == 1+len(name)+tail && label[1:1+len(name)] == name
}

// relabel is the label of a match of text that r labelled label: the
// preferred source's when text is one of its forms, or that form wrapped
// in what Clean strips (quotes, a scheme: "Bearer " and the token that
// another variable holds whole), the wrapping shown as it is, since it
// is no secret. Only the label changes, never what is hidden.
func (r *Redactor) relabel(text, label string) string {
	if l, ok := r.prefer[foldASCII(text)]; ok {
		return l
	}
	core := Clean(text)
	if core == text || core == "" {
		return label
	}
	l, ok := r.prefer[foldASCII(core)]
	if !ok {
		return label
	}
	// Clean leaves a core that neither starts nor ends with a quote or a
	// space, so its last place in text is the one Clean found: what
	// follows is quotes and spaces, what goes before is those and at
	// most a scheme. Anything else stays hidden under label.
	i := strings.LastIndex(text, core)
	before, after := text[:i], text[i+len(core):]
	const wraps = " \t\r\n\"'"
	if strings.Trim(after, wraps) != "" {
		return label
	}
	if w := strings.Trim(before, wraps); w != "" && !IsScheme(w) {
		return label
	}
	return before + l + after
}

// foldASCII is s with its ASCII letters lower-cased, as the matcher
// compares them.
func foldASCII(s string) string {
	var buf [128]byte
	return string(lowerASCII(&buf, []byte(s)))
}

// LabelledWhole reports whether s is a value redacted already, whole: one
// label, alone or after a scheme ("Bearer [API_TOKEN sha256:3f9a1c]"), as
// the runner labels a credential's header with the name it used.
func LabelledWhole(s string) bool {
	locs := labelRE.FindAllStringIndex(s, -1)
	if len(locs) != 1 {
		return false
	}
	rest := strings.TrimSpace(s[:locs[0][0]])
	return strings.TrimSpace(s[locs[0][1]:]) == "" && (rest == "" || IsScheme(rest))
}
