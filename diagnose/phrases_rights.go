package diagnose

// rightsLackedPattern: a caller said to lack a right in the forms the
// permission families did not hold, each met as a refusal on a status
// with no default reading (a 400, 422 or 500), where the family's one
// form let it pass unread:
//   - the right said insufficient, as a title or with what it is for
//     ("Insufficient Privileges", the Apple Music API's 400; "User has
//     insufficient permissions for this resource"); "insufficient
//     funds", "balance" or "stock" name no right;
//   - a holder said to be missing rights, or a right named missing with
//     its name after a colon ("User is missing one or more roles:
//     CanGetSocialMediaHandles", the Open Bank Project's 400; "Missing
//     permission: meters.read"); a bare "Missing role" may be a form's
//     field, and is left alone, as is the noun naming a field ("The
//     request body is missing the roles field": the noun must end its
//     clause or be followed by what the right is for);
//   - "does not have permission to <do>" (or "lacks", "has no")
//     whatever names the holder before it, an id or a quoted name between ("The client '…' with
//     object id '…' does not have permission to perform action …", ARM's
//     400 InvalidTemplateDeployment);
//   - a plan, tier or holder said not to have access to a privilege or
//     feature ("User's subscription tier does not have access to
//     privilege: CloudLibrary").
//   - a holder said not to have the right, required or sufficient level
//     of access, permission or privilege, or that level said insufficient
//     ("The user account provided doesn't have the right access level",
//     Expedia's Booking Retrieval error 1003 in a 200; "Insufficient
//     permission level"): the level is the right, whatever it is named;
//   - with no holder named, "no permission to <do>" opening what is said
//     or after a code ("No permission to access the endpoint.", MEXC's
//     700007 on a 400), or the permissions said incorrect or wrong as
//     the whole complaint ("Incorrect permissions", Bitget's 40014 on a
//     400, or "Invalid permissions", a reference or link after it): a
//     field's value said incorrect ("Incorrect permissions
//     value", "permissions: wrong format") names no right lacked;
//   - the call said out of the credential's scope, as an error's code
//     or name ("out_of_scope", Upbit's and Bithumb's 401 for a
//     feature the key's permission groups leave out, their words in
//     Korean) or with the holder or the call named ("Request is out of
//     the API key's scope"): a date or value "out of scope" names none.
const rightsLackedPattern = `\binsufficient (access )?` + rightNouns + `\b|` + noRightToPattern + `|` + outOfScopePattern + `|` +
	`\b(is|are) missing (one or more |some |the |an? )?(required |necessary |needed )?` + rightNouns + `\s*($|[.,;:!"'<)(]|\s(to|for|on|in|of|from|that|which)\b)|` +
	`\bmissing (one or more |the |an? )?(required |necessary )?(permissions?|privileges?|roles?|entitlements?)\s*:\s*['"\x60]?[a-z]|` +
	`\b((does not|doesn'?t|do not|don'?t|did not) have|lacks?|(has|have) no) (the )?(required |necessary |sufficient )?(permissions?|privileges?|rights|authori[sz]ation) to (perform|access|read|write|use|call|execute|view|see|create|update|delete|modify|manage|run|invoke|list|get|make|do)\b|` +
	`\b(does not|doesn'?t|do not|don'?t) have access to (the |this )?(privilege|permission|feature|right|entitlement)s?\b|` + accessLevelLackedPattern + `|` + beyondRightsPattern

// beyondRightsPattern: the request said beyond, outside or exceeding the
// scope or limits of the caller's permissions (TheSports' "Beyond the
// scope of account permissions.", "outside the scope of your
// privileges", "exceeds your permissions"): a right the caller lacks,
// said from the request's side.
const beyondRightsPattern = `\b(beyond|outside( of)?|exceeds?|exceeding) (the )?(scope|limits?|bounds|range) of (your |the |its |this )?((account|user|key|token|api key|role|client|app)'?s? )?(permissions?|privileges?|rights|authori[sz]ation)\b|` +
	`\b(beyond|exceeds?|exceeding) (your|its|the (account|user|key|token)'?s?) (permissions?|privileges?|rights)\b`

// outOfScopePattern: the call said out of the credential's scope, as
// the value of an error's code or name key ({"error":{"name":
// "out_of_scope"}}, {"code":"out_of_scope"}), or with the call and the
// credential named (rightsLackedPattern). The same word as a status or
// in a sentence names no caller: a geocoder's {"status":"out_of_scope"}
// is a place outside its service area.
const outOfScopePattern = `"(error|err|code|error_?code|errorcode|error_?name|name|reason|type)"\s*:\s*"out[ _-]?of[ _-]?scope"|\b(request|operation|action|call|endpoint|method|feature)s? (is |are )?(out of|outside) (the |its |your |this )?(api[ _]key'?s?|key'?s?|token'?s?|credential'?s?|app'?s?|application'?s?|client'?s?) scopes?\b`

// noRightToPattern: rightsLackedPattern's subjectless forms: "no
// permission to <do>" opening a sentence or a quoted text, and a right
// said incorrect or wrong ending it.
const noRightToPattern = `(^|[."'>:]\s*)no (permissions?|privileges?|rights|authori[sz]ation) (to|for) (access|perform|use|call|execute|view|see|read|write|create|update|delete|modify|manage|run|invoke|list|get|make|do|this|that|the)\b|` +
	`(^|[."'>:]\s*)(incorrect|wrong|invalid) (api[ _]key |key |token )?(permissions?|privileges?|rights)\s*([.!]\s*)?($|["'<(\n]|(see|request|ref|trace|https?:)\b)`

// accessLevelLackedPattern: a holder said not to have the right, required
// or sufficient level of access, permission or privilege, or that level
// said insufficient (rightsLackedPattern's last form). A refusal in any
// status, so the words a 2xx's failure envelope or XML error element is
// read by hold it too (envelopeWordsRE, envelopeAuthRE).
const accessLevelLackedPattern = `\b((does not|doesn'?t|do not|don'?t|did not) have|lacks?|(has|have) no)( the| an?)? (right|required|necessary|sufficient|appropriate|correct|proper|needed) (access|permission|privilege|authori[sz]ation) levels?\b|` +
	`\binsufficient (access|permission|privilege|authori[sz]ation) levels?\b`

// hedgedPermissionPattern: a missing permission offered as one of the
// possible reasons the server lists without knowing which ("The
// authentication token provided is invalid. This may be due to an
// incorrect signature, expiration, or not enough permissions.",
// Signicat's; "This can be caused by an expired token or insufficient
// privileges"): the server refused the token and guesses why; no right
// it weighed. So is a permission listed after the credential's own
// faults, "or" between (NuGet's "The specified API key is invalid, has
// expired, or does not have permission to access the specified package.";
// openrouteservice's "Invalid API key or access to this API has been
// disallowed").
const hedgedPermissionPattern = `\b(may|might|could|can) (also )?(be|have been) (due to|caused by|because of|the result of)\b[^.]{0,120}\b(not enough|insufficient|lack of|missing) (access )?(permissions?|privileges?|rights)\b|` +
	`\b(invalid|expired|revoked|incorrect|wrong|unknown)\b[^.]{0,40}\bor ((does not|doesn'?t|do not|don'?t) have|lacks?|(has|have) no) (the )?(required |necessary |sufficient )?(permissions?|privileges?|rights|access)\b|` +
	`\b(invalid|expired|revoked|incorrect|wrong|unknown)\b[^.]{0,40}\bor (its |the |your )?access\b[^.]{0,40}\b(has been |is |was )?(disallowed|denied|not allowed|forbidden)\b`

// lacksPermissionPattern: the caller, or its credential, said to have no
// permission, privilege, right or access for what it asked, in either way
// of saying it ("You do not have the required permissions to …", "The
// token doesn't have permissions for this endpoint", "this user has no
// permissions to run the 'evalsha' command", "You have no permission to
// access this resource", Telegram's "not enough rights to send text
// messages to the chat"), or to lack a level of it, named
// (1Password Connect's "Unauthorized Request, token does not have write
// access to the Vault" to a read-only token, on a 401; "You don't have
// push access to this repository", "API key does not have read permission
// on this bucket"), or said to lack sufficient ones, the words ending
// there (DocuSign's ACCOUNT_LACKS_PERMISSIONS "This Account lacks
// sufficient permissions."; "The user does not have enough privileges"),
// or a Redis-protocol server's ACL refusal code NOPERM
// (Upstash, Redis, Valkey, whatever the words after it): a known caller
// refused an operation, its grant stopping short, whatever the status
// (Upstash's REST API answers it with 400). Either what it lacks it for
// or the level must be named: "does not have a valid signature" is the
// credential's own fault, "the folder has no permissions set" data.
// Also what was called said to miss the authorization or permission it
// needs ("subscription missing proper authorization", Twitch EventSub's
// to a broadcaster who has not granted the scope; "missing required
// permissions."): the grant stops short. An Authorization header said
// missing is no permission ("missing required authorization header").
// (callerRefusedPattern's bare "does not have access" is the weaker
// reading of the same words, used only to tell a 403 from a 401 in an
// envelope: without a subject it may be a resource's own settings.) The
// subject may carry the word that says which one ("The API key provided
// does not have write permissions.", WooCommerce's 401 to a read-only
// key; "the token used has no access to"). "Lacks" says the same as "does
// not have" ("You lack permissions to access this resource"), and so
// does a permission the caller is said to need for what it asked
// (permissionNeededPattern).
const lacksPermissionPattern = `\b(you|user|caller|token|key|credential|account|client|app|application|integration|consumer|role|member|principal)s? ` +
	`((provided|supplied|given|used|sent|specified|in use) )?((has|have) no|lacks?( the( following| required| necessary)?)?|(do not|don'?t|does not|doesn'?t|did not) have( the( following| required| necessary)?)?) ` +
	`((permissions?|privileges?|rights?|access|authority) (to|for|on)\b|(read|write|read[/-]write|push|pull|admin|administrative|delete|edit|manage|full)( or [a-z]+)? (access|permissions?|rights|privileges?)\b)|\bnoperm\b|` +
	`\bnot enough (access )?(rights|privileges|permissions)\b|` +
	`\b(you|user|caller|token|key|credential|account|client|app|application|integration|consumer|role|member|principal)s? ` + lacksRequiredPattern + ` (permissions?|privileges?|rights|access rights)\b|` +
	`\bmissing (the )?(proper|required|necessary|sufficient|appropriate) (authori[sz]ation|access|permissions?|privileges?|rights)\s*($|[.,;:!"<)]|(for|to|on) )|` +
	lacksRightRolePattern + `|` + permissionNeededPattern

// permissionNeededPattern: the caller said to need a permission, right or
// privilege, named or not, for what it asked (MediaWiki's readapidenied
// "You need read permission to use this module."; "You need the edit
// permission to change this page", "This token requires write privileges
// for this operation"): the grant stops short, as "does not have" says.
// The need must be for something ("to", "for"): "Apps need permissions
// granted by an admin" describes a setup.
const permissionNeededPattern = `\b(you|users?|callers?|clients?|apps?|applications?|tokens?|keys?|accounts?|roles?)\b (need|needs|require|requires|must have) (the |an? )?(['"]?[a-z_-]+['"]? )?(permissions?|rights|privileges?) (to|for)\b`

// callerBarredPattern: the caller said not allowed to do what it asked
// (MediaWiki's writeapidenied "You're not allowed to edit this wiki
// through the API."; "You are not permitted to delete this record"), or
// barred from doing it (MediaWiki's blocked "You have been blocked from
// editing."; "This account is banned from posting"): known, and refused
// this operation. The operation is one on the API's data (edit, delete,
// upload …) and on this thing ("this wiki", "that page"): "You are not
// allowed to create a Tweet with duplicate content" (X's 403) is a
// business rule's, and not allowed to access, call or use this is what a
// wrong credential is answered with too (ejabberd's "You are not
// authorized to call this command" to a wrong password, Vonage's "Wrong
// authentication - You are not authorised to access this resource").
// Barred from logging or signing in is an account stopped
// (barredFromSignInPattern), and an address blocked is an allowlist's
// (their own rows read them).
const callerBarredPattern = `\byou(['’]re| are)( currently)? not (allowed|permitted) to (read|view|see|edit|write|create|delete|remove|modify|change|update|upload|manage|list|post( to)?) (this|that|these|those|its)\b|` +
	`\b(you|your (account|user)|this (account|user|token|key))\b (have|has|are|is|were|was) (been )?(blocked|banned|barred) from (editing|posting|uploading|creating|writing|commenting|sending|messaging|publishing|deleting|reading|viewing|using)\b`

// barredByStatePattern: callerBarredPattern's words with the reason the
// thing's state gives ("You are not allowed to delete this invoice because
// it has been paid", "… change this field once the order has shipped"): a
// business rule on the data, which anyone would be told, no right the
// caller lacks.
const barredByStatePattern = `\byou(['’]re| are)( currently)? not (allowed|permitted) to [a-z]+( to)? (this|that|these|those|its)\b[^.]{0,60}\b(because|once|since|while|after|until|unless|as long as)\b`

// anonymousRefusedPattern: what was asked said refused to anonymous
// callers (MediaWiki's noedit-anon "Anonymous users can't edit pages.";
// "Anonymous access is not allowed", "anonymous requests are not
// permitted"): no identity was taken from the request, in an error
// object of a 2xx as in a 401.
const anonymousRefusedPattern = `\banonymous (users?|callers?|clients?|requests?|access|visitors?)\b[^.]{0,20}\b(can'?t|cannot|can not|may not|are not allowed|is not allowed|not permitted|are not permitted|is not permitted|(is|are) (disabled|denied|forbidden))\b`

// lacksRequiredPattern: said to lack the required, necessary or
// sufficient ones, in either grammatical form ("lacks the required",
// "does not have the required", "doesn't have enough"): one family for
// what a caller lacks (lacksPermissionPattern) and what a credential
// lacks (credentialLacksPermissionsPattern); the subject decides which.
const lacksRequiredPattern = `(lacks?|(do not|don'?t|does not|doesn'?t|did not) have) (the )?(required|necessary|needed|sufficient|enough|adequate|proper|appropriate)`

// lacksRightRolePattern: whoever calls said not to have the correct,
// required or appropriate role or privilege, with what kind of role
// between ("The TPP does not have the correct PSD2 role to access this
// service.", a NextGenPSD2 ROLE_INVALID; "You don't have the required
// admin role"): known, and not allowed; the subject may be any caller's
// name, the qualifier says a right is meant, not an attribute. Also the
// role the caller was expected to hold said not found or missing
// (Logto's 401 "Expected role not found. Please check your user roles and
// permissions.", "required role missing"): the same right it lacks; a
// role looked up by name and not found is a lookup's.
const lacksRightRolePattern = `\b(does not|doesn'?t|do not|don'?t|did not) have (the |an? )?(correct|required|right|necessary|appropriate|proper|needed|sufficient) ([a-z0-9-]+ ){0,2}(roles?|privileges?)\b|` +
	`\b(expected|required|needed|necessary) roles?( ['"]?[a-z0-9_:-]+['"]?)? (was |is |were |are )?(not found|missing|absent|not (present|assigned|granted))\b`

// noPermissionWordsPattern: the words a refusal names a missing
// permission in, whatever the status (the "no permission words" row), and
// what a failed call's text in a 2xx envelope is read in
// (envelopeRefusal), so that the same sentence is a permission under a
// 400 and under a 200 whose code says the call failed. Not when
// noPermissionWordsUnless says the credential itself is refused or the
// permission only a possible reason.
const noPermissionWordsPattern = lacksPermissionPattern + `|` + permissionsPreventedPattern + `|` + notYoursPattern + `|` + noAccessToThisPattern + `|` + mustBeRolePattern + `|` +
	grantsNoAccessPattern + `|` + actionRefusedPattern + `|` + notGrantedPermissionPattern + `|` + privateResourcePattern + `|` + operationNamedUnauthorizedPattern + `|` +
	notMemberPattern + `|` + readOnlyAccountPattern + `|` + credentialGrantsNothingPattern + `|` + requiredPermissionsListPattern + `|` + tokenNotForOperationPattern + `|` +
	tokenNotValidForPattern + `|` + tokenNotLinkedHerePattern + `|` + termsNotAcceptedPattern + `|` + rightsLackedPattern + `|` + notAllowedForKindPattern + `|` + apiNotGrantedPattern + `|` +
	callerBarredPattern

// noPermissionWordsUnless: a key said not active beside "no permission
// for this key" (the PrestaShop webservice lists both for a disabled key)
// is the key's own state; a permission the server only offers as a
// possible reason (hedgedPermissionPattern) weighed no right, nor does a
// thing's state given as the reason (barredByStatePattern).
const noPermissionWordsUnless = credentialStoppedPattern + `|` + deniedForInvalidCredentialsPattern + `|` + hedgedPermissionPattern + `|` + barredByStatePattern
