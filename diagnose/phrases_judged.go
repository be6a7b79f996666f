package diagnose

import "github.com/authspec/authspec/internal/lazyre"

// Phrase families that tell whether the server's words speak of the
// credential itself (it was refused, missing, not valid) or of something
// it learnt only after it had found the caller (a permission, a plan, a
// key or account stopped). The second kind decides a refusal's reading
// whatever its status, and ranks a hint inferred from the request (a
// missing or doubled scheme, whitespace, another place than a challenge
// asks) after the server's words: a server that names a right the caller
// lacks, or a state of the key it looked up, has read the credential.

// credentialJudgedPattern: words that judge the credential itself, or
// say it is absent: an adjective before its noun ("invalid API key", "no
// token", "a valid key is required"), a verdict after it ("Token is
// invalid", "key required", "session not found"), or the login's own
// words (authentication, log in, password, signature, credentials).
// A credential only named ("The API key does not permit this endpoint",
// "gatekeeper key valid but does not permit this endpoint") is not
// judged: the words go on to say what it may not do. The request's own
// data said invalid ("Invalid parameter(s): status") is a validation
// error around the refusal, no permission the words name. A credential
// asked for ("Not allowed: provide a token") or the caller called
// anonymous ("This endpoint does not allow anonymous access") says the
// server found no credential it could read, to a request that sent one.
const credentialJudgedPattern = `\b(provide|send|include|supply|pass)\s+(an? |the |your )?([a-z0-9_/-]+\s+){0,2}` + credentialNounPattern + `\b|` +
	`\banonymous (access|users?|requests?|callers?|calls?|clients?)\b|` +
	`\b(invalid|expired|revoked|unknown|incorrect|wrong|bad|malformed|(improperly|badly|ill|poorly|wrongly) formed|missing|no|empty|unrecogni[sz]ed|not (a )?valid|a valid|valid)\s+([a-z0-9_/-]+[\s-]+){0,2}` + credentialNounPattern + `\b|` +
	`\b` + credentialNounPattern + `\b[^.]{0,30}\b(invalid|expired|revoked|missing|required|not found|not valid|not provided|not enabled|disabled|malformed|unrecogni[sz]ed|unknown|incorrect|wrong|does not exist|not exists?|no longer|(could not|cannot|can ?not|couldn'?t) be (verified|validated|decoded|parsed|read))\b|` +
	`\binvalid[_ ](param(eter)?|argument|field|value|input|request)s?\b|` +
	`\bsubscription key\b|login|log in|logon|\bsign[ -]?in\b|password|signature|credential|authenticat|unknown (user|client)|\bhttp (basic|digest|bearer)\b`

// planWordsPattern: a plan, tier or subscription named ("You need to
// subscribe a plan", "Please upgrade your plan"), or an upgrade of what
// the caller pays for (planUpgradePattern): the account's plan does not
// include the call, a permission whatever the status.
const planWordsPattern = `\b(plans?|tiers?|subscribe)\b|` + planUpgradePattern

// planUpgradePattern: an upgrade of the plan, account, subscription or
// edition ("Upgrade your Snyk plan", "Upgrade your account or change the
// project settings", "requires a subscription upgrade", "Upgrade to Pro",
// "Upgrade to continue editing"), not a bare "upgrade": "Upgrade Required" (HTTP 426's words),
// "please upgrade your client", "Upgrade to v3" speak of a client's or a
// protocol's version, no right the caller lacks.
const planUpgradePattern = `\bupgrade (your |the |this |to (a |an |the |your )?)?([a-z]+ )?(plan|tier|account|subscription|membership|licen[cs]e|package|edition|pro|premium|paid|business|enterprise|team|plus|higher)\b|` +
	`\b(account|subscription|membership|licen[cs]e|package|edition)s? upgrade\b|\bupgrade (now )?to (continue|use|access|unlock|enable|get)\b`

// permitRefusedPattern: the caller or its credential said not to permit
// or allow what was called ("the key does not permit this endpoint").
const permitRefusedPattern = `\b(does not|doesn'?t|do not|don'?t|cannot|can'?t) (permit|allow)\b`

var (
	planWordsRE = lazyre.New(planWordsPattern)
	// holderStoppedRE: a state of a credential the server found, or of
	// its holder: stopped, or revoked.
	holderStoppedRE = lazyre.New(accountStoppedPattern + `|` + credentialStoppedPattern)
)
