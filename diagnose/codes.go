package diagnose

// Cause codes. They are part of the public contract (console, JUnit, JSON,
// `authspec explain`): add new ones, never rename. What each one means and
// how to fix it lives in the catalog (catalog.go); code everywhere refers
// to these constants, never to the strings.
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
	TokenExpired                      = "token_expired"
	EndpointNotFound                  = "endpoint_not_found"
	NotFoundHidesPermission           = "not_found_hides_permission"
	RegionMismatch                    = "region_mismatch"
	RequiredHeaderMissing             = "required_header_missing"
	SSOAuthorizationRequired          = "sso_authorization_required"
	ReferrerRestricted                = "referrer_restricted"
	DeprecatedAuthMethod              = "deprecated_auth_method"
	PlaceholderCredential             = "placeholder_credential"
	SpecDrift                         = "spec_drift"
	JWTExpiring                       = "jwt_expiring"
	CertificateExpiring               = "certificate_expiring"
	CredentialTooShort                = "credential_too_short"
	PublicUnused                      = "public_unused"
)

// Codes lists every cause code, in catalog order, for reporters,
// documentation and tests that must cover them all.
var Codes = func() []string {
	out := make([]string, len(catalog))
	for i, e := range catalog {
		out[i] = e.Code
	}
	return out
}()
