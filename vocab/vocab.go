// Package vocab holds the words a suite is written in, defined once: the
// scenario kinds, the probes, the credential types and the credential
// fields, with which fields each type takes. The loader validates against
// these tables, the runner and diagnose branch on them, reporters print
// them, and the init scaffold is checked against them, so a word added or
// renamed here changes everywhere at once.
package vocab

// Scenario kinds: what a scenario checks, and so which status it expects
// by default.
const (
	KindHappy       = "happy"
	KindFailure     = "failure"
	KindMissingData = "missing-data"
	KindPermission  = "permission"
	KindRecovery    = "recovery"
)

// Kinds lists the valid kinds in the order they are documented.
var Kinds = []string{KindHappy, KindFailure, KindMissingData, KindPermission, KindRecovery}

// Probes: the altered requests a scenario can ask for, which the API must
// reject.
const (
	ProbeNoAuth   = "no_auth"   // the credential left out
	ProbeInvalid  = "invalid"   // the credential altered
	ProbePrevious = "previous"  // the rotated-out value
	ProbeOtherEnv = "other_env" // another environment's value
)

// Probes lists the valid probes in the order they run.
var Probes = []string{ProbeNoAuth, ProbeInvalid, ProbePrevious, ProbeOtherEnv}

// Credential types.
const (
	CredNone     = "none"
	CredBearer   = "bearer"
	CredBasic    = "basic"
	CredAPIKey   = "api_key"
	CredHeader   = "header"
	CredOAuth2CC = "oauth2_client_credentials"
)

// CredTypes lists the credential types in the order they are documented.
var CredTypes = []string{CredNone, CredBearer, CredBasic, CredAPIKey, CredHeader, CredOAuth2CC}

// Credential fields, as written in a suite. FieldAccessToken is not
// written: it names the token an OAuth credential obtains at run time.
const (
	FieldType         = "type"
	FieldToken        = "token"
	FieldPrefix       = "prefix"
	FieldPrevious     = "previous"
	FieldHeader       = "header"
	FieldQuery        = "query"
	FieldKey          = "key"
	FieldUsername     = "username"
	FieldPassword     = "password"
	FieldHeaders      = "headers"
	FieldTokenURL     = "token_url"
	FieldClientID     = "client_id"
	FieldClientSecret = "client_secret"
	FieldScopes       = "scopes"
	FieldAudience     = "audience"
	FieldParams       = "params"
	FieldAuthStyle    = "auth_style"
	FieldShared       = "shared"
	FieldAccessToken  = "access_token"
)

// CredFields lists the fields each credential type takes, in the order
// they are documented.
var CredFields = map[string][]string{
	CredNone:     {FieldType},
	CredBearer:   {FieldType, FieldToken, FieldPrefix, FieldPrevious, FieldShared},
	CredBasic:    {FieldType, FieldUsername, FieldPassword, FieldPrevious, FieldShared},
	CredAPIKey:   {FieldType, FieldHeader, FieldQuery, FieldKey, FieldPrevious, FieldShared},
	CredHeader:   {FieldType, FieldHeaders, FieldPrevious, FieldShared},
	CredOAuth2CC: {FieldType, FieldTokenURL, FieldClientID, FieldClientSecret, FieldScopes, FieldAudience, FieldParams, FieldAuthStyle, FieldPrevious, FieldShared},
}

// RequiredFields lists the fields a credential type cannot do without.
var RequiredFields = map[string][]string{
	CredBearer:   {FieldToken},
	CredBasic:    {FieldUsername, FieldPassword},
	CredAPIKey:   {FieldKey},
	CredHeader:   {FieldHeaders},
	CredOAuth2CC: {FieldTokenURL, FieldClientID, FieldClientSecret},
}

// PrimaryField is the field whose value identifies a credential of each
// type: the one a rotation changes, and that `previous` replaces.
var PrimaryField = map[string]string{
	CredBearer:   FieldToken,
	CredBasic:    FieldPassword,
	CredAPIKey:   FieldKey,
	CredOAuth2CC: FieldClientSecret,
}
