package diagnose

// The role and ownership phrase families, split from phrases_access.go:
// what was asked said kept for a role (administrators, owners, a role
// required or one the caller must be), and a resource said not the
// caller's or private. The caller is known and lacks the role or the
// ownership, whatever status carries it.

// adminOnlyPattern: the answer says what was asked is kept for
// administrators or owners ("API key access lists are only accessible by
// the API key or by a user administrator", "This API is reserved to admin
// users"): the caller is known and lacks the role, whatever status
// carries it. The role named first ("Only administrators allowed to
// sudo.") is onlyRoleCanPattern's.
const adminOnlyPattern = `\b(only (accessible|available|allowed|permitted|visible) (by|to|for)|reserved (to|for)) [^.]{0,40}\b(admins?|administrators?|owners?)\b`

// notYoursPattern: what the request names is said not to be the caller's
// ("These credentials do not belong to you", Cal.com about a calendar
// connection named by its id): the server knows who "you" are, so the
// request's own credential was accepted and the object is another's. Or
// the identity the token's claims carry said not to match the one the
// path names (Xbox services' "XUID specified in the claim does not match
// URI XUID.", "the user id in the token claims does not match the
// requested user"): the token is read, and its user is not the one the
// request acts for. Or what the request names said to match none of the
// caller's own ("Package address token does not match any tokens in the
// user's profile.", UPS's 401 to a package delivered elsewhere; "does not
// match any of the addresses on your account"): the server looked in the
// caller's profile, so it knew the caller, and the object is not theirs.
const notYoursPattern = `\b(do|does|did) ?n(o|')t belong to you\b|\b(is|are) not yours\b|` +
	`\b(do|does|did) not match any( of the)? [a-z' -]{0,40}\b(in|on|of) (the user'?s?|your|the caller'?s?|the account'?s?|this user'?s?) (profile|account)\b|` +
	`\bmatch(es)? the [a-z ]{0,20}\b((access|api|auth)[_ ]?)?(token|key|credential)'?s? (user|account|owner)'?s? [a-z_ ]{0,20}\bids?\b|` +
	`\bin the ((access |auth |id )?token'?s? |credential'?s? )?claims? (does|do|did) not match (the )?(uri|url|path|route|request(ed)?|resource)\b`

// roleRequiredPattern: the answer names the role, privilege or level of
// access the operation requires, before it ("requires admin privilege",
// InfluxDB's "reader not authorized to execute statement 'CREATE DATABASE
// x', requires admin privilege"; "requires the owner role") or in the
// passive after it (Qdrant's "Forbidden: Global access is required" to a
// collection-scoped JWT; Outline's "Admin role required"; "Write permission
// required"): the caller is known and lacks it, whatever status carries
// it. The role may read as a redaction label when a suite's user name is
// that word ("requires [admin.username sha256:…] privilege"). The role
// may be a capability's own name in quotes, one or several (Fossil's
// "Requires 'o' permissions.", "Check-in timeline requires 'h' access.",
// "Requires 'a' or 's' privileges."; "requires \"write\" permission").
const roleRequiredPattern = `\brequires? (the |an? )?(` + roleLevelWords + `|\[[^\[\]]{1,200} sha256:[0-9a-f]{6}\]|` + quotedRolesPattern + `)( |-)?(privileges?|rights|role|access|permissions?)\b|` +
	`\b(` + roleLevelWords + `)s? (access|rights|permissions?|privileges?|role) (is |are )?required\b`

// quotedRolesPattern: one capability or role named in quotes, or several
// joined by "or", "and" or commas ('a' or 's').
const quotedRolesPattern = `['"‘“][a-z0-9_:.-]{1,30}['"’”]((,| or| and|, or) ['"‘“][a-z0-9_:.-]{1,30}['"’”]){0,4}`

// roleLevelWords: the roles and levels of access roleRequiredPattern
// names (a role, or how much of the API it reaches).
const roleLevelWords = `admin|administrator|owner|manager|maintainer|moderator|superuser|super user|root|cluster admin|global|cluster|write|read-write|manage|management|full|organi[sz]ation-wide`

// mustBeRolePattern: the caller is told the role it must have ("You must
// be the owner/manager of this team.", Umami's, on a 401; Vaultwarden's
// "You need to be Admin or Owner to call this endpoint"; Gitea's "Must be
// an organization owner"), or, the message opening on it, the roles that
// may ("Must be cash admin, bookkeeper or user.", Brex's 401): the caller
// is known and lacks the role. ("Admin role required" is
// roleRequiredPattern's; "Value must be an admin id" opens on its field.)
const mustBeRolePattern = `\b(you|users?|callers?) (must|need to|needs to|should|have to) be (an? |the )?[a-z, /]{0,40}?\b(owner|admin|administrator|manager|maintainer|moderator|member|editor|collaborator)s?\b|` +
	`\bmust be an? (organi[sz]ation|team|project|site|repo(sitory)?|workspace|group) (owner|admin|administrator|manager|member)\b|` +
	`(^|["':>]\s*)must be (an? |the )?[a-z, /]{0,40}?\b(owner|admin|administrator|manager|maintainer|moderator|editor|collaborator)s?\b`

// privateResourcePattern: the object asked for is said private ("This
// resource is private.", TMDB's 401; "This playlist is private"): the
// caller was identified and may not see it. A private key is a
// credential, not an object.
const privateResourcePattern = `\b(this|the|that) (resource|repository|repo|project|list|playlist|profile|video|document|file|board|collection|dataset|album|channel|feed|page|post|item|object|record|account)s? (is|are) private\b`

// onlyRoleCanPattern: the operation said to be for a role the caller does
// not hold ("Only superusers can perform this action.", PocketBase's older
// "Only admins can perform this action.", "Only the project owner can
// delete it", "Only workspace admins may invite members", Gitea's "Only
// administrators allowed to sudo.", "only owners have permission to do
// this"), the role first in a list of them ("Only account admin, ap
// clerks and bookkeepers can access contacts", Brex's 401): the caller
// was identified and lacks the role, whatever status carries it. ("Only
// authenticated users can …" names no role: the no-credential readings
// speak.)
const onlyRoleCanPattern = `\bonly (the |an? )?((project|workspace|organi[sz]ation|team|group|repository|site|account|board|space) )?(super ?users?|super ?admins?|admins?|administrators?|owners?|managers?|maintainers?|moderators?|root|staff)(,? (and |or )?[a-z]+( [a-z]+){0,2}){0,4} (users? |accounts? |members? )?` +
	`(can|may|((are|is) )?(allowed|permitted)|(are|is) able to|(have|has) (the )?(permissions?|rights?|access|privileges?))\b`
