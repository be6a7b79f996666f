package diagnose

import (
	"slices"

	"github.com/authspec/authspec/internal/lazyre"
)

// rule is what one provider, gateway or server says, and what it means.
// Knowledge about real APIs lives in the rules table (rules_*.go), one row per
// way of answering, each with its own test (rules_test.go); the ranking
// code only weighs what the rows find.
type rule struct {
	name   string // who answers this way, shown in the evidence
	status []int  // statuses it applies to; empty: any answer that is analyzed
	header string // a response header that must be present
	value  *lazyre.Regexp
	// issue must match the code of a FHIR OperationOutcome's first issue
	// (the answer's own field for what went wrong).
	issue *lazyre.Regexp
	// words must match the lower-cased body (or, with no body words, the
	// header alone decides); unless vetoes the row.
	words, unless *lazyre.Regexp
	// accept, when set, must also approve the words matched (a header
	// the answer names must not be the credential's own).
	accept      func(matched string) bool
	noChallenge bool // only when the answer has no WWW-Authenticate
	needsSent   bool // only when the request carried a credential
	// anonymousAfter: to a request that carried no credential, the row's
	// reading ranks after no_credentials_sent: its words judge a caller's
	// rights, and nothing identified one (a row that names the anonymous
	// caller and a policy that denies it, "explicit deny", is a verdict
	// on anonymous callers and keeps its rank).
	anonymousAfter bool
	// ownAdvice: the row's message says what to do when nothing was sent
	// too (a TLS client certificate is no auth: credential), so it is
	// kept where a no_credentials_sent row's would give way to the
	// advice to add auth:.
	ownAdvice bool
	// when, if set, must approve the request and answer as a whole (what
	// was sent against what the words ask for).
	when func(a *analysis) bool
	code string
	// codeFor picks the code from what was sent (an API key in the wrong
	// mode is test_key_in_production or live_key_outside_production), or
	// "" when the rest of the answer contradicts the row.
	codeFor func(a *analysis) string
	// evidence adds what the answer says beyond the matched words (the
	// scopes it needs and the credential has).
	evidence func(a *analysis) []string
	// strong: the server names the cause, which outranks every local
	// guess. Otherwise it only confirms a refusal and ranks below local
	// evidence that explains it (a doubled prefix, another environment's
	// key).
	strong bool
	// confirms: local findings this answer confirms; they rise just above
	// the row, so the preflight finding becomes the diagnosis.
	confirms []string
	// redundantWith: local findings that say what the row's code says, more
	// precisely (a JWT's exp in the past is the server's "token expired"
	// with the date): where one of them is among the causes, the row's own
	// cause is left out, as the finding already quotes the server's words.
	redundantWith []string
	// refuses2xx: the row's header says the credential was refused even
	// in a 2xx, which the API then answers as for an anonymous caller
	// (AuthErrorHeader).
	refuses2xx bool
	// message is authspec's own words (it reaches the user as a literal
	// of secret.Text: no secret value can rewrite it).
	message string
}

const (
	scoreServerNames    = 88 // a strong row
	scoreServerConfirms = 62 // a weak row
)

func re(s string) *lazyre.Regexp { return lazyre.New(s) }

// claimFailedPattern: the JWT claim named (aud, iss) is the one that
// failed validation, by its short name, in whatever words the server's
// JWT library says it: jose's JWTClaimValidationFailed serialized, {"claim":
// "aud","reason":"check_failed"} (Logto's data), and its message
// "unexpected \"aud\" claim value"; "aud claim check failed"; Spring
// Security's "The aud claim is not valid"; "Claim 'iss' is invalid".
func claimFailedPattern(claim string) string {
	return `"claim"\s*:\s*"` + claim + `"|\b(unexpected|invalid|wrong|bad|mismatched)\W{1,4}` + claim + `\W{1,4}claim\b|` +
		`\b` + claim + `\W{0,3}claim\b[^.]{0,20}\b(check failed|validation failed|failed|mismatch|is invalid|invalid|is not valid|not valid|does not match)|` +
		`\bclaim\W{1,3}` + claim + `\W{1,3}(is |was )?(invalid|not valid|mismatched|does not match|failed)`
}

// rules: most specific first; when two rows give the same code the first
// one's message is kept.
var rules = slices.Concat(routeRules, headerRules, validityRules, permissionRules, missingRules, hiddenRules, refusedRules)

// oneKeyDisabledPattern: one credential switched off ("This API key has
// been disabled"): that key is refused (unknownCredentialPattern), not the
// way of authenticating.
// ("The api_key supplied has been disabled", api.data.gov.) Also the
// user's own password switched off until it is reset (Zulip's "Your
// password has been disabled and needs to be reset"): that password, not
// password authentication ("Password authentication is disabled in this
// organization" stays the method's).
const oneKeyDisabledPattern = `\b(this|the|that|your|provided) [a-z_ -]{0,20}(key|token|credential|secret|password)( (supplied|provided|given|used|sent))? (has been|was|is) disabled|\b(api[ _-]?key|access token|token) (has been|was|is) disabled\b`

// faultListPattern: "expired" as one of several faults the server lists
// without saying which ("expired, revoked, malformed or invalid", "invalid
// or expired", "Missing/invalid/expired access token"): it does not say
// the token expired; nor does "Token has expired or signature is invalid"
// (Oracle Health's FHIR servers), which names two faults. "Session expired
// or invalid" (Salesforce, Paddle) names the expiry first and is read as
// one.
const faultListPattern = `\bexpired or (the |its )?(signature|token|key|credential)s? (is |are )?(invalid|not valid)\b|\b(invalid|bad|incorrect|wrong|unrecognized)(,| or|, or|/) ?expired\b|\bexpired(,| or|, or|/) ?revoked\b|\bexpired, (revoked|malformed|invalid)\b`

// notRolePattern: words that say the caller is not in a role ("Not
// administrator user", "You are not a server admin"), an authorization
// failure even when an API answers it with 401.
const notRolePattern = `not (an? )?((server|system|site|cluster|instance|global|org|organi[sz]ation|project|workspace|team|database|db) )?(administrator|admin|management|monitoring|owner|member)\b`

// denyPageConfirms: a proxy's or web server's own deny page says no
// reason; when the token lacks the scope the scenario requires, that is
// the likelier one (HAProxy's and nginx's JWT checks deny so).
var denyPageConfirms = []string{JWTMissingScope}

// formatCodes are local findings that explain why a server saw no usable
// credential although one was sent.
var formatCodes = []string{SchemeMismatch, PrefixDoubled, PrefixMissing, WhitespaceInCredential, QuotesInCredential, PlaceholderCredential, CredentialMissing}
