package diagnose

// Codes lists every cause code in the order of SPEC §4, for reporters,
// documentation and tests that must cover them all.
var Codes = []string{
	CredentialMissing, NoCredentialsSent, PrefixDoubled, PrefixMissing,
	SchemeMismatch, WhitespaceInCredential, QuotesInCredential,
	CredentialInWrongPlace, JWTExpired, JWTNotYetValid, JWTWrongIssuer,
	JWTWrongAudience, JWTMissingScope, ServerInvalidToken,
	ServerInsufficientScope, CredentialFromOtherEnvironment,
	TestKeyInProduction, LiveKeyOutsideProduction, CredentialRejected,
	PermissionDenied, IPRestricted, RateLimited, BlockedByProxy,
	AuthenticationBeforeAuthorization, CredentialNotChecked, JWTExpiring,
}
