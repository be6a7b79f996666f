package diagnose

import (
	"net/http"
	"time"

	"github.com/authspec/authspec/assert"
	"github.com/authspec/authspec/secret"
)

// Credential describes a credential as it was (or would be) sent. It is
// plain data: the runner fills it in from the suite and the environment.
type Credential struct {
	Name   string  // suite credential name, e.g. "service_token"
	Type   string  // bearer | basic | api_key | header | oauth2_client_credentials | none
	Values []Value // the secret values involved, see Value.Field
	Prefix string  // bearer prefix as configured; "" with Type bearer means the default "Bearer" unless NoPrefix
	// NoPrefix says the suite set the prefix to "" on purpose, so the token
	// is sent bare in the Authorization header.
	NoPrefix bool
	Header   string // where an api_key goes: a header name, or
	Query    string // a query parameter name
	// OtherEnvs is the same credential as the other environments of the
	// suite define it: one entry per value, fingerprints only.
	OtherEnvs []Fingerprinted
}

// Value is one secret value of a credential. Value is secret: it never
// appears in a message or in evidence; Source and its fingerprint do.
type Value struct {
	Source  string // variable name (API_TOKEN) or field path ("service_token.token")
	Value   string // the value itself, after interpolation
	EnvFile string // env file(s) that were read for it, if any, e.g. ".env.staging"
	// Field is the credential field the value fills: token, key, username,
	// password, client_id, client_secret, access_token (an OAuth token the
	// runner fetched), previous, or a header name for Type header.
	Field string
}

// Fingerprinted is a value of a credential as another environment defines
// it, reduced to its fingerprint (secret.Fingerprint).
type Fingerprinted struct {
	Env         string // the other environment's name
	Source      string // variable name or field path there
	Field       string // as in Value.Field
	Fingerprint string // first 6 hex digits of the SHA-256 of the value
}

// Exchange is one request and its response, with what the suite knows
// about it. Analyze reads it; nothing in it is printed raw.
type Exchange struct {
	Env          string // environment name
	Kind         string // scenario kind: happy | failure | missing-data | permission | recovery
	Probe        string // "", no_auth, invalid, previous, other_env
	ExpectReject bool   // the scenario (or probe) expected a 4xx rejection
	// Expected is the status the step expected. Zero: the default for
	// Kind (2xx, or 403 for a permission scenario, 401 for a rejection).
	Expected   assert.Status
	Credential *Credential // nil: no credential configured for the request
	// ClientCert: the environment has a TLS client certificate (tls:
	// cert_file, or the base transport's), offered to a server that asks
	// for one. A server's answer that a client certificate is required
	// then refused it (credential_rejected); without one, none was sent
	// (no_credentials_sent).
	ClientCert bool
	// ClientCertNotAsked: the environment has one (ClientCert), but the
	// server asked for no client certificate in the TLS handshake of the
	// connection the answer came on, so it was not sent: a server that
	// then says one is required never saw it (no_credentials_sent). False
	// when the server asked, or when that is not known.
	ClientCertNotAsked bool
	// ClientCertNotAfter is that certificate's notAfter (zero: none, or
	// not known): a server that refused the certificate once it had
	// expired refused it for that (certificate_expiring).
	ClientCertNotAfter time.Time
	// ClientCertAsked: the server asked for a client certificate in the
	// TLS handshake of the connection the answer came on. A refusal then,
	// to an environment that has none, is the certificate not sent.
	ClientCertAsked bool
	// ClientCertKeptBack: the server asked, the environment has one, and
	// it was not sent (the server named only CAs other than its issuer):
	// a refusal is that certificate's.
	ClientCertKeptBack bool

	Method string
	URL    string // as sent; may contain secrets, never echoed raw
	// Path is the path as the runner shows it: the suite's template as
	// written, each substituted secret as its label. Empty: the path of
	// URL, redacted as a value.
	Path secret.Text
	// ShownURL and ShownBody are the URL and body as the runner shows
	// them, rendered the same way. A credential's value is sent in the
	// path, a query parameter or the body only where it occurs more often
	// than there: where authspec substituted it, not where the suite's own
	// text equals it. Empty: every occurrence counts.
	ShownURL, ShownBody secret.Text
	RequestHeader       http.Header
	RequestBody         []byte
	// NotForwarded is the redirect to another origin at which the runner
	// stripped the credential (it never sends a secret across origins):
	// the server that answered received none of what RequestHeader and
	// URL carry. Zero: no redirect stripped anything.
	NotForwarded Redirect
	// Followed is the last redirect the client followed (follow_redirects)
	// to reach this answer: its status and Location as the server sent
	// them. Zero: the answer is the request's own. A 2xx reached through a
	// redirect to the login page is that page, served to a request the
	// application did not authenticate (LoginPageFollowed).
	Followed Hop

	StatusCode     int
	ResponseHeader http.Header
	ResponseBody   []byte

	// AuthFlag is the flag that chose the credential when the request was
	// typed on the command line (authspec request's --auth), "" for a
	// suite's scenario; AuthChoices are the credentials it may name.
	// no_credentials_sent then advises the flag, not the scenario's auth:.
	AuthFlag    string
	AuthChoices []string

	ExpectClaims  map[string]string // the environment's expect_claims (iss, aud)
	RequiresScope []string          // the scenario's requires_scope
	Now           time.Time         // zero: time.Now()
	// Redactor is the run's: every secret it knows is redacted from the
	// whole of a server's text before an excerpt is cut. nil: built from
	// Credential.
	Redactor *secret.Redactor
}

// Redirect is one hop of a redirect, by origin only (scheme://host:port):
// From answered Status, sending the request on to To.
type Redirect struct {
	From, To string
	Status   int
}

// Hop is one redirect an answer was reached through: the status that
// sent the request on and its Location header.
type Hop struct {
	Status   int
	Location string
}

// DefaultExpiryWarning is the window in which Preflight warns that a JWT
// expires soon (--expiry-warning).
const DefaultExpiryWarning = 7 * 24 * time.Hour
