package diagnose

import (
	"slices"
	"strings"

	"github.com/authspec/authspec/internal/lazyre"
)

// The words that make a JSON envelope's failure text a refusal: about the
// credential, a permission or a limit, with a fault named (envelopeRefusal),
// and the error texts a body holds in fields meant for errors
// (refusedText).

// envelopeWordsRE: an envelope's failure text about the credential, a
// permission or a limit, with the fault named before or after it (a
// message that only mentions a token, "Token refreshed", is not a
// refusal). Read with underscores as spaces (access_token).
// An API, method or interface said unauthorized ("api unauthorized",
// WeChat's 48001) is an operation the caller may not use. A key said not
// registered (keyNotRegisteredPattern) was looked up and not found. An
// action kept for a role ("Only superusers can perform this action.") or
// an account kept from it ("Organisation is disabled from serving
// flags.") refuses a caller it knows, and so does the role or capability
// an operation is said to require (roleRequiredPattern: Fossil's
// "Requires 'o' permissions." under a failed resultCode). A refusal given for an
// unauthorized request, payload or transaction (Midtrans' "Operation is
// not allowed due to unauthorized payload." under status_code 401) says
// nothing authenticated the request. The caller told to log in again
// (reloginRequiredPattern: FusionSolar's USER_MUST_RELOGIN under its
// failCode) has no session the server takes. "Insufficient" takes a right, with
// at most a word between ("Insufficient isv permissions"): "Insufficient
// funds for authorization" is a card payment's, not the caller's.
var envelopeWordsRE = lazyre.New(`\b(` + envelopeCredWords + `)\b[^.]{0,60}\b(` + envelopeFaults + `)|` +
	`\b(invalid|incorrect|wrong|unrecognized|revoked|expired|missing|bad|unknown|no)\b[a-z -]{0,20}\b(` + envelopeCredWords + `)\b|` +
	`\binsufficient ([a-z]+ )?(permissions?|privileges?|scopes?|rights|access|authori[sz]ation)\b|` +
	limitWordsPattern + `|` + applyForAccessPattern + `|` + operationUnauthorizedPattern + `|` +
	signatureRefusedPattern + `|` + requestFreshnessPattern + `|` + ipNotAllowedPattern + `|` + keyNotRegisteredPattern + `|` + reloginRequiredPattern + `|` +
	onlyRoleCanPattern + `|` + roleRequiredPattern + `|` + disabledFromPattern + `|` + unauthorizedRequestPattern + `|` + passwordChangeDuePattern + `|` + sessionIdlePattern + `|` + accessLevelLackedPattern)

const (
	envelopeCredWords = `auth\w*|tokens?|scopes?|permissions?|access|log-?in|sign-in|credentials?|(api ?|application )?keys?|session(ids?|identifiers?)?|signature|(app ?|client ?)?secrets?|(app|application|client)[ -]?ids?`
	envelopeFaults    = `invalid|incorrect|wrong|bad|unrecogni[sz]ed|no longer valid|revoked|expired|denied|not authori[sz]ed|unauthori[sz]ed|forbidden|missing|required|fail(ed|ure)?|not allowed|not permitted|insufficient|not valid|not available|not exist|` + stoppedStates
)

// envelopeRefusal: text is an envelope's failure text about the
// credential (envelopeWordsRE).
// Read also as normalizeWords says it (a message in another language,
// DingTalk's "不合法的access_token"), and a usage limit said reached or an
// address not on the allowlist count (WeChat's "reach max api daily quota
// limit", "invalid ip …, not in whitelist").
func envelopeRefusal(text string) bool {
	return envelopeRefusalOf(text, plainWords(strings.ToLower(text)))
}

// callSignatureRE: a language's own error about a call's arguments
// (Python's TypeError "Auth.login() missing 1 required positional
// argument: 'password'", Deluge's JSON-RPC answer to a call with too few
// params): the call was malformed, whatever names its words hold.
var callSignatureRE = lazyre.New(`\bmissing \d+ required (positional |keyword-only )?arguments?\b|\btakes (from )?\d+ (to \d+ )?positional arguments? but \d+ (was|were) given\b|\bgot an unexpected keyword argument\b`)

// envelopeRefusalOf is envelopeRefusal of text whose lower-cased form the
// caller has already. The normalized words are read only where they
// differ from the words themselves (most messages have no code or synonym
// to respell).
func envelopeRefusalOf(text, lower string) bool {
	if text == "" || callSignatureRE.MatchString(lower) {
		return false
	}
	spaced := strings.ReplaceAll(lower, "_", " ")
	if envelopeWordsRE.MatchString(spaced) {
		return true
	}
	if norm := strings.ReplaceAll(normalizeWords(text), "_", " "); norm != spaced && envelopeWordsRE.MatchString(norm) {
		return true
	}
	return limitReachedRE.MatchString(lower) || ipPhraseRE.MatchString(lower) || rowWordsIn(lower, noPermissionWordsRE, noPermissionUnlessRE) || planRowWords(lower)
}

// planRowWords: text (lower-cased) says the account's plan lacks the
// call in the plan row's words (planRowPattern), read for a failed 2xx's
// text as the row reads any other status's, by envelopeRefusal and by a
// failure flag's reading (flaggedWords); money said insufficient is not
// a plan there.
func planRowWords(text string) bool {
	return rowWordsIn(text, planRowRE, planRowUnlessRE) && !fundsInsufficientRE.MatchString(text)
}

// The permission's and the plan's words as their rows read them
// (noPermissionWordsPattern, planRowPattern), for a failed envelope's
// text: one list of words for the 4xx and the 2xx, not a copy in
// envelopeWordsRE that each new form must be added to by hand.
var (
	noPermissionWordsRE  = lazyre.New(noPermissionWordsPattern)
	noPermissionUnlessRE = lazyre.New(noPermissionWordsUnless)
	planRowRE            = lazyre.New(planRowPattern)
	planRowUnlessRE      = lazyre.New(planRowUnless)
	// fundsInsufficientRE: money said short in a 200 (Geth's "insufficient
	// funds for gas * price + value", a payment's "insufficient funds for
	// authorization") is the call's business, not the account's plan, as
	// envelopeWordsRE's "insufficient" takes a right.
	fundsInsufficientRE = lazyre.New(`\binsufficient (funds|balance)\b`)
)

// rowWordsIn: text (lower-cased) holds a row's words and not its unless.
func rowWordsIn(text string, words, unless *lazyre.Regexp) bool {
	return words.MatchString(text) && !unless.MatchString(text)
}

// refusedText is the first error text of a body that says the credential
// was refused or lacks a scope, or (in a field meant for an error's text)
// that a usage limit was reached (Vonage's SMS API answers its
// throughput limit with a 200 whose message says status "1", "error-text":
// "You are sending SMS faster than the account limit."). Every happy 2xx
// is asked, so only fields meant for errors count, and only strict words.
func refusedText(m map[string]any) string {
	// The first item of each top-level list, in key order (a map's own
	// order would make the answer vary between runs).
	var lists []string
	for k, v := range m {
		if list, _ := v.([]any); len(list) > 0 {
			lists = append(lists, k)
		}
	}
	slices.Sort(lists)
	texts := []map[string]any{m}
	for _, k := range lists {
		if first, _ := m[k].([]any)[0].(map[string]any); first != nil {
			texts = append(texts, first)
		}
	}
	for _, t := range texts {
		for _, k := range errorTextKeys {
			if e, _ := t[k].(string); refusedTextRE.MatchString(plainWords(strings.ToLower(e))) || limitReachedRE.MatchString(strings.ToLower(e)) {
				return e
			}
		}
	}
	if first := firstErrorItem(m); first != nil {
		if e, _ := first["message"].(string); refusedTextRE.MatchString(plainWords(strings.ToLower(e))) {
			return e
		}
	}
	return ""
}
