package suites

import (
	"fmt"
	"net"
	"net/url"
	"strings"
)

// validate checks what spans several parts of a suite: names that refer to
// credentials and environments, and transport safety.
func validate(d *decoder, s *Suite) {
	creds := append(sortedKeys(s.Credentials), "none")
	checkAuth := func(name string, pos Pos) {
		if name == "" || name == "none" || s.Credentials[name] != nil {
			return
		}
		d.errs = append(d.errs, Error{Pos: pos, Msg: fmt.Sprintf("auth %q names no credential%s; defined: %s", name, suggest(name, creds), quoteList(creds))})
	}
	seen := map[string]Pos{}
	for _, sc := range s.Scenarios {
		if p, dup := seen[sc.Name]; dup && sc.Name != "" {
			d.errs = append(d.errs, Error{Pos: sc.Pos, Msg: fmt.Sprintf("scenario name %q is already used at line %d; test names must be unique", sc.Name, p.Line)})
		}
		seen[sc.Name] = sc.Pos
		checkAuth(sc.Auth, sc.AuthPos)
		for _, st := range sc.Steps {
			if st.AuthSet {
				checkAuth(st.Auth, st.AuthPos)
			}
		}
		if sc.Matrix != nil {
			for _, c := range sc.Matrix.Credentials {
				checkAuth(c, sc.Matrix.Pos)
			}
		}
		if len(sc.Probes) > 0 {
			switch {
			case len(sc.Steps) != 1:
				d.errs = append(d.errs, Error{Pos: sc.Pos, Msg: fmt.Sprintf("probes need a single-request scenario; %q has steps or a matrix", sc.Name)})
			case sc.Auth == "" || sc.Auth == "none":
				d.errs = append(d.errs, Error{Pos: sc.Pos, Msg: fmt.Sprintf("probes test a credential, but scenario %q uses none (add auth: …)", sc.Name)})
			}
		}
	}
	for _, e := range s.Environments {
		if e.AllowInsecure {
			continue
		}
		for _, u := range insecureTargets(s, e) {
			d.errs = append(d.errs, Error{Pos: u.Pos, Msg: fmt.Sprintf("%s would send credentials in clear text to %s; use https, or set allow_insecure: true on environment %q", u.Raw, hostOf(u.Raw), e.Name)})
		}
	}
}

// insecureTargets lists the literal http:// URLs of an environment that
// would carry credentials to a host other than this machine. URLs built
// from variables are checked again at run time, once resolved.
func insecureTargets(s *Suite, e *Environment) []String {
	usesCreds := false
	for _, sc := range s.Scenarios {
		if len(sc.Only) > 0 && !contains(sc.Only, e.Name) {
			continue
		}
		for _, st := range sc.Steps {
			if auth := st.Auth; (st.AuthSet && auth != "" && auth != "none") || (!st.AuthSet && sc.Auth != "" && sc.Auth != "none") {
				usesCreds = true
				if st.Request.URL.IsSet() && InsecureURL(st.Request.URL.Raw) {
					return []String{st.Request.URL}
				}
			}
		}
		if sc.Matrix != nil {
			usesCreds = true
		}
	}
	var out []String
	if usesCreds && InsecureURL(e.BaseURL.Raw) {
		out = append(out, e.BaseURL)
	}
	for _, c := range s.Credentials {
		if c.Type == CredOAuth2CC && InsecureURL(c.TokenURL.Raw) && !strings.Contains(c.TokenURL.Raw, "${base_url}") {
			out = append(out, c.TokenURL)
		}
	}
	return out
}

// InsecureURL reports whether raw is a plain-http URL to a host that is
// not loopback. URLs that still hold ${…} are not judged here.
func InsecureURL(raw string) bool {
	if strings.Contains(raw, "${") {
		return false
	}
	u, err := url.Parse(raw)
	if err != nil || !strings.EqualFold(u.Scheme, "http") {
		return false
	}
	return !IsLoopback(u.Hostname())
}

// IsLoopback reports whether host names this machine.
func IsLoopback(host string) bool {
	host = strings.TrimSuffix(strings.ToLower(host), ".")
	if host == "localhost" || strings.HasSuffix(host, ".localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

func hostOf(raw string) string {
	if u, err := url.Parse(raw); err == nil {
		return u.Host
	}
	return raw
}
