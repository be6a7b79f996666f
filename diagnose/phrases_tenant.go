package diagnose

// Phrases for what a request lacks or overreaches besides its credential:
// the tenant or channel an API needs named, a resource a valid key may
// not reach or must reach at another endpoint, a JWT whose audience,
// issuer, key id or time is not the server's.

// tenantMissingPattern: the tenant, organisation, workspace or request
// channel the API needs named with each request, said absent or not
// chosen (Grafana Loki's and Mimir's "no org id" without X-Scope-OrgID,
// "tenant ID is missing", JumpCloud's 401 "Unauthorized: no organization
// selected" to a multi-tenant admin's key without x-org-id, "Organization
// ID not specified", Splunk HEC's "Data channel is missing" without
// X-Splunk-Request-Channel; an e-commerce platform's or partner's id
// said not specified, Canada Post's AA005 "Platform id not specified"
// without its platform-id header): an identifier sent beside the credential,
// usually in a header of its own, not the credential, which may be fine.
// "No"/"missing"/"not chosen" only: "organization id is required" is as
// often a body field a validation names, one said not found or the caller
// not a member of it is not this, and two tenants sent ("multiple org IDs
// present") or a tenant too long is the value's fault, not a missing one.
const tenantMissingPattern = `\bno (org|organi[sz]ation|tenant) ?ids?\b|` +
	`\bmissing (the )?(org|organi[sz]ation|tenant|workspace)[ _-]?id\b|` +
	`\b(org|organi[sz]ation|tenant|platform|partner) ?id (is |was )?(missing|not (provided|set|specified|present))\b|` +
	`\bno (organi[sz]ation|org|tenant|workspace|project)s?( id)? (was |is )?(selected|specified|provided|given|chosen)\b|` +
	`\b(organi[sz]ation|org|tenant|workspace)[ _-]?(id )?(is |was )?not (selected|specified|provided|chosen)\b|` +
	`\b(data|request) channel (id )?(is |was )?(missing|not (provided|set|specified|present))\b`

// keyCannotAccessPattern: a key or token said unable to reach a named
// kind of resource ("The API key cannot acces the index `doggo`",
// Meilisearch's own spelling, beside the code invalid_api_key; "the
// provided tenant token cannot access the index"; "token is not allowed
// to access this bucket"): the credential was read and its reach stops
// short of this resource.
const keyCannotAccessPattern = `\b(api[ _-]?key|key|token|credential)s?\b[^.]{0,60}\b(cannot|can ?not|can'?t|may not|is not allowed to|isn'?t allowed to|is not permitted to) acces(s)? ` +
	`(the |this |that )?(index|indexes|indices|collection|bucket|database|table|project|namespace|workspace|dataset|repository|stream|topic|tenant)\b`

// keyCannotAccessUnless: the same sentence about a key said invalid,
// unknown or revoked is the key refused, not its reach (an error code
// such as invalid_api_key, written with underscores, is not these words).
const keyCannotAccessUnless = `\b(invalid|unknown|expired|revoked|malformed|missing) (api[ _-]?)?(key|token)s?\b`

// notInAudiencePattern: the JWT said not meant for this server in words
// the audience row's adjectives miss (PostgREST's "JWT not in audience",
// "Token audience doesn't match request audience", "audience mismatch",
// "aud does not match"; the claim's name quoted as code and called a
// value or claim: Dgraph's "JWT `aud` value doesn't match with the
// audience", claimNamedPattern).
const notInAudiencePattern = `\bnot in (the )?((expected|allowed|accepted|configured) )?audiences?\b|\baudience mismatch\b|\b(aud|audience)` + claimNamedPattern + ` (doesn'?t|don'?t|does not|do not|did not|didn'?t) match\b|\baud` + claimCalledInvalidPattern

// claimCalledInvalidPattern: what follows a JWT claim's short name said
// invalid: the name written as code, or followed by the word claim or
// value (Canvas's JWT validator: "Invalid access token field/s: the 'aud'
// is invalid"; "iss claim is not valid"). The quote or the word is
// needed: a bare "AUD" is as likely a currency.
const claimCalledInvalidPattern = "([`'\"]( claim| value)?| (claim|value)) (is |was )?(invalid|not valid|incorrect|wrong|unexpected|not allowed|not accepted)\\b"

// claimNamedPattern: what may follow a JWT claim's name before the verb
// said of it: a closing quote or backtick (the name written as code,
// "`aud`", "'iss'"), and the word claim or value ("`iss` value does not
// match", "aud claim doesn't match").
const claimNamedPattern = "[`'\"]?( claim| value)?"

// issMismatchPattern: the JWT's iss claim, by its short name, said not to
// match the server (the WordPress JWT plugin's "The iss do not match with
// this server", "iss does not match", "iss mismatch"); the issuer row's
// words read the long name.
const issMismatchPattern = `\biss` + claimNamedPattern + ` (do not|does not|did not|don'?t|doesn'?t|didn'?t) match\b|\biss (claim )?mismatch\b|\biss` + claimCalledInvalidPattern

// jwtKeyIDPattern: the JWT's key id (its kid header) said missing or
// unknown (Ghost's "Admin API kid missing.", "missing kid in JWT header",
// "token kid not found", "unknown token kid"): the server cannot find the
// key that signed it, so the token was read and refused, whatever the
// status (Ghost answers 400). The kid must be a token's or a header's:
// "Kid not found", "Invalid kid." or "Unknown kid" alone may be a child's
// record.
const jwtKeyIDPattern = `\b(api|jwt|token|key) kid( header| claim)? (is |was )?(missing|not found|unknown|invalid|not recogni[sz]ed|not provided)\b|` +
	`\bkid (header|claim) (is |was )?(missing|not found|unknown|invalid|not recogni[sz]ed|not provided)\b|` +
	`\b(missing|unknown|invalid|unrecogni[sz]ed) (jwt|token) kid\b|\b(missing|unknown|invalid|unrecogni[sz]ed) kid (in|from) (the )?(jwt|token|header)\b|\bno kid (header |claim )?in (the )?(jwt|token)\b`

// tooOldPattern: a JWT refused for its age rather than its exp (Ghost's
// jsonwebtoken "maxAge exceeded" to a token issued more than five minutes
// ago; "token is too old"; "token exceeds the maximum age"): its lifetime,
// as the server counts it, ran out. A maximum age said exceeded without a
// token named, or spelt out ("Maximum age exceeded for this policy
// holder", "The applicant exceeds the maximum age"), is a person's. So is
// a token said stale (go-ethereum's engine API answers "stale token" to a
// JWT whose iat is more than a minute old): issued too long ago to count.
const tooOldPattern = `\bmax[_-]?age (exceeded|reached|expired)\b|\b(token|jwt)s? (is |was )?(too old|stale)\b|\bstale (jwt|token)s?\b|\b(token|jwt)s? exceeds? (the )?(max(imum)?|allowed) age\b|\bexceeds? (the )?(max(imum)?|allowed) (token|jwt) age\b`

// notYetValidPattern: a JWT refused for a time the server has not reached
// (PostgREST's "JWT issued at future", "JWT not yet valid", php-jwt's
// "Cannot handle token prior to 2024-…", "Token used before issued";
// go-ethereum's "future token", a JWT whose iat is ahead): this
// machine's clock, or the issuer's, is ahead, or the token is for later.
// "Not active" is left out: Keycloak's introspection says so of a token
// revoked or expired as well.
const notYetValidPattern = `\bfuture (jwt|token)s?\b|\b(jwt|token)s? (is )?from the future\b|\b(jwt|token)s? (is )?not yet valid\b|\bissued (at |in )?(the )?future\b|\biat\b[^.]{0,30}\bin the future\b|\bused before (it was )?issued\b|cannot handle token prior to\b|\bnbf\b[^.]{0,30}\bin the future\b`

// issuerNotTrustedPattern: the account or server knows no identity
// provider for the JWT's issuer (AWS STS's InvalidIdentityToken "No
// OpenIDConnect provider found in your account for
// https://token.actions.githubusercontent.com", to a web identity token;
// "no OIDC provider configured for issuer https://…"; "No trusted identity
// provider matches the token issuer"): the token comes from an issuer this
// side does not trust. The issuer must be what the provider is looked up
// for (a URL or the word issuer): "No identity provider found for domain
// acme.com" is a sign-in's realm discovery, not a JWT's issuer.
const issuerNotTrustedPattern = `\bno (trusted )?(openid ?connect|oidc|identity|id|token) providers? (was |were |is )?(found|configured|registered|matches|matching)\b[^.]{0,40}\b(for|with) (the )?(token'?s? )?(issuer|https?://)|` +
	`\bno (trusted )?(openid ?connect|oidc|identity|id|token) providers? (matches|matching) (the )?(token'?s? )?issuer\b`

// endpointNamedPattern: the resource said to be addressed at the endpoint
// the answer names (S3's 301 PermanentRedirect "The bucket you are
// attempting to access must be addressed using the specified endpoint",
// with the endpoint beside it): the request reached another region's or
// host's endpoint (regionRegisteredPattern reads it).
const endpointNamedPattern = `\bmust be (addressed|accessed|reached|called|sent) (using|through|via|at|to) (the )?(specified|following|correct|right|proper|regional|named) (endpoint|host|hostname|region|url)\b`

// tokenNotLinkedHerePattern: a credential said not linked, associated or
// bound to the place the request addresses ("Access Token not linked to a
// Tool associated with this Context", Canvas's LTI services to a tool not
// installed in the course; "this token is not associated with the
// requested workspace"): read and known, and not given this place. The
// place is one the caller works in (a context, course, site, workspace);
// a key said not associated with this account belongs to another account
// (credential_rejected), and one associated with no account is unknown.
const tokenNotLinkedHerePattern = `\b(token|key|credential|grant|installation)s?\b[^.]{0,30}\b(is |are )?not (linked|associated|bound|tied|connected|registered) (to|with) [^.]{0,50}\b(this|that|the (current|requested|addressed|given)) (context|course|class|section|site|workspace|space|resource|tool)\b`
