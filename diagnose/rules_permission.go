package diagnose

// permissionRules: the credential was read and the caller may not do
// this: a scope, product, plan, role, policy or second factor it lacks.
// After validityRules in the table (rules.go).
var permissionRules = []rule{
	{name: "scopes", words: re(`missing_scopes?|insufficient[_ ]?(authentication |client )?scopes?|scopes? (does|do) not match|required scope(s|\(s\))|does not contain scopes?|requires (the )?[a-z_.]+ permissions? to|required access: [^.]{0,80}access scope|requiredscopes|scope_insufficient|not been granted all required scopes|requires merchant approval for [a-z_]+ scope|"needed"\s*:|missing scopes?:|\blacks? (one or more )?(required )?(privilege )?scopes?\b|\binvalid_scope\b|\binvalid scope(s|\(s\))?:|\brequires (the )?[a-z0-9_.]+:[a-z0-9_:.]+ scopes?\b|not match (the )?(expected|required) scopes?|missing role permissions|\b(roles|scopes) on the request\b|scopes? (does|do) not (include|cover|allow|permit)|\bscope (provided )?is (incorrect|insufficient|not sufficient)|bound to a different scope|(\b|_)scopes?[a-z ]{0,12}[ _]mismatch\b|\boauth_?scopes?_?mismatch\b|invalid[ _]?oauth[ _]?scopes?\b|` + requiredAndHeldPattern + `|` + namedPermissionPattern + `|` + lacksScopePattern + `|` + credentialLacksPermissionsPattern + `|` + scopeNotGrantedPattern + `|` + missingScopePattern + `|` + scopeDisabledPattern + `|` + scopePermissionMissingPattern + `|` + scopeLimitPattern + `|` + tokenScopeRefusedPattern + `|` + scopeClaimMissingPattern + `|` + insufficientOrWrongScopePattern),
		// With nothing sent, the scope the server names is one an anonymous
		// caller lacks (Appwrite's "User (role: guests) missing scope
		// (account)"): the missing credential comes first.
		needsSent: true,
		// A scope written as a resource path ("over scope
		// '/subscriptions/…' or the scope is incorrect", Azure's role
		// assignments) is where a role applies, not a token's scope: "the
		// scope is incorrect" there says the path may be wrong, as "the
		// scope is invalid" does, and the refusal is a permission's.
		unless: re(`\bscopes? ['"]?/[a-z0-9]`),
		// Nor is a permission a URN or a URL, a problem type's name
		// (notURINamed).
		accept: notURINamed,
		code:   ServerInsufficientScope, strong: true, evidence: (*analysis).scopeEvidence,
		message: "the server says the credential lacks a scope or permission this call needs (it names it in its answer): grant it to the app, token or key at the provider, or request a token with it"},
	// A scope the request asks for, said not allowed for the client or
	// the user's role (scopeNotAllowedForPattern): the catalog's reading
	// of a known client not allowed a scope, on whatever status (eHealth
	// answers its authorization step's refusal with 422). With nothing
	// sent, the missing credential comes first.
	{name: "scope not allowed for the client or role", words: re(scopeNotAllowedForPattern), anonymousAfter: true, code: PermissionDenied, strong: true,
		message: "the server says the scope this request asks for is not allowed for the client (its type or registration) or for the user's role: request only the scopes the client and role may have (drop the others from scopes:), or have them granted to the client or role at the provider"},
	// "…not authorized to use this API key" (Vultr, refusing the caller's
	// IP) is about the key, so "this service or API" must end the phrase.
	// Requests or calls to this API, service or method said blocked or
	// not allowed for the key ("Requests to this API <api> method <method>
	// are blocked.", Google's API_KEY_SERVICE_BLOCKED; "Calls to this
	// service are not allowed for this key"): the key's API restrictions
	// leave this API out. Requests from somewhere blocked are an address's
	// or a referrer's (their rows come first).
	{name: "API product", words: re(`no apiproduct match|\b(requests?|calls?) to this (api|service|method|endpoint)\b[^.]{0,200}\b(are|is|were|was|have been|has been) (blocked|not allowed|not permitted)\b|invalidapikeyforgivenresource|apikeynotapproved|not enabled for this (api|product|service)|api has not been used in project|not (authori[sz]ed|permitted) to use this (service|api)( or (service|api))?(\s*[.,;:"]|\s*$)|\bunauthori[sz]ed use of (live|production|test|sandbox) credentials\b`), code: PermissionDenied, strong: true,
		message: "the key is valid but its product or project does not include this API: add the API (or this resource) to the key's product, or enable it for the project"},
	{name: "one-time password", header: "WWW-Authenticate", value: re(`^otp\b`), code: RequiredHeaderMissing, strong: true,
		message: "the server accepted the token but asks for a one-time password with this request (WWW-Authenticate: OTP, as the npm registry does for publishing with two-factor authentication): send the code in the header it documents (npm-otp), or use an automation token that does not require it"},
	// The same asked in the answer's headers, whatever the body says
	// (Wise's strong customer authentication: a 403 whose X-2FA-Approval
	// holds a one-time token to sign and send back).
	{name: "second factor header", status: []int{401, 403}, when: secondFactorAsked, needsSent: true, code: RequiredHeaderMissing, strong: true, evidence: (*analysis).secondFactorEvidence,
		message: "the server read the credential but asks for a second factor with this request, in headers named for it (a one-time code, or a one-time token to sign and send back, as GitHub's X-GitHub-OTP and Wise's X-2FA-Approval carry): send what the API documents in its header with the request, or use a credential made for automation that does not require it"},
	{name: "second factor", words: re(secondFactorPattern), unless: re(`\bbypass\b|granular access token|automation token`), code: RequiredHeaderMissing, strong: true,
		message: "the server accepted the login but asks for a second factor with this request (a one-time code, as GitHub's X-GitHub-OTP and Heroku's Heroku-Two-Factor-Code headers carry): send the code in the header the API documents, or use a token made for automation that does not require it"},
	{name: "IP allowlist challenge", header: "WWW-Authenticate", value: re(`^ipaddress\b`), code: IPRestricted, strong: true,
		message: "the server refuses the token from this IP address (WWW-Authenticate: IPAddress, as the npm registry does for tokens limited to CIDR ranges): run from an allowed address, or widen the token's allowed ranges"},
	// A bare "insufficient balance" to a request that places an order or
	// moves money is that order's (notFundsOfThisOrder), not the plan's.
	{name: "plan", words: re(planRowPattern), unless: re(planRowUnless), when: notFundsOfThisOrder, code: PermissionDenied, strong: true,
		message: planMessage},
	// The account's trial, plan or subscription said run out (expired,
	// ended, lapsed, over, cancelled, not active): the plan row's reading,
	// only on a refusal's status (401, 402, 403), where the credential was
	// read and its account refused; a 400 about a subscription is an API's
	// own record ("Subscription is not active", a subscriptions service).
	{name: "plan lapsed", status: []int{401, 402, 403}, words: re(planLapsedPattern), code: PermissionDenied, strong: true,
		message: planMessage},
	// Only on a refusal's status: a 400 saying two-factor authentication is
	// not enabled for a user answers an API that manages users' second
	// factors (GitLab's disable_two_factor), about that user.
	{name: "second factor not set up", status: []int{401, 403}, words: re(secondFactorNotSetUpPattern), code: PermissionDenied, strong: true,
		message: "the API read the credential and says the user behind it must first set up a second factor (2-Step Verification, MFA) that the account's policy requires: enable it for that user in its account settings, or use a credential exempt from the policy (a service account)"},
	{name: "account not verified", words: re(unverifiedAccountPattern), code: PermissionDenied, strong: true,
		message: "the API read the credential and says its account (the organisation, or the account's e-mail address) must be verified before this operation: complete the verification in the provider's console (verify the organisation, confirm the e-mail address), wait for it to apply, then run again"},
	// 405 Method Not Allowed whose words restrict the caller, not the route
	// (the Spark API's 1017 "You are restricted to read-only access. POST,
	// PUT, and DELETE requests are forbidden." and 1018 "You are forbidden
	// from accessing this resource with the method attempted"): the
	// credential was read and may not write here. A route that takes no
	// such method says so of the method or the endpoint, and stays a 405
	// without a cause.
	{name: "caller restricted, answered 405", status: []int{405}, words: re(callerMethodRestrictedPattern), needsSent: true, code: PermissionDenied, strong: true,
		message: "the API answered 405 but its words restrict the caller, not the route: the credential was read and may only read here (or may not use this method on this resource); use a credential with write access, or grant it to this one at the provider"},
	// 402 Payment Required to a request with a credential: the account's
	// billing stops it (a shop frozen for an unpaid bill: Shopify's
	// "Unavailable Shop"). A card declined (a 402 of a payment API) is the
	// business's answer, and a quota of credits exceeded, or a plan's
	// requests used up (requestsBeyondPlanPattern), is a limit.
	{name: "payment required", status: []int{402}, needsSent: true, unless: re(`\bcards?\b|declin|payment method|insufficient funds|quota|limit|exceed|` + requestsBeyondPlanPattern), code: PermissionDenied, strong: true,
		message: "the API answered 402 Payment Required: the account's billing stops this request (an unpaid bill, a frozen or paused account, a paid feature), not the credential: settle the account or its plan in the provider's console, or use an account in good standing"},
	// An explicit deny named is a policy that refused, whoever called
	// (AWS's "User: anonymous is not authorized to perform:
	// cognito-identity:GetId … with an explicit deny in a resource control
	// policy": an unauthenticated API a policy closed). No Allow overrides
	// it.
	{name: "explicit deny", words: re(`\bexplicit deny\b`), code: PermissionDenied, strong: true,
		message: "a policy explicitly denies this identity the action: an explicit deny overrides any Allow, so narrow or remove the Deny statement (in IAM, a resource or service control policy, or the authorizer's policy), or use an identity it does not cover"},
	// A caller the server knows, refused this action or resource: named
	// (identityNotAuthorizedPattern: "The consumer isn't authorized to
	// access %resources.", Magento; "User 325ACME is not authorized to use
	// API …"), said not approved (notApprovedPattern), its credential not
	// authorized for this endpoint (credentialNotAuthorizedForPattern), or
	// in a policy's words with no deny named (AWS IAM's "User: arn:… is not
	// authorized to perform: …", "not permitted to perform" in other
	// words; an authorizer's "not authorized to access
	// this resource"). Whether a role, an ACL or a policy with no Allow
	// for it is what the server weighed, the reading is one: the
	// credential was accepted and a permission is missing. A refusal that
	// names the caller as anonymous or as an empty user (Azure DevOps'
	// "The user '' is not authorized") identified no one: the credential
	// was not accepted, so no right was weighed. "…is not authorized to
	// use this API key" (Google's key restrictions) refuses the key, not a
	// caller it knows.
	{name: "caller not authorized", words: re(`is not (authori[sz]ed|permitted|allowed) to perform|` + identityNotAuthorizedPattern + `|` + notApprovedPattern + `|` + credentialNotAuthorizedForPattern), unless: re(callerNotAuthorizedUnless), code: PermissionDenied, strong: true,
		message: callerNotAuthorizedMessage},
	// "Not authorized to access this resource" names neither a caller nor
	// an action: an authorizer's verdict where the status says the caller
	// was known (API Gateway's 403, Enphase's 403), and on a 401 the
	// generic refusal of a credential not accepted, as the catalog reads
	// a 401 (Nictiz's FHIR example: 401, issue security, "Not authorized
	// to access this resource"; its 403 is "Read access forbidden").
	{name: "not authorized to access, off a 401", words: re(`not authorized to access this resource`), unless: re(callerNotAuthorizedUnless), when: notStatus401, code: PermissionDenied, strong: true,
		message: callerNotAuthorizedMessage},
	// An account kept from signing in (barredFromSignInPattern) is
	// stopped, the rejected credential's reading, not a permission; so is
	// access said disallowed only as an alternative to the credential's
	// own fault (hedgedPermissionPattern).
	{name: "access disallowed", words: re(`\b(access|requests?)\b[^.]{0,40}\b(has been|is|was|are) disallowed\b|` + disabledFromPattern + `|` + requestNotAllowedToPattern), unless: re(barredFromSignInPattern + `|` + hedgedPermissionPattern), code: PermissionDenied, strong: true,
		message: "the API says this credential may not use this API or resource (its access rights, policy or ACL do not include it): grant the key or token access to it at the gateway or provider, or use one that has it"},
	// The owner turned remote access off (remoteAccessOffPattern), said
	// in a refusal: a 401 or 403, or a 200 whose body says the call was
	// refused. The same words in a 409 (Smartcar's VEHICLE_STATE
	// REMOTE_ACCESS_DISABLED) are the device's state, which refuses no
	// caller.
	{name: "remote access turned off", status: []int{200, 401, 403}, words: re(remoteAccessOffPattern), needsSent: true, code: PermissionDenied, strong: true,
		message: "the API says the owner of what the call acts on (a vehicle, a device, an account) turned its remote or app access off: the credential is fine; the owner must turn access back on (in the vehicle or its app) before calls like this one are allowed"},
	{name: "access policy", words: re(accessPolicyPattern), code: PermissionDenied, strong: true,
		message: "the server says an access policy (row-level security, an authorization policy) refuses this operation for this identity: grant the role the policy requires, adjust the policy, or use a credential whose role it allows (a service role on the server side)"},
	// An access-control exception (Moodle's webservice_access_exception
	// "Access control exception", Java's AccessControlException): the
	// caller was identified and a check of its rights failed, in whatever
	// language the message is written. Not when the exception's own words
	// refuse the credential (accessExceptionCredentialPattern): then it is
	// only the wrapper around a token refused, or an account stopped.
	{name: "access control exception", words: re(`\baccess ?control ?exception\b|accessexception\b|_access_exception\b`), unless: re(accessExceptionCredentialPattern), code: PermissionDenied, strong: true,
		message: "the API raised an access-control exception: the credential was read and the caller may not use this function or resource (the service the token belongs to does not include it, a capability or role is missing, or the service is restricted to some users or addresses); grant it at the provider, or use a credential whose service includes it"},
	{name: "role required", words: re(roleRequiredPattern + `|` + onlyRoleCanPattern), unless: re(`\brequires? [^.]{0,40}\baccess (token|key)s?\b`), code: PermissionDenied, strong: true, anonymousAfter: true,
		message: "the API names the role or privilege this operation requires (admin, owner, write) and the caller does not have it: the credential was accepted; grant the role to its user, or use a credential that has it"},
	// A key limited by its owner to some operations (Resend's sending-only
	// keys, Stripe's restricted keys) is refused the others, often with 401.
	// Or said only authorized for one use ("your client ID is only
	// authorized to use Plaid Link", "This key is only allowed to read").
	{name: "restricted key", words: re(`(api[ _]?)?(key|token) is restricted to (only )?[a-z]|restricted_api_key|` + onlyAuthorizedForPattern), unless: re(`referr?er|ip address|\bips?\b`), code: PermissionDenied, strong: true,
		message: "the key is restricted by its owner to some operations and this is not one of them: give the key this permission at the provider, or use a key that has it"},
	// "Can't send to this recipient using a team-only API key": the key
	// was read, and its kind does not allow this.
	{name: "key kind refused", words: re(keyKindRefusedPattern), unless: re(`authenticat|\blog ?in|\bsign ?in|verif|validat|decod|\bpars|recogni|identif`), needsSent: true, code: PermissionDenied, strong: true,
		message: "the API says this can't be done with this kind of key (a team, test or restricted key): the key was accepted; use a key of the kind the operation needs (a live key), or widen what this one may do at the provider"},
	{name: "scoped to another project", words: re(scopedElsewherePattern + `|` + tokenContextPattern), code: PermissionDenied, strong: true,
		message: "the server says the token or key is not valid for this project, repository or organisation: it is scoped to another one (a project-scoped or OIDC token made for another project, or a project renamed since); use a token scoped to this one, or widen the token's scope at the provider"},
	// A key or token said unable to reach this index, bucket or project,
	// whatever error code comes with it (Meilisearch answers an index its
	// valid key does not cover with the code invalid_api_key).
	{name: "key cannot access resource", words: re(keyCannotAccessPattern), unless: re(keyCannotAccessUnless), code: PermissionDenied, strong: true,
		message: "the server read the key or token and says it cannot reach this resource (an index, bucket, project or tenant outside the ones it was made for): use a key whose indexes or resources include it, or widen this one's at the provider"},
	// OANDA's v20 API words a token it does not accept as missing
	// authorization: a practice token sent to the live host, the reverse,
	// or a revoked token.
	{name: "OANDA v20", status: []int{401}, words: re(`insufficient authorization to perform request`), code: CredentialRejected, strong: true,
		message: "OANDA answers \"Insufficient authorization to perform request\" for a token it does not accept: a practice (fxPractice) token sent to the live API (api-fxtrade.oanda.com) or a live token to the practice API, or a revoked token; point base_url at the environment the token was made for, or generate a new token"},
	// The login must have been accepted: with nothing sent, a code such
	// as Neo4j's AuthorizationFailed beside "No authorization header
	// supplied" is the missing credential.
	// Not a permission offered as one possible reason among others
	// (hedgedPermissionPattern).
	{name: "permission on 401", status: []int{401}, noChallenge: true, needsSent: true, unless: re(hedgedPermissionPattern),
		words: re(notRolePattern + `|` + adminOnlyPattern + `|` + authorizationCodePattern + `|access refused|not_authorised.{0,40}(administrator|management|vhost)|not authori[sz]ed to access (the )?(virtual host|vhost)|insufficient privileges|\b(team|workspace|organi[sz]ation|project)(s|\(s\))? not authori[sz]ed\b|must be a member of (an?|the|this|that) (organi[sz]ation|team|workspace|project|group)\b|` + noAccessToThisPattern + `|` + mustBeRolePattern + `|` + grantsNoAccessPattern),
		code:  PermissionDenied, strong: true,
		message: "the API answered 401 but its own words describe an authorization failure: the login was accepted and the user may not do this (a missing role, tag or permission); grant it to the user, or use one that has it (this API uses 401, not 403, for permission failures)"},
}

// hiddenRules: a refusal behind a 404 or a page that names no reason
// (a resource hidden from the credential, the web server's default deny
// page). After missingRules in the table (rules.go).
var hiddenRules = []rule{
	{name: "GitHub hidden 404", status: []int{404}, header: "X-Accepted-Oauth-Scopes", when: scopesNotWildcard, code: NotFoundHidesPermission, strong: true, evidence: (*analysis).scopeEvidence,
		message: "the API answers 404 for resources this token may not see (rather than 403), and its headers list the scopes it accepts: give the token the scope or the access to the repository or organisation; if the path is wrong, correct it"},
	// "Access … not found" is a hidden resource, but an access key's or
	// access token's own "not found" ("The given access token was not
	// found.") is the credential unknown. "Not found" offered beside a
	// denied permission as the other reason, the thing named between
	// ("Not found the model kimi-k2 or Permission denied", Moonshot's;
	// "Resource not found or access denied"), is the 404 that hides.
	{name: "hidden 404 words", status: []int{400, 404}, words: re(hiddenByPermissionPattern + `|(not found|does not exist)[^.]{0,80}(or|and) (you|your (token|key))[^.]{0,40}(access|permission)|access[^.]{0,30}(not found|hidden)|shared with (your|the|this) integration|(authori[sz]ation|access|permission) (failed|denied) or [^.]{0,40}not found|not found\b[^.]{0,60}?,? \(?or [^.]{0,30}(not authori[sz]ed|(access|permission) (is )?denied|no (access|permission)|insufficient (access|permissions?|privileges))|notauthorizedornotfound`), unless: re(`\baccess[ _-]?` + credentialNounPattern + `\b`), code: NotFoundHidesPermission, strong: true,
		message: "the API hides resources the credential may not access behind a 404: give the credential access to the resource, or correct the path"},
	// A 404 whose error code or category names a missing permission
	// (Gusto's "category": "missing_permissions" for an endpoint of a
	// product tier the application is not let into), or whose error type
	// or category is authorization itself (Criteo's {"type":
	// "authorization", "code": "audience-invalid"} for another
	// advertiser's audience).
	{name: "hidden 404 permission code", status: []int{404}, words: re(`\b(missing|insufficient|lacking)[_ -]?permissions?\b|"(type|category|error_?type|kind)"\s*:\s*"(authori[sz]ation|permissions?|forbidden|access[_ -]?denied)([_ -]error)?"`), code: NotFoundHidesPermission, strong: true,
		message: "the API answers 404 and names a missing permission: the endpoint or resource is hidden from this credential (its app, plan or role is not let in); get the permission or product access at the provider, or correct the path"},
	// "The specified version does not exist (or perhaps you don't have
	// permission to use it?)": a 4xx that offers a missing permission as
	// its reason (Replicate's 422 for a version the token may not use).
	// After the hidden-404 rows, which read the same words on a 404.
	// Business Central: "You do not have the following permissions on Page
	// APIV2 - Customers: Execute.", "the current permissions prevented the
	// action", in a 400.
	{name: "no permission words", words: re(noPermissionWordsPattern),
		// A key said not active beside "no permission for this key" (the
		// PrestaShop webservice lists both for a disabled key) is the key's
		// own state: the rejected-credential row reads it. A permission
		// the server only offers as a possible reason
		// (hedgedPermissionPattern) weighed no right.
		unless: re(noPermissionWordsUnless), code: PermissionDenied, strong: true, anonymousAfter: true,
		// A key of the other mode (a sandbox key in production) is refused
		// as not permitted by some APIs (Paddle's "You aren't permitted to
		// perform this request" to a pdl_sdbx_ key on the live API): the
		// key's own marker says why.
		confirms: []string{TestKeyInProduction, LiveKeyOutsideProduction},
		message:  "the API says the caller does not have permission for this operation or resource (it may also hide a resource that way): grant the credential (or its user, app or key) access to it, or use one that has it; if the path or id is wrong, correct it"},
	{name: "web server default page", status: []int{403}, words: re(defaultPagePattern + `|<h1>403 forbidden</h1>`), unless: re(`cloudflare|akamai|incapsula|sucuri|request unsuccessful|administrative rules|application-gateway`), code: PermissionDenied, strong: true, confirms: denyPageConfirms,
		message: "the web server in front of the API (its own default error page, not a WAF) refused the request by its access rules (allow/deny, auth_request, a protected location): check its configuration for this path, or the address it expects"},
}

// deniedForInvalidCredentialsPattern: access said denied because the
// credentials are invalid ("Access is denied due to invalid
// credentials.", IIS's own 401.1 page, whose next line, "You do not have
// permission to view this directory or page using the credentials that
// you supplied.", it prints on every refused login; "Access denied
// because of wrong credentials"): the credentials were refused, the
// permission words beside them are boilerplate. (IIS's 401.3 page,
// "Access is denied due to an ACL set on the requested resource", is a
// permission, and stays one.)
const deniedForInvalidCredentialsPattern = `\baccess (is |was )?denied (due to|because of|for) (invalid|bad|incorrect|wrong|unrecogni[sz]ed|unknown) (user |login )?credentials\b`

// callerNotAuthorizedUnless: a refusal that names the caller as anonymous,
// refuses the key itself, or says the authentication was wrong ("Wrong
// authentication - You are not authorised to access this resource")
// weighed no caller's rights.
const callerNotAuthorizedUnless = anonymousCallerPattern + `|\bto use (this|that|the|your|an?) (api[ _-]?)?key\b|` + wrongAuthenticationPattern

const callerNotAuthorizedMessage = "the API says the caller (a user, role, app, client or consumer) is not authorized for this action or resource: the credential was accepted, and no role, permission, ACL entry or policy covers it; grant one (a role, an ACL entry, or add an Allow for it in IAM or the authorizer's policy), or use a credential that has it"

// notStatus401: the answer is not a 401, whose words a row reads as a
// verdict on a caller the server knew.
func notStatus401(a *analysis) bool { return a.ex.StatusCode != 401 }
