package diagnose

import "github.com/authspec/authspec/internal/lazyre"

// Phrase families about a credential's scopes: a scope named, said
// missing, not granted, disabled or outside what the token may do. Like
// those in phrases.go, each is a shape of sentence, not one provider's.

// namedPermissionPattern: the answer names the scope or permission the
// credential lacks ("This request requires scope=likes, but this access
// token is not authorized with this scope", "The API key you used is
// missing the permission user_read"). A permission named like an
// identifier (user_read, files.write, repo:status) is a scope of the key
// or token; "missing the Overall/Administer permission" is a role.
// A token said to need a named scope ("This API requires a token with
// styles:list scope") or one of a list ("This endpoint requires at least
// one of the following scopes: request, request.delegate") is the same,
// as is one the caller must make sure to have ("Please make sure you have
// ads_management permission"). A scope named after "Required scope:"
// ("Permission Denied. Required Scope: billing:*:read") is the same; a
// "required scope" without the colon or equals sign ("the required scope
// parameter is missing") is a request's field.
const namedPermissionPattern = `\brequires? (the )?scopes?[=: ]|\brequired scopes?\s?[=:]|not authori[sz]ed (with|for) (this|the|that) scopes?|` +
	`\bmissing (the )?(required )?(permission|scope)s? ['"]?[a-z][a-z0-9]*[_.:][a-z0-9_.:]*|` +
	`\b(token|key|credential)s? with (the |an? )?['"]?[a-z][a-z0-9]*[_.:][a-z0-9_.:]*['"]? scopes?\b|\b(one|all|any) of the following scopes\b|` +
	`\b(make sure|ensure) (that )?(you|your (app|application|token|key|user)|the (app|application|token|key|user)) (have|has|holds?|was granted) (the )?['"]?[a-z][a-z0-9]*[_.:][a-z0-9_.:]*['"]? permissions?\b`

// requiredAndHeldPattern: the roles, permissions or scopes the call
// requires listed beside those the credential holds, in one sentence
// (Microsoft Graph's "Missing application roles. API required roles:
// SecurityAlert.Read.All, application roles: .", "required permissions:
// orders.read; granted permissions: profile.read"): what
// server_insufficient_scope describes, the server comparing what the
// token carries with what the call needs. A required role named alone
// ("required role: admin") says nothing of the token's and stays a
// permission.
const requiredAndHeldPattern = `\brequired (roles?|permissions?|scopes?)\s?:[^;\n]{0,300}?[,;.]\s*(the )?(application|app|token|key|client|granted|current|your|provided|held|assigned|actual|user)('s)? (roles?|permissions?|scopes?)\s?:`

// lacksScopePattern: the credential is said not to have enough scope
// ("The access token does not have sufficient scope", "token doesn't
// carry the required scopes"), or a token without a scope it names ("Your
// access token does not have the "upload" scope").
const lacksScopePattern = `(does not|doesn'?t|do not|don'?t|did not) (have|contain|include|carry|hold) (the |a |an )?(sufficient|enough|required|necessary|needed|right|correct) scopes?\b|` +
	`\b(token|key|credential)s? (does not|doesn'?t|do not|don'?t) (have|contain|include|carry|hold) (the |a |an )?\\?["']?[a-z][a-z0-9_.:-]*\\?["']? scopes?\b`

// credentialLacksPermissionsPattern: the credential itself, or the app it
// is issued to, said to lack the required, necessary or sufficient
// permissions or privileges, in either grammatical form ("this token does
// not have the required permissions to perform this action", crates.io's
// token without the endpoint scope; "The token lacks the required
// permissions for this endpoint"; "The provided key '…' does not have the
// required permissions", a Stripe restricted key; "This key doesn't have
// enough permissions"): what a key or token is granted are its scopes,
// and the fix is the scope's (grant it, or issue the credential with it).
// A person or a role said so ("You do not have the required permissions",
// "User lacks the required privileges") lacks a role: lacksPermissionPattern's
// permission_denied; and so does a credential said to lack a role ("the
// provided key does not have the required role").
const credentialLacksPermissionsPattern = `\b(token|key|credential|app|application)s?( '[^']{1,160}'| "[^"]{1,160}"| (provided|supplied|given|used|sent|specified|in use))? ` +
	lacksRequiredPattern + ` (permissions?|privileges?)\b`

// scopeNotGrantedPattern: the user did not grant the scope the request
// needs ("The user did not authorize the scope required for completing
// this request", TikTok's scope_not_authorized), or the app or token
// said not to have been granted it ("This application has not been
// granted the required scope to interact with this endpoint", Reapit's
// 403), or a token or key has
// not enough permissions and is told to get the right scopes ("Your
// token does not have sufficient permissions … authorized with the
// correct set of scopes"): a scope, not a refused credential.
const scopeNotGrantedPattern = `\b(did not|didn'?t|has not|hasn'?t|have not|haven'?t)( been)? (authori[sz]ed?|granted?|approved?|consented to) (the |this |that |all )?(required |necessary |requested )?scopes?\b|` +
	`\bscopes?_not_(authori[sz]ed|granted)\b|` +
	`\b(token|key|app|application|client|credential)s? (is |was |has |have )?not (been )?granted (the |this |that |all |any )?(required |necessary |requested |needed )?scopes?\b|` +
	`\b(token|key)s? (does not|doesn'?t|do not|don'?t) have (the )?(sufficient|enough|required|necessary) (permissions?|privileges?)\b|` +
	`\bauthori[sz]ed with the (correct|right|required|necessary) (set of )?scopes?\b`

// missingScopePattern: a scope said missing without naming it ("missing
// required oauth scope", Twitch's v5 API), or missing or invalid for the
// endpoint in one breath (Dwolla's InvalidScopes: "Missing or invalid
// scopes for requested endpoint."): the token lacks one.
const missingScopePattern = `\bmissing (or (invalid|insufficient|incorrect|wrong|bad|unrecogni[sz]ed|unknown) )?(the |a )?(required |necessary )?(oauth2? )?scopes?\b|` + scopeNamedRequiredPattern

// scopeClaimMissingPattern: the token said to carry no scope claim at all,
// delegated or application (Microsoft Graph's "Either scp or roles claim
// need to be present in the token", "the token has no scope claim", "scp
// claim is missing"): the token was read and has no permission in it, as
// a scope said missing. Another claim missing (aud, iss) is not this.
const scopeClaimMissingPattern = `\b(scp|scopes?|roles?)( or (scp|scopes?|roles?))? claims? (need|needs|must|has|have|is|are|should) (to )?be present\b|` +
	`\b(no|missing|without( an?)?) (scp|scopes?|roles?)( or (scp|scopes?|roles?))? claims?\b|\b(scp|scopes?|roles?) claims? (is |are |was )?(missing|absent|empty|not present)\b|` +
	`\bmust (contain|include|have|carry) (an? |the )?(scp|scopes?|roles?)( or (an? )?(scp|scopes?|roles?))? claims?\b`

// insufficientOrWrongScopePattern: the scope said insufficient or wrong
// in one breath (ORCID's "Insufficient or wrong scope [/read-public]",
// "wrong or insufficient scopes"): the token was read and its scope does
// not reach this call. One of the two must be "insufficient": "invalid or
// missing scope" is a request's field.
const insufficientOrWrongScopePattern = `\binsufficient or (wrong|incorrect|invalid|bad) scopes?\b|\b(wrong|incorrect|invalid|bad) or insufficient scopes?\b`

// tokenScopeRefusedPattern: the token's scope said bad or not enough for
// the call ("Bad token scope", Bluesky's to an app password's session;
// "Invalid token scope for this method"): the token was read, its scope
// does not reach this method.
const tokenScopeRefusedPattern = `\b(bad|invalid|wrong|incorrect|insufficient|unsupported) (access |auth |oauth |api |bearer )?token scopes?\b|` +
	`\btoken scopes? (is |are )?(bad|invalid|wrong|insufficient|not (allowed|permitted|sufficient|valid) for)\b`

// scopeNamedRequiredPattern: a scope named by its identifier and said
// required (Rollbar's "insufficient privileges: post_server_item scope is
// required but the access token only has post_client_item", "the
// read:org scope is required"), or the token said to hold only another
// one: the token was read and lacks it. The name must look like an
// identifier (an underscore, a colon or a dot in it): "a scope is
// required" or "scope parameter is required" is a request's field.
const scopeNamedRequiredPattern = `\b[a-z][a-z0-9]*[_:.][a-z0-9_:.]* scopes? (is|are) (required|needed)\b|` +
	`\b(token|key|credential)s? only (has|have|holds?|carr(y|ies)|includes?) (the )?(scopes? )?[a-z][a-z0-9]*[_:.][a-z0-9_:.]*`

// scopePermissionMissingPattern: a permission named like a scope (an
// identifier with a colon) said missing, in a field error list (Strava's
// {"resource":"AccessToken","field":"activity:read_permission","code":
// "missing"}, its values read one after another, in either order, the name
// perhaps after a label such as "Error: ") or in words ("Permission
// activity:read is missing", a code missing_permission with the name after
// it): the token lacks that scope. A field without a colon said missing is
// a form's ("field":"name","code":"missing").
const scopePermissionMissingPattern = `\b[a-z][a-z0-9_]*:[a-z0-9_:.]+[_ ]permissions?\b[\s",:;]{0,4}(is |was )?(missing|required|not granted)\b|` +
	`\bmissing\b[\s",:;]{0,4}([a-z][a-z ]{0,20}:\s+)?[a-z][a-z0-9_]*:[a-z0-9_:.]+[_ ]permissions?\b|` +
	`\bpermissions? ['"]?[a-z][a-z0-9_]*:[a-z0-9_:.]+['"]? (is |was |are )?(missing|required|not granted)\b|` +
	`\bmissing[_ ](permission|scope)s?\b[\s",:;]{0,4}[a-z][a-z0-9_]*:[a-z0-9_:.]+`

// scopeDisabledPattern: the scope the call needs said disabled for the
// app or not usable with the token's scopes ("App disabled [talk_message]
// scopes for [TALK_MESSAGE_SEND] API", Kakao's -3; "It cannot be called
// with current scopes", VK's error 15): a scope to grant.
const scopeDisabledPattern = `\b(app|application|client)s? disabled \[?[a-z0-9_.:, -]{1,60}\]? scopes?\b|` +
	`\b(cannot|can ?not|can't) be (called|used|accessed) with (the )?(current|these|this|your|given) ([a-z]+ ){0,2}scopes?\b`

// scopeLimitPattern: the call is said to fall outside the scopes the
// token was granted (Mastodon's "This action is outside the authorized
// scopes"), or the token's scope said limited to something narrower
// (Gitea's "token scope is limited to public repos"), or the permission
// the call needs said not granted by any of the token's scopes
// (LinuxForHealth FHIR's "read permission for 'Appointment' is not
// granted by any of the provided scopes: [[patient/Patient.*]]"), or
// access said restricted or denied because of the token's scopes ("Access
// to Resource Observation is restricted due to invalid scopes", Inferno's
// SMART reference server; "denied due to insufficient scope"): a scope to
// grant.
const scopeLimitPattern = `\b(restricted|denied|forbidden|refused|not (allowed|permitted)) (due to|because of|by) (the |your |its )?(token'?s? |key'?s? )?(invalid|bad|incorrect|wrong|unrecogni[sz]ed|unknown|insufficient|missing|limited|current|granted) scopes?\b|\bnot (granted|permitted|allowed|covered|authori[sz]ed) by (any|one|either) of (the |your |its |these )?(token'?s? )?((provided|passed|given|granted|current|requested) )?scopes\b|` +
	`\boutside (of )?(the |your |its |this )?(token'?s? |key'?s? |app'?s? )?(authori[sz]ed|granted|allowed|permitted) scopes?\b|` +
	`\bnot within (the |your |its )?(token'?s? )?(authori[sz]ed|granted|allowed) scopes?\b|` +
	`\b(token|key|credential)('?s)? scopes? (is|are) (limited|restricted) to\b|\b(token|key)s? (is|are) (limited|restricted) to (the )?[a-z:_ -]{0,30}\bscopes?\b`

// scopeNotAllowedForPattern: the scope the request asks for said not
// allowed for the client, app, user or role that asks ("Scope is not
// allowed by client type.", "User requested scope that is not allowed by
// role based access policies.", Ukraine's eHealth authorization step;
// "scopes not permitted for this application"): a caller the server
// knows, not allowed that scope; what the token holds is not in
// question (no token was issued yet).
const scopeNotAllowedForPattern = `\bscopes?\b[^.]{0,40}\b(is|are) not (allowed|permitted|available|authori[sz]ed) (by|for|to) (the |this |that |your |its )?([a-z_-]+ ){0,3}(client|app|application|role|user|account|polic(y|ies)|type)s?\b`

// uriNamedRE: a URN or a URL in the words the scope rows matched. Beside
// "missing permission" it names a problem type ({"type":
// "urn:problem-type:belgif:missingPermission","title":"Missing
// Permission"}, the Belgian federal REST guide's), or a page about it,
// not the permission a token lacks.
var uriNamedRE = lazyre.New(`\burn:|://`)

// notURINamed: the scope or permission the words name is not a URN or a
// URL.
func notURINamed(m string) bool { return !uriNamedRE.MatchString(m) }
