package diagnose

import "github.com/authspec/authspec/internal/lazyre"

// headerRules: answers that ask for something sent besides the
// credential: an anti-CSRF token, a required header (an API version,
// a tenant, the app's client id), or a header that does not match the
// credential's account. After routeRules in the table (rules.go).
var headerRules = []rule{
	// An anti-CSRF check guards what a browser sends by itself (a session
	// cookie, a Basic login). A key in a header of its own (X-API-Key) is
	// none of those: where the server knows the key, the request is exempt,
	// so a CSRF refusal to it means the key was not accepted (Syncthing
	// answers a stale key "CSRF Error").
	{name: "anti-CSRF to a key header", words: re(csrfPattern), when: (*analysis).keyHeaderOnly, code: CredentialRejected, strong: true,
		message: "the server answered with its anti-CSRF check although the request carried a key in a header of its own, which such checks exempt when the key is known: the key was not accepted (revoked, rotated or mistyped); check it in the server's settings and update the variable that defines it"},
	{name: "anti-CSRF", words: re(csrfPattern), needsSent: true, when: notKeyHeaderOnly, code: RequiredHeaderMissing, strong: true,
		message: "the API refuses the request for a missing anti-CSRF token or header, not for the credential: send the header it asks for (X-CSRF-Token, X-Requested-With, X-Atlassian-Token: no-check, …) in the scenario's headers"},
	// With no credential at all, the CSRF check is only the first gate the
	// request met (Syncthing, Jenkins' crumb for anonymous callers): the
	// missing credential comes first, the token after it. A scenario that
	// sends nothing on purpose (kind: failure, a no_auth probe) met the
	// refusal it wanted, in another status: that swap is the cause.
	{name: "anti-CSRF, nothing sent", words: re(csrfPattern), when: nothingSentByMistake, code: RequiredHeaderMissing,
		message: "the API also refuses the request for a missing anti-CSRF token or header: once the credential is sent, send the header it asks for (X-CSRF-Token, X-Requested-With, X-Atlassian-Token: no-check, …) if it still asks"},
	// A session cookie refused by the check of its anti-CSRF companion (a
	// nonce or token sent in a header beside the cookie: WordPress's 403
	// rest_cookie_invalid_nonce "Cookie check failed" without X-WP-Nonce,
	// "invalid nonce", "cookie verification failed"): the cookie may be
	// fine; the header that goes with it is missing or stale.
	{name: "cookie's nonce", words: re(cookieNoncePattern), when: sentCookie, code: RequiredHeaderMissing, strong: true,
		message: "the API checks a nonce or anti-CSRF token beside the session cookie and that check failed: the cookie may be fine, the header that goes with it (WordPress's X-WP-Nonce, an X-CSRF-Token) is missing or stale; send the nonce the API issues with the session in the scenario's headers, or authenticate with a token or application password instead of a cookie"},
	// A refusal that hands out an anti-CSRF token in its own headers
	// (Roblox's 403 "Token Validation Failed" with X-CSRF-TOKEN: … to a
	// POST with a session cookie; SAP Gateway's "x-csrf-token: Required"):
	// the server says which header it wants back, whatever its words.
	{name: "anti-CSRF token handed out", status: []int{401, 403}, header: "X-Csrf-Token", needsSent: true, when: csrfTokenHandedOut, code: RequiredHeaderMissing, strong: true,
		message: "the API refused the request and handed out an anti-CSRF token in its X-CSRF-Token header: it guards requests that change state (and the session cookie or login a browser sends by itself) with that token; send the header back with the value it gave (fetch it first where the API documents a token endpoint), then run again"},
	// A header named and said to be required, missing, or one that must
	// be sent ("X-Request-ID header must be supplied to access this
	// resource", NHS's Personal Demographics Service).
	// The timestamp, nonce or signature of a signed request said missing:
	// a header besides the key, but to a request that carried no
	// credential at all, sending the credential comes first.
	{name: "signing header missing", words: re(signingHeaderMissingPattern), code: RequiredHeaderMissing, strong: true, anonymousAfter: true,
		message: "the API asks for a header a signed request carries besides its key (a timestamp, nonce or signature) and this request did not send it: compute and send it as the API documents for signing requests (in the scenario's headers)"},
	{name: "required header", words: re(`missing (the )?required header|header [^.]{0,40} (is|was) required|requires? (the|an?) [a-z0-9-]+ header|[a-z0-9-]+['"]? header (should|must|needs to|has to) be (defined|set|present|provided|supplied|sent|included|specified|passed|given)|\b[a-z][a-z0-9-]*: header is required|\bmissing_version(_header)?\b|` + headerMissingPattern + `|` + apiVersionMissingPattern), unless: re(`api[ _-]?key|token|credential|(authori[sz]ation|authentication|auth)['"]?:? header|\bcontent-type['"]? header (is |was )?required|` + headerEmptyCredentialPattern + `|` + signingHeaderMissingPattern), code: RequiredHeaderMissing, strong: true,
		message: "the API requires a header this request did not send (an API version, account or tenant header): add it to the scenario's headers or defaults.headers"},
	// The tenant, organisation or channel the API needs named with each
	// request said absent or not chosen ("no org id", "no organization
	// selected", "Data channel is missing"): an
	// identifier sent beside the credential, in a header of its own.
	{name: "tenant missing", status: []int{400, 401, 403}, words: re(tenantMissingPattern), code: RequiredHeaderMissing, strong: true,
		message: "the API says the request names no tenant, organisation or channel, which it needs besides the credential (Loki and Mimir read it from X-Scope-OrgID, JumpCloud from x-org-id, Splunk HEC's acknowledgements from X-Splunk-Request-Channel): send the header the API documents for it in the scenario's headers or defaults.headers"},
	// The application's client id asked for beside a token (Twitch Helix's
	// "Client ID is missing" to a user token in Authorization): the token
	// was sent; the app's id goes in a header of its own.
	{name: "client id missing", words: re(clientIDMissingPattern), when: (*analysis).tokenWithoutClientID, code: RequiredHeaderMissing, strong: true,
		message: "the API asks for the application's client id beside the token (in a header of its own, such as Twitch's Client-Id): send it in the scenario's headers or defaults.headers, with the id of the app the token was issued to"},
	// "specify the 'X-Goog-User-Project' HTTP header", "you can operate on a
	// team member's files by providing the "Dropbox-API-Select-User" HTTP
	// header", FusionAuth's "add the X-FusionAuth-TenantId HTTP request
	// header with the Tenant Id"; "Account Token must be passed in as an
	// X-Account-Token header", Merge's to its API key alone): the answer
	// names a header that is not where the credential goes, or is the
	// account's own beside it.
	{name: "named header", words: re(`(specify(ing)?|includ(e|ing)|add(ing)?|set(ting)?|send(ing)?|provid(e|ing)|pass(ed|ing)?( in)?( as)?) (the |an? )?['"]?[a-z0-9]+(-[a-z0-9]+)+['"]? (http )?(request )?header`), accept: notCredentialHeader, code: RequiredHeaderMissing, strong: true,
		message: "the API asks for a header this request did not send, besides the credential (a quota or billing project, an API version, an account or tenant): add it to the scenario's headers or defaults.headers, as the API documents"},
	// A header sent besides the credential said to hold a value the API
	// does not take ("Value provided in x-api-user header is in invalid
	// format", Acrobat Sign's user to act as; "Invalid X-Tenant-ID
	// header"): the credential was not what was refused. A header of the
	// body's encoding (Content-Type) or of a request's replay key is the
	// request's own form, no header besides the credential.
	{name: "header value invalid", words: re(headerValueInvalidPattern), unless: re(`\b(content-(type|length|encoding|md5|language)|idempotency-key|if-match|if-none-match|range)['"]? header\b`), accept: notCredentialHeader, needsSent: true, code: RequiredHeaderMissing, strong: true,
		message: "the API says a header sent besides the credential (a user to act as, an account, tenant or version header) holds a value it does not accept: send it in the form the API documents, in the scenario's headers or defaults.headers; the credential itself was not refused"},
	// A header sent besides the credential (an organization, project or
	// tenant) that does not match the credential's own.
	// The organization, tenant or workspace the request named said not
	// to exist ("No such organization: Personal.", OpenAI's 401
	// invalid_organization to an OpenAI-Organization header holding a
	// display name; "No such tenant"), where the request carried a header
	// named for that kind of account besides the credential: the header's
	// value is wrong, not the key (accountHeaderNamesNothing).
	{name: "account header names nothing", words: re(noSuchAccountPattern), when: accountHeaderNamesNothing, needsSent: true, code: RequiredHeaderMissing, strong: true,
		message: "the API says the organization, tenant or workspace the request named does not exist, and the request named it in a header besides the credential: put that account's id (not its display name) in the header, or leave the header out so the credential's own account applies"},
	{name: "header mismatch", words: re(headerMismatchPattern), accept: notCredentialHeader, needsSent: true, code: RequiredHeaderMissing, strong: true,
		message: "the API says a header sent besides the credential (an organization, project, tenant or account header) does not match the one the credential belongs to: send the value of the account the key or token was made for, or leave the header out so the credential's own applies"},
}

// csrfPattern: an anti-CSRF check's words (Jenkins calls its token a
// crumb), the token's field names among them
// (Tornado's and Jupyter's _xsrf, Express's and Spring's _csrf, Django's
// csrfmiddlewaretoken and X-CSRFToken), where \b alone misses the
// underscore and the glued "token".
const csrfPattern = `(\b|_)[cx]srf(\b|_|token|middlewaretoken)|\bcrumb\b`

var csrfRE = lazyre.New(csrfPattern)

// cookieNoncePattern: a cookie's companion check said failed: the cookie
// check itself, or its nonce said missing, invalid or stale.
const cookieNoncePattern = `\bcookie (check|verification|validation) failed\b|\bcookie[_ ]invalid[_ ]nonce\b|\b(missing|invalid|expired|stale|bad) (rest |wp |csrf |request |security )?nonce\b|\bnonce (is |was )?(missing|invalid|expired|required)\b`
