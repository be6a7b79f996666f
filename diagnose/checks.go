package diagnose

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/authspec/authspec/internal/lazyre"
	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/vocab"
)

// check is one thing found about a credential without the network. Both
// Preflight (as a Finding) and Analyze (as a Cause) report it.
type check struct {
	code     string
	strong   bool   // certain, not a heuristic
	variable string // the value's Source
	message  string
	evidence []string
}

// checkCredential runs every offline check on c as environment env uses it.
// window <= 0 disables the jwt_expiring warning.
func checkCredential(c *Credential, env string, claims map[string]string, scopes []string, now time.Time, window time.Duration) []check {
	if c == nil || c.Type == vocab.CredNone || c.Type == "" && len(c.Values) == 0 {
		return nil
	}
	var out []check
	for _, v := range c.Values {
		if strings.TrimSpace(v.Value) == "" {
			out = append(out, missingCheck(c, env, v))
			continue
		}
		if v.Field != vocab.FieldUsername && v.Field != vocab.FieldClientID {
			if what := Placeholder(v.Value); what != "" {
				out = append(out, placeholderCheck(c, env, v, what))
				continue
			}
			if n := len([]rune(cleanValue(v.Value))); n < 8 {
				out = append(out, check{CredentialTooShort, true, v.Source, tooShortMessage(sourceName(v), n),
					[]string{textf("%s: %s", secret.Lit(label(v)), characters(n))}})
			}
		}
		for _, is := range inspectValue(c, v) {
			out = append(out, check{is.code, is.strong, v.Source, is.message, []string{is.evidence}})
		}
		var tok *JWT
		if clean := cleanValue(v.Value); looksLikeJWT(clean) { // first: DecodeJWT's error is made for nothing
			tok, _ = DecodeJWT(clean)
		}
		if tok != nil {
			out = append(out, checkJWT(sourceName(v), label(v), v.Source, tok, claims, scopes, now, window)...)
		} else {
			out = append(out, checkKeyEnv(v, env)...)
		}
		out = append(out, checkOtherEnvs(c, env, v)...)
	}
	return out
}

func missingCheck(c *Credential, env string, v Value) check {
	where := "no env file defines it and it is not in the process environment"
	if v.EnvFile != "" {
		where = "env file read: " + v.EnvFile
	}
	what := "contains only whitespace"
	if v.Value == "" {
		what = "is empty or not set"
	}
	name := sourceName(v)
	return check{
		code: CredentialMissing, strong: true, variable: v.Source,
		message: textf("%s %s in %s (%s); credential %s cannot be sent — define %s for %s",
			secret.Lit(name), secret.Lit(what), secret.Lit(env), secret.Lit(where), secret.Lit(c.Name), secret.Lit(name), secret.Lit(env)),
		evidence: []string{textf("%s: %s (%s)", secret.Lit(name), secret.Lit(shape(v.Value)), secret.Lit(where))},
	}
}

// placeholderRE matches the example values people leave in env files. A
// run of x's needs two or more: a lone "X" is the dummy password APIs that
// take the key as the Basic username document (Freshdesk: apikey:X).
var placeholderRE = lazyre.New(`^(change[-_ ]?me|replace[-_ ]?me|replace[-_ ]?with\b.*|your[-_ ]?(api[-_ ]?)?(key|token|secret|password)([-_ ]?here)?|insert[-_ ].*[-_ ]here|todo|tbd|fixme|placeholder|dummy|null|undefined|nil|none|<[^<>]*>|\{\{[^{}]*\}\}|x{3,}.*|x[-_.]?(x+[-_.]?)+)$`)

// placeholderFirst holds the bytes placeholderRE's matches start with: a
// credential that starts with none of them (most do) is no placeholder
// without the regular expression, which each credential of each suite of
// a folder was put through. TestPlaceholderFirst derives the set from the
// expression.
const placeholderFirst = "cryitfpdnu<{x"

// Placeholder reports whether v is an example value rather than a
// credential (changeme, replace-with-…, <token>, xxx…, your-api-key, null),
// and which pattern it matched; "" when it is not.
func Placeholder(v string) string {
	s := strings.ToLower(strings.TrimSpace(strings.Trim(strings.TrimSpace(v), `"'`)))
	if first, rest, ok := strings.Cut(s, " "); ok && isKnownScheme(first) {
		s = strings.TrimSpace(rest)
	}
	if s == "" || strings.IndexByte(placeholderFirst, s[0]) < 0 || !placeholderRE.MatchString(s) {
		return ""
	}
	switch {
	case strings.HasPrefix(s, "<"), strings.HasPrefix(s, "{{"):
		return "a <placeholder> in angle brackets or braces"
	case strings.HasPrefix(s, "x"):
		return "a run of x's"
	case s == "null" || s == "undefined" || s == "nil" || s == "none":
		return textf("the word %q, which a template or script left for a missing value", s)
	}
	// No example words here: the redactor hides the credential's value
	// wherever it appears, so "changeme" in this sentence would print as
	// the fingerprint of a credential that holds changeme.
	return "an example value from a template, not a real secret"
}

func placeholderCheck(c *Credential, env string, v Value, what string) check {
	name := sourceName(v)
	where := envFileRead(v)
	return check{code: PlaceholderCredential, strong: true, variable: v.Source,
		message:  textf("%s in %s is a placeholder, not a credential (%s)%s; credential %s cannot be sent — put the real secret in the env file or CI secret", secret.Lit(name), secret.Lit(env), secret.Text(what), secret.Lit(where), secret.Lit(c.Name)),
		evidence: []string{textf("%s: %s%s", secret.Lit(name), secret.Text(what), secret.Lit(where))}}
}

// checkJWT reads a decoded token's times and claims. name is how the token
// is called in messages, lbl its label.
func checkJWT(name, lbl, variable string, tok *JWT, claims map[string]string, scopes []string, now time.Time, window time.Duration) []check {
	var out []check
	add := func(code string, msg string, ev ...string) {
		out = append(out, check{code, true, variable, msg, ev})
	}
	if exp, ok := tok.Expiry(); ok {
		switch d := exp.Sub(now); {
		case d <= 0:
			add(JWTExpired,
				textf("%s expired %s ago (%s); get a new token", secret.Lit(name), secret.Lit(human(d)), secret.Lit(stamp(exp))),
				textf("%s exp %s, now %s", secret.Lit(lbl), secret.Lit(stamp(exp)), secret.Lit(stamp(now))))
		case window > 0 && d <= window:
			add(JWTExpiring,
				textf("%s expires in %s (%s)", secret.Lit(name), secret.Lit(human(d)), secret.Lit(stamp(exp))),
				textf("%s exp %s, now %s", secret.Lit(lbl), secret.Lit(stamp(exp)), secret.Lit(stamp(now))))
		}
	}
	if nbf, ok := tok.NotBefore(); ok && nbf.After(now) {
		add(JWTNotYetValid,
			textf("%s is not valid until %s (in %s); wait, or check this machine's clock and the issuer's", secret.Lit(name), secret.Lit(stamp(nbf)), secret.Lit(human(nbf.Sub(now)))),
			textf("%s nbf %s, now %s", secret.Lit(lbl), secret.Lit(stamp(nbf)), secret.Lit(stamp(now))))
	}
	if want := claims["iss"]; want != "" {
		if got := tok.Issuer(); got != want {
			add(JWTWrongIssuer,
				textf("%s was issued by %q, but this environment expects tokens from %q (expect_claims.iss); it is probably a token for another environment or tenant", secret.Lit(name), got, want),
				textf("%s iss %q, expect_claims.iss %q", secret.Lit(lbl), got, want))
		}
	}
	if want := claims["aud"]; want != "" {
		got := tok.Audience()
		if !slices.Contains(got, want) {
			add(JWTWrongAudience,
				textf("%s is meant for audience %s, not %q (expect_claims.aud); request a token for this API's audience", secret.Lit(name), orNone(got), want),
				textf("%s aud [%s], expect_claims.aud %q", secret.Lit(lbl), quoteList(got), want))
		}
	}
	if len(scopes) > 0 && tok.HasScopeClaim() {
		have := tok.Scopes()
		var missing []string
		for _, s := range scopes {
			if !slices.Contains(have, s) {
				missing = append(missing, s)
			}
		}
		if len(missing) > 0 {
			add(JWTMissingScope,
				textf("%s lacks the scope %s that the scenario requires (requires_scope); request a token with it", secret.Lit(name), quoteList(missing)),
				textf("%s scopes [%s], requires_scope [%s]", secret.Lit(lbl), quoteList(have), quoteList(scopes)))
		}
	}
	return out
}

// checkKeyEnv compares a key's test/live shape with the environment name.
func checkKeyEnv(v Value, env string) []check {
	class, strong, marker := classifyKey(v.Value)
	prod := isProductionEnv(env)
	name := sourceName(v)
	switch {
	case class == keyTest && prod:
		looks := secret.Lit("is a test/sandbox key")
		if !strong {
			looks = secret.Lit("looks like a test key")
		}
		return []check{{TestKeyInProduction, strong, v.Source,
			textf("%s %s (%s), but %s is a production environment; a live API does not accept test keys — use the live key", secret.Lit(name), looks, marker, secret.Lit(env)),
			[]string{textf("%s %s; environment %s", secret.Lit(label(v)), marker, secret.Lit(strconv.Quote(env)))}}}
	case class == keyLive && !prod && env != "":
		return []check{{LiveKeyOutsideProduction, strong, v.Source,
			textf("%s is a live key (%s), but %s is not a production environment; a sandbox does not accept live keys, and tests should not use them — use the test key", secret.Lit(name), marker, secret.Lit(env)),
			[]string{textf("%s %s; environment %s", secret.Lit(label(v)), marker, secret.Lit(strconv.Quote(env)))}}}
	}
	return nil
}

// checkOtherEnvs reports a value whose fingerprint equals the one another
// environment uses for the same credential.
func checkOtherEnvs(c *Credential, env string, v Value) []check {
	if v.Field == vocab.FieldUsername || v.Field == vocab.FieldClientID || v.Value == "" {
		return nil
	}
	fp := secret.Fingerprint(v.Value)
	var envs []string
	for _, o := range c.OtherEnvs {
		if o.Env == env || o.Fingerprint != fp || o.Field != "" && v.Field != "" && o.Field != v.Field {
			continue
		}
		if !slices.Contains(envs, o.Env) {
			envs = append(envs, o.Env)
		}
	}
	if len(envs) == 0 {
		return nil
	}
	name := sourceName(v)
	// The message names every environment that shares the value, sorted,
	// so each side says the same words and the finding prints once.
	all := append([]string{env}, envs...)
	slices.Sort(all)
	return []check{{CredentialFromOtherEnvironment, true, v.Source,
		textf("%s (credential %s) has the same value in %s (sha256:%s); one environment is probably using the other's credential — check which env file it came from", secret.Lit(name), secret.Lit(c.Name), secret.Lit(strings.Join(all[:len(all)-1], ", ")+" and "+all[len(all)-1]), secret.Lit(fp)),
		[]string{textf("%s in %s = %s in %s", secret.Lit(label(v)), secret.Lit(env), secret.Lit(c.Name), secret.Lit(strings.Join(envs, ", ")))}}}
}

func orNone(xs []string) string {
	if len(xs) == 0 {
		return "(none)"
	}
	return quoteList(xs)
}

// characters says n characters, in the singular for one.
func characters(n int) secret.Text {
	if n == 1 {
		return secret.Lit("1 character")
	}
	return secret.Lit(strconv.Itoa(n) + " characters")
}

func tooShortMessage(source string, n int) string {
	return textf("%s is only %s long; a secret this short is easy to guess and cannot be masked in CI logs — use a longer, random value", secret.Lit(source), characters(n))
}

// TooShort is credential_too_short for a secret that is no credential's
// field (a ${VAR} a scenario writes in a header, its URL, its body or an
// assertion, or one of base_url), named by its variable only; 0 < n < 8
// is the caller's to check.
func TooShort(variable string, n int) Finding {
	return Finding{Severity: findingSeverity(CredentialTooShort), Code: CredentialTooShort, Variable: variable, Message: tooShortMessage(variable, n)}
}
