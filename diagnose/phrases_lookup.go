package diagnose

// Phrases for a credential the server looked up: not found, gone, no
// longer active, revoked, or what it belongs to removed: the credential
// was read and refused, not a permission it lacks.

// unknownCredentialPattern: the server looked the credential up and did
// not find it, in words ("The access token you sent could not be found or
// is invalid", DocuSign's "The specified Integrator Key was not found or
// is disabled") or in an error id written as one word (AccessTokenInvalid,
// ApiKeyInvalid, InvalidAccessToken); or found it switched off for good
// ("The provided API key has been banned", "This token was disabled",
// Splunk's bare "Token disabled", also with a request id in parentheses
// after it, Zulip's "Your password has been
// disabled and needs to be reset"; Last.fm's "API Key Suspended - This
// application is not allowed…", the reason after a dash), or inactive
// (Mashery's "Key inactive"; Alchemy's "App is inactive", its key being
// the app's; a football data API's "Account Inactive", the key's account),
// or the token's user or OAuth application said inactive when the message
// opens with it (Sentry's "User inactive or deleted", "UserApplication
// inactive or deleted"; a user named inactive further on is the request's
// data), or said not to exist by the name of the key's id (CoinEx's "access_id
// not exists", OKX's "API key doesn't exist"; a bare "key" may be a stored
// object's), whatever the status: even a 403 then means the credential,
// not a permission. Also a key or token said leaked, compromised or
// exposed (Google's "Your API key was reported as leaked. Please use
// another API key." under PERMISSION_DENIED): blocked for good, a new one
// is needed. Also the caller named by its key and said switched off
// (Google's "Consumer 'api_key:AIza…' has been suspended."), the key
// perhaps a redaction label. Frozen says switched off too (OKX's "API
// frozen, please contact customer service.", the account's API access),
// said of the API access or as a state's label: "the v1 API is frozen"
// is a version no longer changed, no credential's state.
const unknownCredentialPattern = credentialNounPattern + ` [^.]{0,40}(could not be|cannot be|was not|not) found,? or (is |was )?(invalid|expired|revoked|disabled|inactive|deactivated)|` +
	`\b(access|api|auth|bearer)?(token|key)invalid\b|\binvalid(access|auth|bearer)(token|key)\b|` +
	credentialUnmatchedPattern + `|` + providedCredentialNotFoundPattern + `|` +
	credentialStoppedPattern + `|` +
	`\bapi( key| access)? frozen\s*($|[,.;:!"(<]|\s[-–—]\s)|\bapi access (has been |is |was )?(currently |temporarily )?frozen\b|` +
	`\b` + stoppedCredentialNounPattern + ` ` + credentialStoppedStatePattern + stateClauseEndPattern + `|` +
	`\b(key|token|credential|secret)s? (was |were |has been |have been |is |are )?((reported|detected|flagged|found|identified|marked) )?(as )?(publicly )?(leaked|compromised|exposed)\b|` +
	`\b(api[_ -]?key|key|token)[:=]([^'"\s]{4,120}|\[[^\[\]]{1,200} sha256:[0-9a-f]{6}\])['"]? (has been|have been|was|is) (banned|blocked|disabled|suspended|deactivated|revoked)\b|` +
	`\b(developer|account|api key|key|token|credential|consumer|app|application|project)s? (is |are |was |has been )?inactive\b|` +
	credentialIDNotExistPattern + `|` +
	`\b(user|account|owner)s?( [a-z]+){0,6} (is not|isn'?t|are not|is no longer) active( anymore| any ?longer)?\b|` +
	`(^|["':>]\s*)(the |this |your )?user( ?application)? (is |was |has been )?inactive\b` + `|` + keyNotRegisteredPattern + `|` + credentialOwnerGonePattern + `|` + callerKeyNotFoundPattern

// callerKeyNotFoundPattern: the key said not found, or not configured,
// for the caller the request names (PhonePe's KEY_NOT_CONFIGURED "Key not
// found for the merchant"; "API key not found for this account"): the
// server looked up the caller's key and has none that matches, whatever
// the status. Only for a caller (a merchant, account, client, app,
// partner, tenant…): a key not found for a record or an item is the
// request's data. ("No API key found …" is the no-credential rows'
// words: nothing was found in the request.)
const callerKeyNotFoundPattern = `\b((api|secret|salt|access|signing|merchant|client|app)[ _-]?)?keys? (was |is |were |are )?not (found|configured) for (the |this |your |that |an? )?(merchant|account|client|app|application|partner|tenant|developer|consumer|caller)\b`

// credentialOwnerGonePattern: what the key belongs to said removed or
// suspended: a project marked as removed ("Project demopublickey is marked
// as removed."), a user suspended (user_suspended): the key no longer
// opens anything.
// The owner opens the sentence: "The task … belongs to a project that is
// marked as deleted" is the request's data.
const credentialOwnerGonePattern = `(^|["':>.]\s*)(the |this |your )?(project|account|app|application|workspace|organi[sz]ation)\b[^.]{0,60}\b(is |was |has been )?marked as (removed|deleted|disabled|inactive)\b|` +
	`(^|["':>/]\s*)user[ _]suspended\b|\b(the |this |your )?user (has been|is|was) suspended\b`

// credentialUnmatchedPattern: the credential said impossible to match or
// recognize among those the server issued ("The OAuth2 token cannot be
// matched by the ASPSP relative to the TPP", "The Consent-ID cannot be
// matched …", NextGenPSD2's TOKEN_UNKNOWN and CONSENT_UNKNOWN): unknown,
// whatever status carries it. A consent id is the grant the request
// rides on, sent as its credential. The credential opens the sentence or
// follows an article with only its kind between: "The search key could
// not be matched" is the request's data.
const credentialUnmatchedPattern = `(^|["':>.]\s*|\b(the|this|that|your|an?) )(oauth ?2? |api |access |bearer |auth |client |session )*(token|key|credential|secret|consent([ _-]?id)?)s? (cannot|can ?not|could not|couldn'?t) be (matched|recogni[sz]ed)\b`

// credentialStoppedPattern: the credential itself said stopped, the one
// family of those words: a key, token, session, secret or password the
// server looked up and found switched off ("The provided API key has been
// banned", "This token was disabled", "Your API key is currently banned
// from using this service", "Key is inactive, please renew",
// "Authentification key is not active", the PrestaShop webservice's answer
// to a disabled key, "This API token is not active"): read and refused,
// whatever the status, and a state the server learnt after it had found
// the credential (holderStoppedRE), as accountStoppedPattern says of its
// holder. The credential opens the verb: "Key authentication is disabled"
// is the way of authenticating (oneKeyDisabledPattern's neighbour). The
// verb may say the server does not tell which state it found, with
// another verdict before the state ("Your credentials may be denied or
// suspended."), and a pronoun may stand for the words that name the
// credential ("Access token sent over non-HTTPS request, it has been
// invalidated"). The key may be named by its id, and the caller as the
// one who sent it ("The OSS Access Key Id you provided is disabled.",
// Alibaba OSS's 403).
const credentialStoppedPattern = `\b` + stoppedCredentialNounPattern + `( ids?)?( (that )?(you |we )?(supplied|provided|given|used|sent))? ` +
	`(` + stateVerbPattern + ` ` + stateAdverbPattern + otherStatePattern + credentialStoppedStatePattern + `|(is|are|was|were) not (active|enabled))\b|` +
	`\b` + stoppedCredentialNounPattern + `\b[^.]{0,60}, (it|they|which) ` + stateVerbPattern + ` ` + stateAdverbPattern + credentialStoppedStatePattern + `\b`

// stoppedCredentialNounPattern: what the server calls the credential it
// found stopped: the looked-up credential's nouns (lookedUpCredentialNouns,
// no cookie), and a key or token joined to its kind (app_key,
// accesstoken).
const stoppedCredentialNounPattern = `((api|access|app)[ _-]?)?(` + lookedUpCredentialNouns + `)s?`

// credentialStoppedStatePattern: the states a credential is switched off
// in (stoppedStates).
const credentialStoppedStatePattern = `(` + stoppedStates + `)`

// providedCredentialNotFoundPattern: the credential the request
// provided said not found among those the server knows (vmauth's 400
// `cannot find the provided auth token "Bearer …" in config`, "Could not
// find the supplied API key", "The given access token was not found"):
// looked up and unknown, whatever the status. The credential must be
// called the one provided, supplied, given or sent, and named with only
// its kind between: "cannot find the provided object key" is a store's
// data, and a bare "key not found" a lookup's.
const providedCredentialNotFoundPattern = `\b(cannot|can ?not|can'?t|could not|couldn'?t|unable to|failed to) find (the |this |your )?(provided|supplied|given|sent) (oauth ?2? |api |access |bearer |auth |authentication |session )*(token|key|credential|secret|password)s?\b|` +
	`\b(the |this |your )?(provided|supplied|given|sent) (oauth ?2? |api |access |bearer |auth |authentication )+(token|key|credential)s? (was |were |is |are |could not be |cannot be )?not found\b`

// valueEchoedNotFoundPattern: the server quotes the value the request
// carried (it shows in the words as its redaction label, [NAME
// sha256:…]) in a sentence that says it was not found (Dexcom Share's
// 500 "Failed to find session object. [SessionId = …]"; "token … not
// found"; "could not find key …"): it looked that very value up and does
// not know it. A name alone said not found ("X-API-Key not found") may
// be the header not seen; the value quoted is the one looked up.
const valueEchoedNotFoundPattern = `\b((was |is |were )?not found|(cannot|can ?not|can'?t|could not|couldn'?t|unable to|failed to) find)\b[^\n]{0,80}?\[[^\[\]]{1,200} sha256:[0-9a-f]{6}\]|` +
	`\[[^\[\]]{1,200} sha256:[0-9a-f]{6}\]['"\]]{0,2} (was |is |could not be )?not found\b`

// keyNotRegisteredPattern: a key the server looked up among those it
// issued and did not find (data.go.kr's returnAuthMsg
// SERVICE_KEY_IS_NOT_REGISTERED_ERROR, read with its underscores as
// spaces), or a key said not registered, paired or enrolled with the
// thing it is to act on (Tesla's vehicle command proxy: "your public key
// has not been paired with the vehicle"; "signing key is not enrolled
// with this device"): the key is not one the resource knows. The key must
// be named as the caller's (service, API, public, signing…): a bare
// "token is not registered" is a push service's device token, data.
const keyNotRegisteredPattern = `\b(service|api|access|app|application|auth|authentication|subscription|developer|consumer)[ _-]?(key|token)s? (is |are |was |were |has not been |have not been )?not registered\b|` +
	`\b(public|signing|command|client|app|application|api)[ _-]?keys? (is |are |was |were )?not (yet )?(registered|paired|enrolled) (with|to|on|for) (the|this|that|your) [a-z]+\b|` +
	`\b(public|signing|command|client|app|application|api)[ _-]?keys? (has|have) not (yet )?been (registered|paired|enrolled) (with|to|on|for) (the|this|that|your) [a-z]+\b`

// revokedMalformedPattern: the credential said revoked or malformed after
// words between ("The access token you provided is revoked, malformed or
// invalid"): the server read it and refused it, whatever the status (a
// 403 then means the credential, not a permission).
const revokedMalformedPattern = `\b` + credentialNounPattern + `\b[a-z ]{0,30}\b(is|are|was|were|has been|have been) (revoked|malformed)\b`

// notValidOrGonePattern: a token, credential or API key said not valid
// or not to exist, the server not telling the two apart (Vault's 400
// "wrapping token is not valid or does not exist"; "API key does not exist
// or has been revoked"): either way the value sent was looked up and
// refused. A bare key or secret is left out: a stored encryption key or a
// secret at a path that does not exist is the request's data.
const notValidOrGonePattern = `\b(token|credential|api[ _-]?key|access[ _-]?key)s? (is|are) (not valid|invalid|expired|revoked),? (or|and) (does not|do not|doesn'?t|don'?t|no longer) exists?\b|` +
	`\b(token|credential|api[ _-]?key|access[ _-]?key)s? (does not|do not|doesn'?t|don'?t|no longer) exists?,? or (is |are |has |have )?(been )?(not valid|invalid|expired|revoked)\b`

// notValidCredentialPattern: the value sent is said not to be a valid
// credential (Octopus Energy's "Value of 'Authorization' header is not a
// valid credential", "not recognized as a valid access credential"): it
// was read and refused.
const notValidCredentialPattern = `\bnot (recogni[sz]ed as )?an? valid (access )?credential\b`

// accessRevokedPattern: the access behind the credential was revoked by
// whoever granted it ("The vehicle owner has revoked Smartcar's access to
// their OEM account"), or the grant itself said revoked, as the
// authorization, consent or app the user had allowed ("Not authorized.
// Application has been revoked.", ecobee's; "Authorization has been
// revoked by the user"): the credential no longer works, and a new grant
// (a new token) is the fix.
const accessRevokedPattern = `\b(has|have|had) revoked [^.]{0,40}\baccess\b|\baccess\b[^.]{0,40}\b(has been|have been|was|is) revoked\b|` +
	`(^|[.:;!"]\s*)(the |this |your )?(app|application|authori[sz]ation|consent|grant)('s (access|authori[sz]ation))? (has been|have been|was|is) revoked\b`

// credentialIDNotExistPattern: a credential named by what identifies it
// (an access id, an access key id, an API or app key, a token, a client
// id) said not to exist, wherever in the message and whatever the status
// (CoinEx's "access_id not exists", OKX's "API key doesn't exist", AWS's
// "The AWS Access Key Id you provided does not exist in our records."):
// the one reading of that sentence in unknownCredentialPattern.
// vanishedCredentialPattern reads a bare "key" or "token" too, which may
// be a store's data ("The specified key does not exist."), so only where
// it opens the message, on a 401 or 403 to a request that carried one.
const credentialIDNotExistPattern = `\b(access[_ ]id|access[_ ]key[_ ]id|api[_ -]?key|app[_ ]?key|token|credential|client[_ ]id)s?( you provided| provided| supplied| given| sent)? (does not|doesn'?t|do not|not) exists?\b`

// vanishedCredentialPattern: the key, token or session the request
// carried said not to exist on a refusal (Qdrant Cloud's 403 "key doesn't
// exist", Rollbar's 403 "access token not found: <the token>", Supabase
// Auth's 403 session_not_found "Session from session_id claim in JWT does
// not exist" after a sign-out): looked up and gone, a credential to
// replace, not a permission. A bare "key" or "token" must open the message
// (a named key, "key 'a' does not exist", is a store's data; a device or
// refresh token is not the request's credential). A credential named by
// its id ("API key doesn't exist") is credentialIDNotExistPattern's, read
// on any status; this reading is the bare key's, and the session's. Also
// the app installation an installation token was minted for, gone or
// suspended (GHCR's "permission_denied: The requested installation does
// not exist." after the repository moved to another organisation; "This
// installation has been suspended."): the token rests on nothing any more.
const vanishedCredentialPattern = `(^|["':>]\s*)(the |this |your )?((api|access|auth|bearer) )?(key|token) (does not|doesn'?t|do not|no longer|not) exists?\b|(^|["':>]\s*)(the |this |your )?((api|access|auth|bearer) )?(key|token) (was )?not found\b|` +
	`\bsession\b[^.]{0,50}\b(does not|doesn'?t|do not|no longer|not) exists?\b|\bsession (was |is )?(not found|unknown)\b|\bsession_not_found\b|\bno such (session|key)\b|` +
	`\binstallation (does not|doesn'?t|do not|no longer|not) exists?\b|\binstallation (was |has been |is )?(not found|suspended|uninstalled|deleted|removed)\b|\binstallation_(not_found|suspended)\b`

// credentialCodeVerdictPattern: a code that joins the credential's name
// and a verdict on it with underscores, in either order and with a word
// before it (Open Charge Map's bare REJECTED_APIKEY_INVALID, "apikey
// invalid" written as a code; API_KEY_INVALID, TOKEN_REVOKED-style
// codes for an API key or access token; REJECTED_ACCESS_TOKEN): the
// credential was looked up and refused. Only the credential's own names
// count: a page_token or partition_key is the request's data.
const credentialCodeVerdictPattern = `(\b|_)(api_?key|apikey|access_?token|auth_?token|app_?key)_(invalid|rejected|revoked|unknown|unrecogni[sz]ed|banned|disabled)\b|\b(rejected|revoked|banned|unknown|unrecogni[sz]ed)_(api_?key|apikey|access_?token|auth_?token|app_?key)\b`
