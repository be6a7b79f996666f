// Package diagnose explains why an API answered 401 or 403: it reads what
// was sent, what came back and what the suite knows, and returns causes,
// most likely first, each with evidence. It also lints credentials before
// anything is sent (preflight). It never verifies signatures and never
// reveals a secret: evidence names sources and fingerprints, not values.
package diagnose

// Cause codes. They are part of the public contract (console, JUnit, JSON):
// add new ones, never rename.
const (
	CredentialMissing                 = "credential_missing"
	NoCredentialsSent                 = "no_credentials_sent"
	PrefixDoubled                     = "prefix_doubled"
	PrefixMissing                     = "prefix_missing"
	SchemeMismatch                    = "scheme_mismatch"
	WhitespaceInCredential            = "whitespace_in_credential"
	QuotesInCredential                = "quotes_in_credential"
	CredentialInWrongPlace            = "credential_in_wrong_place"
	JWTExpired                        = "jwt_expired"
	JWTNotYetValid                    = "jwt_not_yet_valid"
	JWTWrongIssuer                    = "jwt_wrong_issuer"
	JWTWrongAudience                  = "jwt_wrong_audience"
	JWTMissingScope                   = "jwt_missing_scope"
	ServerInvalidToken                = "server_invalid_token"
	ServerInsufficientScope           = "server_insufficient_scope"
	CredentialFromOtherEnvironment    = "credential_from_other_environment"
	TestKeyInProduction               = "test_key_in_production"
	LiveKeyOutsideProduction          = "live_key_outside_production"
	CredentialRejected                = "credential_rejected"
	PermissionDenied                  = "permission_denied"
	IPRestricted                      = "ip_restricted"
	RateLimited                       = "rate_limited"
	BlockedByProxy                    = "blocked_by_proxy"
	AuthenticationBeforeAuthorization = "authentication_before_authorization"
	CredentialNotChecked              = "credential_not_checked"
	JWTExpiring                       = "jwt_expiring"
)

// Cause is one likely reason for a response, with what points to it.
type Cause struct {
	Code     string   `json:"cause"`
	Message  string   `json:"message"`
	Evidence []string `json:"evidence,omitempty"`
}

// Severity of a preflight finding.
type Severity string

const (
	SeverityError   Severity = "error"
	SeverityWarning Severity = "warning"
)

// Finding is a preflight result: something found in a suite or its
// credentials before any request is sent. File, Line and Col point at the
// place where the credential or variable is used.
type Finding struct {
	File     string
	Line     int
	Col      int
	Severity Severity
	Code     string
	Message  string
	// Env and Credential say what the finding concerns, so the runner can
	// attach it to the scenarios that use that credential in that
	// environment. Empty Credential: it concerns the whole environment.
	Env        string
	Credential string
	Variable   string
}
