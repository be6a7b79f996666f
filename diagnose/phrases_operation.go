package diagnose

// The operation phrase families, split from phrases_access.go: the
// operation, action, API or request itself said unauthorized, not
// granted or not allowed for this caller (the caller's rights, not the
// credential's validity).

// operationUnauthorizedPattern: the API, method or interface called said
// unauthorized ("api unauthorized", WeChat's 48001 to an account whose
// type does not include the API): the operation is refused to a caller
// the server knows, not the credential.
const operationUnauthorizedPattern = `\b(api|interface|method|function|endpoint|operation)s? (is |are )?(unauthori[sz]ed|not authori[sz]ed)\b|` + unauthorizedOperationPattern

// apiNotGrantedPattern: the API, interface or method called, named as
// this one ("the current", "this", "the requested"), said not authorized
// or not granted to the caller, or someone said not to have granted it
// (Alipay's "商户未授权当前接口", in English through localWords: the
// merchant has not authorized the current interface for the app, beside
// a sub code that names the app's token; "This API has not been granted
// to your application"): the token is read and valid, and this operation
// is outside what it was given. Without the determiner ("API not
// authorized") the words may be the request's own refusal and are left
// to the weaker readings.
const apiNotGrantedPattern = `\b(this|the current|the requested|current) (api|interface|method|endpoint|operation) (is |has )?not (been )?(authori[sz]ed|granted)\b|` +
	`\bhas not (authori[sz]ed|granted) (this|the current|the requested|current) (api|interface|method|endpoint|operation)\b`

// unauthorizedOperationPattern: the operation or action named
// unauthorized or forbidden, the adjective first ("Unauthorized
// operation", Casdoor's; "Forbidden action"): the caller is known and the
// operation refused. An "unauthorized request" or "unauthorized access"
// names no operation and stays the credential's.
const unauthorizedOperationPattern = `\b(unauthori[sz]ed|forbidden|disallowed|prohibited) (operation|action)s?\b|` + operationAccessRefusedPattern

// unauthorizedRequestPattern: an operation or access refused because the
// request itself was unauthorized ("Operation is not allowed due to
// unauthorized payload.", "Access denied due to unauthorized transaction",
// "rejected because of an unauthorized request"): the reason given is
// that nothing authenticated the request, so the refusal is the
// credential's, as a 401 says it, whatever "not allowed" says of an
// operation beside it. "For" gives a reason only after a refusal ("Request
// rejected for unauthorized access"): after a thing's name it names what
// the thing is for ("No alert rule configured for unauthorized access
// events", a security API's data), no refusal.
const unauthorizedRequestPattern = `\b(due to|because of|owing to) (an? |the )?unauthori[sz]ed (payload|request|transaction|call|message|access|client)s?\b|` +
	`\b(denied|refused|rejected|blocked|declined|not allowed|not permitted|forbidden)\b[^.]{0,30}\bfor (an? |the )?unauthori[sz]ed (payload|request|transaction|call|message|access|client)s?\b`

// actionRefusedPattern: the action itself said not allowed to this
// caller (Mastodon's "This action is not allowed"), a guest refused
// (Synapse's "Guest access not allowed"), or a session not elevated for
// what it asked (Gotify's "session not elevated, use basic auth or call
// /client:elevate", sudo modes): the caller is known and may not, said
// in words a proxy's page does not use. The action's refusal must end
// the sentence: Okta's "This operation is not allowed in the user's
// current status" is about the user the request names. Also "not
// authorized to execute this request" (ArangoDB's answer, even as a 401, to
// a user without access to the database; "to execute the query/mutation"):
// a request or operation refused, not a credential ("not authorized to
// connect" is left to the credential's readings). The action may be the
// one attempted or requested, and said disallowed, or judged first and
// then disallowed (Graph's (#368) "The action attempted has been deemed
// abusive or is otherwise disallowed"): a policy's refusal of what this
// caller did. A parenthesis may follow (a request id the server appends).
const actionRefusedPattern = `\b(this|that|the|your) (action|operation)( (attempted|requested)| you (attempted|requested))? (is|was|has been) (deemed [a-z]+ or (is )?)?(otherwise )?(disallowed|not (allowed|permitted))\s*($|[.!"<(])|\bguests?( access)? (is |are )?not (allowed|permitted)\b|` +
	`\bnot (authori[sz]ed|permitted|allowed) to (execute|perform) (this|that|the) (request|operation|action|query|statement|call|api call)\b|` +
	`\b(session|token|user|account)s? (is |was )?not elevated\b|\b(elevated|sudo) (session|mode|privileges?) (is )?required\b`

// operationNamedUnauthorizedPattern: an operation named as what the
// caller is unauthorized to do, with the action spelled out as a
// registry does ("unauthorized to access repository: library/nginx,
// action: push", Harbor's, on a 401 with its default Basic challenge) or
// by a registry's verb ("unauthorized to list catalog", "not authorized
// to push to this repository"): the login was read, the operation
// refused. ("Not authorized to create a Tweet with duplicate content" is
// the business rule's: other verbs need the action spelled out.) "Unauthorized to access this API" names no
// operation and stays the credential's.
const operationNamedUnauthorizedPattern = `\b(unauthori[sz]ed|not authori[sz]ed|not allowed|denied) to [a-z]+ [^.]{0,80}\baction[:=] ?"?[a-z*]+|` +
	`\b(unauthori[sz]ed|not authori[sz]ed) to (list|push|pull)\b`

// requestNotAllowedToPattern: the request said not allowed or permitted
// to, for or on a service, resource or operation it names (X-Road's
// Server.ServerProxy.AccessDenied "Request is not allowed:
// SERVICE:DEV/COM/222/TESTSERVICE/petstore", the provider's access rights
// not listing the caller's subsystem; "Request not permitted for this
// resource"): the caller is known and may not use it. Something of the
// request itself said not allowed (a method, a body, a field) names no
// service; after a colon the service is the name that follows (SERVICE:,
// a path, a quote): "Request is not allowed: resource is locked" is a
// state.
const requestNotAllowedToPattern = `\brequests? (is |was |are )?not (allowed|permitted)(:\s*(services?|resources?|apis?|endpoints?|operations?|subsystems?)\s*[:=/"']| (to|for|on) (the |this |that )?(services?|resources?|apis?|endpoints?|operations?|subsystems?)\b)`
