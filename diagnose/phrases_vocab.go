package diagnose

// The one vocabulary the phrase families share: the words a server calls
// the credential by, the states it says a credential was stopped in, the
// verb and the words of time between them, and the forms of "not valid".
// A family that lists its own nouns or states stays as narrow as the
// answer that asked for it (the rounds' records count about a hundred
// misses of that kind: a credential word one family had and another
// lacked, "is not valid" beside "invalid", a word of time between verb
// and state); a word added here counts in every family built on it.

// lookedUpCredentialNouns: the words a server calls a credential it
// looks up by (a cookie is not among them: cookies said blocked or
// disabled are a browser's setting, "Third-party cookies are blocked").
const lookedUpCredentialNouns = `token|key|jwt|session|secret|apikey|api[ _-]?key|credential|password`

// credentialNounPattern: the words a server calls the credential by, a
// cookie too, plural or not.
const credentialNounPattern = `(` + lookedUpCredentialNouns + `|cookie)s?`

// credentialPrefixPattern: the kind a server may name before the noun
// ("access token", "access_token", "auth key", "bearer token").
const credentialPrefixPattern = `(` + credentialPrefixKindPattern + `[ _-]?)?`

// credentialPrefixKindPattern: the kinds credentialPrefixPattern names, for a
// family that needs one there: another word before "key" or "token"
// makes it the request's data (a sort, partition or idempotency key, a
// page token).
const credentialPrefixKindPattern = `(access|auth|bearer|oauth|api|app|client|session)`

// stoppedStates: the states a credential is said switched off in, the
// server having looked it up ("banned", "suspended", "inactive",
// "deactivated", "disabled", "deleted", "blocked", "locked", "revoked",
// "invalidated", "frozen"; "terminated": a session or token the server
// ended, "Session terminated, re-login, please.").
const stoppedStates = `banned|blocked|disabled|suspended|deactivated|deleted|invalidated|inactive|locked|frozen|revoked|terminated`

// stateVerbPattern: the verb before a state, also as a server says it
// when it does not tell which of its states it found ("Your credentials
// may be denied or suspended").
const stateVerbPattern = `(has been|have been|is|are|was|were|(may|might|could|can) (have been|be))`

// stateAdverbPattern: a word of time between the verb and the state
// ("is currently suspended", "has been temporarily deactivated", "is now
// banned", "was recently revoked"): the same standing, said of the
// moment.
const stateAdverbPattern = `((currently|temporarily|permanently|now|indefinitely|already|recently) )?`

// otherStatePattern: another verdict the server names before the state,
// not telling which one it found ("denied or suspended", "revoked or
// disabled"), or the credential's absence ("API key is missing or
// inactive", MYOB's DeveloperInactive): to a request that sent one, the
// state is the fault.
const otherStatePattern = `((denied|refused|rejected|expired|invalid|missing|` + stoppedStates + `),? (or|and|/) )?`

// notValidPattern: the forms of "not valid" servers say of a value
// ("invalid", "not valid", "not a valid", "isn't valid", "no longer
// valid").
const notValidPattern = `(invalid|not valid|not an? valid|isn'?t valid|no longer valid)`

// stateClauseEndPattern: what may follow a state said without a verb
// ("Token disabled.", "Session terminated, re-login, please.", "Session
// terminated by an administrator."): the clause's end, a dash, or who
// stopped it, why or since when ("for" and "on" are left out: "disabled
// for this endpoint" may name what the credential may not do).
const stateClauseEndPattern = `(\s*($|[".,;:<!(]|\s[-–—]\s)|\s+(by|due|because|until|since|after)\b)`

// rightNouns: the words a server calls what a caller may do by
// ("permissions", "privileges", "rights", "roles", "entitlements"), for
// the families that say a caller lacks one. A 403 reads the same
// permission_denied whether its words are known or not, so a form the
// families lack shows only where a refusal comes with another status (a
// 400, 409, 422 or 500 has no default): one list keeps every family as
// wide as the widest.
const rightNouns = `(permissions?|privileges?|rights|roles?|entitlements?|access rights)`
