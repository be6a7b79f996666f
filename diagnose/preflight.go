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
// Findings that make the request fail for certain (an empty value, an
// expired token, a doubled prefix, quotes in the value, claims that
// contradict expect_claims) are errors; heuristics are warnings. File, Line
// and Col are left zero for the caller to fill.
func Preflight(c Credential, env string, expectClaims map[string]string, requiresScope []string, now time.Time, expiryWarning time.Duration) []Finding {
	if now.IsZero() {
		now = time.Now()
	}
	if expiryWarning == 0 {
		expiryWarning = DefaultExpiryWarning
	}
	red := newRedactor(&c)
	var out []Finding
	for _, ch := range checkCredential(&c, env, expectClaims, requiresScope, now, expiryWarning) {
		out = append(out, Finding{
			Severity:   ch.severity,
			Code:       ch.code,
			Message:    red.redact(ch.message),
			Env:        env,
			Credential: c.Name,
			Variable:   ch.variable,
		})
	}
	return out
}
