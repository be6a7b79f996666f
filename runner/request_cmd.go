package runner

import (
	"context"
	"fmt"
	"os"
	"slices"
	"strings"
	"unicode"

	"github.com/authspec/authspec/internal/words"
	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/suites"
	"github.com/authspec/authspec/vocab"
)

// Single is one ad-hoc request sent with a suite's environment and
// credential: `authspec request`, the "send a minimal request first" step
// of every 401 runbook, without copying a token into curl.
type Single struct {
	Env     string
	Auth    string // credential name, or "none"
	Method  string
	Target  string   // a path joined to base_url, or an absolute URL
	Headers []string // "Name: value"
	Body    string   // -d: sent as typed; Content-Type as bodyType says unless Headers name one
}

// Request finds the suite that defines the environment and credential,
// sends the request expecting 2xx (so a 401 or 403 is diagnosed in full),
// and returns a one-result report.
func Request(ctx context.Context, ss []*suites.Suite, req Single, opt Options) (*results.Report, error) {
	var matches []*suites.Suite
	for _, s := range ss {
		if s.Environment(req.Env) != nil && (authName(req.Auth) == "" || s.Credentials[req.Auth] != nil) {
			matches = append(matches, s)
		}
	}
	switch len(matches) {
	case 0:
		if authName(req.Auth) == "" { // none is defined everywhere: the environment is unknown
			return nil, unknownEnv(ss, req.Env)
		}
		return nil, unknownNames(ss, req.Env, req.Auth, "--auth")
	case 1:
	default:
		var files []string
		for _, s := range matches {
			files = append(files, s.File)
		}
		return nil, usagef("environment %q and credential %q are defined in several suites (%s); name one as the path", req.Env, req.Auth, strings.Join(files, ", "))
	}
	base := matches[0]
	r := suites.Request{Method: lit(strings.ToUpper(req.Method))}
	if strings.Contains(req.Target, "://") {
		r.URL = lit(req.Target)
	} else {
		r.Path = lit(req.Target)
	}
	typed := map[string]bool{} // the H_ variables -H defined, each its own
	for _, h := range req.Headers {
		name, value, ok := strings.Cut(h, ":")
		if !ok {
			// Not echoed: a header typed without its colon is often a
			// credential ("Authorization Bearer sk_live_…").
			return nil, usagef("-H (%s): want 'Name: value', with a colon after the name", words.NotShown(h))
		}
		name, value = strings.TrimSpace(name), strings.TrimSpace(value)
		if v, ok := typedCredential(name, value, &opt, typed); ok {
			value = v
		}
		r.Headers = append(r.Headers, suites.Pair{Name: name, Value: lit(value)})
	}
	if req.Body != "" {
		b := lit(typedBody(req.Body, &opt, typed))
		r.Body = &b
		if !slices.ContainsFunc(r.Headers, func(h suites.Pair) bool { return strings.EqualFold(h.Name, "Content-Type") }) {
			r.Headers = append(r.Headers, suites.Pair{Name: "Content-Type", Value: lit(bodyType(req.Body))})
		}
	}
	sc := &suites.Scenario{Name: fmt.Sprintf("%s %s", r.Method.Raw, req.Target), Pos: base.Pos, Kind: vocab.KindHappy,
		Auth: req.Auth, Settings: base.Defaults,
		Steps: []*suites.Step{{Request: r, Expect: suites.Expect{Status: suites.DefaultStatus(vocab.KindHappy)}}}}
	one := base.WithScenarios([]*suites.Scenario{sc})
	opt.Envs = []string{req.Env}
	opt.Kinds, opt.Filter, opt.Shard, opt.oneShot = nil, nil, Shard{}, true
	return Run(ctx, []*suites.Suite{one}, opt)
}

// typedCredential turns a credential typed in -H (a header that carries
// one by its name, credentialHeader: -H "Authorization: Bearer $TOKEN" is
// how curl users write it) into a
// reference to a process variable that holds it, H_<NAME>, which opt's
// Getenv now answers: resolved like any ${VAR}, it is a secret, labelled
// in the request shown and hidden where the server echoes it. As a
// literal it would be shown as typed, like text written in a suite. A
// value that already refers to a variable is left as it is; the scheme
// word of an Authorization value stays readable.
func typedCredential(name, value string, opt *Options, taken map[string]bool) (string, bool) {
	if value == "" || len(suites.Refs(value)) > 0 || !credentialName(name) {
		return "", false
	}
	scheme, cred := "", value
	if strings.HasSuffix(strings.ToLower(name), "authorization") {
		if s, c, ok := strings.Cut(value, " "); ok && strings.TrimSpace(c) != "" {
			scheme, cred = s+" ", strings.TrimSpace(c)
		}
	}
	return scheme + typedVar("H_", name, cred, opt, taken), true
}

// typedVar makes value the value of a new process variable, prefix and
// name in upper case (H_X_API_KEY for -H X-Api-Key), which opt's Getenv
// now answers, and returns the reference to it, ${H_X_API_KEY}.
func typedVar(prefix, name, value string, opt *Options, taken map[string]bool) string {
	v := prefix + strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' {
			return unicode.ToUpper(r)
		}
		return '_'
	}, name)
	// X-Api-Key and X.Api.Key (or one typed twice) would both be
	// H_X_API_KEY: each gets its own variable, so each sends its own value.
	for n, base := 2, v; taken[v]; n++ {
		v = fmt.Sprintf("%s_%d", base, n)
	}
	taken[v] = true
	getenv := opt.Getenv
	if getenv == nil {
		getenv = os.LookupEnv
	}
	opt.Getenv = func(n string) (string, bool) {
		if n == v {
			return value, true
		}
		return getenv(n)
	}
	return "${" + v + "}"
}

// bodyType is the Content-Type of a -d body that no -H names one for:
// curl's application/x-www-form-urlencoded, unless the body starts as a
// JSON object or array does, which an API reads only as application/json
// (curl -d '{…}' sends it as a form, a classic cause of a 400 or 415).
func bodyType(body string) string {
	if t := strings.TrimSpace(body); strings.HasPrefix(t, "{") || strings.HasPrefix(t, "[") {
		return "application/json"
	}
	return "application/x-www-form-urlencoded"
}

// lit is a string given on the command line: used as typed, but ${VAR}
// still resolves in the environment, as in a suite.
func lit(s string) suites.String { return suites.String{Raw: s, Pos: suites.Pos{Line: 1}} }
