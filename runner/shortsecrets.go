package runner

import (
	"github.com/authspec/authspec/diagnose"
	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/suites"
)

// shortSecrets is a RequestRefs callback that warns credential_too_short
// about a secret shorter than 8 characters that the scenario named
// scenario writes itself (a ${VAR} in a header, the URL or the body, or
// in an assertion, compared with what the server sent back), for that
// scenario alone: the other scenarios of the environment do not use it,
// and --fail-on-warning must not fail them; scenario "" is every scenario
// of the environment (a ${VAR} of its base_url that every scenario sends;
// see preflight). A credential's variables
// are warned about with the credential; a capture is read at run time,
// not here; an identifier (public:, a host) is no secret.
func shortSecrets(env *suites.Env, scenario string, credVars, idents map[string]bool, captured func(string) bool, add func(diagnose.Finding, suites.Pos)) func(string, suites.Pos) {
	return func(name string, pos suites.Pos) {
		if credVars[name] || idents[name] || captured(name) {
			return
		}
		v, ok := env.Lookup(name, nil)
		if !ok || !v.Secret {
			return
		}
		if n := len([]rune(secret.Clean(v.Value))); n > 0 && n < 8 {
			f := diagnose.TooShort(name, n)
			f.Scenario = scenario
			add(f, pos)
		}
	}
}

// sendsToBase reports whether a scenario sends a request to base_url: a
// step or a matrix row with a path, not a url: of its own.
func sendsToBase(sc *suites.Scenario) bool {
	for _, step := range sc.Steps {
		if !step.Request.URL.IsSet() {
			return true
		}
	}
	if sc.Matrix != nil {
		for _, row := range sc.Matrix.Rows {
			if !row.Request.URL.IsSet() {
				return true
			}
		}
	}
	return false
}
