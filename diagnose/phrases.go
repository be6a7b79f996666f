package diagnose

import "github.com/authspec/authspec/internal/lazyre"

// Phrase families the rules table and the rate-limit reading use beyond
// their first wordings. Each family is a shape of sentence, not one
// provider's sentence: the next API says the same thing in other words.

// validityWindowPattern: the token or assertion is outside the time it is
// valid for ("The authorization token is not valid at the current time.
// Please create another token", Cosmos DB's, with its start and expiry;
// "Client assertion is not within its valid time range", Entra's; "token
// is outside its validity period"): its lifetime, not its value, is
// refused. A token "not valid" with no time ("The authorization token is
// not valid") is refused, not this.
const validityWindowPattern = `\b(token|assertion|credential|signature|session)s? (is |are |was )?(not valid (at|for) (the|this) (current |present )?time|not within (its|the) valid(ity)? (time )?(range|period|window)|outside (of )?(its|the) valid(ity)? (time )?(range|period|window))\b`

// accessExpiredPattern: the access itself (a consent, an authorization,
// a grant) said to have expired, in words ("Access has expired or it has
// been revoked. To restore access reconnect the account.") or in an
// error type written as one word (AccessExpiredError).
// A trial, plan or licence that expired is the account's, not the
// credential's (planExpiredPattern vetoes).
const accessExpiredPattern = `\b(access|authori[sz]ation|consent|grant) (has |have |is )?expired\b|\b(access|auth|session|token|credentials?)expired|` +
	// Or with words between ("The consent was created by this TPP but
	// has expired and needs to be renewed", NextGenPSD2's CONSENT_EXPIRED):
	// the grant the request rides on, not an access level or a plan.
	`\b(consent|grant)s?\b[^.]{0,60}\b(has|have|is|are) (now |already )?expired\b`

// bodyCredentialPattern: a token or password the request carries as data
// (a password reset, activation or card token, also as a code such as
// Square's CARD_TOKEN_EXPIRED; a message's reply token, a device's push
// token: LINE's "Invalid reply token", APNs' BadDeviceToken; a pagination
// token or cursor: X's "The
// `pagination_token` query parameter value [...] is not valid"; a new
// password that fails the server's policy: "This password reset token is
// invalid.", "Invalid token for given user.", "Invalid password: minimum
// length 8."): the body or query failed validation; the request's own
// credential was not refused.
const bodyCredentialPattern = `\b(password[ _-]?reset|reset|confirmation|activation|verification|invitation|invite|magic[ _-]?link|card|reply|device|push)[ _-]tokens?(\b|_)|` +
	`\b(pagination|page|next|continuation|cursor|sync)[ _-]?tokens?(\b|_)|` +
	`\btokens? for (the )?given user\b|password (is )?too (weak|short|common)|\bpasswordstrengtherror\b|` +
	`\binvalidpassword[a-z]*message\b|\bminimum length\b|password did not conform`

// dataKeyPattern: a key that is a piece of data, not a credential (a
// DynamoDB starting, partition or sort key, an object's key, an
// idempotency key: "The provided starting key is invalid"), or a field,
// column or attribute that keys a list's records ("Invalid key field id:
// wrong_id", a contact list's), or the keys of a record, row or id
// ("Invalid keys for ID: HS1", a data extension's), or a key named for
// what it keys (a tax return's period key, HMRC's PERIOD_KEY_INVALID
// "Invalid period key"; a lookup, routing or shard key; a translation's
// or setting's key). "Primary key" is left
// out: Azure calls an account's credential its primary key.
const dataKeyPattern = `\b(starting|start|partition|sort|hash|range|object|idempotency|idempotent|foreign|composite|continuation|pagination|cache|period|lookup|routing|shard|row|record|entry|dedup(lication)?|correlation|translation|locale|property|setting|config(uration)?) keys?\b|\bkey (fields?|columns?|attributes?)\b|\bkeys? for (the )?(ids?|records?|rows?|items?)\b`

// valueInvalidPattern: the answer says the value sent is invalid as well
// as naming another method ("Invalid username or token. Password
// authentication is not supported for Git operations." to a token sent as
// the password): the token was read and refused; the sentence about
// passwords is the server's reminder.
const valueInvalidPattern = `\binvalid (username|user ?name|user|login|email) or (token|password|api key)\b`

// alreadyPublishedPattern: the request clashes with what a registry
// already holds ("You cannot publish over the previously published version
// 1.1.3.", "This filename has already been used"): the registry's rule
// about versions, whatever status says it, not the credential.
const alreadyPublishedPattern = `\b(cannot|can ?not|can't|may not) (publish|upload|push|overwrite|republish) over\b|\bpreviously published versions?\b|` +
	`\b(version|file ?name|release)s? [^ ]{0,60} ?(has|have) already been (used|published)\b`

// fieldValueInvalidPattern: a field, filter or parameter of the request
// named and said invalid, with the values it may take listed beside
// ("The filter 'wasVuln' is invalid (valid filters: acceptedRisk, …)",
// Tenable.sc's 403 error_code 146; "Parameter 'orderBy' is not valid.
// Valid values: name, created"): the request's own field, whatever status
// says it, not the caller or its credential. The list of valid ones is
// what tells a field from a credential said invalid ("The API key 'k1'
// is invalid").
const fieldValueInvalidPattern = `\b(filter|field|parameter|param|argument|sort|column|attribute|option|property)s? \\?['"]?[a-z0-9_.:-]+\\?['"]? (is|are) (invalid|not valid|bad|incorrect|wrong|unknown|not supported|unsupported|unrecogni[sz]ed|not recogni[sz]ed)\b[^.;]{0,20}[.;(]?\s*\b(valid|allowed|supported|accepted|available) (filters|fields|parameters|params|arguments|values|options|columns|attributes|properties|sorts)\s*(are\s*)?:`

// unknownOperationPattern: the answer says the API or operation the
// request names does not exist ("API Authorization failure. RateV4 is
// not a valid API name for this protocol.", USPS Web Tools in a 200):
// a wrong route or operation, whatever words about authorization come
// with it. WSO2's gateways say it as "No matching resource found in the
// API for the given request" (code 900906), with "Access failure.
// Unauthorized." beside it.
const unknownOperationPattern = `\bis not a valid (api|endpoint|operation|method|service|action|route) name\b|\b(unknown|invalid|unsupported) (api|endpoint|operation|action) name\b|` +
	`\bno matching (resource|operation|route|endpoint|api)s? (was |were )?found (in|for) the (api|given request)\b`

// endpointInvalidPattern: an endpoint or route said invalid or unknown,
// followed by the advice to check the path (Maya's gateway answers a path
// it does not know with a 401 "Invalid endpoint. Please check if you are
// accessing the correct endpoint/resource."). Read on a 401 or 403 only,
// where the gateway speaks of authentication; a wrong endpoint followed
// by the one to use is a region's (regionRegisteredPattern), and a field
// of the request said an invalid URL is the request's data.
const endpointInvalidPattern = `\b(invalid|unknown|incorrect|wrong|bad|unrecogni[sz]ed|non-?existent) (endpoint|route)s?\b[.!:;,]?\s+(please )?(check|verify|make sure|ensure|confirm)\b[^.]{0,60}\b(endpoint|route|path|resource)\b`

// unknownRouteCodePattern: an error code (written as one word, with
// underscores or dots between its parts) that says the service, endpoint,
// route or operation the URL names is unknown or not found
// ("ERR.2SG.CLIENT.SERVICE_UNKNOWN", Sabre's gateway's 403 to a path
// without its version segment; "UNKNOWN_ENDPOINT", "route_not_found"):
// read on a 401 or 403, where the gateway answers the route it does not
// know as a refusal. A resource or record not found is the request's data
// (a 404 of its own), so the code names the route, not a resource.
const unknownRouteCodePattern = `\b(service|endpoint|route|operation|api)_(unknown|not_found|does_not_exist)\b|\bunknown_(service|endpoint|route|operation|api)\b`

// methodUnauthorizedForRoutePattern: the request's method said not
// valid, or not authorized, for the endpoint or route ("Method is not
// valid or authorized for this endpoint", Sabre's 405; "HTTP method not
// authorized for this route"): the route does not take this method,
// whatever the word about authorization. The subject is the method, so
// a key or user "not authorized for this method" stays the permission
// rows' (the method is there the object).
const methodUnauthorizedForRoutePattern = `\b(http |request )?method (is |was )?not ((valid|allowed|supported|permitted) or )?authori[sz]ed (for|on|at) (this|the|that) (endpoint|route|path|url|uri|api|resource)\b`

// routeNotFoundPattern: a refusal whose words say the resource, endpoint
// or path the request names was not found ("The specified resource was
// not found: '/v1/fake'", Help Scout's v1 API with a 403; "The requested
// endpoint does not exist"): the route is unknown, whatever the status.
// Said of a record, a user or a key, or beside words about access, it is
// another answer (routeNotFoundUnlessPattern).
const routeNotFoundPattern = `\b(specified|requested|called) (resource|endpoint|route|path|url|uri|api|method|operation) (was |is |could )?(not (be )?found|does not exist|doesn't exist)\b`

const routeNotFoundUnlessPattern = `permission|access|authori[sz]|forbidden|\bacl\b|\b(key|token|credential|user|account|record)s?\b`

// scopedElsewherePattern: the credential is said to be not valid for this
// project, repository or organisation ("Invalid API Token: OIDC scoped
// token is not valid for project 'x', project-scoped token is not valid
// for project: 'x'"; Zoho Desk's "The OAuthToken is not valid for
// specified organization"; crates.io's trusted publishing "The provided access
// token is not valid for crate `bar`"; a bucket, a zone or a site): it is
// valid, and scoped to another one (or the project was renamed): a
// permission it lacks here, even when the sentence begins with "Invalid".
const scopedElsewherePattern = `\b(\w*tokens?|\w*keys?|credentials?)( is| are)? not (valid|allowed|authori[sz]ed) for (the |this |that )?((specified|given|requested) )?(project|repository|repo|organi[sz]ation|org|team|workspace|package|namespace|crate|gem|bucket|zone|site|space)s?\b`

// tokenContextPattern: the request's data (its body, a phone number, a
// device or subject it names) said not consistent with the access token
// that carries it ("Request body is not consistent with access token.",
// CAMARA's 403 INVALID_TOKEN_CONTEXT; "The phone number does not match the
// access token"; "user_id does not match the token's subject"), or that
// code itself: the token was read and is bound to another subject than
// the one the request asks about, a permission it lacks here. The token
// is not the fault, so "invalid token" in the code is not a refusal of it.
// The token must be named the access (bearer, ID) token or its subject or
// claims: "The customer does not match the token" is a payment card's
// token, the request's data.
const tokenContextPattern = `\binvalid[_ ]token[_ ]context\b|` +
	`\b(request|body|payload|parameters?|number|msisdn|identifier|device|subject|user(_?id)?|account|customer)\b[^.]{0,40}\b(is |are )?(not consistent with|inconsistent with|does not match|do not match|doesn'?t match|mismatch(es|ed)? with) (the |that of the )?((access|bearer|auth|id) token('?s)?( (subject|context|claims?|identity))?|token'?s (subject|context|claims?|identity))\b`

// credentialOutOfDatePattern: the token, session or credentials sent
// said out of date ("The session token you sent is out of date", "The
// credentials provided were out-of-date.", Orange's 401 "… needs
// credentials, and the ones provided were out-of-date."): expired. The
// credential is what is out of date, perhaps named as the one sent: "The
// token list is out of date" is another thing's.
const credentialOutOfDatePattern = `\b(token|session|credential)s?( (that )?(you |we )?(sent|provided|used|supplied|given|presented))?(,? and the ones? (that )?(you )?(sent|provided|used|supplied|given|presented))? (is|are|was|were|has been|have been) (now )?out[- ]of[- ]date\b`

// tokenUsedExpiredPattern: the token the request used said to have
// expired, in words that sit between ("The token used in the request is
// expired", "The token you provided has expired", TD Ameritrade's "The
// access token being passed has expired or is invalid", the expiry named
// first as in "Session expired or invalid"), or past its lifetime in the
// provider's own degree ("Auth token is hard expired").
const tokenUsedExpiredPattern = `\b(token|session|credential)s? ((being )?(used|provided|sent|supplied|passed)|you (used|provided|sent|supplied))( (in|with|for|by) (the |this |your )?(request|call))? (has |have |is |was )(already )?expired\b|` +
	`\b(token|session)s? (is|has) (hard|soft|already) expired\b`

// tokenCheckExpiredPattern: the token's check said failed, the reason it
// gives being its expiry ("Token failed verification: expired",
// Artifactory's to a reference token past its end; "JWT validation failed
// - token expired"; "token verification failed (expired)"): the token was
// read and its lifetime ran out. Another reason ("Token failed
// verification: signature mismatch") is a refusal of the token itself.
const tokenCheckExpiredPattern = `\b(token|jwt|session)s? (failed|did not pass) (the )?(verification|validation|check)\s*[:;,(–—-]\s*(reason:? )?((the )?(token|jwt|session) )?((has|is|was) )?expired\b|` +
	`\b(token|jwt|session) (verification|validation|check) (has )?failed\s*[:;,(–—-]\s*(reason:? )?((the )?(token|jwt|session) )?((has|is|was) )?expired\b`

// refreshAskedPattern: the server asks the caller to refresh its token
// (SuperTokens' 401 "try refresh token", "refresh your access token and
// try again", "the session needs to be refreshed"): the token was read
// and its lifetime ran out. A refresh token said invalid is refused, not
// this.
const refreshAskedPattern = `\btry (to )?refresh(ing)? (the |your |an? )?(access |session |auth )?(token|session)s?\b|` +
	`\brefresh (the|your) (access |session |auth )?(token|session) (and|then) (try|retry)\b|\b(token|session)s? (needs?|must|has|have) (to )?be refreshed\b`

// sessionEndedPattern: the caller's session said ended (terminated, timed
// out, closed) and the caller asked to log in again (Zabbix's JSON-RPC
// "Session terminated, re-login, please."; "Your session has timed out.
// Please sign in again."), or expiry named as what usually causes the
// refusal (Salesforce's INVALID_SESSION_ID "This error usually occurs
// after a session expires or a user logs out."): its lifetime ran out, a
// new login is the fix. A session of the data's (an upload's, a
// recording's) said ended asks for no login. A session said logged out or
// expired, either way (Moodle's "the session has been logged out or has
// expired"; "your session expired or you signed out"), ended as well: a
// new login is the fix whichever it was. A session ended for being idle
// (sessionIdlePattern) ended the same way.
const sessionEndedPattern = sessionIdlePattern + `|` + noLongerLoggedInPattern + `|` +
	`\bsession (has |was |is )?(been )?(terminated|timed out|ended|closed)\b[^\n]{0,30}\b(re-?log ?in|log ?in again|sign ?in again|re-?authenticate|authenticate again)\b|` +
	`\b(user|your|the|this)( user'?s?)? (access|login|authori[sz]ation|consent) (has |was |is )?(been )?timed out\b[^\n]{0,60}\b(re-?log ?in|log ?in again|sign ?in again|re-?authenticate|authenticate again)\b|` +
	`\bsession (has |was |is )?(been )?(logged|signed) (out|off) or (has |is )?(expired|timed out)\b|\bsession (has |is )?(expired|timed out) or (you |the user )?(have |has |were |was )?(been )?(logged|signed) (out|off)\b|` +
	`\b(occurs|happens|is returned) (after|when) (a|the|your) (session|token) (expires|has expired|times out)\b`

// noLongerLoggedInPattern: the caller said no longer logged in or signed
// in (MediaWiki's assertuserfailed "You are no longer logged in, so the
// action could not be completed."; "The user is no longer signed in"):
// the session it had ended, a new login is the fix, as for a session
// expired.
const noLongerLoggedInPattern = `\b(you|you'?re|you are|user is|the user is|you have been|user has been)( now)? no longer (logged|signed) ?in\b`

// sessionIdlePattern: the caller's session said ended for being idle:
// left idle (vtiger's SESSION_LEFT_IDLE code), or invalidated, ended,
// expired or closed for lack of activity or inactivity ("Session has been
// invalidated to due lack activity", vtiger's words, typo and all; "Your
// session was closed due to inactivity"; "session expired because of
// inactivity"). Its idle lifetime ran out, a new login is the fix. The
// caller's session only: opening the text or a sentence, or said yours,
// the user's or the login's; an upload's or a checkout's session closed
// for inactivity (dataSessionPattern) is the data's.
const sessionIdlePattern = `(^|[.:;!?"'>(\n]\s*|\b(your|the|this|current|user|login|auth) )sessions?[ _](has[ _]|was[ _]|is[ _])?(been[ _])?left[ _]idle\b|` +
	`(^|[.:;!?"'>(\n]\s*|\b(your|the|this|current|user|login|auth) )sessions? (has |have |was |were |is )?(been )?(invalidated|terminated|ended|closed|expired|timed out|logged out)\b[^.\n]{0,20}\b(lack( of)? activity|inactivity|idleness|being idle|idle time)\b`

// attestationRefusedPattern: the app's attestation (Firebase App Check's
// exchange "App attestation failed.", a device attestation "could not be
// verified", "invalid attestation") refused: the proof the app presents
// is its credential, not a permission it lacks.
const attestationRefusedPattern = `\b(app |device |client |key )?attestation (verification )?(has )?(failed|(is |was )?(invalid|rejected)|could not be (verified|validated))\b|\binvalid (app |device )?attestation\b`

// tokenUnparsablePattern: the server could not parse or decode the token
// it was sent ("Failed to parse Connect Session Auth Token", Jira Cloud's
// 403 to an API token sent as a Bearer; "Unable to parse JWT"; "The token
// could not be decoded"): it read the credential and refused its shape.
// A pagination or page token is data (bodyCredentialPattern vetoes).
const tokenUnparsablePattern = `\b(failed|unable|could not|couldn'?t|cannot|can ?not) (to )?(parse|decode) (the |your |this |an? )?([a-z]+ ){0,3}(token|jwt|api[ _-]?key|credential)s?\b|` +
	`\b(token|jwt|credential)s? (could not|couldn'?t|cannot|can ?not) be (parsed|decoded)\b`

// contentRefusedPattern: the request's content was refused by the API's
// moderation or safety system ("Your request was flagged by our content
// moderation system", Stability's 403 content_moderation;
// content_policy_violation; "rejected as a result of our safety system"):
// the prompt, not the caller or its credential. A WAF's "request blocked"
// names no moderation, and stays a block page's.
const contentRefusedPattern = `\bcontent[ _-]?moderation\b|\bcontent[ _]policy[ _]violation\b|` +
	`\b(flagged|rejected|blocked|refused) (by|as a result of) (our |the )?(content (moderation|filter|policy|safety)|safety (system|filter)s?|moderation( system)?)\b`

var contentRefusedRE = lazyre.New(contentRefusedPattern)

// apiVersionDeprecatedPattern: what the answer says is deprecated is an
// API, an endpoint, a field or a version ("singular published story API
// is deprecated for versions v2.4 and higher"), not the way of
// authenticating; so is a client said to call an outdated, old, retired
// or unsupported version of an API ("You are using an application that
// uses an outdated version of Modrinth's API", a 410 under the code
// api_deprecated), and a code that says the API itself is deprecated.
const apiVersionDeprecatedPattern = `\bdeprecated (for|in|since|as of|from) (api )?(versions?|v\d)|\b(api|endpoint|field|edge|version)s? (is |are |has been |have been )deprecated\b|` +
	`\b(outdated|old|older|retired|unsupported|obsolete|deprecated|legacy) version (of|of the) ([a-z0-9'’_-]+ ){0,2}api\b|\bapi[_-](deprecated|version[_-]deprecated|retired|gone)\b`

// verifyCredentialPattern: the answer asks to verify or check the
// credential itself ("Access is denied. Retrying will not help. Please
// verify your <pre>key=</pre> parameter.", Steam's 403 page; "Please
// check your API key and try again"): the value sent was read and refused.
// "Check your key's permissions" asks about something else.
const verifyCredentialPattern = `\b(verify|check|double[- ]check) (your|the) (<[a-z]+>)?(api[ _-]?key|key|token|access token|credentials?)(=|</[a-z]+>| parameter\b| and try again|\s*[.,;!]|\s*$)|` + notVerifiedPattern

// notVerifiedPattern: the server says it could not verify what the request
// proved itself with ("Unable to verify secret hash for client …", Cognito's
// NotAuthorizedException; "Failed to verify the request signature"; "could
// not validate the client secret"): it read the proof and it did not hold.
// What it could not verify must be a credential's: "Unable to verify email
// address" or "the upstream's certificate" is not the request's own.
const notVerifiedPattern = `\b(unable to|could not|couldn'?t|cannot|can ?not|failed to) (verify|validate) (the |your |a |this )?((client|request|app(lication)?) )?(secret( hash)?|signature|hmac|api[ _-]?key|access token|token|credentials?|password)\b`

// tokenCheckPattern: a check of a token's own parts failed, in the words
// a gateway or proxy that verifies JWTs uses ("Invalid JWT signature",
// "Unsupported JWT signing algorithm", HAProxy's documented jwt_verify
// rules; "invalid token signature"): the token was read and refused,
// whatever status carries it (HAProxy denies with 403).
const tokenCheckPattern = `\binvalid (jwt|token|access token|bearer token|id token) signature\b|` +
	`\b(unsupported|unexpected|invalid|disallowed|unknown) (jwt|token) (signing |signature )?(algorithm|alg)\b|` +
	`\b(jwt|token) (signing |signature )?(algorithm|alg) (is )?(not supported|unsupported|not allowed|invalid)\b`

// originRestrictedPattern: the key's (or project's) own restrictions on
// where requests come from, in other words than "referer": an origin,
// domain or user agent not on its allowlist (Alchemy's "Unspecified
// origin not on whitelist."), or a request rejected by the key's or
// project's settings (Infura's JSON-RPC -32002 "rejected due to project
// ID settings": allowed origins, contracts, user agents), or the calling
// site's URL said unknown to the key (Naver's "Not Exist Client URL
// information", the web service URL registered for the client id; "Web
// service URL is not registered"), or an origin to safelist in the app's
// CORS configuration (cors_origin_not_whitelisted, "Did you forget to
// safelist your origin in the CORS configuration of your app?"). An
// address not on a list is ip_restricted, read before this.
const originRestrictedPattern = `\b(safe|allow|white)[ -]?list (your |the |this |an? )?origins?\b|\borigins?\b[^.]{0,60}\bcors (configuration|settings|config)\b|\bcors[ _]origin[ _]not[ _](whitelisted|allowlisted|safelisted|allowed)\b|\b(origin|domain|user[ -]?agent)s?\b[^.]{0,30}\bnot (on|in) (the |its |an? )?(white|allow)[ -]?list\b|` +
	`\b(not exists?|unregistered|unknown|unauthori[sz]ed) (client|web ?site|web ?service|service|calling|app(lication)?) url\b|` +
	`\b(client|web ?site|web ?service|service|calling|app(lication)?) url (information )?(is |was )?not (registered|allowed|authori[sz]ed|found)\b|` +
	`\b(origin|domain|user[ -]?agent)s? (is |was )?not (allowed|allowlisted|whitelisted|permitted) (for|by|with) (this|the|your) (api[ _-]?key|key|project|app(lication)?|token)\b|` +
	`\brejected (due to|by) (the |your )?(api[ _-]?key|key|project|app(lication)?|token)('s)?( id)? (settings|restrictions)\b`

// dataSessionPattern: a session that is the API's data (a checkout, an
// upload, a chat), not the caller's login.
const dataSessionPattern = `\b(checkout|upload|payment|chat|game|browser|terminal|call|meeting|quiz|booking|cart|streaming|transfer)[ _-]sessions?\b`

// accessPolicyPattern: an access policy named as what refused
// (row-level security, "violates … policy", "denied by … policy", Entra's
// "blocked by Conditional Access policies", "the access policy does not
// allow token issuance"): one family for the rules table's "access
// policy" row and the token endpoint (policyBlockedRE). Blocked,
// prevented or forbidden by a policy count for the policies of access,
// security, sign-in, a tenant or an organisation only: "blocked by CORS
// policy" is a browser's, "blocked by rate limit policy" a limit's.
const accessPolicyPattern = `\brow[- ]level security\b|\bviolates [a-z -]{0,40}polic(y|ies)\b|\bdenied by (an? |the |your )?[a-z -]{0,30}polic(y|ies)\b|\bpolic(y|ies) (denies|does not allow|forbids)\b|` +
	`\b(blocked|denied|prevented|forbidden) by (an? |the |your )?(organi[sz]ation'?s? |tenant'?s? |admin(istrator)?'?s? )?(conditional access|access|security|sign-?in|tenant|organi[sz]ation) polic(y|ies)\b`

// authRequiredAlonePattern: "Authorization required" or "Authentication
// is required" as a sentence of its own (opening the message, a quoted
// string or an element's text), or the code authorization_required: a
// request for a credential, not a permission's name ("Two-factor
// authentication required", "Admin authorization required" say more).
const authRequiredAlonePattern = `(^|["':>.]\s*)(authori[sz]ation|authentication) (is )?required\s*($|[."<!])|\b(authori[sz]ation|authentication)_required\b`

// absentOrInvalidPattern: a credential said absent or invalid in one
// breath, absent first ("Unauthorized: No credentials provided or are
// invalid.", Pulumi Cloud; "No API key provided, or it is invalid"; "no
// token found or the token is expired"): the server does not tell the two
// apart, so a credential that was sent was read and refused; nor does it
// say an expiry is the fault, when that is the second word. Also in the
// other construction ("requires authentication but it was not presented
// or is invalid", Tomorrow.io's 401001), and a sender said not to have
// given one, or one given that is expired or "otherwise invalid" ("The
// sender has not provided a token or it has expired or is otherwise
// invalid", NHS England's FHIR APIs), and a request said to require
// authentication or to carry invalid credentials ("The request requires
// authentication or has invalid credentials.", Flutterwave's 10401).
const absentOrInvalidPattern = `\brequires? (authentication|authori[sz]ation|an? (api[ _-]?key|token|credential))(,)? or (the request |it )?(has|have|uses?|carries|contains?|includes?) (an? )?(invalid|incorrect|wrong|expired|bad|malformed) (credentials?|token|(api[ _-]?)?key|authori[sz]ation)\b|` +
	`\bno\b[^.]{0,40}\b(provided|found|given|supplied|sent|present(ed)?),? or (it |they |the [a-z ]{1,20} )?(is |are |was |were )?(invalid|malformed|expired|incorrect|wrong|revoked)\b|` +
	`\bnot (provided|found|given|supplied|sent|present(ed)?|included),? or (it |they |the [a-z ]{1,20} )?(is |are |was |were )?(invalid|malformed|expired|incorrect|wrong|bad|unrecogni[sz]ed|unknown|not valid|revoked)\b|` +
	`\bno(t)?\b[^.]{0,40}\b(provided|found|given|supplied|sent|present)( (an?|the|any|its|their|your) ([a-z_-]+ ){0,2}[a-z_-]+)?,? or (it |they |the [a-z ]{1,20} )?(is |are |was |were |has |have )?(otherwise )?(invalid|malformed|expired|incorrect|wrong|revoked)\b`

// cannotAuthenticatePattern: the server says it could not authenticate
// the caller, the account or login it names, or the credential ("Could not
// authenticate you", "Unable to authenticate the user", "Cannot
// Authenticate by AccountName='…'", Dexcom Share's 500 quoting its
// identity provider's 401; "could not authenticate API key/secret"): the
// login or credential sent was refused, whatever status carries it. The
// server's own account with its store or upstream ("unable to
// authenticate with the database") names no caller's login and is the
// server's (a 500 that names its store stays the server's). The request
// itself said not authenticated ("Unable to authenticate request",
// "Could not authenticate the request with the token") is the caller's
// too, when nothing follows but the end of the sentence or the credential
// it came with ("failed to authenticate request to the backend" is the
// server's own call).
const cannotAuthenticatePattern = `\b(cannot|can ?not|can'?t|could not|couldn'?t|unable to|failed to) authenticate (you|the (user|account|client|caller|login)|(by|with|as|using|for) (the |this |your |that )?(account|user|login|username|credentials?|password|api[ _-]?key|key|token|secret)([ _-]?(name|id))?|(the |this |your )?(api[ _-]?key|oauth application|credentials?))\b|` +
	`\b(cannot|can ?not|can'?t|could not|couldn'?t|unable to|failed to) authenticate (the |this |your )?(incoming )?request(\s*($|[."!;,()<])| with (the |this |your )?(token|key|credentials?)\b)`
