package diagnose

// Phrase families about what the account pays for and the business rules
// an API enforces: a plan, trial, billing or credits that do not include
// the call, and refusals that are the business's answer (a card declined,
// a quota of objects, a duplicate) rather than an authorization failure.
// Like those in phrases.go, each is a shape of sentence, not one
// provider's.

// billingPattern: the account or project lacks a paid feature (billing, a
// subscription to this product), whatever the status says: the key itself
// is fine ("You must enable Billing on the Google Cloud Project", "using
// One Call 3.0 requires a separate subscription to the One Call by Call
// plan", answered with a 401). A "subscription key" is a credential, not a
// subscription.
// Also an endpoint or feature said disabled or not enabled for the
// caller's subscription, plan or tier ("This endpoint is disabled for
// your subscription", Coinranking's 401 through RapidAPI).
const billingPattern = `enable billing|billing (is )?(not enabled|disabled|required)|` +
	`\brequires? (a |an )?(separate |paid |active |premium )?(subscription|plan)( to| for|\s*[.,;]|\s*$)|` +
	`(subscription|paid plan) (is )?required|not (included|available) in your (subscription|plan)|not subscribed to|` +
	`\b(disabled|not enabled|not (included|available)) (for|in|on|with) your (current )?([a-z]+ )?(subscription|plan|tier)\b`

// planExpiredPattern: what expired is the account's trial, plan,
// subscription or licence ("Your trial access has expired"): the plan
// row's business, not a token to refresh.
const planExpiredPattern = `\b(trial|plan|subscription|licen[cs]e)\b[^.]{0,30}\bexpired\b`

// planLapsedPattern: the account's trial, plan, subscription, membership
// or licence said run out in any of the forms servers use (expired, ended,
// lapsed, over, cancelled, run out, not or no longer active; "Your
// subscription has ended", "Subscription is not active", "Your free trial
// has expired", "inactive subscription"). The rounds mended these one at
// a time (a 402's, a 403's, a 200 envelope's); on a 401 they read as a
// credential refused.
const planLapsedPattern = planExpiredPattern + `|\b(trial|plan|subscription|membership|licen[cs]e)( period| access)? (has |have |is |was )?(ended|lapsed|over|cancell?ed|run out)\b|` +
	`\b(trial|plan|subscription|membership|licen[cs]e) (is|was) (not|no longer) active\b|\b(inactive|expired|lapsed|cancell?ed) (trial|plan|subscription|membership|licen[cs]e)\b`

// planMessage: what the plan rows say (the credential was read; its
// account's plan does not cover the call).
const planMessage = "the account's plan, billing or access level does not include this endpoint (the credential itself was read): upgrade the plan, enable billing or subscribe to this product, or enrol the app for this API; or leave the endpoint out of this environment (only:)"

// creditsPattern: the account has no money left to spend on the API
// ("Your credit balance is too low to access the Anthropic API. Please go
// to Plans & Billing to upgrade or purchase credits.", Replicate's 402
// "You have insufficient credit to run this model"), or owes it: the
// account said not in good standing, overdue or in arrears (DashScope's
// 400 Arrearage "Access denied, please make sure your account is in good
// standing."; "Access denied due to overdue account"): a billing matter of
// the account, like a plan feature; the key itself was read. A quota of
// credits "exceeded" resets and is a limit (limitReachedRE). An account
// said in good standing without the advice to make it so is a status.
// The account is what is overdue: a record overdue "for account 4211", or
// "overdue payment reminders", are the request's data. Also the account
// (not a customer or card of the business's) said to have no way to pay
// (Sendle's 402 "The account associated with this API key has no method of
// payment. … add a payment method."; "No payment method on file for your
// account"): the account's billing, not the key.
const creditsPattern = `\b(your|the|this) account\b[^.]{0,60}\b(has|have) no (valid )?(method of payment|payment method|payment details|billing (method|details|information))\b|` +
	`\bno (valid )?(method of payment|payment method) (is )?(on file|set up|configured|added) (for|on|to) (your|the|this) account\b|` +
	`\binsufficient (credits?|balance|funds)\b|\bcredit balance is (too low|insufficient|exhausted)|` +
	`\b(purchase|buy|top up|add) (more )?credits\b|\bout of credits\b|\bnot enough credits?\b|` +
	`\b(make sure|ensure|check( that)?|verify( that)?) (that )?(your|the) account is in good standing\b|\baccount (is |was )?not in good standing\b|` +
	`\b(overdue|arrearage) accounts?\b|\baccounts? in arrears\b|\b(your|the|this) account (is |was |has been )?(currently )?(overdue|in arrears)\b|` +
	`\b(your|the|this) account (has|have) (an? )?(overdue|unpaid|outstanding) (payment|balance|invoice)s?\b`

// creditsUsedUpPattern: the credits a period allows said used up
// ("Maximum credits exceeded", SendGrid's 401 when a month's sending
// credits are spent; "credit limit reached"): they renew, a limit
// (limitReachedRE reads it); credits to buy ("insufficient credits") are
// the plan's (creditsPattern).
const creditsUsedUpPattern = `\bmax(imum)? (number of )?(credits|email credits|message credits|sends|emails) (has been |have been |was |were )?(exceeded|reached|used up|exhausted)\b|\bcredit limit (has been |was |is )?(reached|exceeded|exhausted)\b`

// businessFundsPattern: money the API moves is short (a card declined for
// insufficient funds, an exchange account's balance too low for an
// order: Stripe's "Your card has insufficient funds.", Binance's "Account
// has insufficient balance for requested action."; a brokerage's buying
// power or holdings short for the order, Alpaca's 403 "insufficient
// buying power" and "insufficient underlying qty available for covered
// call"): the business's answer to this payment or order, not the
// account's bill for using the API (creditsPattern).
const businessFundsPattern = `\bcard[_ ]declined\b|\bcard_error\b|\bcard (was |has been )?declined\b|\byour card has insufficient funds\b|` +
	`\binsufficient (funds|balance) for (the |this |your )?(requested )?(action|order|trade|transaction|transfer|withdrawal|payment|purchase)\b|` +
	`\binsufficient (buying power|margin|(underlying )?(qty|quantity|shares|holdings?|position))\b|\bbuying power (is )?(insufficient|too low|not enough)\b`

// businessRulePattern: a 403 (or a 400 that says "not allowed") whose
// words name a rule of the API's business that any caller would meet: the
// content is a duplicate (X's "You are not allowed to create a Tweet with
// duplicate content."), the resource is archived (GitHub's "Repository was
// archived so is read-only.") or being deleted (Kubernetes' "unable to
// create new content in namespace … because it is being terminated"), the
// target is in a state that does not allow it (Okta's "This operation is
// not allowed in the user's current status."), an admission check refused
// the object itself (Kubernetes' "violates PodSecurity", "admission
// webhook … denied the request", a namespace's "exceeded quota: …,
// requested: …"), money moved is short, or the kind of file is refused
// (fileTypeRefusedPattern), a search is too broad for the method
// (searchTooBroadPattern), or the record is too young to change
// (waitBeforeChangePattern), or the object acted on is disabled, deleted
// or expired (Key Vault's 403 SecretDisabled: "Operation get is not
// allowed on a disabled secret."; a certificate or record in that state
// refuses every caller). No role or scope granted to
// the credential changes it. (A refusal about this caller and its target,
// Telegram's "bot was blocked by the user", stays a permission: the comms
// corpus reads it so.)
const businessRulePattern = `\bduplicate (content|status|tweet|post|message|entry|record)s?\b|\bstatus is a duplicate\b|` +
	`\b(repository|repo|project|channel|conversation|workspace|board|document)s? (was|is|has been) archived\b|\bis being (terminated|deleted)\b|` +
	`\b(not (allowed|permitted)|cannot be performed)\b[^.]{0,40}\b(in|for) (the |its |this |their )?([a-z]+'s )?current (status|state)\b|` +
	`\bviolates podsecurity\b|\badmission webhook\b.{0,80}?\bdenied the request\b|\bexceeded quota: [a-z0-9.-]+, requested: |` + businessFundsPattern + `|` +
	fileTypeRefusedPattern + `|` + searchTooBroadPattern + `|` + waitBeforeChangePattern + `|` +
	`\b(not (allowed|permitted)|forbidden|cannot be performed)\b[^.]{0,40}\bon (an? |the |this )?(disabled|deleted|expired|archived|inactive) (secret|certificate|record|item|object|resource|entity|version|document|file|blob)s?\b`

// waitBeforeChangePattern: a record that may be changed only after a
// waiting period ("You must wait 60 minutes before redacting ID
// '0A000000B0C9A1234'", Vonage Redact's 403 Premature Redaction; "you need
// to wait 24 hours before deleting this record"): the record's age, the
// same for every caller, not a right the credential lacks. Waiting before
// retrying or sending again is a rate's (not these verbs).
const waitBeforeChangePattern = `\b(must|need to|have to) wait (at least |for )?\d+ ?(seconds?|minutes?|mins?|hours?|days?) before (redact|delet|modify|edit|updat|cancel|chang|remov|archiv|export|download|process)ing\b`

// searchTooBroadPattern: a search the method refuses as too broad, told
// to be narrower ("This API method returns only exact match results,
// please retry with more specific search parameters", Ukraine's eHealth
// 403; "Please narrow the search"; "refine your query"): the request's
// criteria, which every caller must make specific; no grant changes it.
const searchTooBroadPattern = `\b(retry|try again|search|query) with (more specific|narrower|stricter) (search |query )?(parameters|criteria|terms|filters)\b|` +
	`\breturns only exact[ -]match(es| results)?\b|\b(narrow|refine) (down )?(your |the )?(search|query)\b|\b(search|query) (is )?too (broad|wide|general)\b`

// fileTypeRefusedPattern: a kind of file (its type or extension) said
// forbidden or not allowed (Apt-Cacher NG's 403 "Forbidden file type or
// location" to a path its patterns do not serve; "File type not
// allowed", "This file extension is not permitted" to an upload): the
// file's kind is refused to every caller, no grant changes it.
const fileTypeRefusedPattern = `\b(forbidden|disallowed|prohibited|blocked|unsupported) file (types?|extensions?)\b|` +
	`\bfile (types?|extensions?) (is |are )?(not (allowed|permitted|accepted|supported)|forbidden|disallowed|prohibited)\b`

// otherPartyAccountPattern: the account a refusal names belongs to
// another party of the operation (PayPal's PAYEE_ACCOUNT_RESTRICTED, "The
// merchant account is restricted." to a buyer's payment): the caller's
// own credential was accepted.
const otherPartyAccountPattern = `\b(merchant|payee|recipient|receiver|beneficiary|counterparty|destination)('s)?[ _]accounts?\b`

// resultsLimitPattern: more results asked for than the plan pages
// through ("You have requested too many results. Developer accounts are
// limited to a max of 100 results. … Please upgrade to a paid plan if you
// need more results.", NewsAPI's 426): the request's size, which a smaller
// page fixes; the credential and its permissions are fine.
const resultsLimitPattern = `\b(requested|asked for|too many) (too many |more )?results\b|\blimited to a max(imum)? of \d+ results\b`

// resourceQuotaPattern: a count of the account's objects is at its quota
// ("The index exceeds the project quota of 1 pods by 1 pods. Upgrade your
// account…", "Maximum number of projects reached"): the request asks for
// one more thing than the plan holds. No rate (waiting does not help),
// no plan feature missing, no credential refused.
const resourceQuotaPattern = `\bexceeds? (the |your )?[a-z ]{0,20}quota of \d+|\bmaximum number of [a-z ]{1,30} (has been |is )?(reached|exceeded)`

// applyForAccessPattern: the caller is told to apply for access to this
// API ("you should apply auth pkg for this api", TikTok Shop's 105005):
// the app has not been granted the API, a plan or enrolment matter.
const applyForAccessPattern = `\b(should|must|need to|have to|please) (apply|request|ask) (for )?(the |an? )?(auth\w*|access|permissions?|api)\b[a-z ]{0,20}\b(for|to (use|access|call)) (this|the|that) (api|endpoint|resource|method|operation)\b`

// productNotEnabledPattern: the product or feature called is said not
// to be one the client, account or key was given (Plaid's legacy 1104
// "unauthorized product", "Your Client ID does not have access to this
// product", "This product is not enabled for your account"), or the
// resource or feature said disabled for the caller's account or user
// ("This resource is disabled for the current user's MLS", the Spark
// API's 1505): the credential was read; what it may use is a matter of
// the account's contract, as a plan's feature is.
const productNotEnabledPattern = `\bunauthori[sz]ed (product|feature|module|service)s?\b|` +
	`\b(client|account|app(lication)?|key|team|organi[sz]ation)( id)? (does not|doesn'?t) have access to (this|that|the) (product|feature|module)\b|` +
	`\b(product|feature|module)s? (is |are )?not (enabled|activated|authori[sz]ed|provisioned) (for|on) (your|this|the) (account|client|app(lication)?|key|team|organi[sz]ation)\b|` +
	`\b(product|feature|module|resource|endpoint)s? (is |are |has been )?(currently )?disabled (for|on) (your|this|the) (current )?(account|client|app(lication)?|key|team|organi[sz]ation|user)('?s)?\b|` +
	environmentNotEnabledPattern

// environmentNotEnabledPattern: the client said not authorized or not
// enabled in the API's environment it called (production, development,
// sandbox: "you are not authorized to create items in this api
// environment", Plaid's UNAUTHORIZED_ENVIRONMENT; "Your account is not
// enabled for the production environment"): the credential was read; the
// environments it may use are set by the provider for the account, as its products are.
const environmentNotEnabledPattern = `\bnot (authori[sz]ed|enabled|allowed|permitted|approved)\b[^.]{0,40}\b(in|for|on) (this|the|that|your) (api |current |production |live |development |sandbox )?environment\b|` +
	`\bwhich environments (you|your (client|account|app(lication)?)) (are|is) (authori[sz]ed|enabled|approved) for\b`

// planFeaturePattern: the endpoint or data is said to be a paid plan's
// ("This is a premium endpoint", Alpha Vantage; "Free plans do not have
// access to this season", API-Football; "Your API Key subscription plan
// doesn't support this endpoint.", CoinMarketCap's 1006, whatever verb
// says it: include, support, cover, allow; "The resource is not available
// at the current API key's service level", the Spark API's 1500; "The
// given API endpoint is not supported on the current subscription plan",
// aviationstack's function_access_restricted), or a
// service said open only to some kind of account holder ("This service is only available to
// marketplace customers", iyzico's in Turkish): the key was read, the plan
// or the account's kind does not include what was asked. Also the
// account said to need to be on a plan, or a plan that includes the API
// named ("Your account needs to be on a plan that includes API access.",
// Signable's 10009 under "Authentication failed."): the key was read.
// Also a request said limited or restricted to a plan's subscribers or
// to a plan or tier ("This request is limited Pro API subscribers",
// CoinGecko's 10005 on a 401, its "to" left out; "restricted to paid
// plans"): the key was read, its plan does not include the call. A kind
// of plan may be named between ("Historical odds are only available on
// paid usage plans", The Odds API's 401). The plan or its subscribers
// must be named as such: "limited to five active subscriptions",
// "restricted to two plans" are counts, the data's.
const planFeaturePattern = `\b(limited|restricted) (to )?(the )?([a-z-]+ ){0,2}(api|plan|tier|paid|premium|pro|enterprise|business|subscription) (subscribers|customers)\b|` +
	`\b(limited|restricted) (to )?(the )?(paid|premium|pro|enterprise|business|higher|upgraded|commercial|professional) ([a-z-]+ ){0,2}(plans|tiers|subscriptions)\b|` +
	`\bpremium (endpoint|feature|function|data)s?\b|\bunlock (all )?premium\b|\bplans? (do(es)? not|don'?t|doesn'?t) (have access|include|support|cover|allow)\b|` +
	`\bnot (included|available|supported) (in|on|with|at) (your|the|this) (current )?([a-z']+ ){0,3}(plan|tier|subscription|service level|access level)\b|` +
	`\b(paid|premium|higher|pro|business|enterprise|upgraded) ([a-z]+ ){0,2}(plan|tier|subscription) is required\b|` +
	`\b(needs?|has|have) to be on (a|an|the) ([a-z-]+ ){0,2}(plan|tier|subscription|package)\b|\bmust be on (a|an|the) ([a-z-]+ ){0,2}(plan|tier|subscription|package)\b|` +
	`\b(plan|tier|subscription|package) that (includes|supports|allows|offers|provides|comes with|has) (api|this|the|that)\b|` +
	`\bonly (available|accessible|allowed) (on|to|for|with|in) (the )?(paid|premium|pro|business|enterprise|upgraded|higher) ([a-z-]+ )?(accounts?|plans?|tiers?|subscriptions?|memberships?|members|users|customers)\b|` +
	`\b(service|feature|endpoint|api|product|operation|function)s? (is |are )?(only (available|accessible|open)|(available|accessible|open) only) (to|for) (the )?([a-z-]+ ){0,2}(accounts|subscribers|members|customers|merchants|partners|sellers)\b|\bonly open to ([a-z-]+ ){0,2}(accounts|subscribers|members|customers|merchants|partners|sellers)\b`

// trialModePattern: the service or account is still in trial (or demo)
// mode, which limits what it may do ("Can't send to this recipient when
// service is in trial mode"; "Your account is still in demo mode. While in
// demo mode you must add target numbers to the approved list"), or a trial account is said unable to do what was asked
// (Twilio's 21608 "Trial accounts cannot send messages to unverified
// numbers"): an access level of the account, not the credential.
const trialModePattern = `\b(is|are|still) in (a |the )?(trial( mode| period)?|demo mode)\b|` +
	`\b(trial|demo) (accounts?|users?|plans?|versions?|tiers?|keys?|projects?) (cannot|can ?not|may not|(are|is) not (allowed|permitted|able) to|(do|does) not (have access to|allow|support))\b`

// serviceSignupPattern: the account must sign up for the service before
// the call (YouTube's 401 reason youtubeSignupRequired to a Google account
// with no channel; "signup_required"; "This account has not signed up for
// this service"): the credential was read and its account is not enrolled
// in the product, a plan or enrolment matter like a product not included.
// The code may be run together with the product's name, so no word
// boundary leads it. "Continued use requires signup" (Google's quota for
// unregistered callers) names no such code and is the anonymous caller's.
const serviceSignupPattern = `sign[ _-]?up[ _-]?required\b|\b(account|user)s? (has|have|is|are) not (yet )?(been )?(signed up|enrolled|registered) (for|to|with|in) (this|the|that) (service|product|api|platform)\b`

// licenseMissingPattern: the tenant, account or user said to have no
// licence for what was asked (Microsoft Graph's 400 "Tenant does not have
// a SPO license." for OneDrive and SharePoint; "The user does not have a
// valid Exchange Online license"; "No license assigned to this user"): the
// credential was read and the account's plan does not include the
// product. A licence key said invalid, or a field named license, is not
// this.
const licenseMissingPattern = `\b(tenant|account|organi[sz]ation|org|user|workspace|subscription|customer|mailbox)s? (does not have|doesn'?t have|has no|lacks|is missing|is without) (an? |the |any )?(valid |active |required |appropriate )?([a-z0-9-]+ ){0,3}licen[cs]es?\b|` +
	`\bno (valid |active |required )?([a-z0-9-]+ ){0,3}licen[cs]es? (is |was |has been )?(assigned|available|found)\b`

// planRowPattern: the words a refusal says the account's plan, billing
// or enrolment lacks this endpoint in, whatever the status (the "plan"
// row), and what a failed call's text in a 2xx envelope is read in
// (envelopeRefusal). Not when planWordsUnless says it is a one-time code,
// a resource's own quota, a payment's funds or a result count.
const planRowPattern = planFeaturePattern + `|plan does not include|` + planUpgradePattern + `|not available on your (plan|tier)|client-not-enrolled|access to a subset of|` +
	billingPattern + `|` + creditsPattern + `|` + productNotEnabledPattern + `|` + applyForAccessPattern + `|` + trialModePattern + `|` + paidPlanNeededPattern + `|` +
	serviceSignupPattern + `|` + licenseMissingPattern

// planRowUnless: what the plan row does not read (planRowPattern).
const planRowUnless = `one-time pass|\botp\b|\b2fa\b|` + resourceQuotaPattern + `|` + businessFundsPattern + `|` + resultsLimitPattern
