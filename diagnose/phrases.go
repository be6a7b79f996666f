package diagnose

import "github.com/authspec/authspec/internal/lazyre"

// Phrase families the rules table and the rate-limit reading use beyond
// their first wordings. Each family is a shape of sentence, not one
// provider's sentence: the next API says the same thing in other words.

// otherKindPattern: the answer names the kind of authentication it takes
// instead of the one sent ("Authenticating with OAuth 1.0a User Context is
// forbidden for this endpoint. Supported authentication types are [OAuth
// 2.0 Application-Only]", "oidc auth is not configured, please try another
// auth scheme"), or asks for an OAuth access token while the request
// carried something else ("Request is missing required authentication
// credential. Expected OAuth 2 access token" to an API key), or says the
// kind sent cannot serve as the one it takes ("A personal access token …
// cannot be used as a bearer. A proper bearer token must be obtained via
// /v2/auth/token"): a credential of another kind is needed, not this one
// elsewhere.
const otherKindPattern = `supported (authentication|auth) (types|methods|schemes|mechanisms) (are|is|include)|` +
	`authenticating with [^.]{0,60} is (forbidden|not (allowed|supported|permitted))|unsupported[_ ]authentication|` +
	`try (another|a different) auth(entication)? (scheme|method|type)|` +
	`\b(oidc|oauth ?2?|saml|basic|bearer|api[ _-]?key|token|password) auth(entication)? is not (configured|enabled|supported)|` +
	`missing required authentication credential\. expected|` +
	`\b(personal|organi[sz]ation|access|api|refresh)( access)? (tokens?|keys?)( or [a-z ]{0,40}(tokens?|keys?))? (cannot|can ?not|can't|may not|must not) be used (as|for) (an? |the )?(bearer|basic|access token)\b`

// credentialHeaderMissingPattern: the answer names a custom header meant
// for a credential and says it was not there ("x-hasura-admin-secret/
// x-hasura-access-key required, but not found", "The X-MEILI-API-KEY
// header is missing.", Moralis' "API KEY missing from x-api-key header"):
// the server reads that header, and a credential sent elsewhere is in the
// wrong place (and a scheme missing in Authorization is not what it asks
// for).
const credentialHeaderMissingPattern = `\bx-[a-z0-9-]*(key|token|secret|auth)[a-z0-9-]*(/x-[a-z0-9-]+)?( header)? (is |was )?(required,? but not found|missing|not (found|present|provided))|` +
	`\b(api[ _-]?key|token|credential|secret)s? (is |was )?(missing|required|not (found|present|provided)) (from|in) (the )?x-[a-z0-9-]*(key|token|secret|auth)[a-z0-9-]*\b`

// regionNamedPattern: the key is refused for a named cloud region or
// environment ("API key is missing or invalid for the environment
// "northamerica-northeast1-gcp". Check that the correct environment is
// specified."): it was made in another one. The region's name is read in
// either spelling (northamerica-northeast1-gcp, or as normalizeWords
// writes a hyphenated code, northamerica_northeast1_gcp).
const regionNamedPattern = `(invalid|not valid|wrong|incorrect|unknown) (for|in) the (environment|region|location) "?[a-z]{2,}([-_][a-z]+)+[-_]?\d|` +
	`correct (region|data ?cent(er|re)) is (specified|used|set)`

// unknownCredentialPattern: the server looked the credential up and did
// not find it, in words ("The access token you sent could not be found or
// is invalid", DocuSign's "The specified Integrator Key was not found or
// is disabled") or in an error id written as one word (AccessTokenInvalid,
// ApiKeyInvalid, InvalidAccessToken); or found it switched off for good
// ("The provided API key has been banned", "This token was disabled",
// Splunk's bare "Token disabled"; Last.fm's "API Key Suspended - This
// application is not allowed…", the reason after a dash), or inactive (Mashery's "Key inactive";
// Alchemy's "App is inactive", its key being the app's; a football data
// API's "Account Inactive", the key's account), or said not to
// exist by the name of the key's id (CoinEx's "access_id not exists",
// OKX's "API key doesn't exist"; a bare "key" may be a stored object's),
// whatever the status: even a 403 then means the credential, not a
// permission.
const unknownCredentialPattern = `(token|key|credential|secret)s? [^.]{0,40}(could not be|cannot be|was not|not) found,? or (is |was )?(invalid|expired|revoked|disabled|inactive|deactivated)|` +
	`\b(access|api|auth|bearer)?(token|key)invalid\b|\binvalid(access|auth|bearer)(token|key)\b|` +
	`\b((api|access|app)[ _-]?)?(key|token|credential|secret)s?( (supplied|provided|given|used|sent))? (has been|have been|was|were|is|are) (banned|blocked|disabled|suspended|deactivated|deleted|invalidated)\b|` +
	`\b(token|key|credential|secret)s? (disabled|revoked|deactivated|suspended|banned)\s*($|[".,;:<!]|\s[-–—]\s)|` +
	`\b(developer|account|api key|key|token|credential|consumer|app|application|project)s? (is |are |was |has been )?inactive\b|` +
	`\b(access[_ ]id|access[_ ]key[_ ]id|api[_ -]?key|app[_ ]?key|token|credential|client[_ ]id)s? (does not|doesn'?t|do not|not) exists?\b|` +
	`\b(user|account|owner)s?( [a-z]+){0,6} (is not|isn'?t|are not|is no longer) active( anymore| any ?longer)?\b` + `|` + keyNotRegisteredPattern

// keyNotRegisteredPattern: a key the server looked up among those it
// issued and did not find (data.go.kr's returnAuthMsg
// SERVICE_KEY_IS_NOT_REGISTERED_ERROR, read with its underscores as
// spaces). The key must be named as the caller's (service, API, access…):
// a bare "token is not registered" is a push service's device token, data.
const keyNotRegisteredPattern = `\b(service|api|access|app|application|auth|authentication|subscription|developer|consumer)[ _-]?(key|token)s? (is |are |was |were |has not been |have not been )?not registered\b`

// limitReachedRE: a usage limit said to be reached or exceeded ("(#4)
// Application request limit reached", "(#32) Page request limited
// reached", "You have exceeded your daily request quota for this API",
// Google's OVER_QUERY_LIMIT status, "You have exceeded your monthly
// included credits", Instagram's "You have exceeded the maximum number of
// requests per hour", "The maximum number of requests per hour has been
// exceeded").
// Also "reach max api daily quota limit" (WeChat's 45009, in a 200).
// Also a gateway's "Developer Over Qps", "Account Over Rate Limit"
// (Mashery, in front of TomTom and others) and "The allowed number of
// requests has been exceeded" (AccuWeather's daily quota). Also a login
// locked after failures ("Too many unsuccessful login attempts. Please
// restart transmission-daemon.", "Too many failed login attempts"): a
// limit on attempts, which the right credential meets too. The attempts
// must be named failed or logins: Bitbucket's "caused by too many attempts
// to login" explains a lock that asks for a CAPTCHA, not a wait. Also the
// caller's usage said reached without the word limit (Netatmo's "User
// usage reached", "Daily API usage exceeded"); a usage of something the
// account stores ("Storage usage exceeded") is its plan's, not a rate.
var limitReachedRE = lazyre.New(`\b(request|call|api|rate|usage|query|queries|user|app(lication)?|page)s? limit(ed)? (has been |was |is )?(reached|hit|exhausted)|` +
	`\b(user|app(lication)?|api|request|call|query|daily|monthly|hourly|account|key|client|developer)s? usage (quota |cap )?(has been |was |is )?(reached|exceeded|exhausted)\b|` +
	`\bexceeded (your|the) (daily |monthly |hourly |per-minute )?(included |free |allotted )?(request |call |api |usage |message )?(quota|limit|credits)\b|` +
	`\breached (the|your) (daily |monthly |hourly )?((api|request|call|rate|usage)s? ){1,2}limit\b|\bout of [a-z ]{0,20}credits for the current (second|minute|hour|day)\b|\bover_query_limit\b|` +
	`\b(developer|account|key|user|app(lication)?|client|consumer)s? over (qps|rate|quota|(the )?[a-z ]{0,30}\blimit)\b|` +
	`\bnumber of (requests|calls|queries) (has been |have been |was |is )?exceeded\b|` +
	`\breach(ed|es)? (the )?max(imum)? (\w+ ){0,3}(api|requests?|calls?|quer(y|ies)|daily|monthly|hourly|qps)\b[a-z ]{0,30}\b(quota|limit)\b|` +
	`\bexceeded the max(imum)? (allowed )?(number of )?(api )?(requests|calls)\b|\bexceeded the number of (api )?(requests|calls|queries)\b|` +
	`\bexceeded (your |the |its )?(daily |monthly |hourly )?(api )?(calls|requests|queries) per (second|minute|hour|day|month) (quota|limit)\b|\bmax(imum)? (number of )?(api )?(requests|calls) [^.]{0,30}(has been |have been |was )(exceeded|reached)\b|` +
	`\btoo many ((unsuccessful|failed|invalid|incorrect|wrong|bad) (login |log-in |logon |sign[- ]?in |authentication |password )?|(login|log-in|logon|sign[- ]?in|authentication|password) )attempts\b`)

// wrongClusterPattern: the account lives on another cluster, shard or
// server of the provider than the one the request reached ("Accessing
// Wrong Cluster", "You have accessed the wrong server"): base_url points
// at the wrong deployment, like a wrong region. ("Issued by another
// server" is about the token's issuer, not where the account lives.)
const wrongClusterPattern = `\b(wrong|different|incorrect) (cluster|shard|server|pod|stack)\b|\banother (cluster|shard|pod)\b`

// accessExpiredPattern: the access itself (a consent, an authorization,
// a grant) said to have expired, in words ("Access has expired or it has
// been revoked. To restore access reconnect the account.") or in an
// error type written as one word (AccessExpiredError).
// A trial, plan or licence that expired is the account's, not the
// credential's (planExpiredPattern vetoes).
const accessExpiredPattern = `\b(access|authori[sz]ation|consent|grant) (has |have |is )?expired\b|\b(access|auth|session|token|credentials?)expired`

// bodyCredentialPattern: a token or password the request carries as data
// (a password reset, activation or card token, also as a code such as
// Square's CARD_TOKEN_EXPIRED; a pagination token or cursor: X's "The
// `pagination_token` query parameter value [...] is not valid"; a new
// password that fails the server's policy: "This password reset token is
// invalid.", "Invalid token for given user.", "Invalid password: minimum
// length 8."): the body or query failed validation; the request's own
// credential was not refused.
const bodyCredentialPattern = `\b(password[ _-]?reset|reset|confirmation|activation|verification|invitation|invite|magic[ _-]?link|card)[ _-]tokens?(\b|_)|` +
	`\b(pagination|page|next|continuation|cursor|sync)[ _-]?tokens?(\b|_)|` +
	`\btokens? for (the )?given user\b|password (is )?too (weak|short|common)|\bpasswordstrengtherror\b|` +
	`\binvalidpassword[a-z]*message\b|\bminimum length\b|password did not conform`

// methodNotAllowedHerePattern: the way of authenticating is switched off
// for this route or endpoint ("The used authentication method is not
// allowed on this route."): the method, not the secret, is refused.
const methodNotAllowedHerePattern = `\b(authentication|auth|login|sign-?in) (method|scheme|mechanism|provider|type)s? [^.]{0,30}\bnot (allowed|permitted|enabled|accepted|supported) (on|for) this (route|endpoint|resource|path|url|api|operation)\b`

// regionRegisteredPattern: the account or app is known in another region
// of the provider than the one the request reached ("Account … must be
// registered in the current region https://…", "user out of region, use
// base URL: https://…"), or the answer calls the host wrong and names the
// one to use (DeepL's "Wrong endpoint. Use https://api-free.deepl.com" for
// a key of the other plan): base_url points at the wrong region or host.
const regionRegisteredPattern = `\b(must be|is not|isn'?t|not) registered in (the|this|that) (current |same )?region\b|\bout of region\b|\buse (the )?base url\b|` +
	`\b(wrong|incorrect|invalid) (endpoint|host|hostname|base ?url|api url)\b[.,:;]?\s+(please )?use\b`

// dataKeyPattern: a key that is a piece of data, not a credential (a
// DynamoDB starting, partition or sort key, an object's key, an
// idempotency key: "The provided starting key is invalid"). "Primary key"
// is left out: Azure calls an account's credential its primary key.
const dataKeyPattern = `\b(starting|start|partition|sort|hash|range|object|idempotency|idempotent|foreign|composite|continuation|pagination|cache) keys?\b`

// headerMismatchPattern: a header sent besides the credential is said not
// to match what the credential belongs to ("OpenAI-Organization header
// should match organization for API key", "X-Tenant-ID header must match
// the token's tenant"): the header, not the key, is wrong. Which header
// it is decides (notCredentialHeader).
const headerMismatchPattern = `\b[a-z0-9]+(-[a-z0-9]+)+['"]? header (should|must|does not|doesn'?t|did not) (match|correspond to|agree with)\b`

// legacyDisabledPattern: a whole kind of credential switched off by the
// provider or the account ("Legacy API keys are disabled"), or a
// credential not eligible for the legacy way of authenticating ("This
// integration is not eligible to use the legacy /v1/requestToken
// endpoint because the integration uses enhanced OAuth 2.0 functionality",
// Marketing Cloud): the method is refused, not this one key (which
// unknownCredentialPattern reads).
const legacyDisabledPattern = `\blegacy [a-z ]{0,20}(api[ _-]?keys?|keys|tokens|credentials|auth\w*) (are|is|have been|has been) (disabled|deprecated|turned off|no longer (supported|accepted))|` +
	`\b(is not|isn'?t|are not|aren'?t|not) (eligible|allowed|permitted) to use (the |this )?legacy\b`

// secondFactorPattern: the server asks for a second factor with this
// request ("Must specify two-factor authentication OTP code.", "A second
// authentication factor or pre-authorization is required for this
// request.", RubyGems' "You have enabled multifactor authentication but
// no OTP code provided"): a one-time code in a header of its own, not a better
// credential; a code must be named ("Two-factor authentication is required
// for this organization" is a policy about accounts). "2FA or a granular
// access token with bypass 2fa enabled is required to publish" offers a
// token that skips it instead (the row's veto): in CI, a permission the
// token lacks.
const secondFactorPattern = `\b(must|need to|please) (specify|provide|supply|send|enter|include) (a |an |the |your )?(two[- ]factor( authentication)?|2fa|otp|one[- ]time)( (otp|password|pass|code))?\b|` +
	`\bsecond (authentication )?factor\b[^.]{0,50}\b(is )?required\b|` +
	`\b(otp|one[- ]time (password|pass|code)|(two[- ]factor|2fa)( authentication)? (otp |one[- ]time )?(code|password))( code)?s? (is |are )?required\b|` +
	`\bno (otp|one[- ]time (password|pass|code)|(two[- ]factor|2fa) code)( code)? (was |is )?(provided|given|supplied|sent)\b`

// methodRemovedPattern: a way of authenticating said to be removed or
// not supported, in the past tense of a change ("Support for password
// authentication was removed on August 13, 2021.") or for this account
// ("API requests using basic authentication with email and password are
// not supported"): the method is refused, not the secret.
const methodRemovedPattern = `\bsupport for [a-z/ ]{0,30}auth\w* (was|has been) removed\b|\b(password|basic|username/password)[- ]?(based )?auth\w* (was|has been) removed\b|` +
	`\b(basic|password)[- ]?(based )?auth\w*( with [a-z ]{1,40})? (is|are) not (supported|allowed|permitted|accepted)\b`

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

// unknownOperationPattern: the answer says the API or operation the
// request names does not exist ("API Authorization failure. RateV4 is
// not a valid API name for this protocol.", USPS Web Tools in a 200):
// a wrong route or operation, whatever words about authorization come
// with it. WSO2's gateways say it as "No matching resource found in the
// API for the given request" (code 900906), with "Access failure.
// Unauthorized." beside it.
const unknownOperationPattern = `\bis not a valid (api|endpoint|operation|method|service|action|route) name\b|\b(unknown|invalid|unsupported) (api|endpoint|operation|action) name\b|` +
	`\bno matching (resource|operation|route|endpoint|api)s? (was |were )?found (in|for) the (api|given request)\b`

// noAuthProvidedPattern: the answer says no authentication reached it,
// in words about the authentication itself rather than a named credential
// ("No authentication provided.", "Authentication information is not
// provided", "Authentication data is missing").
const noAuthProvidedPattern = `\bno auth(entication)? (information |info |data |details )?(was |were |is )?(provided|supplied|given|present|found)\b|` +
	`\bauth(entication)? (information|info|data|details) (is |was )?(not (provided|supplied|present|given|found)|missing)\b`

// scopedElsewherePattern: the credential is said to be not valid for this
// project, repository or organisation ("Invalid API Token: OIDC scoped
// token is not valid for project 'x', project-scoped token is not valid
// for project: 'x'"): it is valid, and scoped to another one (or the
// project was renamed): a permission it lacks here, even when the sentence
// begins with "Invalid".
const scopedElsewherePattern = `\b(tokens?|keys?|credentials?)( is| are)? not (valid|allowed|authori[sz]ed) for (the |this |that )?(project|repository|repo|organi[sz]ation|org|team|workspace|package|namespace)s?\b`

// headerNamedPattern: the answer names the header the credential must
// come in ("A valid 'Api-Key' needs to be provided in the 'Headers' in
// order to use this API."). The header named is its first group.
const headerNamedPattern = `\b(?:a valid |an? |the )?'?([a-z][a-z0-9-]*)'? (?:header )?(?:needs to|must|has to|should) be (?:provided|sent|passed|supplied|included|set) in the '?(?:request )?headers?'?`

// headerViaPattern: the answer names the header a value goes in, after
// in, via or through ("passed in via an "APIKey" header value"). The
// header named is its first group.
const headerViaPattern = `\b(?:in|via|through|using) (?:the |an? )?["']?([a-z][a-z0-9_-]*)["']? header\b`

// revokedMalformedPattern: the credential said revoked or malformed after
// words between ("The access token you provided is revoked, malformed or
// invalid"): the server read it and refused it, whatever the status (a
// 403 then means the credential, not a permission).
const revokedMalformedPattern = `\b(token|key|credential|secret)s?\b[a-z ]{0,30}\b(is|are|was|were|has been|have been) (revoked|malformed)\b`

// tokenUsedExpiredPattern: the token the request used said to have
// expired, in words that sit between ("The token used in the request is
// expired", "The token you provided has expired"), or past its lifetime
// in the provider's own degree ("Auth token is hard expired").
const tokenUsedExpiredPattern = `\b(token|session|credential)s? (used|provided|sent|supplied|passed|you (used|provided|sent|supplied))( (in|with|for|by) (the |this |your )?(request|call))? (has |have |is |was )(already )?expired\b|` +
	`\b(token|session)s? (is|has) (hard|soft|already) expired\b`

// credentialNotInRequestPattern: the server says the credential is not in
// the request ("Token not available in request. Please specify a valid
// token as HTTP header."): nothing it reads was sent, or it was sent
// where it does not look.
const credentialNotInRequestPattern = `\b(token|api[ _-]?key|credential|access token|auth token)s? (is |was |were )?(not (available|present|supplied|included|provided|found)|missing) in (the |this |your )?(request|call|headers?)\b`

// validCredentialRequiredPattern: the server asks for a valid or active
// credential ("An active access token must be used to query information
// about the current user", "A valid API key is required", Tibber's "No
// valid access token in request"): one that was sent was not taken as
// such; none sent is none found. Also a request told to include a header
// "with a valid API key" (OneSignal's "Please include an 'Authorization:
// ...' header with a valid API key"): the same demand, said as an
// instruction.
const validCredentialRequiredPattern = `\b(a|an) (valid|active) ((oauth|access|api|bearer|user|auth) )?(token|key|credential)s? (is required|is needed|must be (used|provided|supplied|sent|given))\b|` +
	`\bno valid ((oauth|access|api|bearer|user|auth) )?(token|key|credential)s? (in|with) (the |this )?request\b|` +
	`\b(include|provide|supply|send|pass)\b([^.]|\.\.\.){0,160}\bwith an? valid ((rest|oauth|access|api|bearer|user|auth)[ _-]){0,2}(token|key|credential)s?\b`

// proofRequiredPattern: a value computed from the credential, or sent
// with it, is required as a parameter or header besides it (Meta's "API
// calls … require an appsecret_proof and an appsecret_time argument", a
// request signature, a nonce, a timestamp): the credential alone is not
// enough.
const proofRequiredPattern = `\brequire[sd]? (an? |the )?[a-z0-9_-]*(proof|signature|nonce|hmac)[a-z0-9_-]*( and (an? |the )?[a-z0-9_-]+)? (argument|parameter|param|header|field|value)s?\b`

// apiVersionDeprecatedPattern: what the answer says is deprecated is an
// API, an endpoint, a field or a version ("singular published story API
// is deprecated for versions v2.4 and higher"), not the way of
// authenticating.
const apiVersionDeprecatedPattern = `\bdeprecated (for|in|since|as of|from) (api )?(versions?|v\d)|\b(api|endpoint|field|edge|version)s? (is |are |has been |have been )deprecated\b`

// headerMissingPattern: a header named and said to be missing ("Scope
// header is missing", the Amazon Ads profile header): a header the API
// requires besides the credential (the row vetoes credential headers).
// Also the other word order with the header named after ("Missing header
// x-consumer-metadata", Ukraine's eHealth gateway).
const headerMissingPattern = `\b[a-z][a-z0-9-]* header (is |was )?(missing|not (present|provided|set|sent))\b|` +
	`\bmissing (the )?(required )?header:? ['"]?[a-z][a-z0-9]*(-[a-z0-9]+)+\b`

// verifyCredentialPattern: the answer asks to verify or check the
// credential itself ("Access is denied. Retrying will not help. Please
// verify your <pre>key=</pre> parameter.", Steam's 403 page; "Please
// check your API key and try again"): the value sent was read and refused.
// "Check your key's permissions" asks about something else.
const verifyCredentialPattern = `\b(verify|check|double[- ]check) (your|the) (<[a-z]+>)?(api[ _-]?key|key|token|access token|credentials?)(=|</[a-z]+>| parameter\b| and try again|\s*[.,;!]|\s*$)`

// credentialParamMissingPattern: a parameter named like a credential said
// missing ("Required parameter 'key' is missing", the Steam Web API's 400
// page), or asked to be passed: nothing was sent where the API looks, or
// nothing at all.
const credentialParamMissingPattern = `\b(required )?(parameter|param|argument|query parameter)s? ['"]?(api[_-]?key|apikey|key|access[_-]?token|token|auth[_-]?token)['"]? (is |was )?(missing|required|not (provided|present|supplied))\b|` +
	`\b(pass|provide|include|send|supply|specify)\b[^.]{0,40}\bparameters? ['"]?(` + credentialParamNames + `)\b|` +
	`\b(pass|provide|include|send|supply|specify) (the |your |an? )?['"]?(` + credentialParamNames + `)['"]?( and (the |your )?['"]?(` + credentialParamNames + `)['"]?)? (as (an? |the )?(query )?)?(parameters?|params?)\b`

// credentialParamNames: the names a credential's parameter goes by, which
// an answer asks to be passed ("Please pass via GET using the parameter
// 'client_secret' and 'client_id'", Untappd; "pass your access_token as a
// parameter"). A client's id is named only beside its secret's name.
const credentialParamNames = `api[_-]?key|apikey|access[_-]?token|auth[_-]?token|token|client[_-]?secret|app[_-]?(key|secret)|consumer[_-]?(key|secret)|client[_-]?id`

// tokenCheckPattern: a check of a token's own parts failed, in the words
// a gateway or proxy that verifies JWTs uses ("Invalid JWT signature",
// "Unsupported JWT signing algorithm", HAProxy's documented jwt_verify
// rules; "invalid token signature"): the token was read and refused,
// whatever status carries it (HAProxy denies with 403).
const tokenCheckPattern = `\binvalid (jwt|token|access token|bearer token|id token) signature\b|` +
	`\b(unsupported|unexpected|invalid|disallowed|unknown) (jwt|token) (signing |signature )?(algorithm|alg)\b|` +
	`\b(jwt|token) (signing |signature )?(algorithm|alg) (is )?(not supported|unsupported|not allowed|invalid)\b`

// userNameMissingPattern: the server says the request named no user
// (etcd's "etcdserver: user name is empty" to a request without a token):
// it found no credential. The row that reads it leaves out a request
// whose own body names a user (a sign-up form's validation).
const userNameMissingPattern = `\buser ?name (is )?(empty|missing|not (set|provided|given|specified))\b|\bno user ?name (was )?(provided|given|specified|set)\b`

// originRestrictedPattern: the key's (or project's) own restrictions on
// where requests come from, in other words than "referer": an origin,
// domain or user agent not on its allowlist (Alchemy's "Unspecified
// origin not on whitelist."), or a request rejected by the key's or
// project's settings (Infura's JSON-RPC -32002 "rejected due to project
// ID settings": allowed origins, contracts, user agents). An address not
// on a list is ip_restricted, read before this.
const originRestrictedPattern = `\b(origin|domain|user[ -]?agent)s?\b[^.]{0,30}\bnot (on|in) (the |its |an? )?(white|allow)[ -]?list\b|` +
	`\b(origin|domain|user[ -]?agent)s? (is |was )?not (allowed|allowlisted|whitelisted|permitted) (for|by|with) (this|the|your) (api[ _-]?key|key|project|app(lication)?|token)\b|` +
	`\brejected (due to|by) (the |your )?(api[ _-]?key|key|project|app(lication)?|token)('s)?( id)? (settings|restrictions)\b`

// credentialNotSetPattern: a credential said "not set" (Tripadvisor's
// "client key not set", an UnauthorizedException): none reached the
// server.
// credentialMustBeSuppliedPattern: the credential said it must be
// supplied ("An access token must be supplied in order to use this
// endpoint", Yelp; "An API key must be provided with every request"), the
// article right before its name ("a valid token must be supplied" asks
// for a valid one: validCredentialRequiredPattern), or a code that says it
// missing in either order (Yelp's TOKEN_MISSING, api_key_missing,
// MISSING_ACCESS_TOKEN).
const credentialMustBeSuppliedPattern = `\b(an?|the|your)( (oauth|bearer|auth(entication)?|api|access))? (access[ _-]?token|api[ _-]?key|token|key|credentials?) (must|needs to|has to|should) be (supplied|provided|sent|included|passed|specified|present)\b|` +
	`\b(token|api_?key|access_?token|credentials?|auth)_missing\b|\bmissing_(token|api_?key|access_?token|credentials?|auth(orization)?)\b`

const credentialNotSetPattern = `\b(client|api|app|application|access|subscription|developer|consumer)[ _-]?(key|token) (is |was )?not set\b`

// notValidCredentialPattern: the value sent is said not to be a valid
// credential (Octopus Energy's "Value of 'Authorization' header is not a
// valid credential", "not recognized as a valid access credential"): it
// was read and refused.
const notValidCredentialPattern = `\bnot (recogni[sz]ed as )?an? valid (access )?credential\b`

// accessRevokedPattern: the access behind the credential was revoked by
// whoever granted it ("The vehicle owner has revoked Smartcar's access to
// their OEM account"): the credential no longer works, and a new grant
// (a new token) is the fix.
const accessRevokedPattern = `\b(has|have|had) revoked [^.]{0,40}\baccess\b|\baccess\b[^.]{0,40}\b(has been|have been|was|is) revoked\b`

// signatureRefusedPattern: the request's signature said not valid with
// words between ("Signature for this request is not valid.", Binance's
// -1022), or a short sign error (Bybit's "error sign!", OKX's "Invalid
// Sign"): the secret that signs, or what was signed, is wrong; the
// credential was read and refused. A signature named with other words
// between ("the signature field is not valid", an e-signature API's
// form) is a document's, not the request's.
const signatureRefusedPattern = `\bsignatures?( (for|of) (this|the|your) request| provided| sent| given)? (is|was|are|were) (not valid|invalid|incorrect|wrong)\b|` +
	`\b(error|invalid|bad|wrong|incorrect) sign\b|\bsign(ature)? (error|mismatch|verification failed|check failed)\b`

// requestFreshnessPattern: a signed request refused for its timestamp or
// nonce, not its key ("Timestamp for this request is outside of the
// recvWindow.", "please check your timestamp and recv_window param",
// "Timestamp request expired", "Nonce is too small.", "nonce: small",
// "Nonce '…' has not increased since your last call", "EAPI:Invalid
// nonce"): this machine's clock is off, or another program (or an
// earlier run) used the key with a higher nonce. A timestamp of the
// request's data ("start timestamp is invalid") is not one: only the
// request's own timestamp, or the window it must fall in, counts.
const requestFreshnessPattern = `\b(request('s)? timestamp|timestamp (for|of) (this|the|your) request|timestamp request|timestamp in (the )?(header|signature))\b[^.]{0,40}\b(outside|expired|too (old|new|far|late|early)|out of (range|window|sync)|not within|ahead|behind)\b|` +
	`\brecv_?window\b|\b(check|sync(hroni[sz]e)?) your (server |system |local |device |computer )?(timestamp|clock|time)\b|` +
	`\bnonce\b[^.]{0,40}\b(too (small|low)|small|(has )?not (increased|increasing)|must (be )?increas\w*|already (been )?used|reused|repeated|invalid|expired)\b|\binvalid[ _]?nonce\b|` +
	`\bnot within \d+ (seconds|ms|milliseconds) of (the )?server time\b`

// ipNotAllowedPattern: the caller's address said not to match the ones the
// key is bound to, in words other than an allowlist's ("unmatched ip.",
// Bybit; "Invalid request ip", KuCoin; "This key does not allow access
// from this IP.", Bitvavo; "Request IP Mismatch", Phemex).
const ipNotAllowedPattern = `\b(unmatched|mismatched) ip\b|\bip (address )?mismatch\b|\brequest ip\b|\b(access )?from (this|your) ip( address)?\b`

// keyKindRefusedPattern: the request said not possible with this kind of
// key ("Can't send to this recipient using a team-only API key", GOV.UK
// Notify and its forks): the key was read, and its kind (a team, test or
// read-only key) does not allow this operation.
const keyKindRefusedPattern = `\b(can'?t|cannot|can not|not (allowed|permitted) to) [a-z ]{1,40}\b(using|with) (a|an|this|your|the) [a-z-]{0,20}[- ]?(only )?(api[ _-]?)?(key|token)\b`

// schemeRequiredPattern: the answer names the Authorization scheme it
// takes ("Unauthorized, authentication bearer scheme must be used",
// GOV.UK Notify; "Notify supports the following authentication methods.
// Bearer: …, ApiKey-v1: …", GC Notify): when the request used another,
// the scheme is wrong, not the secret (schemeNotNamed decides).
const schemeRequiredPattern = `\b(authentication |auth )?[a-z][a-z0-9-]* (authentication |auth )?scheme (must|should|has to) be used\b|` +
	`\bonly (valid )?[a-z][a-z0-9-]* (authentication|auth|authori[sz]ation|tokens?|credentials?) (is |are )?(supported|accepted|allowed)\b|` +
	`\b(must|should) use (the )?[a-z][a-z0-9-]* (authentication |auth )?scheme\b|` +
	`\bsupports? the following (authentication|auth) (methods|schemes|types)\b`

// vanishedCredentialPattern: the key or the session the request carried
// said not to exist on a refusal (Qdrant Cloud's 403 "key doesn't exist",
// Supabase Auth's 403 session_not_found "Session from session_id claim in
// JWT does not exist" after a sign-out): looked up and gone, a credential
// to replace, not a permission. A bare "key" must open the message (a
// named key, "key 'a' does not exist", is a store's data).
const vanishedCredentialPattern = `(^|["':>]\s*)(the |this |your )?(api )?key (does not|doesn'?t|do not|no longer|not) exists?\b|(^|["':>]\s*)(the |this |your )?(api )?key (was )?not found\b|` +
	`\bsession\b[^.]{0,50}\b(does not|doesn'?t|do not|no longer|not) exists?\b|\bsession (was |is )?(not found|unknown)\b|\bsession_not_found\b|\bno such (session|key)\b`

// dataSessionPattern: a session that is the API's data (a checkout, an
// upload, a chat), not the caller's login.
const dataSessionPattern = `\b(checkout|upload|payment|chat|game|browser|terminal|call|meeting|quiz|booking|cart|streaming|transfer)[ _-]sessions?\b`

// authzHeaderFormatPattern: the server says the Authorization header
// itself is malformed ("Invalid Authorization header.", Synapse's to a
// token sent without "Bearer"; Outline's "Bad Authorization header
// format. Format is …"; BookStack's "An authorization token was found on
// the request but the format appeared incorrect"): what the header looks
// like, not the credential's value, is what it refused, so a local finding
// about the header's shape (no scheme, a doubled one, whitespace) says
// why. The header must be what the sentence is about: "the access token
// provided in the Authorization header is invalid" (Amadeus) is the token's.
const authzHeaderFormatPattern = `\b(bad|invalid|malformed|wrong|incorrect|unrecogni[sz]ed|unsupported|unexpected)[_ ]authori[sz]ation header\b|` +
	`(^|[."':>]\s*)(the |an |your )?authori[sz]ation header (is |was )?(invalid|malformed|badly formed|not (valid|well[- ]formed))\b|` +
	`\b(bad|invalid|malformed|wrong|incorrect|unexpected) (format|syntax) (of|for|in) (the )?authori[sz]ation header\b|\bauthori[sz]ation header format\b|` +
	`\b(authori[sz]ation|auth) (header|token)\b[^.]{0,60}\bformat (appeared|appears|is|was|seems) (incorrect|invalid|wrong)\b`
