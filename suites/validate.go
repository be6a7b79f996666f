package suites

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/url"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/vocab"
)

// validate checks what spans several parts of a suite: names that refer to
// credentials and environments, and transport safety.
func validate(d *decoder, s *Suite) {
	checkAuth := func(name string, pos Pos) {
		if name == "" || name == vocab.CredNone || s.Credentials[name] != nil {
			return
		}
		creds := append(sortedKeys(s.Credentials), vocab.CredNone) // only for the message
		defined := "the suite defines no credentials"
		if len(creds) > 1 {
			defined = "defined: " + quoteList(creds)
		}
		d.errs = append(d.errs, Error{Pos: pos, Msg: fmt.Sprintf("auth %q names no credential%s; %s", name, suggest(name, creds), defined)})
	}
	earlier := earlierNames(s.Scenarios)
	for i, sc := range s.Scenarios {
		if p, dup := earlier(i); dup && sc.Name != "" {
			d.errs = append(d.errs, Error{Pos: sc.Pos, Msg: fmt.Sprintf("scenario name %q is already used at line %d; test names must be unique", sc.Name, p.Line)})
		}
		checkAuth(sc.Auth, sc.AuthPos)
		for _, st := range sc.Steps {
			if st.AuthSet {
				checkAuth(st.Auth, st.AuthPos)
			}
		}
		if sc.Matrix != nil {
			for i, c := range sc.Matrix.Credentials {
				pos := sc.Matrix.Pos
				if i < len(sc.Matrix.credPos) {
					pos = sc.Matrix.credPos[i]
				}
				checkAuth(c, pos)
			}
		}
	}
	d.errs = append(d.errs, s.writtenOver()...)
	for _, e := range s.Environments {
		if raw := e.BaseURL.Raw; raw != "" && !strings.Contains(raw, "${") {
			if err := CheckBaseURL(raw); err != nil {
				d.errs = append(d.errs, Error{Pos: e.BaseURL.Pos, Msg: err.Error()})
			}
		}
		if e.AllowInsecure {
			continue
		}
		for _, t := range insecureTargets(s, e) {
			// Without its userinfo and query: they are secrets.
			d.errs = append(d.errs, Error{Pos: t.at.Pos, Msg: fmt.Sprintf("%s would send %s in clear text to %s; use https, or set allow_insecure: true on environment %q", SplitURL(t.at.Raw).Shown(), t.carries, hostOf(t.at.Raw), e.Name)})
		}
	}
}

// earlierNames returns what finds, for the scenario at index i, the
// position of the last scenario before it with the same name. A folder of
// small suites checked each one's names with a map grown for a handful of
// entries (a tenth of validating a ten-scenario suite); up to
// scanScenarioNames scenarios, looking back is cheaper than any map.
func earlierNames(scs []*Scenario) func(i int) (Pos, bool) {
	if len(scs) <= scanScenarioNames {
		return func(i int) (Pos, bool) {
			for j := i - 1; j >= 0; j-- {
				if scs[j].Name == scs[i].Name {
					return scs[j].Pos, true
				}
			}
			return Pos{}, false
		}
	}
	last := make(map[string]Pos, len(scs))
	return func(i int) (Pos, bool) {
		p, dup := last[scs[i].Name]
		last[scs[i].Name] = scs[i].Pos
		return p, dup
	}
}

const scanScenarioNames = 32

// insecureTarget is a literal http:// URL to another host and what it
// would carry there in clear text.
type insecureTarget struct {
	at      String
	carries string // "credentials", or the URL's own secret parts (URLParts.SecretParts)
}

// insecureTargets lists the literal http:// URLs of an environment that
// would carry credentials to a host other than this machine: a
// credential's, or a secret the URL holds itself (a password in its
// userinfo, a query value), which is one wherever it is written. URLs
// built from variables are checked again at run time, once resolved.
func insecureTargets(s *Suite, e *Environment) []insecureTarget {
	usesCreds, usesBase := false, false
	var out []insecureTarget
	check := func(r *Request, withCreds bool) {
		switch {
		case !r.URL.IsSet():
			usesBase = true
			usesCreds = usesCreds || withCreds // sent to base_url
		case !InsecureURL(r.URL.Raw):
		case withCreds:
			out = append(out, insecureTarget{r.URL, "credentials"})
		case SplitURL(r.URL.Raw).SecretParts() != "":
			out = append(out, insecureTarget{r.URL, SplitURL(r.URL.Raw).SecretParts()})
		}
	}
	sends := func(auth string) bool { return auth != "" && auth != vocab.CredNone }
	for _, sc := range s.Scenarios {
		if !sc.In(e.Name) {
			continue
		}
		for _, st := range sc.Steps {
			check(&st.Request, sends(sc.StepAuth(st)))
		}
		if sc.Matrix != nil {
			withCreds := slices.ContainsFunc(sc.Matrix.Credentials, sends)
			for i := range sc.Matrix.Rows {
				check(&sc.Matrix.Rows[i].Request, withCreds)
			}
		}
	}
	if InsecureURL(e.BaseURL.Raw) {
		if parts := SplitURL(e.BaseURL.Raw).SecretParts(); usesCreds {
			out = append(out, insecureTarget{e.BaseURL, "credentials"})
		} else if usesBase && parts != "" {
			out = append(out, insecureTarget{e.BaseURL, parts})
		}
	}
	used := s.CredentialsUsed(e.Name)
	for name, c := range s.Credentials {
		if used[name] && c.Type == vocab.CredOAuth2CC && InsecureURL(c.TokenURL.Raw) && !strings.Contains(c.TokenURL.Raw, "${base_url}") {
			out = append(out, insecureTarget{c.TokenURL, "credentials"})
		}
	}
	return out
}

// In reports whether the scenario runs in environment env (only: does
// not leave it out).
func (sc *Scenario) In(env string) bool {
	return len(sc.Only) == 0 || slices.Contains(sc.Only, env)
}

// StepAuth is the auth that step st of the scenario sends with: its own
// when it sets one, else the scenario's.
func (sc *Scenario) StepAuth(st *Step) string {
	if st.AuthSet {
		return st.Auth
	}
	return sc.Auth
}

// CredentialsUsed are the credentials that the scenarios of environment
// env send (a scenario's or a step's auth, a matrix's columns): a token
// endpoint is reached only for those, so only their token_url can carry
// a client secret from there.
func (s *Suite) CredentialsUsed(env string) map[string]bool {
	used := map[string]bool{}
	add := func(auth string) {
		if auth != "" && auth != vocab.CredNone {
			used[auth] = true
		}
	}
	for _, sc := range s.Scenarios {
		if !sc.In(env) {
			continue
		}
		for _, st := range sc.Steps {
			add(sc.StepAuth(st))
		}
		if sc.Matrix != nil {
			for _, c := range sc.Matrix.Credentials {
				add(c)
			}
		}
	}
	return used
}

// CheckBaseURL reports why raw cannot be a base_url: it must be an
// absolute http or https URL with a host. The message never quotes raw:
// a base_url built from the environment may carry a secret in its query
// or userinfo, and one that does not parse cannot be redacted part by part.
func CheckBaseURL(raw string) error { return checkParsedBase(url.Parse(raw)) }

func checkParsedBase(u *url.URL, err error) error {
	switch {
	case err != nil:
		return secret.Errorf("base_url is not a URL: %s", URLParseReason(err))
	case u.Scheme != "http" && u.Scheme != "https":
		return secret.Errorf("base_url must start with http:// or https://")
	case u.Host == "":
		return secret.Errorf("base_url has no host")
	}
	return nil
}

// URLParseReason is why url.Parse refused a URL, without the URL itself
// (url.Error quotes it whole, secrets included).
func URLParseReason(err error) string {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err.Error()
	}
	return err.Error()
}

// InsecureURL reports whether raw is a plain-http URL to a host that is
// not loopback. URLs that still hold ${…} are not judged here.
func InsecureURL(raw string) bool {
	if strings.Contains(raw, "${") {
		return false
	}
	u, err := url.Parse(raw)
	return insecureParsed(raw, u, err)
}

func insecureParsed(raw string, u *url.URL, err error) bool {
	return !strings.Contains(raw, "${") && err == nil && InsecureTarget(u)
}

// InsecureTarget is InsecureURL for a URL already parsed (and resolved):
// the runner judges every request it sends without printing and parsing
// its URL again.
func InsecureTarget(u *url.URL) bool {
	return strings.EqualFold(u.Scheme, "http") && !IsLoopback(u.Hostname())
}

// IsLoopback reports whether host names this machine: a loopback address,
// or a localhost name ("localhost", "api.localhost") that resolves only to
// loopback addresses. Other names are judged without any lookup.
func IsLoopback(host string) bool {
	host = strings.TrimSuffix(strings.ToLower(host), ".")
	if ip := net.ParseIP(host); ip != nil {
		return ip.IsLoopback()
	}
	if host != "localhost" && !strings.HasSuffix(host, ".localhost") {
		return false
	}
	if v, ok := loopbackNames.Load(host); ok {
		return v.(bool)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	addrs, err := lookupIPAddr(ctx, host)
	loop := err == nil && len(addrs) > 0
	for _, a := range addrs {
		loop = loop && a.IP.IsLoopback()
	}
	loopbackNames.Store(host, loop)
	return loop
}

var (
	// lookupIPAddr resolves localhost names; a test replaces it so that no
	// query for a name that is not in /etc/hosts leaves the machine.
	lookupIPAddr = net.DefaultResolver.LookupIPAddr
	// loopbackNames caches each answer: a run judges the same few names
	// for every request.
	loopbackNames sync.Map
)

func hostOf(raw string) string {
	if u, err := url.Parse(raw); err == nil {
		return u.Host
	}
	return SplitURL(raw).Host
}
