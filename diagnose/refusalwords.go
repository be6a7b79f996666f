package diagnose

import (
	"strings"

	"github.com/authspec/authspec/internal/lazyre"
)

// Phrase families that say which refusal an answer's words describe
// without the status: the credential refused (a 401's meaning) or the
// caller known and not let in (a 403's). An API says the same sentence on
// a 401, on a 403, in a 200 {"ok": false} envelope or in an HTML page's
// headline; these families read the sentence, so that the envelope or the
// status it came with does not change what it means.

// callerRefusedPattern: the caller was identified and may not do this
// ("You do not have access to the app", "Resource not accessible by
// integration", "Insufficient privileges to complete the operation",
// "You cannot consume this service", LINE's "Access to this API is not
// available for your account", "Insufficient isv permissions" (whose
// permissions they are may stand between), "User does not own Shop", "You are
// not a sandbox user of this client", "The REST API is not enabled for
// this Organization", "RBAC: access denied", "Must have admin rights",
// "bot was blocked by the user", data.go.kr's "SERVICE ACCESS DENIED
// ERROR": the key is known and not approved for this service; Business
// Central's "You do not have the following permissions on Page …" and
// "the current permissions prevented the action").
// Its first branch, "does not have access" with no subject and nothing
// after, is the weaker reading of lacksPermissionPattern's words (which
// it includes): it only tells a 403's meaning from a 401's for a refusal
// already said (an envelope, a page), where a resource's own settings
// would be no refusal at all; the rules row reads lacksPermissionPattern,
// which needs the caller named and what it lacks.
// Also "API client is not authorized by Fitbit to access the resource
// requested" (who decided, between the words) and Netatmo's "Operation is
// forbidden" (an operation, not a request a proxy stopped).
// Also the operation itself named unauthorized, the adjective first
// (Casdoor's {"status": "error", "msg": "Unauthorized operation"} to a
// signed-in user its policy denies).
// Also a credential said not granted a permission (TMDB's "This token
// hasn't been granted write permission by the user.") and the object said
// private ("This resource is private."), in a 200 {"ok": false} too; and
// the request's subject said not consistent with its access token
// (tokenContextPattern).
// Only verbs of access count after "cannot" ("You cannot delete a
// channel with members" is the business's rule) and after "not authorized
// to" ("Not authorized to call this method", "You are not authorized to
// connect to this server" refuse a credential as often as a caller).
const callerRefusedPattern = `\b(do|does|did) ?n(o|')t have (the (following |required |necessary )?|any |sufficient |enough )?(access|rights?|privileges?|permissions?)\b|\b(have|has) no (access|rights|privileges|permissions?)\b|` +
	`\b(have|has) no (authori[sz]ation|permission|right|access) to (use|access|call|invoke|perform|view)\b|` +
	permissionsPreventedPattern + `|` +
	`\bnot accessible\b|\bnot available (for|to) (your|this|the) (account|plan|organi[sz]ation|app|application)\b|\binsufficient ([a-z]+ )?(privileges?|permissions?|rights|access|authori[sz]ation)\b|` +
	`\b(credentials?|privileges?|permissions?|rights|access|authori[sz]ation) (are |is )?not sufficient\b|` +
	`\bmissing (access|permissions?|privileges?|rights)\s*($|[.,;:!"<])|\bmust have [a-z ]{0,20}\b(rights|privileges?|role|access|permissions?)\b|` +
	`\b(you|users?|callers?|clients?|consumers?|apps?|applications?|accounts?|members?|tokens?|keys?)\b[^.]{0,20}\b(cannot|can ?not|can'?t|may not)\b (consume|access|use|call|perform|view|list|see)\b|` +
	`\b(you|users?|callers?|clients?|consumers?|apps?|applications?|accounts?|members?|tokens?|keys?|api_key)\b[^.]{0,30}\b(is|are) not (allowed|permitted) to\b|` +
	`\bnot authori[sz]ed (by [a-z0-9 .'-]{1,40} )?to (access|perform|consume|invoke|view|list|read|see|do|create|update|delete|edit|modify|execute|run)\b|` +
	`\b(operation|action|method)s? (is |are |was )?forbidden\b|` + unauthorizedOperationPattern + `|` +
	`\b(does|do) ?n(o|')t own\b|\bforbids?\b|\bforbidden for (the )?(user|client|app|account|caller)\b|` +
	`\bnot (in|on) the (authori[sz]ed|allowed|approved) (list|users)\b|\b(is|are) restricted and\b|` +
	`\b(users?|accounts?|apps?|applications?|clients?|callers?|developers?|consumers?)\b (is |are |was )?not (registered|approved|whitelisted|allowlisted|enrolled) (in|for|with|on|to)\b|` +
	`\bnot an? (sandbox|test|authori[sz]ed|registered|allowed|permitted|approved) (user|member|tester|developer)\b|` +
	`\bnot enabled for (this|your|the) (organi[sz]ation|org|account|project|app|application|user|tenant|workspace|team)\b|` +
	`\b(rbac|acl)s?\b[^.]{0,20}\b(denied|forbidden|refused)\b|\baccess restrictions?\b|` + blockedByPersonPattern + `|` +
	`\b(service|operation|function|endpoint|method) access (is )?denied\b|` +
	notRolePattern + `|` + adminOnlyPattern + `|` + notYoursPattern + `|` + notApprovedPattern + `|` +
	notOwnerPattern + `|` + mfaPolicyPattern + `|` + websiteOnlyPattern + `|` +
	onlyRoleCanPattern + `|` + disabledFromPattern + `|` + lacksPermissionPattern + `|` + mustBeRolePattern + `|` + actionRefusedPattern + `|` + roleRequiredPattern + `|` +
	notGrantedPermissionPattern + `|` + privateResourcePattern + `|` + notMemberPattern + `|` + notPermittedToUsePattern + `|` + tokenContextPattern

// notMemberPattern: the caller said not to be a member of the channel,
// chat, team or workspace the call acts in (Slack's not_in_channel,
// Telegram's "bot is not a member of the channel chat", "User is not in
// the room"): the credential was read and its owner may not act there.
// The account the call names counts as such a place (DocuSign's
// USER_DOES_NOT_BELONG_TO_SPECIFIED_ACCOUNT "The specified User is not a
// member of the specified Account."), the place named specified or
// given too.
// The code form (not_in_channel, NotInChannel, not-in-channel) must begin
// the code ("user_not_in_channel" names another user); a thing not found
// in a channel ("channel_not_found") is data.
const notMemberPattern = `(^|[^a-z0-9_-])not[_-]?in[_-]?(channel|conversation|group|team|workspace|room|chat)s?\b|` +
	`\b(you|users?|bots?|apps?|applications?|callers?|accounts?|clients?|integrations?|members?)\b( are| is| was)?( still)? not (in|a member of|part of|a participant (in|of)) ` +
	`(the |this |that |your |any )?((specified|given|requested|target) )?(channel|conversation|group|chat|team|workspace|organi[sz]ation|project|room|space|server|guild|account)s?\b`

// notOwnerPattern: the caller is known and not among the object's owners
// ("this crate exists but you don't seem to be an owner"; "only owners
// have permission to do this" is onlyRoleCanPattern's).
const notOwnerPattern = `(\bnot|n['’]t) (seem to be |appear to be )?(an|the|one of the) owners?\b`

// mfaPolicyPattern: the caller's account lacks the multifactor
// authentication the resource requires ("Gem requires MFA enabled; You do
// not have MFA enabled yet"), or it is said required for an operation or
// an organisation ("Two-factor authentication or granular access token
// with bypass 2fa enabled is required to publish packages", npm's;
// "Two-factor authentication is required for this organization"): a
// policy about the account, whatever status or envelope carries it, not a
// code to send with this request (secondFactorPattern reads that, and "a
// 2FA code is required" names the code).
const mfaPolicyPattern = `\b(do|does|did) ?n(o|')t have (mfa|2fa|two[- ]factor( authentication)?|multi-?factor( authentication)?) enabled\b|` +
	`\brequires? (mfa|2fa|two[- ]factor( authentication)?|multi-?factor( authentication)?) (to be )?enabled\b|` +
	`\b(mfa|2fa|two[- ]factor authentication|multi-?factor authentication)( or [^.]{0,60})? (is|are) required (to (publish|push|deploy|release|delete|create|modify|update|change|manage|write|upload)|for (this|the|your) (organi[sz]ation|org|account|team|workspace|project|enterprise|group))\b`

// websiteOnlyPattern: an action the API keeps for its website, whatever
// token asks ("this action can only be performed on the crates.io
// website"): the caller is known; the credential may not do this.
const websiteOnlyPattern = `\bcan only be (performed|done|used|made|taken) (on|in|through|via|from|using) (the )?[a-z0-9.-]{0,30} ?(website|web ?site|web (ui|interface|app)|dashboard|browser)\b`

// blockedByPersonPattern: a block a person made (the user blocked the
// bot, a member blocked the sender; the bot kicked from the group, or not
// yet started by the user it writes to: Telegram's "bot was kicked from
// the supergroup chat", "bot can't initiate conversation with a user"):
// the recipient refuses, no firewall.
const blockedByPersonPattern = `\bblocked by (the|this|that) (user|member|recipient|owner|chat)\b|` +
	`\b(was|been|got) (kicked|removed|banned) from (the |this |that )?(group|supergroup|channel|chat|conversation|server|guild|team|workspace)s?\b|` +
	`\b(cannot|can ?not|can'?t|can’t) initiate (a )?conversation\b`

// credentialLengthPattern: the credential (an access key id, an API key,
// a token or secret) has the wrong length ("Invalid Argument: Credential
// access key has length 25, should be 32", Cloudflare R2 to a token
// pasted where the key id goes; "The access key ID has an invalid
// length"): the server read the value and refused its shape. An object
// key or a name of the wrong length is the request's data, not this.
// Also said not to be, or to have to be, a value of so many characters
// (FRED's 400 "The value for variable api_key is not a 32 character
// alpha-numeric lower-case string"; "API key must be 40 characters"):
// the credential must be named by its kind there (an API, access or app
// key or token, a secret key), as a page token or an object key are data,
// and so is an access key id a validation names among its fields.
const credentialLengthPattern = `\b(credential|access[ _-]?key( id)?|api[ _-]?key|key id|secret[ _-]?key|token)s? (has|have|is of|with) (an? )?(invalid |wrong |incorrect |unexpected |bad )?length\b|` +
	`\b(` + credentialPrefixKindPattern + `[ _-]?(key|token)|secret[ _-]?key|credential)s? (is not|isn'?t|must be|should be|needs to be) (exactly )?(a |an )?\d+[ -]?(char(acter)?|digit|byte)s?\b`

// unsignedHeaderPattern: the request's signature leaves out a header it
// must cover ("There were headers present in the request which were not
// signed", S3 and its copies; "Header x-amz-date is not signed"): the
// credential's signature was built wrong, so the server refused it. A
// document or file not signed is the request's data.
const unsignedHeaderPattern = `\bheaders?\b[^.]{0,60}\b(is|are|was|were) not signed\b|\bunsigned headers?\b|\bheaders? [a-z0-9-]{1,40} must be signed\b`

// credentialFaultPattern: the credential itself named with its fault,
// before or after it ("Invalid Webhook Token", "Unknown API key",
// "Access denied due to invalid subscription key", "Provided credentials
// are missing or invalid", "API-key format invalid", "API key wrong",
// "token unrecognized": wrong and unrecognized only after a credential's
// own name, not a bare key's, "Primary key unrecognized" being a table's,
// and said of the credential, not of what went wrong with it ("Token
// validation went wrong", a server's failure);
// "API key authentication/authorization failure"), or a login refused in
// words
// that name no key ("Name or password is incorrect", "You must log in
// first", RubyGems' "Access Denied. Please sign up for an account", "'Expiration time' claim ('exp') is too far in the future",
// "ACL not found"), or a valid one asked for ("Forbidden - a valid
// `x-typesense-api-key` header must be sent"). Read with credentialFaultUnless (a reset token, a
// partition key are not credentials). "Not valid" ends the sentence:
// "This token is not valid for this repository" is the token's scope.
// Also a key labelled and followed by its masked value, said invalid
// ("Authentication Fails, Your api key: ****cd15 is invalid", DeepSeek;
// a quoted value without the label's colon, "The token 'a731…' was
// invalid", is AWS's pagination token),
// and a token's faults listed with commas ("Access token is missing,
// invalid, audience is incorrect …, or have expired", Azure), the list
// being listedFaultsPattern's, here with the credential named before it:
// a credential sent was refused, whatever the status. A client's,
// consumer's or app's secret said so right after it is one too
// ("Consumer secret is invalid.", WooCommerce's, also under a 200's
// failure flag; "The client secret is invalid"), as the fault-first
// branch reads "Invalid client secret"; a secret of something else ("Webhook
// secret is invalid: it must be …") is a setting's value. A token may be
// named with its kind joined by an underscore ("parameter user_token seems
// invalid", GLPI's).
const credentialFaultPattern = faultBeforeCredentialPattern + `|` +
	`\b(api[ _-]?keys?|keys?|((app|user|session|auth|access|api)_)?tokens?|credentials?|signatures?|sessions?)\b[a-z ]{0,20} (is |are )?(missing or )?((invalid|incorrect|expired|revoked|malformed)\b|not valid\s*($|[."!;<]))|` +
	sessionNotAuthenticatedPattern + `|` +
	`\b(client|consumer|app|application|api|oauth|account)[ _-]secrets? (is |are |was |were )?(invalid|incorrect|wrong|expired|revoked|malformed|not valid)\b|` +
	clientIdentifierFaultPattern + `|` +
	faultAfterCredentialPattern + `|` +
	`\b(api[ _-]?key|key|token|credentials?) (authentication|authori[sz]ation|auth)[a-z/]* fail(ed|ure)\b|` +
	`\b(user ?name|user|name|login|e-?mail)( or |/| and )(password|passphrase)` + enteredClausePattern + ` (is |are )?(incorrect|invalid|wrong|not valid)\b|` +
	loginListFaultPattern + `|` +
	secretNotCorrectPattern + `|` +
	`\bmust (first )?(log|sign) ?in\b|\bmust be (logged|signed) in\b|\bnot (logged|signed) in\b|\b(login|sign-?in) required\b|\bsign up for an account\b|` +
	`\ba valid [^.]{0,40}\b(key|token|credentials?)\b[^.]{0,20}\b(must be|is required|required)\b|` +
	`\bacl (token )?not found\b|\b(exp|iat|nbf)'?\)? (claim|is too far)|'(expiration|issued at|not before)[a-z ]*' claim|` +
	`\baccount (is )?not active\b|` +
	`\b(api[ _-]?key|access[ _-]?token|api[ _-]?token|secret[ _-]?key)s?: [^\s'"]{1,60} (is|was) (invalid|not valid|incorrect|expired|revoked|disabled)\b|` +
	`\b(token|key|credential)s? (is |are |was )?(` + listedFaultsPattern + `)|` +
	wrongAuthenticationPattern + `|` + keyOtherPlatformPattern

// keyOtherPlatformPattern: the key said to be one of another platform or
// service than the API it was sent to (Amap's infocode 10009
// USERKEY_PLAT_NOMATCH in a 200: a JavaScript API or mobile key sent to
// the web service; "API key platform mismatch", "This key is for a
// different platform"): the key is real and refused here, not enabled for
// this API. The key must be named: "Platform mismatch: built for arm64"
// is a build's, and an idempotency key that does not match names no
// platform. Said "for a different product", the key opens what is said or
// follows an article: "License key is for a different product" is a
// licence the request asks about.
const keyOtherPlatformPattern = `\b(user|api|app|access|developer)?[ _-]?keys?[ _-](plat(form)?|service|product)s?[ _-](no[ _-]?match(ed|es)?|mismatch(ed)?|not[ _-]match(ed|ing)?|(does|do)[ _-]not[ _-]match)\b|` +
	`(^|["':>.]\s*|\b(the|this|that|your) )(api |app |access |user )?keys? (is |was )?(only )?(for|of|issued for|created for|bound to) (a |another )?(different|another|other|wrong) (platform|service|product)\b`

// loginListFaultPattern: a login's parts said wrong as a list, the user
// name first, the password after a comma and the list closed by "or"
// ("Invalid username, password, or one-time passcode.", PACER's
// authentication service; "Incorrect email, password or code"): the login
// refused, as the pair said with "or" is. A comma that ends a clause
// ("Invalid email, password must be 8 characters") opens no list.
const loginListFaultPattern = `\b(invalid|incorrect|wrong|bad) (user ?name|user|login|e-?mail), (password|passphrase),? or [a-z -]{1,30}\b`

// wrongAuthenticationPattern: the authentication itself said wrong or
// incorrect ("Wrong authentication - You are not authorised to access
// this resource", a 403 of Vonage's to another application's JWT;
// "Incorrect authentication data", "Invalid authentication."): what the
// caller authenticated with was refused, whatever else the sentence goes
// on to say. Said invalid, the authentication must end its clause or be
// followed by its data: "invalid authentication header", "invalid
// authentication scheme" are the header's shape or a scheme the server
// does not take. The authentication data or info said bad, invalid or
// malformed, before or after it, or as the part of a bad or invalid
// request named in brackets ("Bad Authentication data.", Twitter's 215;
// "Authentication info is malformed"; "Bad Request.(Auth Data)", a
// signed request whose key, signature or nonce was refused), is the
// same. Said before it, the data ends its clause or is said provided:
// "bad auth data format in field 'x'" is a field of the request's body
// the server validates, its shape and not the credential's (a 400 the
// request's own data explains), so no credential was refused.
const wrongAuthenticationPattern = `\b(wrong|incorrect) (authentication|auth)\b|` +
	`\b(bad|invalid|malformed) (authentication|auth) (data|info|information|details|credentials?)\s*($|[-.,;:!)("]|(provided|supplied|sent|given)\b)|` +
	`\b(authentication|auth) (data|info|information|details) (is |was |are |were )?(bad|invalid|malformed)\b|` +
	`\b(bad|invalid|malformed) request\s*[.:]?\s*\(\s*(authentication|auth) (data|info|information)\s*\)|` +
	`\binvalid (authentication|auth)( (data|credentials?|details|information))?\s*($|[-.,;:!)"])`

// enteredClausePattern: who gave the value, said between a credential's
// name and its verdict ("The username or password you entered is not
// valid.", Bugzilla's; "the password you provided is incorrect"): the
// same verdict on the same value.
const enteredClausePattern = `( (that )?you( have)? (entered|provided|supplied|specified|gave|sent|typed|used))?`

// sessionNotAuthenticatedPattern: the session or token the request
// carried said not authenticated ("The session is not authenticated.",
// vSphere's NotAuthenticated fault to a session cookie it no longer
// holds; "token is not authenticated"): the credential was not accepted,
// whatever privilege the fault names beside it.
const sessionNotAuthenticatedPattern = `\b(session|token|cookie)s? (is|was|are|were) (not|no longer) authenticated\b`

// clientIdentifierFaultPattern: a client's identifier, the public half
// of its credentials, said invalid or unknown ("The client application
// identifier is invalid.", "Invalid client identifier", "unknown consumer
// id"): the client sent was refused. Only a client's or consumer's: an
// application's or a project's id alone is as often the request's data (a
// job application, "invalid project id").
const clientIdentifierFaultPattern = `\b(client|consumer)( application)? (identifier|id)s? (is |are |was |were )?(invalid|incorrect|unknown|not valid|not recogni[sz]ed)\b|` +
	`\b(invalid|unknown|incorrect|unrecogni[sz]ed) (client|consumer)( application)? (identifier|id)\b`

// secretNotCorrectPattern: a password, PIN or one-time code (alone or
// one of a pair: "a password resp. OTP was not correct", NextGenPSD2's
// PSU_CREDENTIALS_INVALID; "PIN or TAN is incorrect") said not correct:
// the login's secret, refused.
const secretNotCorrectPattern = `\b(password|passphrase|passcode|pin|otp|tan|one-time (password|code))s?((,| or| resp\.?| and|/) ?(password|passphrase|passcode|pin|otp|tan))? (is |are |was |were )(not correct|incorrect|wrong)\b`

// faultBeforeCredentialPattern: a fault word before the credential it
// judges ("Invalid Webhook Token", "bad authorization token", "wrong
// password"): the first branch of credentialFaultPattern, and what readRE
// counts as a judgment of a value read, so that the two say one thing.
const faultBeforeCredentialPattern = `\b(invalid|incorrect|wrong|bad|unknown|unrecogni[sz]ed|expired|revoked|malformed)\b [a-z0-9 _/-]{0,25}?\b(api[ _-]?keys?|keys?|tokens?|credentials?|secrets?|signatures?|passwords?|passphrases?)\b`

// faultAfterCredentialPattern: a credential said wrong or unrecognized
// after it is named, right after or through a verb ("Token
// unrecognized", "API key is wrong"): a branch of credentialFaultPattern
// and, as the fault-first words are, what readRE counts as a judgment of
// a value read. "Bad" after the name is left out (see knownChanges). The
// token may be named with its kind joined by an underscore, and said to
// seem or appear wrong ("parameter app_token seems wrong", GLPI's 400).
const faultAfterCredentialPattern = `\b(api[ _-]?keys?|access[ _-]?keys?|secret[ _-]?keys?|((app|user|session|auth|access|api)_)?tokens?|credentials?)\b(( [a-z]+){0,3} (is|are|was|were|seems?|appears?)( to be)?)? (wrong|unrecogni[sz]ed)\b`

// credentialFaultUnless: words that make a "token" or "key" the API's
// data, not the caller's credential (or a session: an upload or checkout
// session said deleted or suspended is no login's), or an account
// another party's; a
// store of secrets the API serves ("Invalid path for a versioned K/V
// secrets engine", Vault's 404 for a wrong path); and Apache's default
// 401 page, which says "Either you supplied the wrong credentials (e.g.,
// bad password)" to every refused login, whatever was wrong.
const credentialFaultUnless = bodyCredentialPattern + `|` + tokenContextPattern + `|` + dataKeyPattern + `|` + dataSessionPattern + `|` + otherPartyAccountPattern + `|` + secretStorePattern + `|\bcould not verify that you\s+are authori[sz]ed\b`

// secretStorePattern: a place the API keeps secrets in (a secrets engine,
// store or backend): the secrets named are data, not the caller's.
const secretStorePattern = `\bsecrets? (engines?|stores?|backends?)\b`

// httpRefusalPattern: a failure envelope that says its refusal as an
// HTTP status ("HTTP Error 401" in a 200 {"ok": false}).
const httpRefusalPattern = `\b(http|status|error|code)( error| code| status)?:? (401|403)\b|\b(401|403):? (unauthori[sz]ed|forbidden)\b`

var (
	callerRefusedRE        = lazyre.New(callerRefusedPattern)
	credFaultRE            = lazyre.New(credentialFaultPattern)
	credFaultNotRE         = lazyre.New(credentialFaultUnless)
	httpRefusalRE          = lazyre.New(httpRefusalPattern)
	http403RE              = lazyre.New(`\b403\b|forbidden`)
	billingOrPlanFeatureRE = lazyre.New(billingPattern + `|` + planFeaturePattern + `|` + paidPlanNeededPattern + `|` + trialModePattern + `|` + productNotEnabledPattern)
	accountCreditsRE       = lazyre.New(creditsPattern)
	accountStoppedRE       = lazyre.New(accountStoppedPattern)
	businessFundsRE        = lazyre.New(businessFundsPattern)
)

// credentialFault: text (lower-cased) names the credential's own fault.
func credentialFault(text string) bool {
	return credFaultRE.MatchString(text) && !credFaultNotRE.MatchString(text)
}

// flaggedRefusal: the text of a body that says "ok": false or "success":
// false is a refusal of the request: it speaks of the credential, a
// permission, a limit or the plan, or says the caller may not, or names
// a 401 or 403, or says the caller's account is stopped ("This account is
// prohibited from signing in", "Your account has been suspended": the
// rejected credential's words, accountStoppedPattern, whatever the
// status). Any other failure (channel_not_found, "device offline",
// a validation error) is the business's.
func flaggedRefusal(text string) bool {
	l := plainWords(strings.ToLower(text))
	if flaggedWords(l) {
		return true
	}
	// The same words as normalizeWords says them: a refusal in another
	// language ("Доступ запрещен", "Неверный логин или пароль") is one.
	n := normalizeWords(text)
	return n != l && flaggedWords(n)
}

// unverifiedCallerRE: the server could not verify that the caller is
// authorized (Apache's and Werkzeug's default 401 text).
var unverifiedCallerRE = lazyre.New(`\bcould not verify that you\s+are authori[sz]ed\b`)

// flaggedWords is flaggedRefusal of words already lower-cased.
func flaggedWords(l string) bool {
	if credFaultNotRE.MatchString(l) {
		// "Invalid partition key", "reset token expired": the API's data.
		// The web framework's default 401 text ("This server could not
		// verify that you are authorized to access the document you
		// requested.") is kept from the credential's own faults for the
		// advice it goes on with, but under a failure flag it is still the
		// request refused.
		return limitCodeRE.MatchString(l) || callerRefusedRE.MatchString(l) || unverifiedCallerRE.MatchString(l)
	}
	return authWords(l) || limitCodeRE.MatchString(l) || limitReachedRE.MatchString(l) || unknownCredentialRE.MatchString(l) ||
		callerRefusedRE.MatchString(l) || credentialFault(l) || httpRefusalRE.MatchString(l) || billingOrPlanFeatureRE.MatchString(l) || planRowWords(l) ||
		signedRequestRE.MatchString(l) || accountCredits(l) || accountStoppedRE.MatchString(l)
}

// accountCredits: the account's credits to pay for the call said spent
// ("Insufficient credit balance. … The current available credit balance
// is 0.", NeverBounce's general_failure in a 200), as the plan row reads
// them on a 402 or 403. Under a failure flag only credits count: funds
// or a balance said short are as often money the API moves for the
// caller ("Your card has insufficient funds.", "Insufficient funds for
// authorization"), the business's answer, not the account's.
func accountCredits(l string) bool {
	return strings.Contains(accountCreditsRE.FindString(l), "credit") && !businessFundsRE.MatchString(l)
}
