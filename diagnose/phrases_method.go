package diagnose

// Phrase families about the way a credential is to be sent rather than
// its value: the kind of authentication and the scheme an API takes, the
// Authorization header sent in the wrong shape, a way of authenticating
// switched off (a credential or header missing from the request is in
// phrases_missing.go). Like those in phrases.go, each is a shape of
// sentence, not one provider's.

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
// elsewhere. A kind said not configured or not enabled is the server's
// set of schemes; said not supported, with or without "currently", it is
// the way of authenticating refused (methodSwitchedOffPattern). Also the
// Authorization header's type or scheme said not supported (Logto's
// "Authorization type is not supported." to Basic where it reads Bearer):
// the scheme sent is not one the server takes; so does the type or scheme
// said wrong ("Incorrect authorization scheme", json-server-auth's 401 to
// Basic where it reads Bearer; "Invalid authorization type"; "Authorization
// scheme is unknown"). The authentication scheme
// said not supported among other faults ("Invalid authentication request
// or authentication scheme is not supported", TeamCity's, beside a
// challenge that offers the scheme sent) is not this. Nor is the
// authentication method or mechanism said unsupported with no other kind
// named ("Unsupported authentication method.", Ping Identity's 401 to
// Basic at its token endpoint): the way used is refused, not another
// scheme asked for, deprecated_auth_method's reading
// (authMethodInvalidPattern), where it was read both ways, scheme first;
// "Unsupported Authentication" as a title or an unsupported_authentication
// code beside the kind to use stays this.
const otherKindPattern = `supported (authentication|auth) (types|methods|schemes|mechanisms) (are|is|include)|` +
	`\bauthori[sz]ation( header)? (type|scheme)s? (is |are |was )?(not supported|unsupported|not accepted|incorrect|invalid|wrong|unknown|unrecogni[sz]ed|not recogni[sz]ed)\b|\b(unsupported|incorrect|invalid|wrong|unknown|unrecogni[sz]ed|unexpected) authori[sz]ation( header)? (type|scheme)\b|` +
	`authenticating with [^.]{0,60} is (forbidden|not (allowed|supported|permitted))|unsupported[_ ]authentication\b([ _](types?|schemes?|kinds?)\b|[^ _a-z]|$)|` +
	`try (another|a different) auth(entication)? (scheme|method|type)|` +
	`\b(oidc|oauth ?2?|saml|basic|bearer|api[ _-]?key|token|password) auth(entication)? is not (configured|enabled)|` +
	`missing required authentication credential\. expected|` +
	`\b(personal|organi[sz]ation|access|api|refresh)( access)? (tokens?|keys?)( or [a-z ]{0,40}(tokens?|keys?))? (cannot|can ?not|can't|may not|must not) be used (as|for) (an? |the )?(bearer|basic|access token)\b`

// authUnconfiguredPattern: the server says its own authentication is not
// set up and sends the caller to its administrator (the WordPress JWT
// plugin's 403 "JWT is not configured properly, please contact the admin"
// when the site has no secret key; "authentication is not configured,
// contact your administrator"): no credential can fix the answer, so it
// gets no cause, like a 5xx. Without the referral to an administrator
// ("oidc auth is not configured, please try another auth scheme") the
// words name a scheme the server does not take (otherKindPattern).
const authUnconfiguredPattern = `\b(jwt|json web tokens?|authentication|auth|oauth ?2?|sso|saml|ldap|token (signing|validation|verification))( support| plugin| module| provider)? (is |are |has |have )?(not|never) (been )?(properly |correctly )?(configured|set up)( properly| correctly)?\b[^.]{0,30}[.,]?\s*(please )?(contact|ask|notify|tell) (the |your |an? )?([a-z]+ )?(admin|administrator|operator|webmaster)s?\b`

// programFaultPattern: the answer's words are a program's own error, an
// exception its code raised, not a verdict on the request (json-server-
// auth's 401 "Cannot read properties of undefined (reading 'userId')"
// when its owner check met a record that does not exist; "Object
// reference not set to an instance of an object"; Python's "'NoneType'
// object has no attribute 'id'"; Go's "invalid memory address or nil
// pointer dereference"): the status a crash was answered with says
// nothing of the credential the request carried, so, like a 5xx, it gets
// no cause. Only the messages of such faults, which no refusal is
// written in: a traceback around an access error (Odoo's) is read by
// its error's words (a rules row matches).
const programFaultPattern = `\bcannot read propert(y|ies) of (undefined|null)\b|\bcannot destructure property\b|\b(undefined|null) is not an object\b|` +
	`'nonetype' object (has no attribute|is not subscriptable|is not iterable)\b|\bnullpointerexception\b|\bobject reference not set to an instance of an object\b|` +
	`\bundefined method [\x60'"][^'"\x60]{1,60}['"\x60] for nil\b|\bcall to a member function [a-z_]+\(\) on (null|bool|array)\b|\binvalid memory address or nil pointer dereference\b`

// transportRequiredPattern: the page is served over TLS only, and the
// request came in plain HTTP (Jetty's 403 "!Secure" for a CONFIDENTIAL
// constraint with no TLS port to redirect to; IIS's 403.4 "SSL is
// required to view this resource"; "HTTPS required."): refused to every
// caller for its transport, whatever credential it carried, so it gets no
// cause. A client certificate said required is the credential's
// (clientCertRequiredPattern): the phrase ends at the transport's name,
// and so is TLS said mutual or two-way ("Mutual TLS is required": a
// certificate asked of the client, mutualTLSRequiredPattern).
const transportRequiredPattern = `(^|[\s>:(])!secure\b|` +
	`\b(https|ssl|tls|a secure connection|an encrypted connection)( connection| access)? (is |are )?(required|needed|mandatory)\b|` +
	`\b(requires?|must use|only over|only via) (https|ssl|tls|a secure connection|an encrypted connection)( connection)?\s*([.!,;]|$)`

// authDisabledPattern: a sentence of the answer says that authentication,
// or the authentication method or scheme, is disabled, with no kind of
// credential before it (Cockpit's 401 "Authentication disabled" to a
// scheme it has no login command for; "Authentication method is
// disabled."): the way the request authenticated is switched off on this
// server, not this credential. It must start its sentence: "Two-factor
// authentication disabled" reports a setting.
// authMethodInvalidPattern: the way of authenticating itself said
// invalid, unsupported or unknown, opening a sentence (Pardot's error 126
// "Invalid authentication mechanism", whose list says "This
// authentication method has been deprecated"; "Unsupported authentication
// method."): the method is refused, not the secret, whatever the
// credential's value. Only a mechanism or method: an authentication
// scheme or type said invalid is as often the Authorization header's
// prefix (prefix and scheme causes), and a list that names it among a
// client's possible faults ("unknown client, no client authentication
// included, or unsupported authentication method") opens no sentence.
const authMethodInvalidPattern = `(^|[>.:!?"\n]\s*)(an? |the |this )?(invalid|unsupported|unknown|unrecogni[sz]ed|disallowed) (authentication|auth|login|sign-?in) (mechanism|method)s?\b`

const authDisabledPattern = `(^|[>.:!?"\n]\s*)(this )?auth(entication)?( method| scheme| type| mechanism)? (is |has been )?disabled\b`

// plainHTTPAuthRefusedPattern: a way of authenticating said refused over
// plain HTTP ("Simple authentication over HTTP is forbidden. Please, use
// HTTPS or signed requests instead.", "Basic auth over http is not
// allowed"): the method is switched off there; sign the requests or call
// the https URL.
const plainHTTPAuthRefusedPattern = `\b(simple|basic|plain|password|key|token|api[ _-]?key)?[ -]?(authentication|auth)( [a-z]+)? over (plain |unencrypted |insecure |non-ssl )?http (is |was )?(forbidden|not allowed|disabled|not permitted|not supported|refused)\b`

// credentialPlaceRefusedPattern: the server says where the credential came
// and that it does not take it there: a token said provided in the query
// string or URL ("Session is not OAuth but token was provided in the query
// string.", Mattermost's 401 to a personal token as ?access_token=), or
// cookie-based authentication said not allowed, header-based asked for
// ("Cookie-based authentication is not allowed for this endpoint. Please
// use header-based authentication."): the credential goes in a header.
const credentialPlaceRefusedPattern = `\b(tokens?|api[ _-]?keys?|keys?|credentials?|secrets?)( \w+)? (was |were |is |are )?(provided|passed|sent|given|supplied) (in|via|through|as part of) (the )?(query string|query parameters?|url)\b|` +
	`\bcookie[ -]based (authentication|auth|sessions?) (is |are )?not (allowed|permitted|accepted|supported)\b|\buse header[ -]based (authentication|auth)\b`

// placedValueJudgedPattern: a verdict on the value itself (invalid,
// expired, revoked, unknown, not found), which, beside the place a token
// came, says the server read it there: credentialPlaceRefusedPattern's
// veto.
const placedValueJudgedPattern = `\b(invalid|expired|revoked|malformed|unrecogni[sz]ed|unknown|incorrect|wrong|not (found|valid|recogni[sz]ed))\b`

// methodNotAllowedHerePattern: the way of authenticating is switched off
// for this route or endpoint ("The used authentication method is not
// allowed on this route."), or for the credential sent ("The auth
// mechanism used for this request is not permitted for the provided
// key", the Spark API's 1013: the key is set up for another way of
// signing in), or for the identity it names ('Authentication type
// "api_key" with flow "header" is not allowed for this principal.',
// CiviCRM's authx to a key sent in a header its policy takes no keys
// from): the method, not the secret, is refused.
const methodNotAllowedHerePattern = `\b(authentication|auth|login|sign-?in) (method|scheme|mechanism|provider|type)s? [^.]{0,40}\bnot (allowed|permitted|enabled|accepted|supported) (on|for) ` +
	`(this (route|endpoint|resource|path|url|api|operation|principal|user|account|identity)|(this|that|the|your)( (provided|given|supplied|current))? (api[ _-]?key|key|token|credential|client|app|application))\b`

// legacyDisabledPattern: a whole kind of credential switched off by the
// provider or the account ("Legacy API keys are disabled"), or a
// credential not eligible for the legacy way of authenticating ("This
// integration is not eligible to use the legacy /v1/requestToken
// endpoint because the integration uses enhanced OAuth 2.0 functionality",
// Marketing Cloud): the method is refused, not this one key (which
// unknownCredentialPattern reads). Also a refusal that says the request
// used a legacy kind of key or token ("Using legacy API key. Please
// generate a new API key.", LangSmith's; "This token is a legacy token"):
// the kind is what the server no longer takes, and a new one of today's
// kind is the fix.
const legacyDisabledPattern = `\blegacy [a-z ]{0,20}(api[ _-]?keys?|keys|tokens|credentials|auth\w*) (are|is|have been|has been) (disabled|deprecated|turned off|no longer (supported|accepted))|` +
	`\b(is not|isn'?t|are not|aren'?t|not) (eligible|allowed|permitted) to use (the |this )?legacy\b|` + legacyKindUsedPattern + `|` + kindForbiddenPattern

// legacyKindUsedPattern: the credential sent named as of a legacy kind,
// by what the request used or what the credential is.
const legacyKindUsedPattern = `\b(using|uses|used|sent|provided|passed|with) (a |an |the |your |this )?legacy (api[ _-]?key|key|(access |api |auth )?token|credential|password)s?\b|` +
	`\b(api[ _-]?key|key|token|credential)s? (is|are) (an? )?legacy( (api[ _-]?key|key|token|credential)s?)?\s*($|[.,;:!"])`

// kindForbiddenPattern: the organisation or account refuses a whole kind
// of credential ("`acme` forbids access via a personal access token
// (classic).", "Personal access tokens (classic) are forbidden from
// accessing this organization", "This workspace does not allow access
// with app passwords."): the way of authenticating is switched off, not
// this one token. A kind refused under a condition ("forbids access via a
// fine-grained personal access tokens if the token's lifetime is greater
// than 366 days") is a policy the token can meet, and stays a permission:
// the kind must end the phrase. The kind said not available, here or for
// this account (WordPress's "Application passwords are not available.",
// "… not available for your account."), is the same switch; the sentence
// must end there ("API keys are not available on the free plan" is a
// plan's feature), and a kind said not enabled on a server is the
// server's set of schemes (otherKindPattern).
const kindForbiddenPattern = `\b(forbids|disallows|prohibits|blocks|does not allow|doesn'?t allow) access (via|with|using|through) (an? )?(` + credentialKindPattern + `)\s*([.,;:!]|$)|` +
	`\b(` + credentialKindPattern + `) (are|is) (forbidden|not allowed|not permitted|blocked|disabled) (from accessing|for|in|on|by) (this|the|your) (organi[sz]ation|org|enterprise|workspace|account|tenant|repository|repo|project)\b|` +
	`\b(` + credentialKindPattern + `) (are|is) (not available|unavailable)( (for|on|in) (this|the|your) (site|account|user|organi[sz]ation|org|workspace))?\s*([.,;:!"]|$)`

// credentialKindPattern: a kind of credential, named as a kind (plural, or
// a token's type): personal access tokens (classic), app passwords, API
// keys.
const credentialKindPattern = `personal (access )?tokens? \(classic\)|classic personal (access )?tokens?|app(lication)? passwords|api[ _-]?keys|passwords|basic auth(entication)?`

// secondFactorPattern: the server asks for a second factor with this
// request ("Must specify two-factor authentication OTP code.", "A second
// authentication factor or pre-authorization is required for this
// request.", RubyGems' "You have enabled multifactor authentication but
// no OTP code provided"): a one-time code in a header of its own, not a better
// credential; a code must be named ("Two-factor authentication is required
// for this organization" is a policy about accounts). "2FA or a granular
// access token with bypass 2fa enabled is required to publish" offers a
// token that skips it instead (the row's veto): in CI, a permission the
// token lacks. The code may be named by its kind (Rocket.Chat's "TOTP
// Required [totp-required]", a HOTP or an MFA code): "TOTP Invalid" is a
// code sent and refused, not one asked for. Also the login's second step
// said required (EspoCRM's 401 {"status":"secondStepRequired","message":
// "enterTotpCode"}, "A second authentication step is required"): the
// password was taken, the code is what it waits for.
const secondFactorPattern = `\b(must|need to|please) (specify|provide|supply|send|enter|include) (a |an |the |your )?(two[- ]factor( authentication)?|2fa|otp|one[- ]time)( (otp|password|pass|code))?\b|` +
	`\bsecond (authentication )?factor\b[^.]{0,50}\b(is )?required\b|\bsecond[ _-](authentication[ _-]|verification[ _-]|login[ _-])?step[ _-](of (the )?(login|authentication) )?(is[ _-])?required\b|` +
	`\b([th]?otp|mfa code|one[- ]time (password|pass|code)|(two[- ]factor|2fa)( authentication)? (otp |one[- ]time )?(code|password))( code)?s? (is |are )?required\b|` +
	`\bno (otp|one[- ]time (password|pass|code)|(two[- ]factor|2fa) code)( code)? (was |is )?(provided|given|supplied|sent)\b`

// methodRemovedPattern: a way of authenticating said to be removed or
// not supported, in the past tense of a change ("Support for password
// authentication was removed on August 13, 2021.") or for this account
// ("API requests using basic authentication with email and password are
// not supported"): the method is refused, not the secret. Also the
// mechanism, method or signature version the request used said not (or no
// longer) supported (S3's "The authorization mechanism you have provided
// is not supported. Please use AWS4-HMAC-SHA256." to a Signature Version
// 2 header; "The signing method you used is no longer supported"): the
// way of signing or authenticating, not the key; the request's own one
// must be meant (provided, used, sent).
const methodRemovedPattern = `\bsupport for [a-z/ ]{0,30}auth\w* (was|has been) removed\b|\b(password|basic|username/password)[- ]?(based )?auth\w* (was|has been) removed\b|` +
	`\b(basic|password)[- ]?(based )?auth\w*( with [a-z ]{1,40})? (is|are) not (supported|allowed|permitted|accepted)\b|` +
	`\b(authori[sz]ation|authentication|auth|signing|signature) (mechanism|method|scheme|version)s? (that )?(you( have|'ve)? )?(provided|used|sent|supplied|chose) (is|are|was|were) (not|no longer) (supported|accepted)\b|` +
	authOtherMethodInsteadPattern

// authOtherMethodInsteadPattern: a way of authenticating said not (or no
// longer) supported, with the one to use instead ("The idplat does not
// support authenticateViaEmail, please use authenticateViaEmailWithHostname
// instead.", Atlassian's remote API; "This server does not support Basic
// authentication, please use a personal access token instead"): the
// method is refused and its replacement named, not the secret.
const authOtherMethodInsteadPattern = `\b(does not|doesn'?t|do not|don'?t|no longer|cannot|can ?not) supports? [^.;]{0,40}\bauth\w*[^.;]{0,40}[,;]? (please )?(use|switch to|try) [^.;]{1,60}\binstead\b`

// tokenRequiredPattern: the answer says what it serves takes a token
// (Sonatype's "Content access is protected by token" to an account's
// password, "This repository requires token authentication", "An API
// token is required to access this endpoint", "Token authentication
// required", "Please use an access token instead of your password", "This
// endpoint only accepts API tokens"). To a password (Basic) it refuses the
// way of authenticating, not the password (sentPassword); to a token it
// refused that token, and to nothing it found nothing.
const tokenRequiredPattern = `\baccess (is )?(protected|secured|guarded|restricted) (by|with) (an? |the )?(user |api |access )?tokens?\b|` +
	`\brequires? (an? )?(user |api |access |personal access |bearer )?token[- ]?(based )?(authentication|auth)\b|\btoken[- ]?(based )?(authentication|auth) (is )?required\b|` +
	`\buse (an? |your )?(personal |api |access |user )*(access )?token instead of (a |your |the )?password\b|\bonly accepts? (user |api |access |personal access )?tokens\b|` +
	`\b(user |api |access |personal access )?token is required (to|for) (access|use|call|publish|upload|deploy)\w*\b`

// validCredentialRequiredPattern: the server asks for a valid or active
// credential ("An active access token must be used to query information
// about the current user", "A valid API key is required", Tibber's "No
// valid access token in request", Portainer's "A valid authorisation
// token is missing", which it answers an unknown API key as well): one
// that was sent was not taken as such; none sent is none found. Also a request told to include a header
// "with a valid API key" (OneSignal's "Please include an 'Authorization:
// ...' header with a valid API key"): the same demand, said as an
// instruction. Also a token of another kind than the one sent demanded
// by its kind ("auth must use app access token to create webhook
// subscription", Twitch's to a user token; "An application access token
// is required"): the one sent was read and is not of that kind. (A user
// said required, userRequiredPattern, is a permission of the app's.)
// Also the caller told it must authenticate with a valid one (Censys's
// 403 "You must authenticate with a valid API ID and secret.", "Please
// authenticate using valid credentials"): the same demand. Also the
// caller told to make sure it uses a real or valid one (Open Charge Map's
// "… you must ensure you are using a real API key." to a key on its ban
// list): the one sent was not taken. "Ensure you are using the correct
// access keys" beside a permission refused (Tencent Cloud's
// UnauthorizedOperation) is advice, which key of the caller's to use,
// not a verdict on the one sent.
const validCredentialRequiredPattern = `\b(must|should|needs? to|ha(ve|s) to|please) (re-?)?authenticate (yourself )?(with|using) (an? )?valid ([a-z]+[ _-]){0,3}(token|key|credentials?|secret|password)s?\b|` +
	`\b(must|should|needs? to|has to) use (an? |the )?(app|application|client|partner|service|server)[ _-](access[ _-])?token\b|` +
	`\b(an? )?(app|application|client|partner)[ _-]access[ _-]tokens? (is |are )?(required|needed)\b|\brequires? (an? )?(app|application|client|partner)[ _-]access[ _-]token\b|` +
	`\b(a|an) (valid|active) ((oauth|access|api|bearer|user|auth|authori[sz]ation|authentication) )?(token|key|credential)s? (is required|is needed|is missing|was not (found|provided|supplied)|(could not|cannot|can ?not) be found|must be (used|provided|supplied|sent|given))\b|` +
	`\bno valid ((oauth|access|api|bearer|user|auth) )?(token|key|credential)s? (in|with) (the |this )?request\b|` +
	`\b(include|provide|supply|send|pass)\b([^.]|\.\.\.){0,160}\bwith an? valid ((rest|oauth|access|api|bearer|user|auth)[ _-]){0,2}(token|key|credential)s?\b|` +
	`\b(ensure|make sure|be sure|check|verify) (that )?(you('re| are)?|your (request|client|app)( is)?) (using|use|sending|send|passing|providing) (an? |the )?(real|valid|genuine|active|registered) ((oauth|access|api|bearer|user|auth)[ _-]){0,2}(token|key|credential)s?\b`

// keyKindRefusedPattern: the request said not possible with this kind of
// key ("Can't send to this recipient using a team-only API key", GOV.UK
// Notify and its forks), or the action said to need a key of another kind
// (Opsgenie's 40301 "To perform this action, use an API key from an API
// integration."), or a kind of key said not to support or allow an
// action ("Trusted Publishing tokens do not support creating new crates",
// crates.io; "Read-only keys do not allow deleting projects"), or the
// method said unavailable with this kind of credential (VK's "method is
// unavailable with group auth", "… with service token": a community or an
// app's token where a user's is needed): the key was read, and its kind
// (a team, test, account, short-lived, read-only, community or service
// key) does not allow this operation.
const keyKindRefusedPattern = `\b(keys|tokens) do not (support|allow|permit) [a-z]+ing\b|\b(this|the|your) [a-z -]{0,30}(key|token) does not (support|allow|permit) [a-z]+ing\b|` +
	`\b(method|action|operation|endpoint|api|function)s? (is|are) (unavailable|not available) (with|for|to|using) (an? |the |this |your )?[a-z-]{0,20} ?(auth|authori[sz]ation|tokens?|keys?)\b|` +
	`\b(can'?t|cannot|can not|not (allowed|permitted) to) [a-z ]{1,40}\b(using|with) (a|an|this|your|the) [a-z-]{0,20}[- ]?(only )?((api|access|secret)[ _-]?)?(key|token)\b|` +
	`\bto (perform|do|call|use|access|run) (this|that|the) (action|operation|endpoint|request|api|method)s?,? (you (must|need to|have to) |please )?use (an?|the|your) [a-z -]{0,30}\b(api[ _-]?)?(key|token)\b`

// schemeRequiredPattern: the answer names the Authorization scheme it
// takes ("Unauthorized, authentication bearer scheme must be used",
// GOV.UK Notify; "Notify supports the following authentication methods.
// Bearer: …, ApiKey-v1: …", GC Notify): when the request used another,
// the scheme is wrong, not the secret (schemeNotNamed decides).
const schemeRequiredPattern = `\b(authentication |auth )?[a-z][a-z0-9-]* (authentication |auth )?scheme (must|should|has to) be used\b|` +
	onlySchemePattern + `|` + headerWrittenOutPattern + `|` +
	`\b(must|should) use (the )?[a-z][a-z0-9-]* (authentication |auth )?scheme\b|` +
	`\bsupports? the following (authentication|auth) (methods|schemes|types)\b|` + basicWrittenOutPattern

// basicWrittenOutPattern: the answer spells out the Basic scheme's value,
// the Base64 of a key or user and its secret or password joined by a
// colon, without naming the scheme (Vonage's "Invalid credentials format.
// Expected: \"Authorization: (Base64(UTF-8(apiKey:secret)))\"";
// "Authorization must be base64(client_id:client_secret)"): the scheme it
// takes is Basic (schemeNotNamed reads it).
const basicWrittenOutPattern = `\bbase64\b[^.]{0,30}\b[a-z_-]*(key|user ?name|user|id|login|sid)\s*:\s*[a-z_-]*(secret|password|token)\b`

// authzHeaderFormatPattern: the server says the Authorization header
// itself is malformed ("Invalid Authorization header.", Synapse's to a
// token sent without "Bearer"; Outline's "Bad Authorization header
// format. Format is …"; BookStack's "An authorization token was found on
// the request but the format appeared incorrect"; Stytch's "The
// authorization header sent is not valid."): what the header looks like,
// not the credential's value, is what it refused, so a local finding
// about the header's shape (no scheme, a doubled one, whitespace) says
// why. The header must be what the sentence is about: "the access token
// provided in the Authorization header is invalid" (Amadeus) is the token's.
const authzHeaderFormatPattern = `\b(bad|invalid|malformed|wrong|incorrect|unrecogni[sz]ed|unsupported|unexpected)[_ ](http )?(authori[sz]ation|authentication) header\b|` +
	`(^|[."':>]\s*)(the |an |your )?(authori[sz]ation|authentication) header (sent |provided |given |supplied )?(is |was )?(invalid|malformed|badly formed|not (valid|well[- ]formed))\b|` +
	`\b(bad|invalid|malformed|wrong|incorrect|unexpected) (format|syntax) (of|for|in) (the )?(http )?(authori[sz]ation|authentication) header\b|\b(authori[sz]ation|authentication) header format\b|` +
	`\b(authori[sz]ation|auth) (header|token)\b[^.]{0,60}\bformat (appeared|appears|is|was|seems) (incorrect|invalid|wrong)\b` + `|` +
	// The Basic value's format named wrong, in words or as a code (Toss
	// Payments' 403 INCORRECT_BASIC_AUTH_FORMAT to a secret key encoded
	// without its ':'; "Invalid Basic auth format"; "malformed basic
	// authorization header"): how the header was built, not the key.
	`\b(bad|invalid|malformed|wrong|incorrect|unexpected)[_ ]basic[_ ](auth|authori[sz]ation|authentication)([_ ]header)?([_ ](format|syntax|value|encoding))?\b|\bbasic[_ ](auth|authori[sz]ation|authentication)([_ ]header)?[_ ](format|syntax|encoding) (is |was )?(invalid|incorrect|wrong|malformed)\b|` +
	// The header itself named invalid, without the word header (Splunk
	// HEC's {"text":"Invalid authorization","code":3} to a token without
	// its Splunk scheme); "invalid authorization code" or "… grant" is a
	// credential of the OAuth flows, not the header.
	`\b(bad|invalid|malformed|incorrect|wrong|unrecogni[sz]ed) authori[sz]ation(\s*$|\s*["'.,;:!()<])`

// listedFaultsPattern: the credential's possible faults listed one after
// another with commas ("Access token is missing, invalid, audience is
// incorrect (https://cognitiveservices.azure.com), or have expired.",
// Azure's 401; "API key missing, invalid or expired"): the server does not
// say which one it found, so no single fault of the list (the audience,
// nothing sent) is the reading; a credential that was sent was refused.
const listedFaultsPattern = `\b(missing|not provided|not found|invalid|expired|revoked|malformed), (or )?(invalid|expired|revoked|malformed|missing|incorrect|wrong|bad|unrecogni[sz]ed|unknown)\b`

// authzHeaderShapePattern: the server says what the Authorization header
// should look like ("Authentication Fails (auth header format should be
// Bearer sk-...)", DeepSeek's 401; "Authorization header must be in the
// form 'Bearer <token>'"), or names it as where the credential is to be
// carried ("login fail: Please carry the API secret key in the
// 'Authorization' field of the request header", MiniMax's; "Pass your
// API key in the Authorization header"): it looked for the credential
// there.
const authzHeaderShapePattern = `\b(authori[sz]ation|auth) header( format| value)? (should|must|needs to|has to) (be|look like|follow|start with|use|contain)\b|` +
	`\b(carry|put|pass|send|include|provide|place|supply|specify|set) (the |your |an? )?([a-z]+ ){0,3}(key|token|credential|secret)s? in (the |an? )?['"]?(authori[sz]ation|auth)['"]? (field|header)\b`

// onlySchemePattern: a scheme named as the only one taken ("Only valid
// bearer authentication supported", Spotify's Web API to a Basic login),
// the scheme its only group (namedSchemeRE reads it).
const onlySchemePattern = `\bonly (?:valid )?([a-z][a-z0-9-]*) (?:authentication|auth|authori[sz]ation|tokens?|credentials?) (?:is |are )?(?:supported|accepted|allowed)\b`

// headerWrittenOutPattern: the answer writes out the Authorization header
// it reads, its scheme then a placeholder for the credential ("Authorization
// header format is \"Authorization: Ghost [token]\"", "expected
// Authorization: Token <key>", "the auth header must be in the form 'Bearer
// {token}'"; a form named without the header is not enough: "in the format
// YYYY <…>" is a date's), the scheme its only group (namedSchemeRE reads
// it): when the request used another scheme, the scheme is wrong, not the
// secret.
const headerWrittenOutPattern = `(?:\bauthori[sz]ation\s*:|\b(?:authori[sz]ation|auth) header\b[^.]{0,40}?\b(?:in the form|in the format|format is|formatted as|form of)\s*:?)\s*["'\x60]?([a-z][a-z0-9-]*)\s+[\[<{]`
