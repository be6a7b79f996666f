package diagnose

import "github.com/authspec/authspec/internal/lazyre"

// The rate-limit phrase families: a usage limit or threshold said
// reached, a count said over its limit, calls said too frequent, more
// requests said to need an upgrade. Read by the rules table, the
// rate-limit reading and a 2xx envelope's words alike (phrases.go's
// families are the others).

// requestThresholdPattern: a threshold of requests or calls (daily,
// hourly, the key's) said reached or exceeded, the word some APIs use for
// their quota (BLS's 200 REQUEST_NOT_PROCESSED "the daily threshold for
// total number of requests allocated to the user with registration key …
// has been reached"; "Daily request threshold exceeded"): a usage limit.
// The threshold must be said of requests, calls or a period, and reached
// within the sentence; an alert's or a score's threshold is data.
const requestThresholdPattern = `\b(daily|hourly|monthly|per-minute|request|call|api|usage|query|rate)s? thresholds? (for (the )?(total )?number of (requests|calls|queries) )?[^.;]{0,80}?(has been |have been |was |is )?(reached|exceeded|hit)\b|` +
	`\b(reached|exceeded|hit) (the|your) (daily |hourly |monthly )?(request |call |api |usage )?threshold (of|for) (requests|calls|queries)\b`

// limitReachedRE: a usage limit said to be reached or exceeded ("(#4)
// Application request limit reached", "(#32) Page request limited
// reached", "You have exceeded your daily request quota for this API",
// Google's OVER_QUERY_LIMIT status, "You have exceeded your monthly
// included credits", Instagram's "You have exceeded the maximum number of
// requests per hour", "The maximum number of requests per hour has been
// exceeded").
// Also "reach max api daily quota limit" (WeChat's 45009, in a 200).
// Also a gateway's "Developer Over Qps", "Account Over Rate Limit"
// (Mashery, in front of TomTom and others) and "The allowed number of
// requests has been exceeded" (AccuWeather's daily quota). Also a login
// locked after failures ("Too many unsuccessful login attempts. Please
// restart transmission-daemon.", "Too many failed login attempts"): a
// limit on attempts, which the right credential meets too. The attempts
// must be named failed or logins: Bitbucket's "caused by too many attempts
// to login" explains a lock that asks for a CAPTCHA, not a wait. The same
// limit said exceeded or reached ("Max failed login attempts exceeded for
// IP address …", EspoCRM's; "Login attempts limit reached"). Also the
// caller's usage said reached without the word limit (Netatmo's "User
// usage reached", "Daily API usage exceeded"), and a daily or request
// quota said reached ("Daily quota reached or API key unauthorized",
// openrouteservice's 403; the twin of "exceeded your daily request
// quota"), a usage quota too ("Usage quota has been reached.", The Odds
// API's OUT_OF_USAGE_CREDITS on a 401; a disk's usage quota is its bytes,
// storedLimitRE's); a usage of something the account stores ("Storage usage
// exceeded", a storage quota) is its plan's, not a rate.
// Also a request said to exceed the caller's quota ("This request exceeds
// your quota of 10000. You have 0 credits remaining", ElevenLabs' 401,
// "This call exceeds your monthly quota") and a quota_exceeded code: an
// object the account holds exceeding its quota ("The index exceeds the
// project quota of 1 pods") is resourceQuotaPattern's. A request's
// frequency limit said triggered or reached ("request trigger frequency
// limit", Feishu's 99991400) is a rate; a frequency limit named without
// being triggered or reached ("The request frequency limit must be between
// 1 and 100": a setting's value) is not.
// Also a period's credits used up (creditsUsedUpPattern), and the caller
// said to send faster than its limit allows (Vonage's SMS status 1, "You
// are sending SMS faster than the account limit."); a rate the caller is
// held to (the allowed rate, your rate), not any rate: "Polling interval
// must not be faster than the minimum rate" is a setting's value. Also a
// cap on transfers or transactions said exceeded ("download bandwidth or
// transaction (Class B) cap exceeded", download_cap_exceeded); a storage
// cap is the plan's bytes, not a rate. Also what the caller sends, or
// how often, said over the account's limit (Azure Storage's 503
// ServerBusy: "Operations per second is over the account limit.",
// "Ingress is over the account limit.").
var limitReachedRE = lazyre.New(`\b(bandwidth|transaction|download|request|call|api)s?( \(class [a-z]\))? caps? (has been |was |is )?(exceeded|reached)\b|\b(download|transaction|bandwidth)[ _]cap[ _]exceeded\b|\b(request|call|api|rate|usage|query|queries|user|app(lication)?|page)s? limit(ed)? (has been |was |is )?(reached|hit|exhausted)|` +
	`\b(user|app(lication)?|api|request|call|query|daily|monthly|hourly|account|key|client|developer)s? usage (quota |cap )?(has been |was |is )?(reached|exceeded|exhausted)\b|` +
	`\b(daily|monthly|hourly|weekly|request|call|api|query|free|usage)( (request|call|api|query))? quota (has been |was |is )?(reached|hit|exhausted|used up)\b|` +
	`\bexceeded (your|the) (daily |monthly |hourly |per-minute )?(included |free |allotted )?(request |call |api |usage |message )?(quota|limit|credits)\b|` +
	`\breached (the|your) (daily |monthly |hourly )?((api|request|call|rate|usage)s? ){1,2}limit\b|\bout of [a-z ]{0,20}credits for the current (second|minute|hour|day)\b|\bover_query_limit\b|` +
	`\b(developer|account|key|user|app(lication)?|client|consumer)s? over (qps|rate|quota|(the )?[a-z ]{0,30}\blimit)\b|` +
	`\b(operations|requests|calls|transactions|queries|ingress|egress|bandwidth|throughput|traffic)( per (second|minute|hour|day))? (is|are|was|were) over (the |your |its )?((account|subscription|plan|project|key|app|client)'?s? )?(limit|quota|capacity)\b|` +
	`\bnumber of (requests|calls|queries) (has been |have been |was |is )?exceeded\b|` + requestThresholdPattern + `|` +
	`\breach(ed|es)? (the )?max(imum)? (\w+ ){0,3}(api|requests?|calls?|quer(y|ies)|daily|monthly|hourly|qps)\b[a-z ]{0,30}\b(quota|limit)\b|` +
	`\bexceeded the max(imum)? (allowed )?(number of )?(api )?(requests|calls)\b|\bexceeded the number of (api )?(requests|calls|queries)\b|` +
	`\bexceeded (your |the |its )?(daily |monthly |hourly )?(api )?(calls|requests|queries) per (second|minute|hour|day|month) (quota|limit)\b|\bmax(imum)? (number of )?(api )?(requests|calls) [^.]{0,30}(has been |have been |was )(exceeded|reached)\b|` +
	`\b(request|call|query|queries|generation|message)s? (\w+ ){0,2}exceeds? your (\w+ ){0,2}quota\b|\bquota_exceeded\b|` +
	`\btoo many ((unsuccessful|failed|invalid|incorrect|wrong|bad) (login |log-in |logon |sign[- ]?in |authentication |password )?|(login|log-in|logon|sign[- ]?in|authentication|password) )attempts\b|` +
	`\b((unsuccessful|failed|invalid|incorrect|wrong|bad) (login |log-in |logon |sign[- ]?in |authentication |password )?|(login|log-in|logon|sign[- ]?in|authentication|password) )attempts( limit)? (has been |have been |was |were |is |are )?(exceeded|reached)\b|` +
	`(^|["':>]\s*)rate exceeded\b|\b(sending|requesting|calling|submitting|polling|posting)\b[a-z ]{0,30}\bfaster than ((the |your |its )?([a-z']+ ){0,2}(limit|throughput)|(the |its )?(allowed|permitted|maximum|max|account'?s?|plan'?s?|key'?s?)( [a-z']+)? rate|your ([a-z']+ ){0,2}rate)\b|\b(request|call|api|query|send|sending|transaction|throttling:?) rate exceeded\b|` +
	`\b(request|call|api|access|query)s? trigger(s|ed)? (the )?frequency limit\b|\bfrequency limit (has been |was |is )?(exceeded|reached|hit|triggered)\b|` + creditsUsedUpPattern + `|` + tooFrequentPattern + `|` +
	// A weighted limit (Binance's "Way too much request weight used; IP
	// banned until 1660090423228", answered 418) and the timed ban of an
	// address that follows it.
	`\btoo much (request |api )?weight\b|\b(request |api )?weight (limit )?(exceeded|used up)\b|\bip( address)? (is |has been )?(temporarily )?banned until\b|` +
	// Free calls held back for a while (Etherscan's "Free API access is
	// temporarily unavailable due to unusually high network activity …"
	// in a 200 under status 0 NOTOK): a wait, however the plan is named
	// beside it; free access said disabled for good is the plan's
	// (paidPlanNeededPattern).
	// A ban for sending too much (Blockfrost's 418 "IP has been
	// auto-banned for flooding.", after its 402 and 429), and the
	// caller's usage said over its limit (Blockfrost's 402 "Usage is over
	// limit.", the plan's daily requests): a usage of what the account
	// stores ("Storage usage is over limit") is its plan's bytes. A ban
	// for spamming is a moderator's, of the account, no rate.
	`\bfree (api |tier |plan )?(access|usage|calls|requests|tier)( access)? (is |are |has been |have been )?temporarily (unavailable|suspended|disabled|paused|restricted|limited|held back)\b|` +
	`\b(auto[- ]?)?banned (for|due to|because of) (flooding|too many requests|excessive (requests|traffic|calls))\b|` +
	`(^|\n|["':>]\s*|\b(api|request|call|query|daily|monthly|hourly|account|key|project|plan|your) )usage (is |was |has been |went )?over (the |your |its )?((daily|monthly|hourly|plan'?s?|request) )?limits?\b|` + requestsBeyondPlanPattern + `|` + countOverLimitPattern)

// countOverLimitPattern: the caller's count of queries, requests or calls
// in a period, or from one address, user or key, said over its limit or
// quota (Amap's infocodes DAILY_QUERY_OVER_LIMIT and IP_QUERY_OVER_LIMIT
// in a 200, "Daily request count over quota"), in a code's spelling too.
// The period or whose count it is must be named: "query over limit: at
// most 50 ids" is one request's size, a validation.
const countOverLimitPattern = `\b(daily|monthly|hourly|minutely|ip|user|key|app|account|client)[ _-](quer(y|ies)|requests?|calls?|access(es)?|visits?)[ _-](count[ _-])?((is|are|was)[ _-])?over[ _-](the[ _-])?(limit|quota)\b`

// tooFrequentPattern: how often the caller calls said too high, or its
// calls too frequent (Huawei FusionSolar's failCode 407
// ACCESS_FREQUENCY_IS_TOO_HIGH in a 200, "request frequency too high",
// "Requests are too frequent", "Too frequent requests", 请求过于频繁 in
// English): a rate, whatever the status. Read in a code's spelling too
// (underscores or hyphens between the words). One request or access said
// so is the same rate (Amap's infocode 10004 ACCESS_TOO_FREQUENT in a
// 200, "Request too frequently"); what else is too frequent ("Too
// frequent password changes are not allowed") is a policy's, not a rate.
const tooFrequentPattern = `\b(access|request|call|api|query|polling|invocation|visit)s?[ _-]frequency[ _-](is[ _-])?(too[ _-]high|exceeded)\b|` +
	`\b(requests?|calls?|access(es)?|quer(y|ies)|operations?|visits?)[ _-]((are|is|was|were)[ _-])?too[ _-]frequent(ly)?\b|\btoo[ _-]frequent[ _-](requests|calls|access|accesses|queries|operations|visits)\b`

// requestsBeyondPlanPattern: the caller told to upgrade (or pay) to make
// more requests, or told no more requests are allowed (Dropbox Sign's
// 402 payment_required "You must upgrade to make additional requests.";
// "No more API calls are available on your plan this month"): the
// plan's count of requests is used up, a limit like a quota, whatever
// the status. An upgrade to use a feature is a plan's (planUpgradePattern).
const requestsBeyondPlanPattern = `\b(upgrade|pay|subscribe|purchase)\b[^.]{0,40}\bto (make|send|run|perform|place) (any )?(additional|more|further) (api )?(requests|calls|queries)\b|` +
	`\bno (additional|more|further) (api )?(requests|calls|queries) (are |is |can be )?(allowed|permitted|available)\b`
