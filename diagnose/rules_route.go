package diagnose

// routeRules: the rows that come first in the table (rules.go): the
// route the request named (an unknown or retired endpoint), what stands
// in front of the API (a gateway, a proxy, a CDN), the organisation's
// single sign-on, the key's mode and region, a referrer, the kind or
// scheme of credential the API takes, and the caller's address.
var routeRules = []rule{
	{name: "AWS API Gateway", words: re(`missing authentication token`), needsSent: true, code: EndpointNotFound, strong: true,
		message: "the gateway answers \"Missing Authentication Token\" for a path, method or stage it does not know, before any authorizer runs: check the path, the HTTP method and the stage in the URL against the deployed API; the credential is not the problem"},
	// API Gateway reads an Authorization header on a route it does not
	// know as a SigV4 signature, and stumbles on a Bearer token.
	{name: "unknown operation", words: re(unknownOperationPattern), code: EndpointNotFound, strong: true,
		message: "the API says the API or operation the request names does not exist, whatever it says about authorization: check the operation name, the path and the method against the API's documentation (and that the account is moved to production if the API says so); the credential is not the problem"},
	{name: "endpoint said invalid", status: []int{401, 403}, words: re(endpointInvalidPattern + `|` + unknownRouteCodePattern), code: EndpointNotFound, strong: true,
		message: "the API answers a refusal whose words say the endpoint or route is invalid or unknown and ask to check the path: check the path, the method and the base URL against the API's documentation; the credential is not the problem"},
	{name: "method not for the route", status: []int{401, 403, 405}, words: re(methodUnauthorizedForRoutePattern), code: EndpointNotFound, strong: true,
		message: "the API says the request's method is not valid or authorized for this endpoint: the route does not take this method, whatever the word about authorization; check the HTTP method and the path against the API's documentation; the credential is not the problem"},
	// Some APIs answer an unknown path with 401 or 403 and say it was not
	// found (routeNotFoundPattern).
	{name: "route said not found", status: []int{401, 403}, words: re(routeNotFoundPattern), unless: re(routeNotFoundUnlessPattern), code: EndpointNotFound, strong: true,
		message: "the API answers a refusal whose words say the resource, endpoint or path the request names was not found: some APIs answer an unknown route with 401 or 403; check the path, the method and the base URL against the API's documentation; the credential is not the problem"},
	// A route said retired (endpointGone: "This endpoint has been retired",
	// or under an error about the key, Eventbrite v1's "Application Key
	// Error": "This endpoint has been deprecated."): the route changed,
	// not the key nor the way of authenticating.
	{name: "route retired", words: re(routeGonePattern), when: endpointGone, code: EndpointNotFound, strong: true,
		message: "the API says the endpoint or method the request calls has been retired: the route is gone, the credential is not the problem; move to the endpoint the API documents now (its current version's path)"},
	{name: "AWS API Gateway SigV4 parse", words: re(`(invalid|not a valid) key=value pair \(missing equal-sign\) in authorization header|authorization header requires '(credential|signature|signedheaders)' parameter`), codeFor: sigV4ParseCode, strong: true,
		message: "API Gateway tried to read the Authorization header as an AWS SigV4 signature: it does so for a path, method or stage it does not know (or a route that requires IAM authorization), before any authorizer runs; check the path, the HTTP method and the stage in the URL against the deployed API"},
	{name: "proxy authentication", status: []int{407}, code: BlockedByProxy, strong: true,
		message: "a forward proxy between this machine and the API asks for its own credentials (407 Proxy Authentication Required): the request never reached the API; give the proxy its credentials (HTTPS_PROXY=http://user:pass@proxy:port), or bypass it for this host (NO_PROXY)"},
	// Jira and Confluence (Atlassian Seraph) refuse a login and still
	// answer the request, as an anonymous user, often with a 200.
	{name: "Atlassian login refused", header: "X-Seraph-Loginreason", value: re(`^(authentication_denied|authenticated_failed)`), refuses2xx: true, code: CredentialRejected, strong: true,
		message: "Jira/Confluence refused the login (X-Seraph-LoginReason) and answered as for an anonymous user: AUTHENTICATED_FAILED means the username, password or API token is wrong; AUTHENTICATION_DENIED means the account must pass a CAPTCHA after failed logins (log in once in the browser), then run again"},
	// gRPC answers a refused call with its status in the grpc-status
	// header, also over HTTP/1.1 to a browser (gRPC-Web) and in a
	// trailers-only answer whose HTTP status is 200 or 204: 16 is
	// UNAUTHENTICATED, 7 PERMISSION_DENIED, 8 RESOURCE_EXHAUSTED (the
	// protocol's canonical codes, whatever server answers them);
	// grpc-message says why. Nothing sent reads as any refusal with no
	// credential (refusal: grpcRefusal).
	{name: "gRPC status unauthenticated", header: "Grpc-Status", value: re(`^16$`), refuses2xx: true, needsSent: true, code: CredentialRejected, strong: true,
		message: "the gRPC status in the answer's headers is 16 (UNAUTHENTICATED): the server did not accept the credential; check it (its value, its expiry, and that it is sent in the metadata the service reads, usually authorization) and the grpc-message header for why"},
	{name: "gRPC status permission denied", header: "Grpc-Status", value: re(`^7$`), refuses2xx: true, needsSent: true, code: PermissionDenied, strong: true,
		message: "the gRPC status in the answer's headers is 7 (PERMISSION_DENIED): the caller was identified and may not call this method; grant the credential the role or permission, or use one that has it (grpc-message may say which)"},
	{name: "gRPC status resource exhausted", header: "Grpc-Status", value: re(`^8$`), refuses2xx: true, code: RateLimited, strong: true,
		message: "the gRPC status in the answer's headers is 8 (RESOURCE_EXHAUSTED): a quota or rate limit was reached; wait before retrying, lower --parallel, or ask for a higher limit"},
	// HAProxy's built-in answer to an http-request deny rule: the load
	// balancer in front of the API refused, not the API (nor a web server
	// serving it).
	{name: "HAProxy deny page", status: []int{403}, words: re(`request forbidden by administrative rules`), code: BlockedByProxy, strong: true, confirms: denyPageConfirms,
		message: "HAProxy in front of the API refused the request with its own deny page (\"Request forbidden by administrative rules\"): an http-request deny rule or ACL matched (source address, path, method or a header); check the load balancer's rules for this request, or run from an allowed network"},
	// The API's own words for a request its firewall in front refused
	// (GOV.UK Pay's P0920 "Request blocked by security rules", after its
	// naxsi WAF matched; "The request was rejected by the web application
	// firewall"): the request itself, not the credential, matched a rule.
	{name: "security rules named", status: []int{400, 403, 406}, words: re(securityRulesBlockedPattern), code: BlockedByProxy, strong: true,
		message: "the answer says a security rule in front of the API (a web application firewall) blocked the request, not the credential: something in the request matched a rule (a header, the body's content, a path or its encoding); change what matched, or have the WAF rule for this API relaxed"},
	// Cloudflare's plain-text error for non-browser clients: 1010 a banned
	// browser signature (a scripted User-Agent), 1020 a firewall rule, 1015
	// its rate limiting. The text is the code alone, or with what a
	// client or gateway wraps around it ("Error: error code: 1010",
	// "error code: 1010.", a help link or request id after it).
	{name: "Cloudflare error code", status: []int{403, 429}, words: re(`^\s*([a-z ]{1,24}:\s*)?error code: 1\d{3}[.!]?(\s*see https?://\S+[^.\n]*\.?|\s*\((request|ray) id:[^)\n]*\))?\s*$`), codeFor: cloudflareCode, strong: true,
		message: "Cloudflare answered for the API with its own error code (1010: the client's signature, such as a scripted User-Agent, is banned; 1020: a firewall rule matched; 1015: rate limited): the request never reached the API; check the zone's firewall, bot and rate-limiting rules, or allowlist the CI runner"},
	{name: "GitHub SSO", header: "X-Github-Sso", code: SSOAuthorizationRequired, strong: true,
		message: "the organisation enforces SAML single sign-on and this token is not authorized for it: authorize the token for the organisation (the URL in the X-GitHub-SSO header, or the token settings page), then run again"},
	{name: "SAML/SSO enforcement", words: re(`saml enforcement|sso authorization|single sign-on (is )?required|sso_required`), code: SSOAuthorizationRequired, strong: true,
		message: "the organisation enforces single sign-on and this token is not authorized for it: authorize the token for the organisation's SSO in the provider's token settings"},
	{name: "test/live mode", words: re(`\btest ?mode\b|\blive ?mode\b|wrong mode is used|switching live / test|\b(test|live|sandbox) (api )?key (was|is) used|test account credentials`),
		codeFor: modeCode, strong: true, confirms: []string{TestKeyInProduction, LiveKeyOutsideProduction},
		message: "the API says the key and what the request asks for belong to different modes (test versus live): use this environment's own key — the live key in production, the test key elsewhere — and ids of objects created in that same mode"},
	{name: "region", header: "X-Amz-Bucket-Region", status: []int{301, 400, 403}, code: RegionMismatch, strong: true,
		message: "the resource lives in another region than the request was signed or sent for (X-Amz-Bucket-Region): use that region's endpoint or signing region in base_url"},
	// The datacenter said wrong in any of the words for it ("you've
	// attempted to access the wrong/invalid/incorrect datacenter"): the
	// key's suffix then decides between region and a refused key.
	{name: "Mailchimp datacenter", words: re(`\b(wrong|invalid|incorrect) data ?cent(er|re)\b`), codeFor: datacenterCode, strong: true,
		message: "Mailchimp says the key is invalid or belongs to another datacenter: the part after the dash in the key (us6, …) names its datacenter, and base_url must use that host (https://us6.api.mailchimp.com); if it does, the key is revoked or mistyped"},
	{name: "region words", unless: re(`may be invalid|` + placeNamedCredentialPattern), words: re(`region '[^']*' is wrong|\bregion (is|was) (wrong|incorrect)\b|\bregion (is|was) invalid[;,]? expect(ing|ed)\b|wrong region|incorrect region|another region|different region|region mismatch|(other|different|wrong) data ?cent(er|re)|` + regionNamedPattern + `|` + wrongAccessPointPattern + `|` + wrongClusterPattern + `|` + regionRegisteredPattern + `|` + otherHostAccountPattern + `|` + keyLinkedRegionPattern + `|` + accountHomeRegionPattern), code: RegionMismatch, strong: true,
		message: "the credential or resource belongs to another region or datacenter than the one the base URL points to: use that region's endpoint (for example the EU host) in base_url, or a credential created in this region"},
	// A key's restriction judges a key: to a request that carried none,
	// sending it comes first (Naver's "Not Exist Client URL information"
	// to a request without its client id headers).
	{name: "referrer restriction", words: re(`referr?er|ipreferer|(android|ios) client application|` + originRestrictedPattern), unless: re(`ip address`), anonymousAfter: true, code: ReferrerRestricted, strong: true,
		message: "the API key is restricted to certain HTTP referrers (or applications), and this request has none of them: use a server key without referrer restrictions for tests, or send an allowed Referer in defaults.headers"},
	// The format of a header the credential went in said invalid, and not
	// of every one (oneCredentialHeaderFaulted): an API that takes two
	// kinds of credential, a token in Authorization: Bearer and an
	// account's key in a key header beside its e-mail or id header
	// (Cloudflare's X-Auth-Key with X-Auth-Email; X-Api-Key with
	// X-Api-User), checks each header's format before any lookup, so the
	// value there has the other kind's shape.
	{name: "credential header format", words: re(headerFormatFaultPattern), when: oneCredentialHeaderFaulted, code: CredentialInWrongPlace, strong: true,
		message: "the server says the value does not have the format of the header it was sent in: a credential of another kind in that header (an API token sent as an account's key, which goes in a key header beside the account's e-mail or id, or a key sent as a token in Authorization: Bearer); send each credential in the header its kind belongs in, or, if it is the right kind, copy it again (it may be truncated)"},
	// The format of every header the credential went in said invalid (the
	// identity's and the key's): the values are mistyped or placeholders,
	// not one in another's header (everyCredentialHeaderFaulted).
	{name: "every credential header's format", words: re(headerFormatFaultPattern), when: everyCredentialHeaderFaulted, code: CredentialRejected, strong: true,
		message: "the server says the value of every header the credential went in has the wrong format (the identity and the key alike): the values are mistyped, truncated or placeholders rather than one in another's header; copy them again from the provider's console into the variables that define them"},
	// "API keys are not supported by this API. Expected OAuth2 access
	// token": the API takes another kind of credential, not this one
	// elsewhere.
	{name: "credential kind not supported", words: re(`\b(api[ _-]?keys?|basic auth\w*|passwords?|access keys?|bearer tokens?|(oauth ?2? )?access tokens?|personal access tokens?) (are|is) not (supported|accepted|allowed) (by|for|on|with) this (api|endpoint|service|method|resource)|` + otherKindPattern), unless: re(valueInvalidPattern), needsSent: true, when: notTheKindSent, code: SchemeMismatch, strong: true,
		message: "the API says it does not accept this kind of credential and names the kind or scheme it takes instead (an OAuth2 access token where an API key was sent, an app-only token where a user-context one was sent, or the reverse): change the credential's type to the one it names (type: bearer with a token from the provider, or type: oauth2_client_credentials); on a server you run, enable the scheme you send"},
	// "Authentication bearer scheme must be used" to an ApiKey-v1 header:
	// the server names the scheme it takes, and it is not the one sent.
	{name: "scheme named", words: re(schemeRequiredPattern), needsSent: true, when: schemeNotNamed, code: SchemeMismatch, strong: true,
		message: "the API names the Authorization scheme it takes, and the request used another: send the credential with that scheme (type: bearer for Bearer, or the prefix the API documents), made the way the API describes for it"},
	{name: "geo restriction", words: re(`country, region,? or territory not supported|unsupported_country|` + callerLocationPattern), code: IPRestricted, strong: true,
		message: "the API refuses requests from this country or region (it judges by the IP address the request comes from): run from a supported location, a CI runner or proxy there"},
	{name: "caller's IP address unmatched", words: re(callerIPUnmatchedPattern), code: IPRestricted, strong: true,
		message: "the API found nothing it is set up with (an API client, a key or an allowed range) that matches this machine's IP address: add this machine's (or the CI runner's) egress IP to the allowlist, or run from an allowed network"},
	{name: "private network only", words: re(privateNetworkOnlyPattern), code: IPRestricted, strong: true,
		message: "the API takes requests only from a private network (a private endpoint, a virtual network or a service perimeter), and this one came from outside it: run from inside that network (a self-hosted runner or VPN there), or allow this machine's network in the resource's network rules"},
	{name: "IP address refused", words: ipRefusedRE, when: ipRefusedHere, code: IPRestricted, strong: true,
		message: "the API refuses the request's IP address (the credential, its role or the account is limited to an allowlist of addresses): add this machine's (or the CI runner's) egress IP to the allowlist, or run from an allowed network"},
}
