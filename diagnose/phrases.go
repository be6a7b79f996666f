package diagnose

import "github.com/authspec/authspec/internal/lazyre"

// Phrase families the rules table and the rate-limit reading use beyond
// their first wordings. Each family is a shape of sentence, not one
// provider's sentence: the next API says the same thing in other words.

// regionNamedPattern: the key is refused for a named cloud region or
// environment ("API key is missing or invalid for the environment
// "northamerica-northeast1-gcp". Check that the correct environment is
// specified."): it was made in another one. The region's name is read in
// either spelling (northamerica-northeast1-gcp, or as normalizeWords
// writes a hyphenated code, northamerica_northeast1_gcp).
const regionNamedPattern = `(invalid|not valid|wrong|incorrect|unknown) (for|in) the (environment|region|location) "?[a-z]{2,}([-_][a-z]+)+[-_]?\d|` +
	`correct (region|data ?cent(er|re)) is (specified|used|set)`

// wrongAccessPointPattern: the request said made to another access point
// than the account's ("Request must be made to correct API access point
// (e.g. use GET /base_uris).", an account on another shard): the
// account's regional host, as a datacenter is.
const wrongAccessPointPattern = `\b(correct|right|wrong|incorrect|another|different|other|invalid)[ _](api[ _])?access[ _]?point\b`

// callerLocationPattern: the caller's location or country said not
// served ("User location is not supported for the API use.", Gemini's 400
// FAILED_PRECONDITION; "This service is not available in your country"):
// the API judges by the address the request comes from. A location the
// request names as data ("Location not found", "the location parameter is
// not supported") is not the caller's. Also access from the caller's
// location said blocked (access_from_location_blocked).
const callerLocationPattern = `\baccess[ _]from[ _](this[ _]|your[ _]|the[ _])?(location|country|region)[ _](is[ _]|was[ _])?(blocked|denied|not[ _]allowed|not[ _]permitted|restricted)\b|\b(user|your|caller'?s?|client|request) (location|country)( is)? (not supported|unsupported|not allowed|not available|not permitted|blocked|restricted)\b|` +
	`\bunsupported (user |caller )?(location|country)\b|\b(not (available|supported|offered)|unavailable) in your (country|location|region)\b`

// unknownCredentialPattern: the server looked the credential up and did
// not find it, in words ("The access token you sent could not be found or
// is invalid", DocuSign's "The specified Integrator Key was not found or
// is disabled") or in an error id written as one word (AccessTokenInvalid,
// ApiKeyInvalid, InvalidAccessToken); or found it switched off for good
// ("The provided API key has been banned", "This token was disabled",
// Splunk's bare "Token disabled", also with a request id in parentheses
// after it, Zulip's "Your password has been
// disabled and needs to be reset"; Last.fm's "API Key Suspended - This
// application is not allowed…", the reason after a dash), or inactive
// (Mashery's "Key inactive"; Alchemy's "App is inactive", its key being
// the app's; a football data API's "Account Inactive", the key's account),
// or the token's user or OAuth application said inactive when the message
// opens with it (Sentry's "User inactive or deleted", "UserApplication
// inactive or deleted"; a user named inactive further on is the request's
// data), or said not to exist by the name of the key's id (CoinEx's "access_id
// not exists", OKX's "API key doesn't exist"; a bare "key" may be a stored
// object's), whatever the status: even a 403 then means the credential,
// not a permission. Also a key or token said leaked, compromised or
// exposed (Google's "Your API key was reported as leaked. Please use
// another API key." under PERMISSION_DENIED): blocked for good, a new one
// is needed. Also the caller named by its key and said switched off
// (Google's "Consumer 'api_key:AIza…' has been suspended."), the key
// perhaps a redaction label.
const unknownCredentialPattern = `(token|key|credential|secret)s? [^.]{0,40}(could not be|cannot be|was not|not) found,? or (is |was )?(invalid|expired|revoked|disabled|inactive|deactivated)|` +
	`\b(access|api|auth|bearer)?(token|key)invalid\b|\binvalid(access|auth|bearer)(token|key)\b|` +
	`\b((api|access|app)[ _-]?)?(key|token|credential|secret|password)s?( (supplied|provided|given|used|sent))? (has been|have been|was|were|is|are) (banned|blocked|disabled|suspended|deactivated|deleted|invalidated)\b|` +
	`\b(token|key|credential|secret)s? (disabled|revoked|deactivated|suspended|banned)\s*($|[".,;:<!(]|\s[-–—]\s)|` +
	`\b(key|token|credential|secret)s? (was |were |has been |have been |is |are )?((reported|detected|flagged|found|identified|marked) )?(as )?(publicly )?(leaked|compromised|exposed)\b|` +
	`\b(api[_ -]?key|key|token)[:=]([^'"\s]{4,120}|\[[^\[\]]{1,200} sha256:[0-9a-f]{6}\])['"]? (has been|have been|was|is) (banned|blocked|disabled|suspended|deactivated|revoked)\b|` +
	`\b(developer|account|api key|key|token|credential|consumer|app|application|project)s? (is |are |was |has been )?inactive\b|` + credentialInactivePattern + `|` +
	credentialIDNotExistPattern + `|` +
	`\b(user|account|owner)s?( [a-z]+){0,6} (is not|isn'?t|are not|is no longer) active( anymore| any ?longer)?\b|` +
	`(^|["':>]\s*)(the |this |your )?user( ?application)? (is |was |has been )?inactive\b` + `|` + keyNotRegisteredPattern + `|` + credentialOwnerGonePattern

// credentialOwnerGonePattern: what the key belongs to said removed or
// suspended: a project marked as removed ("Project demopublickey is marked
// as removed."), a user suspended (user_suspended): the key no longer
// opens anything.
// The owner opens the sentence: "The task … belongs to a project that is
// marked as deleted" is the request's data.
const credentialOwnerGonePattern = `(^|["':>.]\s*)(the |this |your )?(project|account|app|application|workspace|organi[sz]ation)\b[^.]{0,60}\b(is |was |has been )?marked as (removed|deleted|disabled|inactive)\b|` +
	`(^|["':>/]\s*)user[ _]suspended\b|\b(the |this |your )?user (has been|is|was) suspended\b`

// credentialInactivePattern: a key or token said not active ("Authentification
// key is not active", the PrestaShop webservice's answer to a disabled key;
// "This API token is not active"): looked up and switched off.
const credentialInactivePattern = `\b(key|token|credential|secret)s? (is|are|was|were) not (active|enabled)\b`

// keyNotRegisteredPattern: a key the server looked up among those it
// issued and did not find (data.go.kr's returnAuthMsg
// SERVICE_KEY_IS_NOT_REGISTERED_ERROR, read with its underscores as
// spaces), or a key said not registered, paired or enrolled with the
// thing it is to act on (Tesla's vehicle command proxy: "your public key
// has not been paired with the vehicle"; "signing key is not enrolled
// with this device"): the key is not one the resource knows. The key must
// be named as the caller's (service, API, public, signing…): a bare
// "token is not registered" is a push service's device token, data.
const keyNotRegisteredPattern = `\b(service|api|access|app|application|auth|authentication|subscription|developer|consumer)[ _-]?(key|token)s? (is |are |was |were |has not been |have not been )?not registered\b|` +
	`\b(public|signing|command|client|app|application|api)[ _-]?keys? (is |are |was |were )?not (yet )?(registered|paired|enrolled) (with|to|on|for) (the|this|that|your) [a-z]+\b|` +
	`\b(public|signing|command|client|app|application|api)[ _-]?keys? (has|have) not (yet )?been (registered|paired|enrolled) (with|to|on|for) (the|this|that|your) [a-z]+\b`

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
// Also a request said to exceed the caller's quota ("This request exceeds
// your quota of 10000. You have 0 credits remaining", ElevenLabs' 401,
// "This call exceeds your monthly quota") and a quota_exceeded code: an
// object the account holds exceeding its quota ("The index exceeds the
// project quota of 1 pods") is resourceQuotaPattern's. A request's
// frequency limit said triggered or reached ("request trigger frequency
// limit", Feishu's 99991400) is a rate; a frequency limit named without
// being triggered or reached ("The request frequency limit must be between
// 1 and 100": a setting's value) is not.
// Also a period's credits used up (creditsUsedUpPattern), and the caller
// said to send faster than its limit allows (Vonage's SMS status 1, "You
// are sending SMS faster than the account limit."); a rate the caller is
// held to (the allowed rate, your rate), not any rate: "Polling interval
// must not be faster than the minimum rate" is a setting's value. Also a
// cap on transfers or transactions said exceeded ("download bandwidth or
// transaction (Class B) cap exceeded", download_cap_exceeded); a storage
// cap is the plan's bytes, not a rate.
var limitReachedRE = lazyre.New(`\b(bandwidth|transaction|download|request|call|api)s?( \(class [a-z]\))? caps? (has been |was |is )?(exceeded|reached)\b|\b(download|transaction|bandwidth)[ _]cap[ _]exceeded\b|\b(request|call|api|rate|usage|query|queries|user|app(lication)?|page)s? limit(ed)? (has been |was |is )?(reached|hit|exhausted)|` +
	`\b(user|app(lication)?|api|request|call|query|daily|monthly|hourly|account|key|client|developer)s? usage (quota |cap )?(has been |was |is )?(reached|exceeded|exhausted)\b|` +
	`\bexceeded (your|the) (daily |monthly |hourly |per-minute )?(included |free |allotted )?(request |call |api |usage |message )?(quota|limit|credits)\b|` +
	`\breached (the|your) (daily |monthly |hourly )?((api|request|call|rate|usage)s? ){1,2}limit\b|\bout of [a-z ]{0,20}credits for the current (second|minute|hour|day)\b|\bover_query_limit\b|` +
	`\b(developer|account|key|user|app(lication)?|client|consumer)s? over (qps|rate|quota|(the )?[a-z ]{0,30}\blimit)\b|` +
	`\bnumber of (requests|calls|queries) (has been |have been |was |is )?exceeded\b|` +
	`\breach(ed|es)? (the )?max(imum)? (\w+ ){0,3}(api|requests?|calls?|quer(y|ies)|daily|monthly|hourly|qps)\b[a-z ]{0,30}\b(quota|limit)\b|` +
	`\bexceeded the max(imum)? (allowed )?(number of )?(api )?(requests|calls)\b|\bexceeded the number of (api )?(requests|calls|queries)\b|` +
	`\bexceeded (your |the |its )?(daily |monthly |hourly )?(api )?(calls|requests|queries) per (second|minute|hour|day|month) (quota|limit)\b|\bmax(imum)? (number of )?(api )?(requests|calls) [^.]{0,30}(has been |have been |was )(exceeded|reached)\b|` +
	`\b(request|call|query|queries|generation|message)s? (\w+ ){0,2}exceeds? your (\w+ ){0,2}quota\b|\bquota_exceeded\b|` +
	`\btoo many ((unsuccessful|failed|invalid|incorrect|wrong|bad) (login |log-in |logon |sign[- ]?in |authentication |password )?|(login|log-in|logon|sign[- ]?in|authentication|password) )attempts\b|` +
	`(^|["':>]\s*)rate exceeded\b|\b(sending|requesting|calling|submitting|polling|posting)\b[a-z ]{0,30}\bfaster than ((the |your |its )?([a-z']+ ){0,2}(limit|throughput)|(the |its )?(allowed|permitted|maximum|max|account'?s?|plan'?s?|key'?s?)( [a-z']+)? rate|your ([a-z']+ ){0,2}rate)\b|\b(request|call|api|query|send|sending|transaction|throttling:?) rate exceeded\b|` +
	`\b(request|call|api|access|query)s? trigger(s|ed)? (the )?frequency limit\b|\bfrequency limit (has been |was |is )?(exceeded|reached|hit|triggered)\b|` + creditsUsedUpPattern + `|` +
	// A weighted limit (Binance's "Way too much request weight used; IP
	// banned until 1660090423228", answered 418) and the timed ban of an
	// address that follows it.
	`\btoo much (request |api )?weight\b|\b(request |api )?weight (limit )?(exceeded|used up)\b|\bip( address)? (is |has been )?(temporarily )?banned until\b`)

// wrongClusterPattern: the account lives on another cluster, shard or
// server of the provider than the one the request reached ("Accessing
// Wrong Cluster", "You have accessed the wrong server"): base_url points
// at the wrong deployment, like a wrong region. ("Issued by another
// server" is about the token's issuer, not where the account lives.)
const wrongClusterPattern = `\b(wrong|different|incorrect) (cluster|shard|server|pod|stack)\b|\banother (cluster|shard|pod)\b`

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
const accessExpiredPattern = `\b(access|authori[sz]ation|consent|grant) (has |have |is )?expired\b|\b(access|auth|session|token|credentials?)expired`

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

// regionRegisteredPattern: the account or app is known in another region
// of the provider than the one the request reached ("Account … must be
// registered in the current region https://…", "user out of region, use
// base URL: https://…"), or the answer calls the host wrong and names the
// one to use (DeepL's "Wrong endpoint. Use https://api-free.deepl.com" for
// a key of the other plan), or names the endpoint to address
// (endpointNamedPattern): base_url points at the wrong region or host.
const regionRegisteredPattern = `\b(must be|is not|isn'?t|not) registered in (the|this|that) (current |same )?region\b|\bout of region\b|\buse (the )?base url\b|` + endpointNamedPattern + `|` +
	`\b(wrong|incorrect|invalid) (endpoint|host|hostname|base ?url|api url)\b[.,:;]?\s+(please )?use\b|` + scopedRegionPattern

// scopedRegionPattern: a signature's credential scope names another region
// than the endpoint's (AWS SigV4: "Credential should be scoped to a valid
// region, not 'eu-west-1'.", "The credential must be scoped to a valid
// region."; or "the credential scope's region … does not match"): the
// request was signed for one region and sent to another. A scope refused
// for its service ("scoped to correct service") is not a region.
const scopedRegionPattern = `\b(credential|signature|key|token)s? (should|must) be scoped to (a |the )?(valid|correct|right|proper|expected) region\b|` +
	`\bcredential scope'?s? region\b[^.]{0,60}\b(does not|doesn'?t|not) match\b`

// dataKeyPattern: a key that is a piece of data, not a credential (a
// DynamoDB starting, partition or sort key, an object's key, an
// idempotency key: "The provided starting key is invalid"), or a field,
// column or attribute that keys a list's records ("Invalid key field id:
// wrong_id", a contact list's), or the keys of a record, row or id
// ("Invalid keys for ID: HS1", a data extension's). "Primary key" is left
// out: Azure calls an account's credential its primary key.
const dataKeyPattern = `\b(starting|start|partition|sort|hash|range|object|idempotency|idempotent|foreign|composite|continuation|pagination|cache) keys?\b|\bkey (fields?|columns?|attributes?)\b|\bkeys? for (the )?(ids?|records?|rows?|items?)\b`

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

// endpointInvalidPattern: an endpoint or route said invalid or unknown,
// followed by the advice to check the path (Maya's gateway answers a path
// it does not know with a 401 "Invalid endpoint. Please check if you are
// accessing the correct endpoint/resource."). Read on a 401 or 403 only,
// where the gateway speaks of authentication; a wrong endpoint followed
// by the one to use is a region's (regionRegisteredPattern), and a field
// of the request said an invalid URL is the request's data.
const endpointInvalidPattern = `\b(invalid|unknown|incorrect|wrong|bad|unrecogni[sz]ed|non-?existent) (endpoint|route)s?\b[.!:;,]?\s+(please )?(check|verify|make sure|ensure|confirm)\b[^.]{0,60}\b(endpoint|route|path|resource)\b`

// scopedElsewherePattern: the credential is said to be not valid for this
// project, repository or organisation ("Invalid API Token: OIDC scoped
// token is not valid for project 'x', project-scoped token is not valid
// for project: 'x'"; Zoho Desk's "The OAuthToken is not valid for
// specified organization"; crates.io's trusted publishing "The provided access
// token is not valid for crate `bar`"; a bucket, a zone or a site): it is
// valid, and scoped to another one (or the project was renamed): a
// permission it lacks here, even when the sentence begins with "Invalid".
const scopedElsewherePattern = `\b(\w*tokens?|\w*keys?|credentials?)( is| are)? not (valid|allowed|authori[sz]ed) for (the |this |that )?((specified|given|requested) )?(project|repository|repo|organi[sz]ation|org|team|workspace|package|namespace|crate|gem|bucket|zone|site|space)s?\b`

// revokedMalformedPattern: the credential said revoked or malformed after
// words between ("The access token you provided is revoked, malformed or
// invalid"): the server read it and refused it, whatever the status (a
// 403 then means the credential, not a permission).
const revokedMalformedPattern = `\b(token|key|credential|secret)s?\b[a-z ]{0,30}\b(is|are|was|were|has been|have been) (revoked|malformed)\b`

// tokenUsedExpiredPattern: the token the request used said to have
// expired, in words that sit between ("The token used in the request is
// expired", "The token you provided has expired", TD Ameritrade's "The
// access token being passed has expired or is invalid", the expiry named
// first as in "Session expired or invalid"), or past its lifetime in the
// provider's own degree ("Auth token is hard expired").
const tokenUsedExpiredPattern = `\b(token|session|credential)s? ((being )?(used|provided|sent|supplied|passed)|you (used|provided|sent|supplied))( (in|with|for|by) (the |this |your )?(request|call))? (has |have |is |was )(already )?expired\b|` +
	`\b(token|session)s? (is|has) (hard|soft|already) expired\b`

// refreshAskedPattern: the server asks the caller to refresh its token
// (SuperTokens' 401 "try refresh token", "refresh your access token and
// try again", "the session needs to be refreshed"): the token was read
// and its lifetime ran out. A refresh token said invalid is refused, not
// this.
const refreshAskedPattern = `\btry (to )?refresh(ing)? (the |your |an? )?(access |session |auth )?(token|session)s?\b|` +
	`\brefresh (the|your) (access |session |auth )?(token|session) (and|then) (try|retry)\b|\b(token|session)s? (needs?|must|has|have) (to )?be refreshed\b`

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
// authenticating.
const apiVersionDeprecatedPattern = `\bdeprecated (for|in|since|as of|from) (api )?(versions?|v\d)|\b(api|endpoint|field|edge|version)s? (is |are |has been |have been )deprecated\b`

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

// notValidCredentialPattern: the value sent is said not to be a valid
// credential (Octopus Energy's "Value of 'Authorization' header is not a
// valid credential", "not recognized as a valid access credential"): it
// was read and refused.
const notValidCredentialPattern = `\bnot (recogni[sz]ed as )?an? valid (access )?credential\b`

// accessRevokedPattern: the access behind the credential was revoked by
// whoever granted it ("The vehicle owner has revoked Smartcar's access to
// their OEM account"), or the grant itself said revoked, as the
// authorization, consent or app the user had allowed ("Not authorized.
// Application has been revoked.", ecobee's; "Authorization has been
// revoked by the user"): the credential no longer works, and a new grant
// (a new token) is the fix.
const accessRevokedPattern = `\b(has|have|had) revoked [^.]{0,40}\baccess\b|\baccess\b[^.]{0,40}\b(has been|have been|was|is) revoked\b|` +
	`(^|[.:;!"]\s*)(the |this |your )?(app|application|authori[sz]ation|consent|grant)('s (access|authori[sz]ation))? (has been|have been|was|is) revoked\b`

// credentialIDNotExistPattern: a credential named by what identifies it
// (an access id, an access key id, an API or app key, a token, a client
// id) said not to exist, wherever in the message and whatever the status
// (CoinEx's "access_id not exists", OKX's "API key doesn't exist", AWS's
// "The AWS Access Key Id you provided does not exist in our records."):
// the one reading of that sentence in unknownCredentialPattern.
// vanishedCredentialPattern reads a bare "key" or "token" too, which may
// be a store's data ("The specified key does not exist."), so only where
// it opens the message, on a 401 or 403 to a request that carried one.
const credentialIDNotExistPattern = `\b(access[_ ]id|access[_ ]key[_ ]id|api[_ -]?key|app[_ ]?key|token|credential|client[_ ]id)s?( you provided| provided| supplied| given| sent)? (does not|doesn'?t|do not|not) exists?\b`

// vanishedCredentialPattern: the key, token or session the request
// carried said not to exist on a refusal (Qdrant Cloud's 403 "key doesn't
// exist", Rollbar's 403 "access token not found: <the token>", Supabase
// Auth's 403 session_not_found "Session from session_id claim in JWT does
// not exist" after a sign-out): looked up and gone, a credential to
// replace, not a permission. A bare "key" or "token" must open the message
// (a named key, "key 'a' does not exist", is a store's data; a device or
// refresh token is not the request's credential). A credential named by
// its id ("API key doesn't exist") is credentialIDNotExistPattern's, read
// on any status; this reading is the bare key's, and the session's. Also
// the app installation an installation token was minted for, gone or
// suspended (GHCR's "permission_denied: The requested installation does
// not exist." after the repository moved to another organisation; "This
// installation has been suspended."): the token rests on nothing any more.
const vanishedCredentialPattern = `(^|["':>]\s*)(the |this |your )?((api|access|auth|bearer) )?(key|token) (does not|doesn'?t|do not|no longer|not) exists?\b|(^|["':>]\s*)(the |this |your )?((api|access|auth|bearer) )?(key|token) (was )?not found\b|` +
	`\bsession\b[^.]{0,50}\b(does not|doesn'?t|do not|no longer|not) exists?\b|\bsession (was |is )?(not found|unknown)\b|\bsession_not_found\b|\bno such (session|key)\b|` +
	`\binstallation (does not|doesn'?t|do not|no longer|not) exists?\b|\binstallation (was |has been |is )?(not found|suspended|uninstalled|deleted|removed)\b|\binstallation_(not_found|suspended)\b`

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
// say an expiry is the fault, when that is the second word.
const absentOrInvalidPattern = `\bno\b[^.]{0,40}\b(provided|found|given|supplied|sent|present),? or (it |they |the [a-z ]{1,20} )?(is |are |was |were )?(invalid|malformed|expired|incorrect|wrong|revoked)\b`

// otherHostAccountPattern: the account or credential said not to belong
// to this host of the provider ("Account is not associated with this
// subdomain", Zulip, whose organisations each have their own; "user is
// not registered on this server", "key does not belong to this realm"):
// it lives at another host, which base_url must name, as for a region.
// "Not associated with this project" is a permission's (scopedElsewhere).
const otherHostAccountPattern = `\b(account|user|key|token|credential)s? (is |are )?(not associated with|not registered (on|with|at)|(does not|doesn'?t) belong to) (this|the) (subdomain|realm|host|hostname|domain|server|instance)\b`
