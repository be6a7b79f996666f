package diagnose

// Phrases for what the request lacks or sends where it is not looked
// for: the credential itself, the header or parameter the API reads it
// in, and the headers or values required beside it (a user agent, an API
// version, a client id, a proof).

// credentialHeaderMissingPattern: the answer names a custom header meant
// for a credential and says it was not there ("x-hasura-admin-secret/
// x-hasura-access-key required, but not found", "The X-MEILI-API-KEY
// header is missing.", Moralis' "API KEY missing from x-api-key header"):
// the server reads that header, and a credential sent elsewhere is in the
// wrong place (and a scheme missing in Authorization is not what it asks
// for).
const credentialHeaderMissingPattern = `\bx-[a-z0-9-]*(key|token|secret|auth)[a-z0-9-]*(/x-[a-z0-9-]+)?( header)? (is |was )?(required,? but not found|missing|not (found|present|provided))|` +
	`\b(api[ _-]?key|token|credential|secret)s? (is |was )?(missing|required|not (found|present|provided)) (from|in) (the )?x-[a-z0-9-]*(key|token|secret|auth)[a-z0-9-]*\b|` +
	headerEmptyCredentialPattern

// headerMismatchPattern: a header sent besides the credential is said not
// to match what the credential belongs to ("OpenAI-Organization header
// should match organization for API key", "X-Tenant-ID header must match
// the token's tenant"): the header, not the key, is wrong. Which header
// it is decides (notCredentialHeader).
const headerMismatchPattern = `\b[a-z0-9]+(-[a-z0-9]+)+['"]? header (should|must|does not|doesn'?t|did not) (match|correspond to|agree with)\b`

// headerValueInvalidPattern: a header named by its hyphenated name said
// to hold an invalid or malformed value ("x-api-user header is in invalid
// format", "The X-Account-Id header is not valid", "invalid value for the
// X-Tenant-ID header"); the row takes it only for a header that is not
// where a credential goes (notCredentialHeader).
const headerValueInvalidPattern = `\b[a-z0-9]+(-[a-z0-9]+)+['"]? header('s)? (value )?(is|was|has) (in |an? )?(invalid|not valid|malformed|incorrect|wrong|unsupported|bad)( (format|value|syntax))?\b|` +
	`\b(invalid|malformed|incorrect|bad|unsupported) (value (for|in) (the )?)?['"]?[a-z0-9]+(-[a-z0-9]+)+['"]? header\b`

// noAuthProvidedPattern: the answer says no authentication reached it,
// in words about the authentication itself rather than a named credential
// ("No authentication provided.", "Authentication information is not
// provided", "Authentication data is missing", "Required authentication
// information was not supplied."), or the information authentication
// needs said not provided, and nothing more ("The required information to
// complete authentication was not provided.", Oracle OCI): nothing the
// server reads as a credential arrived. One family: the quoted evidence
// is the sentence from its subject on ("Required authentication
// information was not supplied", not its last words). "…not provided or
// was incorrect" does not tell absent from refused and is the refusal's
// reading (absentOrInvalidPattern), so the information-to-authenticate
// wording must end its sentence.
const noAuthProvidedPattern = `\bno auth(entication)? (information |info |data |details )?(was |were |is )?(provided|supplied|given|present|found)\b|` +
	`\b(required )?auth(entication)? (information|info|data|details) (is |are |was |were )?(not (provided|supplied|present|given|found|sent)|missing)\b|` +
	`\b(information|details) (required |needed )?to (complete |perform )?(the )?authenticat(e|ion)[a-z ]{0,20} (was|were) (not (provided|supplied|given|sent)|missing)\s*($|[.!"')<])`

// headerNamedPattern: the answer names the header the credential must
// come in ("A valid 'Api-Key' needs to be provided in the 'Headers' in
// order to use this API."). The header named is its first group.
const headerNamedPattern = `\b(?:a valid |an? |the )?'?([a-z][a-z0-9-]*)'? (?:header )?(?:needs to|must|has to|should) be (?:provided|sent|passed|supplied|included|set) in the '?(?:request )?headers?'?`

// headerViaPattern: the answer names the header a value goes in, after
// in, via or through ("passed in via an "APIKey" header value"). The
// header named is its first group.
const headerViaPattern = `\b(?:in|via|through|using) (?:the |an? )?["']?([a-z][a-z0-9_-]*)["']? header\b`

// credentialHeadersMissingPattern: the answer lists the headers a
// credential may come in and says they are missing ("Missing X-Auth-Key,
// X-Auth-Email or Authorization headers", Cloudflare's 9106; "Either
// X-API-Key or Authorization header is missing"): no usable credential
// was found in them. A list without a credential's header ("Missing
// Content-Type or Accept headers") is not this.
const credentialHeadersMissingPattern = `\bmissing (the )?[a-z0-9, /-]{0,60}\b(x-[a-z0-9-]*(key|token|auth)[a-z0-9-]*|authori[sz]ation)\b[a-z0-9, /-]{0,60}\bheaders?\b|` +
	`\b(either )?[a-z0-9, /-]{0,60}\b(x-[a-z0-9-]*(key|token|auth)[a-z0-9-]*|authori[sz]ation)\b[a-z0-9 ,/-]{0,40}\bheaders? (is|are) missing\b`

// authHeadersAbsentPattern: the headers a request authenticates with,
// named by their purpose rather than by name, said absent ("The request
// did not contain the required headers for authentication", Rapyd's
// MISSING_AUTHENTICATION_HEADERS; "Missing authentication headers";
// "Authentication headers are missing"): no credential was found in
// them. Headers for another purpose ("did not contain the required
// headers for caching") are not this.
const authHeadersAbsentPattern = `\b(did not|didn'?t|does not|doesn'?t|do not|don'?t) (contain|include|carry|have)( the| any| all)?( required| necessary| expected)? headers? (for|of|needed for|required for) (authentication|authori[sz]ation)\b|` +
	`\bmissing[ _](authentication|authori[sz]ation|auth)[ _]headers\b|\b(authentication|authori[sz]ation|auth) headers (are |were )?missing\b`

// credentialNotInRequestPattern: the server says the credential is not in
// the request ("Token not available in request. Please specify a valid
// token as HTTP header."): nothing it reads was sent, or it was sent
// where it does not look.
const credentialNotInRequestPattern = `\b(token|api[ _-]?key|credential|access token|auth token)s? (is |was |were )?(not (available|present|supplied|included|provided|found)|missing) in (the |this |your )?(request|call|headers?)\b`

// proofRequiredPattern: a value computed from the credential, or sent
// with it, is required as a parameter or header besides it (Meta's "API
// calls … require an appsecret_proof and an appsecret_time argument", a
// request signature, a nonce, a timestamp): the credential alone is not
// enough.
const proofRequiredPattern = `\brequire[sd]? (an? |the )?[a-z0-9_-]*(proof|signature|nonce|hmac)[a-z0-9_-]*( and (an? |the )?[a-z0-9_-]+)? (argument|parameter|param|header|field|value)s?\b|` +
	requestSignatureMissingPattern

// requestSignatureMissingPattern: the request's own signature (an HTTP
// message signature, a NextGenPSD2 eIDAS signature: "Application layer
// eIDAS Signature for TPP authentication is mandated by the ASPSP but is
// missing") said absent, or required and not sent: a header computed and
// sent besides the credential. Only a request's, message's or eIDAS
// signature: a JWT's or token's signature missing is the token's fault.
const requestSignatureMissingPattern = `\b(request|http|message|eidas|digital|detached|jws)( [a-z]+)? signatures?\b[^.]{0,40}\b(is |was |are )?(mandat(ed|ory)|required)\b[^.]{0,20}?\b(but )?(is |was )?(missing|absent|not (present|provided|sent|supplied|included))\b|` +
	`\b(request|http|message|eidas|detached|jws) signatures? (is |was |are )?(missing|absent|not (present|provided|sent|supplied|included))\b|\bmissing (request|http|message|eidas|detached|jws) signatures?\b`

// headerMissingPattern: a header named and said to be missing ("Scope
// header is missing", the Amazon Ads profile header; "not supplied" or
// "not included" as well): a header the API requires besides the
// credential (the row vetoes credential headers).
// Also the other word order with the header named after ("Missing header
// x-consumer-metadata", Ukraine's eHealth gateway), and a header said
// expected and not found (Hasura's "\"x-hasura-user-id\" header is
// expected but not found"), its name in quotes or not.
const headerMissingPattern = `\b[a-z][a-z0-9-]*['"]? header (is |was )?(missing|not (present|provided|set|sent|supplied|included|specified|given)|expected,? but (was )?not (found|present|provided|sent|given))\b|` +
	`\bmissing (the )?(required )?header:? ['"]?[a-z][a-z0-9]*(-[a-z0-9]+)+\b|\bmissing (the )?(required )?header: ['"]?[a-z][a-z0-9]*\b|` +
	headerNamedRequiredPattern + `|` + headerEmptyPattern + `|` + userAgentMissingPattern

// headerNamedRequiredPattern: a header named by its hyphenated name before
// the word "header" and said required ("X-Org-Id header is required",
// "The X-Tenant-Id header is mandatory", once normalized), the other word
// order of "header X is required"; a Content-Type said required is the
// body's format (the row leaves it alone).
const headerNamedRequiredPattern = `\b[a-z][a-z0-9]*(-[a-z0-9]+)+['"]? header (is |was )?required\b`

// headerEmptyPattern: a request header named and said not to be empty
// (OKX's "Request header "OK-ACCESS-PASSPHRASE" cannot be empty.", "header
// X-Tenant must not be blank", and the name first: "X-Client-Id header
// cannot be blank"): the request did not carry it, as "missing" says (the
// name's quotes perhaps escaped, as the JSON text has them).
// Which header it names decides the reading: a credential's own
// (headerEmptyCredentialPattern) or one besides it.
const headerEmptyPattern = `(\bheader:? (\\?['"])?[a-z][a-z0-9]*(-[a-z0-9]+)*(\\?['"])?|\b[a-z][a-z0-9]*(-[a-z0-9]+)+(\\?['"])? header) ` + emptyForbiddenPattern

// headerEmptyCredentialPattern: the header said not to be empty is named
// for a credential (a key, token, secret or auth header: "Request header
// "OK-ACCESS-KEY" cannot be empty."): nothing was found where the server
// reads the credential. The word before the key or token says whose: a
// credential's (credentialPrefixKindPattern: OK-ACCESS-KEY, Api-Token,
// X-Auth-Token), or the name is the word alone (Token, Authorization);
// an Idempotency-Key said empty is a header besides the credential.
const headerEmptyCredentialPattern = `(\bheader:? (\\?['"])?` + credentialHeaderNamePattern + `(\\?['"])?|\b` + credentialHeaderNamePattern + `(\\?['"])? header) ` + emptyForbiddenPattern

// credentialHeaderNamePattern: a header's name made for a credential
// (OK-ACCESS-KEY, Api-Token, X-Auth-Token, Token, Authorization).
const credentialHeaderNamePattern = `(([a-z0-9]+-)*` + credentialPrefixKindPattern + `-?)?(key|token|secret|auth)[a-z0-9]*(-[a-z0-9]+)*`

// emptyForbiddenPattern: said not to be empty, blank or null.
const emptyForbiddenPattern = `(cannot|can'?t|must not|may not|should not) be (empty|blank|null)\b`

// signingHeaderMissingPattern: a header a signed request carries besides
// its key, the request's timestamp, nonce or signature, said missing,
// required or empty (Gate.io's "Missing required header: Timestamp",
// "X-Nonce header is missing", "Request header "OK-ACCESS-SIGN" cannot be
// empty."): with the key sent, the signing is incomplete; with nothing
// sent, the whole credential is missing and this header is only the first
// the server looked for.
const signingHeaderMissingPattern = `\bmissing (the )?(required )?header:? (\\?['"])?([a-z0-9]+-)*(timestamp|nonce|sign|signature)\b|` +
	`\b([a-z0-9]+-)*(timestamp|nonce|signature) header (is |was )?(missing|required|not (present|provided|set|sent|supplied|included))\b|` +
	`\bheader:? (\\?['"])?([a-z0-9]+-)*(timestamp|nonce|sign|signature)(\\?['"])? ((is |was )?(missing|required|not (present|provided|set|sent|supplied|included))\b|` + emptyForbiddenPattern + `)`

// userAgentMissingPattern: the User-Agent header said absent, unspecified
// or required (Have I Been Pwned's 403 "Forbidden — no user agent has been
// specified in the request"; "User-Agent header is required"; "Please make
// sure your request has a User-Agent header"): an HTTP client that names
// none (or an empty one) is refused for that, not for its credential.
// Having or sending one counts only as a demand (must, please, make
// sure): a user agent named but not allowed ("Requests that have a user
// agent of curl are blocked") is the key's restriction
// (originRestrictedPattern) or a WAF's, not this.
const userAgentMissingPattern = `\b(no|missing|empty|without an?) user[ -]?agent\b|\buser[ -]?agent( header)? (is |was )?(missing|required|empty|not (specified|provided|set|sent|present))\b|` +
	`\b(must|should|needs? to|has to|please|make sure|ensure)\b[^.]{0,40}\b(has|have|include|includes|send|sends|set|specify) an? (valid )?user[ -]?agent( header)?\b`

// apiVersionMissingPattern: the API version, which the request names in
// a header (an Accept media type, an API-Version header), said missing
// (Dwolla's 406 InvalidVersion "Missing or invalid API version."; "API
// version header is required"): the credential may be fine; the request
// lacks the version. A version sent and said invalid, with the format it
// should have (Gusto's 406 "Invalid API Version `2023`. Expected format:
// YYYY-MM-DD"), is the value's fault, as a version field of the data
// ("Invalid version: 3") is.
const apiVersionMissingPattern = `\b(missing|no)( or (invalid|unsupported|unknown|bad|incorrect|wrong|unrecogni[sz]ed))? (the )?api[ -]versions?\b|` +
	`\bapi[ -]version (header )?(is |was )?(missing|required|not (specified|provided|set|sent))\b`

// clientIDMissingPattern: the application's client id said missing or
// required ("Client ID is missing", Twitch Helix's; "No client id
// specified", its older API's; "client_id is required"): an identifier of
// the app, not a secret (the row reads it beside a token sent).
const clientIDMissingPattern = `\b(missing|no) (the |an? )?(app(lication)? )?client[ _-]?ids?( (was )?(specified|provided|given|supplied|sent|found))?\b|` +
	`\bclient[ _-]?ids? (header |parameter )?(is |was )?(missing|required|not (specified|provided|supplied|given|present|set|sent))\b`

// credentialParamMissingPattern: a parameter named like a credential said
// missing ("Required parameter 'key' is missing", the Steam Web API's 400
// page; "parameter session_token is missing or empty", "missing parameter
// app_token", GLPI's 400s), also with the name first ("developer-token
// parameter is missing.", Google Ads' DEVELOPER_TOKEN_PARAMETER_MISSING),
// or asked to be passed: nothing was sent where
// the API looks, or nothing at all.
const credentialParamMissingPattern = `\b(required )?(parameter|param|argument|query parameter)s? ['"]?(` + credentialParamMissingNames + `)['"]? (is |was )?(missing|required|not (provided|present|supplied))\b|` +
	`\bmissing (required )?(parameter|param|argument|query parameter)s? ['"]?(` + credentialParamMissingNames + `)['"]?(\s*$|[.,;:!'"]|\s+(is|was|in|from)\b)|` +
	`(^|[^a-z0-9_-])['"]?(` + credentialParamMissingNames + `)['"]? (parameter|param|argument|query parameter)s? (is |was )?(missing|required|not (provided|present|supplied))\b|` +
	`\b(pass|provide|include|send|supply|specify)\b[^.]{0,40}\bparameters? ['"]?(` + credentialParamNames + `)\b|` +
	`\b(pass|provide|include|send|supply|specify) (the |your |an? )?['"]?(` + credentialParamNames + `)['"]?( and (the |your )?['"]?(` + credentialParamNames + `)['"]?)? (as (an? |the )?(query )?)?(parameters?|params?)\b`

// credentialParamMissingNames: the names a parameter said missing goes by
// when it carries a credential: a key (an API's, an app's or a
// developer's), or a token of any kind (an access, auth, session, user,
// app or developer token).
const credentialParamMissingNames = `(api|app|developer)[_-]?key|apikey|key|((access|auth|session|user|app|api|developer)[_-]?)?token`

// credentialParamNames: the names a credential's parameter goes by, which
// an answer asks to be passed ("Please pass via GET using the parameter
// 'client_secret' and 'client_id'", Untappd; "pass your access_token as a
// parameter"). A client's id is named only beside its secret's name.
const credentialParamNames = `api[_-]?key|apikey|access[_-]?token|auth[_-]?token|token|client[_-]?secret|app[_-]?(key|secret)|consumer[_-]?(key|secret)|client[_-]?id`

// userNameMissingPattern: the server says the request named no user
// (etcd's "etcdserver: user name is empty" to a request without a token):
// it found no credential. The row that reads it leaves out a request
// whose own body names a user (a sign-up form's validation).
const userNameMissingPattern = `\buser ?name (is )?(empty|missing|not (set|provided|given|specified))\b|\bno user ?name (was )?(provided|given|specified|set)\b`

// credentialMustBeSuppliedPattern: the credential said it must be
// supplied ("An access token must be supplied in order to use this
// endpoint", Yelp; "An API key must be provided with every request"), or
// said needed and no more ("Need a token", Feishu's 99991661 to a request
// with none; "You need an API key to use this endpoint"; "You need a token
// with the repo scope" asks for a scope), the
// article right before its name ("a valid token must be supplied" asks
// for a valid one: validCredentialRequiredPattern), or a code that says it
// missing in either order (Yelp's TOKEN_MISSING, api_key_missing,
// MISSING_ACCESS_TOKEN). Also the Authorization header said to be
// provided ("Must provide HTTP header "Authorization" or URL parameter
// "authorization"", "Please include an Authorization header."); one "of
// the type Basic or Bearer" asks for a form (AvaTax's answer to a value
// that is not base64), not for a header that was absent.
const credentialMustBeSuppliedPattern = `\b(must|please|need to|needs to|have to) (provide|supply|send|include|set|pass|add) (an? |the )?(http )?(header "?(authori[sz]ation|authentication)\b|"?(authori[sz]ation|authentication)"? (http )?header\s*($|[.,;!"<]))|\b(an?|the|your)( (oauth|bearer|auth(entication)?|api|access))? (access[ _-]?token|api[ _-]?key|token|key|credentials?) (must|needs to|has to|should) be (supplied|provided|sent|included|passed|specified|present)\b|` +
	`\b(token|api_?key|access_?token|credentials?|auth)_missing\b|\bmissing_(token|api_?key|access_?token|credentials?|auth(orization)?)\b|` +
	`(^|["':.>]\s*|\b(you|we|i) )(need|needs|require) an? ((oauth|bearer|auth|api|access) )?(access[ _-]?token|api[ _-]?key|token|key|credentials?)\s*($|[.!"',;<(]|to (use|call|access)\b)`

// credentialNotSetPattern: a credential said "not set" or "has not been
// set" (FRED's 400 "Variable api_key has not been set.", in an XML
// error's message attribute; Tripadvisor's
// "client key not set", an UnauthorizedException): none reached the
// server.
const credentialNotSetPattern = `\b(client|api|app|application|access|subscription|developer|consumer)[ _-]?(key|token) (is |was |has |have )?not (been )?set\b`

// credentialQuotedEmptyPattern: the credential the server read quoted as
// empty, after its fault ("invalid authKey \"\". It must match …",
// VictoriaMetrics' 400 to a call without its authKey argument; "Invalid
// API key" and two single quotes; "unknown token \"\""): the server found no value where it
// reads one, so none arrived there. A key quoted with a value is the
// value refused; a field of the request's data said empty ("name \"\"
// is invalid", "invalid sort key \"\"", a page token quoted empty) names no
// credential.
const credentialQuotedEmptyPattern = `\b(invalid|bad|wrong|incorrect|unknown|unrecogni[sz]ed|empty|missing) (` + credentialPrefixKindPattern + `[ _-]?)?(key|token|secret|password|credential)s?:? (""|''|‘’|“”)`
