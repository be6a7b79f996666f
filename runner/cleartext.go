package runner

import (
	"fmt"
	"net/url"
	"slices"
	"strings"

	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/suites"
	"github.com/authspec/authspec/vocab"
)

// insecureResolved finds what would travel in clear text once variables
// are resolved (the loader judged the literal URLs): a base_url, token_url
// or step url that is plain http to another host and carries a
// credential or a secret of its own (userinfo, a query value), and every
// request whose headers, query, path or body carry
// a secret (a value from an env file or the process environment, or a
// capture) to such a URL. Each is a structural error: nothing is sent.
// Only the scenarios sends selects count (sentIn: those the run has test
// cases for in the environment, after only:, --kind and --filter, and not
// a skipped one): what is not sent cannot travel in clear text. used is
// the credentials they send (usedCredentials).
func insecureResolved(st *envState, red *secret.Redactor, sends func(sc *suites.Scenario) bool, used map[string][]string) suites.Errors {
	env := st.env
	if env.Environment.AllowInsecure {
		return nil
	}
	var errs suites.Errors
	sh := st.shower(nil, red)
	// flag refuses a URL that carries credentials, or secrets of its own
	// (carries: its userinfo, its query values), in clear text. It is
	// shown as reports show it: those parts as labels, however short.
	flag := func(what string, at suites.String, shown secret.Text, carries string) {
		errs = append(errs, suites.Error{Pos: at.Pos, Msg: string(secret.Textf("%s resolves to %s, which would send %s in clear text to a host other than this machine; use https, or set allow_insecure: true on environment %s", secret.Lit(what), shown, secret.Lit(carries), secret.Lit(env.Name)))})
	}
	if env.BaseURL != "" && strings.Contains(env.Environment.BaseURL.Raw, "${") {
		if err := env.CheckBaseURL(); err != nil {
			errs = append(errs, suites.Error{Pos: env.Environment.BaseURL.Pos, Msg: string(secret.Textf("%v%s", err, secret.Lit(resolvedNote(env.Environment.BaseURL.Raw))))})
		}
	}
	// Judged once: most requests go there. A base_url said above to be no
	// URL with a host sends nothing anywhere: calling it plain http to
	// another host, for it and each request to it, would only repeat that.
	baseInsecure := env.InsecureBaseURL() && env.CheckBaseURL() == nil
	baseFlagged := baseInsecure && len(used) > 0
	if baseFlagged {
		flag("base_url", env.Environment.BaseURL, sh.ref("base_url"), "credentials")
	}
	baseCarries := suites.SplitURL(env.BaseURL).SecretParts()
	for _, name := range sortedNames(st.creds) {
		cs := st.creds[name]
		if _, sent := used[name]; sent && cs.cred.Type == vocab.CredOAuth2CC && len(cs.missing) == 0 && suites.InsecureURL(cs.value(vocab.FieldTokenURL)) {
			flag(vocab.FieldTokenURL, cs.cred.TokenURL, sh.urlTemplate(name+"."+vocab.FieldTokenURL, cs.cred.TokenURL.Raw), "credentials")
		}
	}
	seen := map[string]bool{}
	for _, sc := range st.suite.Scenarios {
		if !sends(sc) {
			continue
		}
		captured := capturedNames(sc)
		check := func(req *suites.Request, auth string) {
			target, ok := targetURL(env, req)
			if !ok || !(req.URL.IsSet() && suites.InsecureURL(target) || !req.URL.IsSet() && baseInsecure) {
				return
			}
			switch carries := suites.SplitURL(target).SecretParts(); {
			case req.URL.IsSet() && auth != "":
				flag("url", req.URL, sh.urlTemplate("url", req.URL.Raw), "credentials")
			case req.URL.IsSet() && carries != "":
				flag("url", req.URL, sh.urlTemplate("url", req.URL.Raw), carries)
			case !req.URL.IsSet() && !baseFlagged && baseCarries != "":
				baseFlagged = true
				flag("base_url", env.Environment.BaseURL, sh.ref("base_url"), baseCarries)
			}
			for _, ref := range secretRefs(st, sc, req, captured) {
				key := fmt.Sprintf("%v %s", ref.pos, ref.name)
				if seen[key] {
					continue
				}
				seen[key] = true
				errs = append(errs, suites.Error{Pos: ref.pos, Msg: cleartextMessage(ref, red.Redact(hostOf(target)), env.Name, false)})
			}
		}
		for _, step := range sc.Steps {
			check(&step.Request, authName(sc.StepAuth(step)))
		}
		if sc.Matrix != nil {
			auth := "" // a row carries a credential when any column sends one
			if slices.ContainsFunc(sc.Matrix.Credentials, func(c string) bool { return authName(c) != "" }) {
				auth = "matrix"
			}
			for i := range sc.Matrix.Rows {
				check(&sc.Matrix.Rows[i].Request, auth)
			}
		}
	}
	return errs
}

// targetURL is where a request goes once resolved: its url, else the
// base_url. ok is false while it depends on a capture (judged at run time).
func targetURL(env *suites.Env, req *suites.Request) (string, bool) {
	if !req.URL.IsSet() {
		return env.BaseURL, env.BaseURL != ""
	}
	u, missing := env.Expand(req.URL.Raw, nil)
	return u, len(missing) == 0
}

// capturedNames are the variables a scenario's steps capture: run-time
// values, and secrets.
func capturedNames(sc *suites.Scenario) func(string) bool {
	var names []string
	for _, st := range sc.Steps {
		for _, cp := range st.Capture {
			names = append(names, cp.Name)
		}
	}
	return func(n string) bool { return slices.Contains(names, n) }
}

// secretUse is a reference to a secret in a request.
type secretUse struct {
	name    string
	capture bool
	pos     suites.Pos
}

// secretRefs finds every reference in a request (and the scenario's
// headers) whose value is a secret: a capture, or a variable whose value
// comes from an env file or the process environment, directly or through
// vars — unless the suite makes it an identifier (listed under public:,
// or used only where a username, client id or host goes). Variables that
// are not set are not sent at all, so they do not count.
func secretRefs(st *envState, sc *suites.Scenario, req *suites.Request, captured func(string) bool) []secretUse {
	var found []secretUse
	env, idents := st.env, st.idents
	suites.RequestRefs(sc, req, func(name string, pos suites.Pos) {
		if req.URL.IsSet() && pos == req.URL.At() && inOrigin(req.URL.Raw, name) {
			return
		}
		if captured(name) {
			found = append(found, secretUse{name: name, capture: true, pos: pos})
			return
		}
		if v, set := env.Lookup(name, nil); set && v.Secret && !idents[name] {
			found = append(found, secretUse{name: name, pos: pos})
		}
	})
	return found
}

// inOrigin reports whether the reference to name in a url: stands for its
// scheme, host or port ("${API}/v1/me", "https://${HOST}/v1"): where a
// request goes is an identifier, not a secret. What follows (path, query)
// may be a secret.
func inOrigin(raw, name string) bool {
	i := strings.Index(raw, "${"+name+"}")
	if i < 0 {
		return false
	}
	before := raw[:i]
	if _, rest, ok := strings.Cut(before, "://"); ok {
		before = rest
	}
	return !strings.ContainsAny(before, "/?#@")
}

func hostOf(raw string) string {
	if u, err := url.Parse(raw); err == nil {
		return u.Host
	}
	return raw
}

// cleartextMessage says which secret would go in clear text where; refuse
// words it as what the run did (a url known only at run time).
func cleartextMessage(ref secretUse, host, env string, refuse bool) string {
	what := "a secret"
	if ref.capture {
		what = "a captured value, a secret"
	}
	verb := "${%s} (%s) would be sent"
	if refuse {
		verb = "refusing to send ${%s} (%s)"
	}
	return string(secret.Textf("%s in clear text to %s (plain http to a host other than this machine); use https, or set allow_insecure: true on environment %s",
		secret.Litf(verb, ref.name, what), host, secret.Lit(env)))
}

// refList names the variables of raw ("${A}, ${B}"): what to fix when the
// value they resolve to is unusable, without showing that value.
func refList(raw string) string {
	var names []string
	for _, n := range suites.Refs(raw) {
		names = append(names, "${"+n+"}")
	}
	return strings.Join(names, ", ")
}

// resolvedNote is " (after resolving ${A}, ${B})" for a value built from
// variables, "" for a literal one.
func resolvedNote(raw string) string {
	if l := refList(raw); l != "" {
		return " (after resolving " + l + ")"
	}
	return ""
}
