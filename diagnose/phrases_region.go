package diagnose

// Phrases for where the request went or came from: a cloud region, an
// access point, a cluster or a host of the provider other than the
// account's, and the caller's own location.

// regionNamedPattern: the key is refused for a named cloud region or
// environment ("API key is missing or invalid for the environment
// "northamerica-northeast1-gcp". Check that the correct environment is
// specified."): it was made in another one. The region's name is read in
// either spelling (northamerica-northeast1-gcp, or as normalizeWords
// writes a hyphenated code, northamerica_northeast1_gcp).
const regionNamedPattern = `(invalid|not valid|wrong|incorrect|unknown) (for|in) the (environment|region|location) "?[a-z]{2,}([-_][a-z]+)+[-_]?\d|` +
	`correct (region|data ?cent(er|re)) is (specified|used|set)`

// wrongAccessPointPattern: the request said made to another access point
// than the account's ("Request must be made to correct API access point
// (e.g. use GET /base_uris).", an account on another shard): the
// account's regional host, as a datacenter is.
const wrongAccessPointPattern = `\b(correct|right|wrong|incorrect|another|different|other|invalid)[ _](api[ _])?access[ _]?point\b`

// callerLocationPattern: the caller's location or country said not
// served ("User location is not supported for the API use.", Gemini's 400
// FAILED_PRECONDITION; "This service is not available in your country"):
// the API judges by the address the request comes from. A location the
// request names as data ("Location not found", "the location parameter is
// not supported") is not the caller's. Also access from the caller's
// location said blocked (access_from_location_blocked), and the service
// said unavailable from or in a restricted (prohibited, sanctioned)
// location, country or jurisdiction (Binance's 451 "Service unavailable
// from a restricted location according to 'b. Eligibility' …", which
// every request from such a country's addresses gets): the service,
// API or access is what is unavailable there; "Shipping not available in
// a restricted country" is an order's data.
const callerLocationPattern = `\b(service|api|access|platform|endpoint|site|website|app)s? (is |are )?(currently )?(unavailable|not available|not accessible|blocked|not supported) (from|in) (a|an|your|this|the) (restricted|prohibited|sanctioned|blocked|unsupported) (location|country|region|jurisdiction|territory)\b|` +
	`\baccess[ _]from[ _](this[ _]|your[ _]|the[ _])?(location|country|region)[ _](is[ _]|was[ _])?(blocked|denied|not[ _]allowed|not[ _]permitted|restricted)\b|\b(user|your|caller'?s?|client|request) (location|country)( is)? (not supported|unsupported|not allowed|not available|not permitted|blocked|restricted)\b|` +
	`\bunsupported (user |caller )?(location|country)\b|\b(not (available|supported|offered)|unavailable) in your (country|location|region)\b`

// wrongClusterPattern: the account lives on another cluster, shard or
// server of the provider than the one the request reached ("Accessing
// Wrong Cluster", "You have accessed the wrong server"): base_url points
// at the wrong deployment, like a wrong region. ("Issued by another
// server" is about the token's issuer, not where the account lives.)
const wrongClusterPattern = `\b(wrong|different|incorrect) (cluster|shard|server|pod|stack)\b|\banother (cluster|shard|pod)\b`

// placeNamedCredentialPattern: a credential whose kind is named by a
// place ("Incorrect server token", "wrong cluster key", an OCPI
// toolkit's "Invalid server token" said another way): the word judges
// the credential, not where the account lives (wrongClusterPattern).
const placeNamedCredentialPattern = `\b(wrong|different|incorrect|invalid|bad|unknown) (cluster|shard|server|pod|stack) (token|key|secret|credential|password)s?\b`

// regionRegisteredPattern: the account or app is known in another region
// of the provider than the one the request reached ("Account … must be
// registered in the current region https://…", "user out of region, use
// base URL: https://…"), or the answer calls the host wrong and names the
// one to use (DeepL's "Wrong endpoint. Use https://api-free.deepl.com" for
// a key of the other plan), or names the endpoint to address
// (endpointNamedPattern): base_url points at the wrong region or host.
// Also the service said not activated (enabled) in this region for the
// account (STS's 403 RegionDisabledException: "STS is not activated in
// this region for account:123456789012."): the account works in other
// regions, whose endpoint base_url can name.
const regionRegisteredPattern = `\b(must be|is not|isn'?t|not) registered in (the|this|that) (current |same )?region\b|\bnot (activated|enabled) in (the|this|that) (current )?region for (the |your |this )?account\b|\bout of region\b|\buse (the )?base url\b|` + endpointNamedPattern + `|` +
	`\b(wrong|incorrect|invalid) (endpoint|host|hostname|base ?url|api url)\b[.,:;]?\s+(please )?use\b|` + scopedRegionPattern

// scopedRegionPattern: a signature's credential scope names another region
// than the endpoint's (AWS SigV4: "Credential should be scoped to a valid
// region, not 'eu-west-1'.", "The credential must be scoped to a valid
// region."; or "the credential scope's region … does not match"): the
// request was signed for one region and sent to another. A scope refused
// for its service ("scoped to correct service") is not a region.
const scopedRegionPattern = `\b(credential|signature|key|token)s? (should|must) be scoped to (a |the )?(valid|correct|right|proper|expected) region\b|` +
	`\bcredential scope'?s? region\b[^.]{0,60}\b(does not|doesn'?t|not) match\b`

// otherHostAccountPattern: the account or credential said not to belong
// to this host of the provider ("Account is not associated with this
// subdomain", Zulip, whose organisations each have their own; "user is
// not registered on this server", "key does not belong to this realm"):
// it lives at another host, which base_url must name, as for a region.
// "Not associated with this project" is a permission's (scopedElsewhere).
const otherHostAccountPattern = `\b(account|user|key|token|credential)s? (is |are )?(not associated with|not registered (on|with|at)|(does not|doesn'?t) belong to) (this|the) (subdomain|realm|host|hostname|domain|server|instance)\b`

// accountHomeRegionPattern: the account or key said to live in a region
// or datacenter, with the endpoint to use instead ("This account belongs
// to the EU region; use the EU endpoint", "your account is hosted in the
// US data center, use api.us…", "account is located in region eu-west,
// please use https://…"): base_url points at another region's host. The
// region said without an endpoint to use ("choose the region for your new
// bucket", "accounts in the EU region: use of this feature …") is data.
const accountHomeRegionPattern = `\b(account|api key|key|token|credential|organi[sz]ation|workspace|tenant|user)s? (is |are |was )?(belongs? to|hosted (in|on)|located (in|on)|lives? in|resides? in|created in|provisioned in) (the |a |an )?([a-z0-9]{2,}([-_ ][a-z0-9]+){0,2} )?(region|data ?cent(er|re))\b( ['"]?[a-z]{2,}([-_][a-z0-9]+)*['"]?)?[.,;:!]?\s+` +
	`(please )?(use|call|send (your )?requests to|connect to|switch to) (the |its |that |this |your )?(([a-z0-9-]+ ){0,2}(endpoint|host|hostname|url|base ?url|api|server|domain)\b|(https?://)?[a-z0-9-]+\.[a-z0-9])`

// otherNetworkCredentialPattern: a credential said to be for another
// network or environment than the one called: a network's or
// environment's token or key said mismatched, the credential said not to
// match the current (this, the selected) network or environment, or the
// caller asked whether it uses the credential for the right network. A
// token said mismatched with no network named (a CSRF token's) is not
// this, nor a blockchain's token or key (otherNetworkSubjectPattern).
const otherNetworkCredentialPattern = `\b(network|environment|chain)[ _](token|key|api[ _]?key|credential)s?[ _]mismatch\b|` +
	otherNetworkSubjectPattern + `\b[^.]{0,20}\b(does not|doesn'?t|do not|don'?t) match (the )?(current|this|the|selected|requested|target) (network|environment)\b|` +
	otherNetworkSubjectPattern + ` for the (correct|right|wrong|other|another) (network|environment)\b`

// otherNetworkSubjectPattern: the credential otherNetworkCredentialPattern
// says is another network's, opening what is said or after an article: an
// API key, a key, an access, API, project or bearer token. A bare token
// or a key named otherwise is a blockchain's ("Token contract does not
// match the selected network", "a token for the wrong network", "The
// public key does not match the current network": an asset or an
// address, the request's data).
const otherNetworkSubjectPattern = `(^|["':>.]\s*|\b(the|this|that|your|an?) )(api[ _]?key|apikey|key|credential|(api|access|auth|project|bearer)[ _]?token)s?`
