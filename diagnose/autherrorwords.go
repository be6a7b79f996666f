package diagnose

import (
	"strings"

	"github.com/authspec/authspec/internal/lazyre"
)

// The words and keys AuthErrorBody reads a 2xx body's error with: the
// codes and texts that refuse the credential, a permission or a rate.

// codeSpaces writes an error code's words apart (RATE_LIMITED, rate-limit).
var codeSpaces = strings.NewReplacer("_", " ", "-", " ")

// refusalStatuses: the values of a "status" field that refuse the request
// (the key, its restrictions, billing, or a usage limit) in a 200.
var refusalStatuses = map[string]bool{"REQUEST_DENIED": true, "OVER_QUERY_LIMIT": true, "OVER_DAILY_LIMIT": true}

// limitCodeRE: an error that refuses the request for its rate or quota
// (Kraken's 200 {"error":["EAPI:Rate limit exceeded"]}). A limit on
// something else ("EOrder:Orders limit exceeded": too many open orders)
// is the business's, not a rate. A frequency said too high
// (tooFrequentPattern) is a rate in a code too (AccessFrequencyIsTooHigh),
// and so is a period's or a caller's count said over its limit
// (countOverLimitPattern: DAILY_QUERY_OVER_LIMIT).
var limitCodeRE = lazyre.New(limitWordsPattern + `|\b(rate|request|call|api|usage|query) limit exceeded|` + tooFrequentPattern + `|` + countOverLimitPattern)

// limitWordsPattern: the words of a rate or quota limit that an error code
// and an envelope's text share. A quota's limit said exceeded is the
// quota exceeded (Deezer's {"error":{"type":"Exception","message":"Quota
// limit exceeded","code":4}} in a 200, QUOTA_LIMIT_EXCEEDED) when the
// words open the text or follow a request's noun ("Request quota limit
// exceeded"): after another noun ("Disk quota limit exceeded") the quota
// is of what the account stores.
const limitWordsPattern = `rate ?limit|too many requests|throttl|quota exceeded|` +
	`(^|[^a-z0-9 ]\s*|\b(api|request|call|usage|query|daily|monthly|hourly|rate) )quota limit (has been |was |is )?exceeded\b`

// unknownCredentialRE: the credential looked up and not found, switched
// off or inactive ("App is inactive", also in a 200 ok:false).
var unknownCredentialRE = lazyre.New(unknownCredentialPattern)

// signedRequestRE: a signed request refused for its signature, its
// timestamp or nonce, or the address it came from (the exchanges' words,
// also in {"ok":false} and in a list of errors).
var signedRequestRE = lazyre.New(signatureRefusedPattern + `|` + requestFreshnessPattern + `|` + ipNotAllowedPattern)

// authCodeRE: words that make a failed 200's text, or an envelope's error
// code, speak of the credential or a permission, in a code written as one
// word whose words are not apart (Moodle's invalidtoken,
// requireloginerror, accessexception): read inside it. A JWT is a token,
// a privilege a permission.
var authCodeRE = lazyre.New(`auth|token|\bjwt|scope|permission|privilege|access|login|credential|key|forbid(den)?|unauthori[sz]ed|not_allowed|account_inactive|sso|\bsign\b|signature|session|passphrase`)

// authWordsRE: the same words said apart (a sentence, or a code whose
// words a separator parts: not_authed, token_expired), each whole, so
// that a word that holds one is not it (author, authority, keyword,
// processor, accessory). Authenticating is said in any form (auth,
// authn, authenticate, unauthenticated, unauthorized, not authorized,
// and joined to a credential's or a fault's word: authtoken, invalidauth;
// a token or key joined to its kind: accesstoken, apikey);
// "authorization" only where it is the caller's (an authorization header,
// token or grant, authorization required, failed, denied or not correct,
// none or an invalid one, a request that could not be authorized): a
// payment's authorization ("Insufficient funds for
// authorization", "Card authorization declined") is the business's.
// "Invalid or expired jwt" (under ok:false) and "No privileges." (under
// success:false) still read.
var authWordsRE = lazyre.New(`(^|[^a-z0-9])(` +
	`(invalid|bad|no|missing|not)?o?auth(s|ed|n|z|2|token|key|header|code|error|fail(ed|ure)?|required)?|(un|re|pre|de)?authenticat[a-z]*|unauthori[sz][a-z]*|not[ _-]authori[sz]ed|` +
	`authori[sz]ation[ _-](header|token|code|grant|failed|failure|error|required|missing|denied|refused|invalid)|` +
	`authori[sz]ation (has been |have been |is |was |were )(missing|invalid|required|denied|refused|rejected|not (valid|correct|accepted|granted))|` +
	`(no|missing|invalid|bad|wrong|expired|failed|requires?) authori[sz]ation|not (be )?authori[sz]ed|` +
	`(access|api|bearer|refresh|id|app|session)?tokens?|jwts?|scopes?|permissions?|privileges?|access|log-?ins?|credentials?|(api[ _-]?|access|secret|app)?keys?|keyids?|forbid(s|den)?|not_allowed|account_inactive|sso|sign|signatures?|sessions?|passphrases?` +
	`)($|[^a-z0-9])`)

// joinedCodeRE: a code written as one word, lower-cased (invalidtoken).
var joinedCodeRE = lazyre.New(`^[a-z0-9]+$`)

// authWords: l (lower-cased) speaks of the credential or a permission:
// in authCodeRE's words inside a code written as one word, else in
// authWordsRE's whole words.
func authWords(l string) bool {
	if joinedCodeRE.MatchString(l) {
		return authCodeRE.MatchString(l)
	}
	return authWordsRE.MatchString(l)
}

// authListRE: the first of a list of error strings about the credential
// (Kraken's "EAPI:Invalid key", "EGeneral:Permission denied"; a code that
// names the credential and then its fault, Yandex's "oauth_token.invalid"),
// under "error" or "errors". A list
// names its errors in words, so a word that only names a thing
// ("EFunding:Unknown withdraw key": a withdrawal address's name) is not
// enough: the credential word must follow the fault, or be a refusal.
var authListRE = lazyre.New(`\b(invalid|bad|unknown|missing|expired|revoked|disabled) (api[ _-]?)?(key|token|signature|nonce|credentials?|session)\b|` +
	`(\b|_)(key|token|signature|credential|session)s?[._-](invalid|incorrect|wrong|bad|unrecogni[sz]ed|expired|revoked)\b|` +
	`permission|forbidden|unauthori[sz]ed|not authori[sz]ed|access denied|not allowed|authenticat|login|lockout|\bscopes?\b`)

// flagTextKeys hold the error text of a body that says "ok": false or
// "success": false (or a status of error: HTX's {"status":"error",
// "err-code":"api-signature-not-valid","err-msg":"Signature not valid:
// Incorrect Access key"} in a 200, its key hyphenated), and last the
// error code beside that text, whose words say it where the text is in
// another language (HTX's "err-code":"login-required" beside
// "err-msg":"需要登录"); errorObjectKeys the text of an "error" object.
var (
	flagTextKeys    = []string{"error", "msg", "message", "error_msg", "error_message", "errmsg", "errorMsg", "errorMessage", "err_msg", "err-msg", "description", "err-code", "err_code"}
	errorObjectKeys = []string{"message", "description", "msg", "error_description"}
)

// graphQLDeniedRE: a GraphQL error whose message alone says the caller
// may not (Shopify's "ScriptTagCreate access denied", "Access denied for
// orders field. Required access: …").
// The permissions it needs, listed ("you need one of the following
// permissions: HANDLE_CHECKOUTS", Saleor), say the same; so does "not
// permitted to" what was asked, as "not authorized to" says it (a bare
// "Operation not permitted" is a system call's error).
// headerMissingRE: a header the request lacked, named (headerMissingPattern).
var headerMissingRE = lazyre.New(headerMissingPattern)

var graphQLDeniedRE = lazyre.New(`\baccess denied\b|\bnot authori[sz]ed\b|\bnot permitted to\b|\bunauthori[sz]ed\b|\bpermission denied\b|\binsufficient (scopes?|permissions?)\b|` + requiredPermissionsListPattern + `|` + notAllowedForKindPattern)

var (
	errorTextKeys = []string{"error-text", "error_text", "errorText", "error_message", "errorMessage"}
	// lacksPermissionRE: the caller said to lack a permission for what
	// it asked, in an error object's text.
	lacksPermissionRE = lazyre.New(lacksPermissionPattern)
	// callerBarredRE: the caller said not allowed or barred from what it
	// asked, or refused as anonymous, in an error object's text.
	callerBarredRE = lazyre.New(callerBarredPattern + `|` + anonymousRefusedPattern)
	// The Authorization header said invalid or malformed is its
	// credential refused (Craft CMS's GraphQL Authentication answers a
	// JWT it cannot verify with a 200 and "Invalid Authorization Header").
	// Login credentials said wrong, the product named before them
	// (MyGeotab's JSON-RPC "Incorrect MyGeotab login credentials @ 'db'",
	// "Invalid login credentials"); credentials named for something else
	// ("Incorrect UPS credentials" for a carrier account an API stores)
	// are that thing's.
	refusedTextRE = lazyre.New(`bad credentials|\b(bad|invalid|incorrect|wrong|unrecogni[sz]ed) ([a-z0-9]+ )?(login|log-in|logon|sign-in|signin) credentials\b|\b(bad|invalid|malformed|incorrect|wrong|unrecogni[sz]ed) (authori[sz]ation|authentication) header\b|invalid (api[ _-]?)?(key|token|credentials?)\b|authentication (failed|required|error)\b|not authenticated|must be authenticated|` + loginRequiredPattern + `|not been granted the required scopes|insufficient scopes?|(token|key|session) (has )?expired|` + noLongerLoggedInPattern + `|` + notValidCredentialPattern + `|` + validCredentialRequiredPattern + `|` + tokenFormRefusedPattern)
)

// reloginRequiredPattern: the caller told to log in again, its session
// no longer taken (Huawei FusionSolar's USER_MUST_RELOGIN, in a code's
// spelling with underscores too; "Please log in again", "re-login
// required"): no session the server keeps was found for what was sent.
const reloginRequiredPattern = `(\b|_)(must|need to|needs to|has to|have to|please)[ _](re-?login|re-?log[ _]in|re-?sign[ _]in|log[ _]?in[ _]again|sign[ _]?in[ _]again)\b|\b(re-?login|re-?log-?in|re-?sign-?in)[ _](is[ _])?required\b`

// tokenFormRefusedPattern: the token said invalid or malformed by its
// form's name, a JWT, JWS or JWE, compact or serialized (Tibber's
// "Invalid Compact JWS" under INTERNAL_SERVER_ERROR in a 200, to a token
// that is not the JWT it expects; "Malformed JWT", "Invalid JWS"): the
// bearer token sent is what is refused.
const tokenFormRefusedPattern = `\b(invalid|incorrect|wrong|unrecogni[sz]ed|malformed|bad|unparseable|unparsable)( compact| serialized)? (jws|jwe|jwt|json web (token|signature))s?\b`

// loginRequiredPattern: the caller told it must log in first ("You must be
// logged in to do this.", OpenCTI's GraphQL error; "You must sign in";
// "Login required"; "you are not logged in"; what it asked said allowed
// only for a logged-in user, Magento's GraphQL "The request is allowed
// for logged in customer", or said to require one, "This query requires
// a logged in user"): no session or token was taken, as "must be
// authenticated" says.
const loginRequiredPattern = `\bmust (be )?(logged|signed) in\b|\bmust (log|sign) ?in\b|\b(login|log-in|sign-in) (is )?required\b|\b(are|is) not (logged|signed) in\b|` + reloginRequiredPattern + `|` +
	`\b(is |are )?(only )?(allowed|available|permitted) (only )?(for|to) (an? )?(logged|signed)[ -]in (users?|customers?|members?|accounts?)\b|` +
	`\brequires? (an? )?(logged|signed)[ -]in (users?|customers?|members?|accounts?)\b`
