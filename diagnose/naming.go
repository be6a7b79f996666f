package diagnose

import (
	"fmt"
	"net/http"
	"net/url"

	"github.com/authspec/authspec/assert"
	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/vocab"
)

// How causes name things: the endpoint, the status, the expected status,
// what the server said, a credential, its value and where it is defined.

// Defaults for an Exchange that states no expected status.
var (
	expectSuccess      = assert.MustStatus("2xx")
	expectForbidden    = assert.MustStatus(403)
	expectUnauthorized = assert.MustStatus(401)
)

// expectedStatus is the status the exchange expected, or its default.
func expectedStatus(ex Exchange) assert.Status {
	switch {
	case !ex.Expected.IsZero():
		return ex.Expected
	case !ex.ExpectReject:
		return expectSuccess
	case ex.Kind == vocab.KindPermission:
		return expectForbidden
	}
	return expectUnauthorized
}

// endpoint is "METHOD /path", the query left out: the path as the runner
// showed it (Exchange.Path: the suite's template, secrets as labels), or
// else the path as sent, a value redacted at the sink.
func (a *analysis) endpoint() secret.Text {
	if a.ex.Path != "" {
		return secret.Textf("%s %s", secret.Lit(a.ex.Method), a.ex.Path)
	}
	path := "(unparsable URL)"
	if u, err := url.Parse(a.ex.URL); err == nil {
		path = u.EscapedPath()
	}
	if a.ex.Method == "" {
		return secret.Textf("%s", path)
	}
	return secret.Textf("%s %s", secret.Lit(a.ex.Method), path)
}

func (a *analysis) statusText() string {
	return fmt.Sprintf("%d %s", a.ex.StatusCode, http.StatusText(a.ex.StatusCode))
}

// status is authspec's rendering of the status: "401 Unauthorized".
func (a *analysis) status() secret.Text { return secret.Lit(a.statusText()) }

// expected is the expected status as authspec writes it ("2xx").
func (a *analysis) expected() secret.Text { return secret.Lit(a.exp.String()) }

func (a *analysis) serverSaid() []string {
	var ev []string
	for _, c := range a.srv.rawChall {
		ev = append(ev, textf("WWW-Authenticate: %s", c))
	}
	// A page whose words are its status line ("403 Forbidden") says
	// nothing the failure does not.
	if a.srv.message != "" && !sameWords(a.srv.message, a.statusText()) {
		ev = append(ev, textf("the server said: %q", a.srv.message))
	}
	return ev
}

// lit marks a fixed sentence as authspec's own words.
func lit(s string) string { return string(secret.Lit(s)) }

// shown is how evidence names a credential's value: an identifier (a
// username or client id, see secret.Identifier) as written, any other
// value by its label.
func shown(c *Credential, v Value) secret.Text {
	if (v.Field == vocab.FieldUsername || v.Field == vocab.FieldClientID) && identifier(c, v) {
		return secret.Textf("%s %s", secret.Lit(v.Field), v.Value)
	}
	return secret.Lit(label(v))
}

// identifier reports whether v, a username or client id of c, is an
// identifier: its password or client secret is set and its variable is not
// named like a secret.
func identifier(c *Credential, v Value) bool {
	for _, p := range c.Values {
		if p.Field == vocab.FieldPassword || p.Field == vocab.FieldClientSecret {
			return secret.Identifier(sourceName(v), p.Value)
		}
	}
	return false
}

// credName is " (name)": the credential's name as written in the YAML.
func (a *analysis) credName() secret.Text {
	if a.ex.Credential != nil && a.ex.Credential.Name != "" {
		return secret.Lit(" (" + a.ex.Credential.Name + ")")
	}
	return ""
}

// whereDefined names the variable (and env file) a secret value comes
// from: names written in the suite, never the value.
func (a *analysis) whereDefined() secret.Text {
	if a.ex.Credential == nil {
		return ""
	}
	for _, v := range a.ex.Credential.Values {
		if v.Field != vocab.FieldUsername && v.Field != vocab.FieldClientID && v.Source != "" {
			if v.EnvFile != "" {
				return secret.Lit(" (" + v.Source + " in " + v.EnvFile + ")")
			}
			return secret.Lit(" (" + v.Source + ")")
		}
	}
	return ""
}
