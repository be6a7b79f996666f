package diagnose

import "time"

// Preflight lints credential c as environment env uses it, without the
// network: empty values (credential_missing), formatting (prefixes,
// whitespace, quotes), JWT times and claims against expectClaims and
// requiresScope, test/live keys against the environment's name, and values
// equal to another environment's (by fingerprint).
//
// A JWT that expires within expiryWarning is a warning (jwt_expiring);
// zero means DefaultExpiryWarning and a negative duration turns the
// warning off. A zero now means time.Now().
//
// Only what stops a request is an error (an empty value, a placeholder):
// nothing is sent for it. Everything else is a warning, however certain
// (an expired token, a doubled prefix): the request is still sent and the
// server's answer is evidence too. File, Line and Col are left zero for the
// caller to fill.
func Preflight(c Credential, env string, expectClaims map[string]string, requiresScope []string, now time.Time, expiryWarning time.Duration) []Finding {
	if now.IsZero() {
		now = time.Now()
	}
	if expiryWarning == 0 {
		expiryWarning = DefaultExpiryWarning
	}
	checks := checkCredential(&c, env, expectClaims, requiresScope, now, expiryWarning)
	if len(checks) == 0 {
		return nil // and no redactor to build: a thousand suites lint clean
	}
	red := newRedactor(nil, &c)
	var out []Finding
	for _, ch := range checks {
		out = append(out, Finding{
			Severity:   findingSeverity(ch.code),
			Code:       ch.code,
			Message:    red.values(ch.message),
			Env:        env,
			Credential: c.Name,
			Variable:   ch.variable,
		})
	}
	return out
}

// findingSeverity is the catalog's severity of a code found before
// sending, so lint and run say the same thing about it.
func findingSeverity(code string) Severity {
	if e, ok := Lookup(code); ok && e.Severity == SeverityError {
		return SeverityError
	}
	return SeverityWarning
}
