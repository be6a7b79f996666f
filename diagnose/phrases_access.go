package diagnose

// Phrase families about what the caller may do rather than about the
// credential itself: permissions and roles, the account's state, the
// resources a caller may reach (scopes are in phrases_scope.go; plans,
// billing and business rules in phrases_plan.go). Like those in
// phrases.go, each is a shape of sentence, not one provider's.

// authorizationCodePattern: an error code written as one word that names
// authorization, not authentication, failing (Xero's
// AuthorizationUnsuccessful beside AuthenticationUnsuccessful,
// QuickBooks' AuthorizationFailed beside AuthenticationFailed): an API
// with both words in its codes tells a refused login from a refused
// operation, whatever status it sends. A sentence ("Authorization has
// been denied for this request") is not a code and says no more than 401.
// Read in any code's spelling (AUTHORIZATION_UNSUCCESSFUL,
// authorization-unsuccessful once normalized).
const authorizationCodePattern = `authori[sz]ation_?(failed|unsuccessful|denied)\b`

// identityNotAuthorizedPattern: the answer names who is calling (the
// consumer, user, client, app, integration) and says it may not do this
// ("The consumer isn't authorized to access %resources.", "User
// unauthorized to perform action"): the server knows the caller, so the
// credential was accepted and a permission is missing, whatever status
// carries it (Magento answers 401, monday.com 200). The caller may be
// named ("The user 'roqueds11' isn't allowed to upload to project …", PyPI;
// "User 325ACME is not authorized to use API OpenDistributePriorityV2",
// USPS Web Tools), by the label that stands for it when its id is the
// credential itself. A caller said forbidden and no more ("user is
// forbid", CoinEx's 401) is the same, and so is one not authorized to
// operate on what it names (Alibaba Cloud's Forbidden.RAM: "User not
// authorized to operate on the specified resource", on a 400), and one
// not authorized for the operation or action it asked for (the Subsonic
// API's error 50, "User is not authorized for the given operation"), or to
// query or read the data it asked for (Vonage Reports' "User not
// authorized to query the requested data", also in a 200's flag). Also
// one not authorized or not enabled for a feature it names ("Your UPS
// Account number is not authorized for Dangerous Goods shipments.", "…for
// user generated forms functionality", on a 400; "The account is not
// enabled for international shipping"): the account was read, and what it
// may do leaves that feature out, as a plan's does.
const identityNotAuthorizedPattern = `\b(consumer|user|client|caller|app|application|integration|account|principal|identity|member|service account)s?( '[^']{1,60}'| "[^"]{1,60}"| [a-z0-9][a-z0-9@._:/-]{2,80}| \[[^\[\]]{1,200} sha256:[0-9a-f]{6}\])? ` +
	`(is not|isn'?t|are not|aren'?t|was not|were not) (authori[sz]ed|allowed|permitted) (to (access|perform|call|use|view|read|query|write|create|update|delete|modify|do|upload|publish|push|deploy|manage|edit|trigger|execute|invoke)|for (the|this|that)( given| requested| specified)? (operation|action|method|call|function))\b|` +
	`\b(user|client|app|application|integration|account|merchant|shipper|customer)s?( [a-z0-9][a-z0-9._-]{2,40})? (is not|isn'?t|are not|aren'?t|was not|has not been) (authori[sz]ed|enabled|activated|set up|configured|approved) for (the |this |that )?([a-z0-9-]+ ){0,4}` + featureNounPattern + `\b|` +
	`\b(user|client|caller|app|consumer|integration)s? unauthori[sz]ed to (perform|access|do)\b|` +
	`\b(user|client|caller|app|consumer|integration|account)s? (is|are|was) (forbid\b|forbidden\s*($|[^a-z ]))|` +
	`\b(user|client|caller|app|consumer|integration|account)s? not (authori[sz]ed|allowed|permitted) to ((perform|do|take) (that|this|the|an?) (action|operation)|(operate|act) on|(query|read|view|access) (the|this|that) (requested )?(data|records?|resources?|reports?))\b`

// featureNounPattern: the nouns that name a feature of an account (a
// kind of shipment, a functionality, a service or product of the
// provider's) after "not authorized for" or "not enabled for".
const featureNounPattern = `(shipments?|shipping|functionality|functionalities|features?|services?|products?|capabilit(y|ies)|programs?|modules?)`

// credentialNotAuthorizedForPattern: the answer says the credential
// itself (the OAuth or access token, the API key) is not authorized for
// this endpoint, route, method or operation ("Your OAuth token is not
// authorized to use this endpoint.", Linode's 401 to a personal token
// without that area's scope; "This API key is not allowed to access this
// endpoint"; Xendit's "API key is not authorized for this API service"):
// the server read the credential and weighed its rights, so
// a permission (a scope unnamed) is missing, whatever status carries it.
// A credential not authorized to use a key ("…to use this API key") is
// the key's restriction, and no part of this.
const credentialNotAuthorizedForPattern = `\b(token|api[ _-]?key|key|credential)s? (is not|isn'?t|are not|aren'?t|was not) (authori[sz]ed|allowed|permitted) (to (use|access|call|invoke) |for )(this|that|the) (api )?(endpoint|route|method|operation|resource|service)s?\b`

// notApprovedPattern: the caller named is said not approved for what it
// asked ("This client has not been approved to access this resource.",
// Salesforce's invalid_app_access "user is not admin approved to access
// this app" under API Access Control), or not approved by the user or
// owner it acts for ("This request token hasn't been approved by the
// user.", TMDB's status_code 41): the credential was read and its app
// lacks the approval, a permission. Also the caller said not assigned
// a role of the application or API (Entra's AADSTS50105 "Application '…'
// is not assigned to a role for the application '…'", "The signed in user
// '…' is not assigned to a role for the application"): known, and the
// application lets in only the identities given one of its roles.
const notApprovedPattern = `\b(consumer|user|client|caller|app|application|integration|account|developer|key|token)s? (has not been|hasn'?t been|have not been|is not|isn'?t|was not) (admin(istrator)?[- ]?)?approved (to|for|by (the |its |an? )?(user|owner|admin(istrator)?|account holder|resource owner)s?)\b|` +
	`\b(is not|isn'?t|was not|has not been|hasn'?t been|have not been) assigned (to )?(an? |any |the )?((app|application) )?roles? (for|in|of|on|to access) (the |this |that )?(application|app|api|resource|service)\b`

// hiddenByPermissionPattern: an object said not to exist, or not to be
// loadable for a missing permission ("Object with ID '…' does not exist,
// cannot be loaded due to missing permissions, or does not support this
// operation", Meta's 400): a resource hidden from this credential.
// Or the two readings offered in one sentence, the permission first
// ("You are not permitted to access the feed with key 'x' belonging to y
// or the feed does not exist.", Adafruit IO's 404).
const hiddenByPermissionPattern = `(not found|does not exist)[^.]{0,60}\b(due to|because of) (missing|insufficient|lack of) (permissions?|privileges?|access|scopes?)\b|` +
	`\bnot (permitted|allowed|authori[sz]ed) to (access|view|see|read) [^.]{0,80}\bor (the [a-z]+ |it )?(does not|doesn'?t) exist\b`

// permissionsPreventedPattern: the caller's permissions said to stop
// the action (Business Central's "Sorry, the current permissions
// prevented the action. (TableData … Read: …)"): a permission of a known
// caller, whatever the status.
const permissionsPreventedPattern = `\b(permissions?|privileges?|rights) (prevented|prevents|do(es)? not allow) (the|this|that|your) (action|operation|request|call)\b`

// noAccessToThisPattern: the caller ("you") is said not to have access to
// this resource (Finnhub's "You don't have access to this resource.", for
// a market its subscription lacks, also answered with a 401), or an
// application or client, named perhaps, not (yet) to have access to an
// API's version or endpoints (Blue Button's "This application, …, does
// not yet have access to v3 endpoints."), or no access to a module,
// feature or add-on (Visma eAccounting's 4002 "No access to module:
// api_standard", a module the company has not bought): the caller is
// known and refused the resource, not the credential.
const noAccessToThisPattern = `\b(you|user|caller|account|key|token)s? (do not|don'?t|does not|doesn'?t) have access to (this|that|the requested|the) (resource|endpoint|data|market|exchange|symbol|dataset)\b|` +
	`\bno access to (the |this |that |a )?(module|feature|add-?on)s?\b|` +
	`\b(app|application|client)s?\b[^.]{0,40}?\b(do not|don'?t|does not|doesn'?t) (yet )?have access to (this|that|these|the requested|the|v\d+(\.\d+)?) (api |version )?(resources?|endpoints?|apis?|versions?)\b`

// clientUnrecognisedPattern: the calling client, application or
// consumer said not recognised or not known, or not (yet) onboarded
// ("Client not recognised or not yet onboarded."; "The client_id provided
// is not recognized", "Unrecognized client."), or the server said not to
// recognise it (Tesla's token endpoint: "We don't recognize this
// client_id and client_secret combination."): looked up and unknown. One
// family for an API's answer (the 'client not recognised' row) and a
// token endpoint's (clientRejectedRE). The client must be what is not
// recognised: an app's version or a device said so is another check's.
const clientUnrecognisedPattern = `\b(client|app|application|consumer|caller)s?([ _]id)?( (provided|supplied|given|sent))? (is |was )?(not (recogni[sz]ed|known)|unrecogni[sz]ed)\b|` +
	`\b(do|does|did|could|can)( not|n['’]t) recogni[sz]e (this |the |that |your |an? )?(client|application|app|consumer|caller)([ _]ids?)?\s*($|[.,;:!"')]|\s(and|or|with|you|that|credentials?|secret)\b)|` +
	`\bunrecogni[sz]ed (client|application|app|consumer|caller)([ _]ids?)?\s*($|[.,;:!"')]|\s(and|or|with|credentials?|secret)\b)|` +
	`\b(client|app|application|consumer|caller)s? (is |was |has )?not (yet )?(been )?onboarded\b`

// accessLevelDeniedPattern: an access level (write, edit, delete, admin
// …) said denied or required, or said missing ("Write access denied",
// Zotero's to a read-only key; "You do not have file editing access";
// "admin rights required"): the caller is known and lacks that level of
// access, a permission, even where a bare "Access denied" says no more
// than the status.
const accessLevelDeniedPattern = `\b(write|read|edit(ing)?|admin(istrator)?|delete|upload|download|modify|update|manage|owner)( [a-z]+)? (access|permissions?|rights|privileges?) (is |was |has been )?(denied|refused|required|not (granted|allowed|permitted))\b|` +
	`\b(do not|don'?t|does not|doesn'?t|did not) have [a-z ]{0,20}\b(write|read|edit(ing)?|admin(istrator)?|delete|upload|download|modify|update|manage|owner) (access|permissions?|rights|privileges?)\b`

// accessExceptionCredentialPattern: the detail of an access-control
// exception that refuses the credential itself, not a right of its
// caller: a token or key said invalid ("Invalid token - token expired",
// "Invalid session based token - session not found or expired"), or its
// account stopped (accountStoppedPattern). Moodle writes its
// webservice_access_exception's detail so.
const accessExceptionCredentialPattern = `\binvalid ([a-z]+ ){0,2}(token|key|session)s?\b|` + accountStoppedPattern + `|` + credentialFaultPattern

// refusedForAccountStatePattern: access refused for a user or account
// named by its state ("Refused web service access for suspended username:
// ci-bot", Moodle's; "Access denied for locked account", "login rejected
// for deactivated user"): the credential's account is stopped, whatever
// it asks for. The refusal must come first, and be of access or a login:
// "Cannot enrol a suspended user", "Task assignment refused for inactive
// user jdoe" are operations on another account, refused for its state.
const refusedForAccountStatePattern = `\b((access|login|log-?in|logon|sign-?in|authentication|auth) (was |is |has been )?(refused|denied|blocked|rejected|disallowed)|(refused|denied|blocked|rejected|disallowed) [a-z ]{0,30}\b(access|login|log-?in|logon|sign-?in|authentication))\b for (the |this |that |a |an )?(suspended|deleted|deactivated|disabled|locked|unconfirmed|banned|inactive) (user ?name|user|account|login)s?\b`

// grantsNoAccessPattern: the credential is said not to grant access to
// what was called (Synapse's "Token doesn't grant access to the Matrix
// C-S API", on a 401; HERE's "These credentials do not authorize
// access"): it was read and found valid, and it does not reach this API;
// a permission, whatever the status. (A scope said not
// to grant it is the scopes row's.)
const grantsNoAccessPattern = `\b(token|key|credential|session)s? (do(es)? not|don'?t|doesn'?t) (grant|give|allow|permit|provide|confer|authori[sz]e) (you )?(access|permission)( to\b|\s*($|[.,;:"!]))`

// userRequiredPattern: the endpoint needs a user behind the credential
// (Mastodon's "This method requires an authenticated user", a 422 to an
// application token; "A user token is required"): with a credential
// sent and a status that is not 401, the credential was read and belongs
// to an app, not a user.
const userRequiredPattern = `\brequires? an? (authenticated|logged[- ]in|signed[- ]in) user\b|\brequires? an? user[- ](context|token|access token|session)\b|` +
	`\b(an? )?(user|end[- ]user)[- ](context|access token|token) (is )?required\b`

// onlyAuthorizedForPattern: the credential (a key, token, client id or
// app) said authorized, allowed or enabled only for some use: read, and
// limited by its owner or its provider to what this is not.
const onlyAuthorizedForPattern = `\b(api[ _-]?key|key|token|client[ _-]?id|app(lication)?|credential)s? (is|are) only (authori[sz]ed|allowed|permitted|enabled) (to (use|access|call|read|write)|for)\b`

// tokenNotValidForPattern: a credential, a consent or a grant said known
// and not valid for the service, resource or operation addressed ("The
// OAuth2 token is associated to the TPP but is not valid for the
// addressed service/resource", "The consent was created by this TPP but
// is not valid for the addressed service/resource", NextGenPSD2's
// TOKEN_INVALID and CONSENT_INVALID; "This key is not valid for this
// endpoint"): read, and it does not reach this. An API or a project said
// so is the audience's or the scope's (scopedElsewherePattern).
const tokenNotValidForPattern = `\b(token|key|credential|consent|grant|authori[sz]ation)s?\b[^.]{0,60}\b(is|are) not valid for (this|that|the) (addressed |requested |called |current |given )?(service|resource|endpoint|operation|method|function|action|call)s?\b`

// tokenNotForOperationPattern: the credential said to be of a kind that
// does not work with the function called ("The OAuth 2 access token you
// provided is for a specific Dropbox user account and does not work with
// this function", a user's token on a team function; "this key cannot be
// used for this endpoint"), or unable to reach it ("The access token
// provided is not currently able to query this endpoint", Yelp's
// UNAUTHORIZED_ACCESS_TOKEN on a 401; "This key cannot access this
// API"), or the caller said unable to use it there ("Cannot use this
// token on this route (scope: login)", Open Collective's to a login
// link's token on an API route; "You may not use this key for this
// endpoint"): read and known, not allowed this operation.
// The token or key opens the sentence or follows an article with only a
// credential's kind between: "This pagination token cannot be used with
// this endpoint", "The idempotency key … cannot be used for this
// operation" are the request's data.
const tokenNotForOperationPattern = `(^|["':>.]\s*|\b(the|this|that|your|an?) )(oauth ?2? |api |access |bearer |user |app(lication)? |personal |team |service |publishable |secret |public |private |restricted |live |test |admin |read-only |refresh |id )*(token|key|credential)s?\b[^.]{0,90}\b(does not|doesn'?t|do not|don'?t|will not|won'?t|cannot|can'?t) (work|be used) (with|for|on) (this|that|the) (function|endpoint|operation|method|route|call|action)\b|` +
	`(^|["':>.]\s*|\b(the|this|that|your|an?) )(oauth ?2? |api |access |bearer |user |app(lication)? |personal |team |service |publishable |secret |public |private |restricted |live |test |admin |read-only |id )*(token|key|credential)s?\b[^.]{0,60}\b((is|are) not (currently )?able to|(is|are) unable to|cannot|can'?t|can ?not) (query|access|call|use|reach|invoke) (this|that|the) (function|endpoint|operation|method|route|api|resource|service)\b|` +
	`\b(cannot|can ?not|can'?t|may not|must not) use (this|that|the|your|an?) (oauth ?2? |api |access |bearer |user |app(lication)? |personal |team |service |publishable |secret |public |private |restricted |live |test |admin |read-only |refresh |id )*(token|key|credential)s? (with|for|on|in) (this|that|the) (function|endpoint|operation|method|route|call|action|path)\b`

// termsNotAcceptedPattern: the user behind the credential must first
// accept terms ("User must accept custom terms of service before action
// can be taken", terms_of_service_required; "You need to accept the
// updated Terms of Use"): known, not allowed until then.
const termsNotAcceptedPattern = `\b(must|needs? to|has to|have to|should) (first )?accept (the |our |its |custom |updated |new |latest )*(terms of (service|use)|terms and conditions|tos|eula|license agreement)\b|` +
	`\bterms[ _]of[ _](service|use)[ _](required|not[ _]accepted|acceptance[ _]required)\b`

// notGrantedPermissionPattern: the credential, or the app or user behind
// it, said not granted a permission or access ("This token hasn't been
// granted write permission by the user.", TMDB's 401; "This application
// has not been granted access to this endpoint"): the server read it and
// knows what it may do, whatever the status. A request the user has "not
// yet granted" (a device flow's authorization_pending) names no
// permission. The passive with the access first says the same ("access
// to this product was not granted for the account", Plaid's
// ACCESS_NOT_GRANTED; "permission to read invoices has not been
// granted"), "granted" ending its clause or followed by whom or what for:
// "access has not been granted yet" is the pending grant too. What asked
// for them may stand between ("The permissions requested are not granted
// to this installation.", GitHub's 422 for an installation token).
const notGrantedPermissionPattern = `\b(token|key|credential|app|application|client|integration|user|account)s? (has not|hasn'?t|have not|haven'?t|was not|wasn'?t|were not|is not|isn'?t) (been )?granted (the |this |that |any )?([a-z]+ ){0,2}(permissions?|access|rights?|privileges?)\b|` +
	`\b(access|permissions?|rights?|privileges?)( (requested|required|needed|asked for))?( (to|for|on) [a-z0-9 _-]{1,40}?)? (was not|wasn'?t|were not|weren'?t|is not|isn'?t|are not|aren'?t|has not been|hasn'?t been|have not been|haven'?t been) granted(\s+(to|for|by|on)\b|\s*([.,;:!)"]|$))`

// disabledFromPattern: the caller's organisation, account or app said
// kept from doing what it asked ("Organisation is disabled from serving
// flags.", "This project has been blocked from sending email"): the
// credential was read and its holder may not do this, a permission of the
// account (suspended or banned accounts are the rejected-credential
// reading's).
const disabledFromPattern = `\b(organi[sz]ations?|accounts?|workspaces?|projects?|teams?|tenants?|apps?|applications?|users?|keys?|tokens?) (is |are |has been |have been |was |were )(disabled|blocked|prevented|restricted) from [a-z]+ing\b`

// credentialGrantsNothingPattern: the credential itself said to carry no
// permission, or the resource or method said not allowed with it (the
// PrestaShop webservice's "No permission for this authentication key",
// 'Resource of type "customers" is not allowed with this authentication
// key', "Method DELETE is not allowed for the resource products with this
// authentication key"; "not permitted with this API token"): the server
// read the key and looked up what it may do.
const credentialGrantsNothingPattern = `\bno (permissions?|rights|privileges?|access) (for|with|on) (this|that|the|your) ((authentication|api|access|auth) )?(key|token|credential)s?\b|` +
	`\bnot (allowed|permitted) (for [^.]{0,60} )?(with|using|for|by) (this|that|the|your) ((authentication|api|access|auth) )?(key|token|credential)s?\b`

// requiredPermissionsListPattern: the answer lists the permissions, roles
// or privileges the operation needs ("To access this path, you need one of
// the following permissions: HANDLE_CHECKOUTS", Saleor's GraphQL error;
// "requires the following permissions: orders:write"): the caller was
// identified and holds none of them.
const requiredPermissionsListPattern = `\b(need|needs|require|requires|required) (one of |all of |any of |at least one of )?the following (permissions?|privileges?|roles?)\b`
