package diagnose

// Phrase families about the standing of the account behind a credential
// (verified, read-only, on a free tier switched off, disabled) and about
// ways of authenticating an API stopped taking. Like those in phrases.go,
// each is a shape of sentence, not one provider's.

// callerMethodRestrictedPattern: the caller or its credential said
// restricted to reading ("You are restricted to read-only access",
// "this token is read-only", "read-only API key") or forbidden from what
// it tried ("You are forbidden from accessing this resource with the
// method attempted", or not allowed or permitted to): words about who calls, where a route without the
// method would name the method or the endpoint.
const callerMethodRestrictedPattern = `\b(restricted|limited) to read[- ]?only\b|\bread[- ]?only (access|api[ _-]?keys?|keys?|tokens?|credentials?|users?|accounts?|permissions?|scopes?)\b|` +
	`\b(key|token|credential|account|user|app|application)s? (is|are|has been) read[- ]?only\b|` +
	`\b(you|your (key|token|credential|account|user|app)|the (key|token|credential|account|user|caller|client)) (are|is) (forbidden|not allowed|not permitted) (from|to)\b`

// unverifiedAccountPattern: the caller's account, organisation or e-mail
// address must be verified before this operation ("Your organization must
// be verified to generate reasoning summaries", OpenAI's 400; "Your
// account must be verified before you can use this endpoint"; "requires a
// verified organization"; Dropbox's email_not_verified, a 409; "Please
// verify your email address before sharing"), or the user or account said
// not confirmed yet (Cognito's UserNotConfirmedException "User is not
// confirmed.", to a sign-in whose account never confirmed its sign-up;
// "Account not yet confirmed"): the credential was read and its account
// may not do this yet. An address the request sends from or
// to said not verified ("Email address is not verified. The following
// identities failed the check", Amazon SES in its sandbox) is the
// request's data: the address must be the caller's own (your, the
// account's) or the error code the caller's.
const unverifiedAccountPattern = `\b(organi[sz]ation|account|org|company|business|workspace)s? (must|needs to|has to|should) be verified\b|` +
	`\brequires? (an? |your )?verified (organi[sz]ation|account|org|business)\b|\bverify (your|the) (organi[sz]ation|account|org|business) (to|before|in order to)\b|` +
	`\bemail_not_verified\b|\b(your|the user'?s|the account'?s) (e-?mail|e-?mail address)( address)? (is|has) not (been )?(verified|confirmed)\b|` +
	`\bverify your e-?mail( address)? (before|to|in order to)\b|` +
	`(^|["':>.]\s*)(the |this |your )?(user|account)s? (is |has )?not (yet )?(been )?confirmed( yet)?\s*($|[.!"',;:<])|\buser_?not_?confirmed(_?exception)?\b`

// secondFactorNotSetUpPattern: the user behind the credential must first
// set up a second factor that the account's policy requires ("To access
// this account, enable 2-Step Verification in your Google account",
// TWO_STEP_VERIFICATION_NOT_ENROLLED; "MFA is not enabled for this user";
// "User is not enrolled in multi-factor authentication"): the credential
// was read and the user is not let in until the factor exists, which no
// code sent with the request can give (secondFactorPattern asks for that
// code). "You have enabled two-factor authentication" is past, not this.
const secondFactorNotSetUpPattern = `\b(enable|turn on|set up|enrol+|activate|configure) (the )?(two|2)[- ](step|factor) (verification|authentication)\b|` +
	`\b(enable|turn on|set up|enrol+ in|activate|configure) (mfa|2fa|2sv|multi[- ]?factor authentication)\b|` +
	`\b(two|2)[-_ ](step|factor)[-_ ](verification|authentication)[-_ ](is[-_ ])?not[-_ ](enrolled|enabled|set[-_ ]?up|configured)\b|` +
	`\b(mfa|2fa|2sv|multi[- ]?factor( authentication)?) (is |has )?not (been )?(enrolled|enabled|set up|configured)\b|` +
	`\bnot enrolled in (mfa|2fa|2sv|multi[- ]?factor authentication|(two|2)[- ](step|factor) (verification|authentication))\b`

// keyLinkedRegionPattern: the key or account said to be linked to a
// datacenter or region it names ("The API key provided is linked to
// datacenter 'us6'", "this account is registered to region eu1"): it
// lives there, and base_url must name that host. A user assigned to a
// location ("store12") is a shop's or warehouse's, not a host's.
const keyLinkedRegionPattern = `\b(key|account|token|credential|user|app)s?( provided| used| sent)? (is |are )?(linked|tied|bound|registered|assigned|attached) to (the )?(data ?cent(er|re)|region|cluster|pod|shard) ['"]?[a-z]{1,12}[-_]?\d`

// readOnlyAccountPattern: the workspace, organisation or account the
// credential acts in is read-only ("Unauthorized for read-only workspace",
// Trello's 401 for a workspace over its free plan's limits; "This account
// is in read-only mode"): the credential was read; writing is not allowed
// there. A field or attribute said read-only ("Field 'id' is read-only")
// is the request's data.
const readOnlyAccountPattern = `\bread[- ]only (workspace|organi[sz]ation|account|board|project|team|tenant)s?\b|` +
	`\b(workspace|organi[sz]ation|account|board|project|team|tenant)s? (is|has been|was) (now |set to |made )?read[- ]only\b|` +
	`\b(workspace|organi[sz]ation|account|tenant)s? (is )?in read[- ]only mode\b`

// paidPlanNeededPattern: the answer asks for a paid plan, or says the
// free tier is switched off for the caller ("Free Tier usage disabled …
// Please play fair and purchase any Paid Subscription to continue",
// ElevenLabs' 401 detected_unusual_activity; "Free tier access has been
// suspended for this account"): the account's plan stops the call, not
// the key. A free tier's limit reached is a rate (limitReachedRE).
const paidPlanNeededPattern = `\b(purchase|buy|subscribe to|sign up for) (a |an |any )?(paid|premium|pro|business|higher) (plan|tier|subscription|account)s?\b|` +
	`\bfree[ -]?(tier|plan|trial)( usage| access)? (is |has been |was )?(disabled|suspended|blocked|not available|unavailable|no longer available)\b`

// notPermittedToUsePattern: the caller named and said not permitted to
// use or reach the product, without a verb before the refusal ("Current
// user not permitted to use Confluence", Confluence Cloud's 403 to an
// account without product access): a known caller refused, in a 403 or
// in a 200 {"ok": false}. Only verbs of access follow: "value not allowed
// to exceed 10" is the data's. An app "not authorized to use this API
// key" (Google's key restrictions) refuses the key, and is left to the
// rows that read it.
const notPermittedToUsePattern = `\b(users?|callers?|accounts?|clients?|members?)\b ((is|are) )?not (allowed|permitted) to (use|access|call|consume|view)\b`

// accountStoppedPattern: the account, user, login, organisation,
// workspace or tenant behind the credential said stopped (deactivated,
// suspended, restricted, banned, closed, disabled, locked), or not yet
// confirmed or approved: no credential of it is accepted until it is
// active again, whatever the credential (the "rejected credential words"
// row). Its ways of saying so:
//   - the account said suspended, deactivated, banned or closed a few
//     words after it is named ("Your Smartcar account is past due and has
//     been suspended");
//   - the account, login or user said disabled or locked right after it
//     is named, opening the sentence (Synapse's "User account has been
//     locked", Mastodon's "Your login is currently disabled", MinIO's
//     "Your account is disabled", Vaultwarden's "This user has been
//     disabled"): "webhooks for this account are disabled" is a feature
//     of the plan, not the account;
//   - the organisation, account, workspace or tenant said disabled, the
//     sentence opening on it and ending there or with who did it ("This
//     organization has been disabled.", Anthropic's 400): a way of
//     authenticating disabled for an organisation ("Password
//     authentication has been disabled for this organization") is the
//     method's;
//   - any of them said deactivated, suspended, restricted or banned (no
//     feature's states) wherever it is named, the subject a whole word
//     ("superuser" is none); said bare, without a verb ("user disabled",
//     "Account suspended for non-payment"), the state ends the clause or
//     a reason follows it: "The is user restricted field is required"
//     names a field;
//   - the caller's access said suspended (Outline's "Your access has been
//     suspended by a workspace admin");
//   - the account said blocked as the sentence opens (Sinch's 403
//     blocked_account, "Your account has been blocked"): a user said
//     blocked may be another user who blocked the caller, so only the
//     account;
//   - the account or user said prohibited, barred, banned or blocked
//     from signing or logging in (Gitea's 403 "This account is prohibited
//     from signing in, please contact your site administrator."): an
//     administrator stopped it; prohibited from doing something else is
//     a permission;
//   - the account not yet confirmed or approved (Mastodon's "Your login is
//     missing a confirmed e-mail address", BookStack's "The email address
//     for the account in use needs to be confirmed", "Account pending
//     approval");
//   - a ban said in effect on the account (NHS Communications Manager's
//     CM_SERVICE_BAN "A service ban is in effect on your account.");
//   - access refused for a user or account named by its state
//     (refusedForAccountStatePattern: "Refused web service access for
//     suspended username: ci-bot", Moodle's);
//   - the user or account the credential belongs to said inactive,
//     unknown or cut off (credentialOwnerStoppedPattern).
//
// The sentence may open on an exclamation or a hedge before the account
// ("Uh-oh! It looks like your account has been disabled.", osu!'s 403 to
// a banned user's token; "It appears that this user is locked"):
// hedgedLeadPattern.
//
// The "deprecated method" row steps aside for it: a way of authenticating
// said off beside an account stopped ("API key authentication is
// currently disabled: this workspace has been suspended") is the
// account's.
const accountStoppedPattern = refusedForAccountStatePattern + `|` + `\baccount\b[a-z ]{0,30}\b(has been|is|was) (deactivated|suspended|banned|closed)\b|` +
	`(^|[."':>!]\s*)` + hedgedLeadPattern + `((your|the|this|that) )?(user |account |login )?(account|login|user) (has been|is|was) (currently |temporarily |permanently )?(deactivated|suspended|banned|closed|disabled|locked)\b|` +
	`(^|["':>.]\s*)(this |the |your )?(organi[sz]ation|account|workspace|tenant|org)s? (has been|is|was) disabled\s*($|[.!"',;:<]|\s+by\b)|` +
	`\b(account|user|organi[sz]ation|workspace|tenant|org)s? (has been|have been|is|are|was|were) ` + stateAdverbPattern + `(deactivated|suspended|restricted|banned)\b|` +
	`\b(account|user|organi[sz]ation|workspace|tenant|org)s? (deactivated|suspended|restricted|banned|disabled)\s*($|[.!"',;:<)]|\s+(by|for|due|because|until|since|from|on|after)\b)|` +
	`\b` + ownerPattern + `s? (has been|have been|is|are|was|were) ` + stateAdverbPattern + `(deactivated|suspended|banned)\b|` +
	`\b` + ownerPattern + `s? (deactivated|suspended|banned)\s*($|[.!"',;:<)]|\s+(by|for|due|because|until|since|from|on|after)\b)|` +
	`\byour access (has been|is|was) (temporarily |permanently )?(suspended|disabled)\b|` +
	`(^|[."':>]\s*)((your|the|this|that) )?account (has been|is|was) (currently |temporarily |permanently )?blocked\b|` +
	`\b(login|account) is missing a (confirmed|verified) e-?mail\b|\be-?mail address (for|of) (the|your) account( in use)? (needs|has) to be (confirmed|verified)\b|` +
	`\b(account|login) (is )?(currently )?pending (approval|activation)\b|` +
	barredFromSignInPattern + `|` +
	`\b(an? )?([a-z]+ )?ban (is |was )?(now )?(in effect|in place|active|applied|imposed) (on|for|against) (your|the|this|that) account\b|` +
	credentialOwnerStoppedPattern

// hedgedLeadPattern: "it looks like", "it seems (that)", "it appears (as
// if)" opening a sentence before what it says: a softened statement,
// still the statement.
const hedgedLeadPattern = `(it (looks|seems|appears) (like |that |as if |as though )?)?`

// stateOrLackPattern: an account's state offered as one of two faults,
// the other a right it lacks ("Login is banned or does not posses the
// action 'PLAY' needed to perform the requested operation", Epic's 403
// missing_action; "The user is suspended or lacks the permission"): the
// server does not say the account is stopped, as faultListPattern's
// "invalid or expired" does not say the token expired; the lack, which
// the 403 reads, is left to speak.
// A second fault of the credential's own ("banned or does not exist") is
// no lack of a right, and the state stays the credential's; so is "not
// allowed" with nothing it is not allowed to do ("API key is inactive or
// not allowed"): the key refused.
const stateOrLackPattern = `\b(banned|suspended|disabled|deactivated|locked|blocked|inactive) or ((does not|doesn't|do not|don't) (posses+|have)|lacks?|has no|have no|(is not|isn't|not) (allowed|permitted) to)\b`

// barredFromSignInPattern: the account, user or login said prohibited,
// barred, banned or blocked from signing or logging in: stopped by an
// administrator (accountStoppedPattern), where blocked from doing
// anything else is a permission of the holder (disabledFromPattern).
const barredFromSignInPattern = `\b(account|user|login)s? (has been |have been |is |are |was |were )(currently |temporarily |permanently )?(prohibited|barred|banned|blocked|disabled) from (signing|logging) ?(in|on)\b`

// credentialOwnerStoppedPattern: the user or account the credential
// belongs to, named by that tie, said in a state no credential of it
// passes, later in the same sentence: inactive, disabled, unknown, its
// access turned off ("The user associated with this API key either
// cannot be identified, is set as inactive, or has their Flexmls system
// access turned off.", the Spark API's 1015; "the account linked to this
// token is inactive"). What the user may not do ("the user associated
// with this token does not have permission") is a permission's.
const credentialOwnerStoppedPattern = `\b(user|account|owner|member|login|organi[sz]ation)s? (associated|linked|tied|connected) (with|to) (this|the|that|your) ([a-z]+ ){0,2}(api[ _-]?key|key|token|credential|secret)s?\b[^.]{0,60}?` +
	`\b(inactive|deactivated|disabled|suspended|locked|(cannot|can ?not|could not) be (identified|found|resolved)|(was|is) not (found|active|enabled)|does not exist|(access|login) (turned|switched|shut) off)\b`

// credentialNotSetUpPattern: the key or token itself said not (properly)
// set up, configured, provisioned or activated, the clause ending there
// ("Your API key has not been properly set up. Please contact API
// support.", the Spark API's 1005; "This token is not yet provisioned"):
// it cannot be used until the provider finishes it, credential_rejected's
// "not enabled for this API". Said not set up for a product or feature
// ("… not enabled for the Places API") it names the product, and is left
// to the rows that read that.
const credentialNotSetUpPattern = `\b(api[ _-]?key|key|token|credential|client id|app key)s? (has|have|was|were|is|are) not (been |yet )?(yet |been )?(properly |correctly |fully )?(set ?up|configured|provisioned|activated)( (properly|correctly|yet))?\s*($|[.!"',;:<)])|` +
	// Or said to have none of the registrations a product needs linked to
	// it (Vonage's 400 "No Network Application associated with Vonage
	// Application: …" to an application not registered for network APIs;
	// "No integration is linked to this API key"): the credential is read,
	// and not set up for this API. What is missing must be such a
	// registration: "No numbers associated with this application" is data.
	`\bno ([a-z]+ ){0,2}(applications?|apps?|registrations?|integrations?|configurations?|profiles?|enrol?ments?) (is |are |has been |have been )?(associated|linked|registered|configured|set up) (with|to|for) (the |this |your |that )?([a-z]+ ){0,2}(application|app|api[ _-]?key|key|client( id)?|credential|token)s?\b`

// ownerPattern: the other holders a credential is issued to, beside an
// account, user or organisation (accountStoppedPattern's own): the
// project, team, company, developer or app the key belongs to ("Your
// project has been suspended", Iron.io's 403; "This app has been
// suspended for violating the terms"; "Team is currently suspended").
// They are said stopped only as deactivated, suspended or banned:
// "restricted" of a project or team is who may see it ("This project is
// restricted to its members"), and an app "terminated" may be a process
// that ended, not its standing.
const ownerPattern = `(project|team|company|developer|app|application)`

// methodSwitchedOffPattern: a way of authenticating said not taken now,
// or not for this organisation ("OAuth authentication is currently not
// supported.", Anthropic's 401 to a subscription's OAuth token; "OAuth
// authentication is currently not allowed for this organization.";
// "API key authentication is currently disabled"), or not for apps that
// log in that way (VK's "Unavailable for apps with direct auth." to a
// password grant): the method is refused,
// not this one credential. Said not supported or not accepted, with
// "currently" after "not" or with no time at all ("OAuth authentication
// is not supported.", "Password authentication is not supported. Use a
// personal access token."), it is the same refusal of the method: the
// API does not take this way of authenticating, and names no other
// scheme it asks for. A scheme not enabled on a server ("Basic
// authentication is not enabled on this server") names no such time or
// organisation, and is the scheme's (otherKindPattern). A version of a
// signing scheme said not supported ("SigV2 authorization is not
// supported. Please use SigV4 instead.", "Signature Version 2 is not
// accepted", "OAuth 1.0a signing is not supported") is the same: the way
// of signing is refused, not the key that signed.
const methodSwitchedOffPattern = `\b(oauth ?2?|basic|password|token|api[ _-]?key|key|session|cookie|sso|saml|jwt)[ -]?(based )?auth(entication|orization)? (is|are) (currently|temporarily|presently) (not (supported|allowed|permitted|enabled|accepted)|disabled|unavailable)\b|` +
	`\b(oauth ?2?|basic|password|token|api[ _-]?key|key|session|cookie|sso|saml|jwt)[ -]?(based )?auth(entication|orization)? (is|are) not (supported|allowed|permitted|enabled|accepted) (for|in|on|by) (this|the|your) (organi[sz]ation|org|account|workspace|tenant|enterprise|team)\b|` +
	`\b(unavailable|not available|not allowed|not permitted|disabled) for (this |your |the )?(apps?|applications?|clients?|integrations?) (with|using|that use) (the )?(direct|password|basic|implicit|resource owner( password)?)[ -]?(auth\w*|grants?|logins?|flows?)\b|` +
	`\b(oauth ?2?|basic|password|token|api[ _-]?key|key|session|cookie|sso|saml|jwt)[ -]?(based )?auth(entication|orization)? (is|are) not ((currently|presently) )?(supported|accepted)\b` + `|` +
	`\b(sig ?v\d|signature ?v(ersion)? ?\d|aws ?v\d|hmac[- ]?sha1|oauth ?1(\.0a?)?)[ -]?(auth(entication|orization)?|sign(ing|atures?))? (is|are) not ((currently|presently) )?(supported|accepted)\b`

// methodStoppedPattern: the API says it stopped taking a kind of
// credential ("Bitbucket Cloud recently stopped supporting account
// passwords for API authentication.", "We no longer accept API keys"):
// the method is refused, not the secret. A kind must be named: "we
// stopped supporting TLS 1.0" is no credential's.
const methodStoppedPattern = `\b(stopped|ceased|ended|discontinued|dropped) (supporting|accepting|allowing) [a-z ]{0,30}\b(passwords?|basic auth\w*|api[ _-]?keys?|(personal|classic) (access )?tokens?)\b|` +
	`\bno longer (supports?|accepts?|allows?) [a-z ]{0,30}\b(passwords?|basic auth\w*|api[ _-]?keys?|(personal|classic) (access )?tokens?)\b|` +
	methodRetiredByVersionPattern

// methodRetiredByVersionPattern: a kind of credential said unusable from
// a version or date of the API on ("The public_key cannot be used for
// this endpoint as of version 2018-05-22 of the API. Please use the
// client_id and secret instead.", Plaid's INCOMPATIBLE_API_VERSION; "API
// keys can no longer be used since v3"): the method was retired, not the
// secret refused. Without the version or date it says only that this kind
// does not work here (tokenNotForOperationPattern). "After" a date is the
// token's own end ("This token cannot be used after 2024-05-01"): only
// after a version is it the API's.
const methodRetiredByVersionPattern = `\b(public|secret|private|api|access|app)?[ _-]?(key|token|password|secret)s? (cannot|can ?not|can no longer|may no longer|may not) be used\b[^.]{0,60}?\b((as of|since|starting( with| from)?|from) (the )?(api )?(version|v\d|\{?version|\d{4}-\d{2}-\d{2})|after (the )?(api )?(version|v\d|\{?version))`

// methodAccessOffPattern: access by one way of authenticating said
// switched off, with "access" or "login" where other servers say
// "authentication" ("API token access disabled!", "API password access
// disabled!", "Password login is disabled for this organization"); and
// Basic said unusable for a user with a second factor ("Two-factor
// authentication is not supported with HTTP BasicAuth."): the method is
// refused, not the secret, and a token is the way in. The API's access as
// a whole ("API access is disabled for your plan") names no method. So is
// a login with a password or credentials said switched off ("usage of
// initSession resource with credentials is disabled", GLPI's 400;
// "Authentication with username and password is disabled"): a token is
// the way in; a login "with this account" names an account, not a method.
const methodAccessOffPattern = `\b(login|log-?in|sign-?in|authentication|auth|usage of [a-z_ ]{1,40}) (with|using|by|via) (a |your )?(user ?name and password|login and password|passwords?|credentials)( auth\w*)? (is |are |has been |was )?(currently )?(disabled|turned off|switched off|not (allowed|permitted|enabled))\b|` +
	`\b(api )?(password|token|basic[ -]?auth|api[ _-]?key|key|oauth ?2?|session)s? (access|login|sign-?in)( to the api| via the api)? (is |has been |was )?(currently )?(disabled|turned off|switched off|not (allowed|permitted|enabled))\b|` +
	`\b(two[- ]factor|2fa|mfa|multi[- ]factor|second factor)( auth\w*)? (is |are )?not (supported|allowed|possible|available) (with|for|over|via|using|in) (http )?(basic ?auth\w*|password auth\w*)|` +
	`\b(http )?(basic ?auth\w*|password auth\w*) (is |are )?not (supported|allowed|possible|available) (for|with) [a-z ]{0,30}(two[- ]factor|2fa|mfa|multi[- ]factor)\b`

// serverAuthNotSetUpPattern: the server says authentication is not set
// up on its side ("authentication must be set up on the rc server",
// "Authentication is not configured on this server", "no authentication
// is enabled", "called without any password configured").
const serverAuthNotSetUpPattern = `\b(authentication|auth) (must|needs to|has to) be (set up|configured|enabled) on (the|this) (\w+ )?server\b|` +
	`\b(authentication|auth) is not (set up|configured|enabled) (on|for) (the|this) (\w+ )?server\b|` +
	`\bno (authentication|auth) (is )?(set up|configured|enabled) (on|for) (the|this) (\w+ )?server\b|` +
	`\bcalled without any password configured\b`

// operationAccessRefusedPattern: access to the interface, API, method or
// operation called said invalid (or wrong, bad, incorrect), illegal or
// absent, the adjective first
// (Huawei FusionSolar's failCode 401 "Invalid access to current
// interface!" to a northbound account not granted it, "Illegal access to
// interface", "No access to this API"): what is judged is the
// operation's access, not the credential, which was read. "Unauthorized
// access to …" stays out: it is as often said of a request that carried
// no credential at all.
const operationAccessRefusedPattern = `\b(invalid|illegal|bad|wrong|incorrect|unrecogni[sz]ed|no) access to (the |this |that |current |the current |requested |the requested )?(api|interface|method|function|endpoint|operation|service)s?\b`

// notAllowedForKindPattern: an operation said not allowed or not
// permitted for a kind of user, account or credential (Tibber's GraphQL
// "operation not allowed for demo user" to its public demo token, "This
// mutation is not permitted for read-only tokens", "Action not allowed
// for guest accounts"): the caller is known, and its kind may not do
// this: a permission. The operation must be named: "value not allowed
// for user" is a field's validation.
const notAllowedForKindPattern = `\b(operations?|actions?|mutations?|quer(y|ies)|requests?|calls?|methods?|endpoints?|this)\b[^.]{0,20}\bnot (allowed|permitted) for (a |an |the |this |your )?([a-z-]+ ){0,2}(users?|accounts?|tokens?|keys?|clients?|apps?|applications?|roles?)\b|` +
	// The whole message, the operation left implied (Zulip's 400 "Not
	// allowed for guest users"): the kind must be a caller's, so "Not
	// allowed for this user", a field's rule, stays out.
	`(^|["'>:]\s*)not (allowed|permitted) for (a |an |the |all )?` + callerKindPattern + ` (users?|accounts?|members?|tokens?|keys?|clients?|apps?)\b|` +
	// An endpoint said not to take a kind of caller's requests (Zulip's
	// "This endpoint does not accept bot requests."; "does not accept
	// requests from guest accounts"); "does not accept GET requests" is
	// the method's, not the caller's.
	`\b(does not|doesn'?t|do not|don'?t|will not|won'?t|cannot|can ?not) (accept|allow|permit|support) (` + callerKindPattern + ` (users?'? |accounts?'? )?(requests|calls)|(requests|calls) (from|by) (a |an |the )?` + callerKindPattern + ` ?(users?|accounts?|members?|clients?|apps?)?)\b`

// callerKindPattern: the kinds of caller an API can refuse as a kind
// (notAllowedForKindPattern's): a guest, a bot or a demo user, a
// read-only, trial or sandbox account, a service account. Anonymous is no
// kind of caller: refused to a request that carried a credential, it says
// the credential was not taken (the refused rows read it).
const callerKindPattern = `(guest|bot|demo|trial|sandbox|read-?only|service|external|unverified|non-admin|deactivated)`

// remoteAccessOffPattern: the owner of the device, vehicle or account
// the call acts on turned its remote, app or third-party access off
// (Tesla Fleet's 401 mobile_access_disabled "The vehicle has turned off
// remote access.", "Remote access is disabled for this vehicle", "The
// owner has switched off app access"): the credential was read and is
// fine; what it would reach has refused callers like it, a permission
// its owner gives back. An API key or account said disabled is the
// rejected credential's reading (stoppedStates), not this.
const remoteAccessOffPattern = `\b(remote|mobile|app|third[- ]party|connected[- ]services?|vehicle) access (is |was |has been |have been )?(currently )?(turned off|switched off|disabled)\b|` +
	`\b(has|have|had) (turned|switched) off (the |its |their |your |his |her )?(remote|mobile|app|api|third[- ]party|vehicle) access\b`
