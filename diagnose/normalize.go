package diagnose

import (
	"strings"

	"github.com/authspec/authspec/internal/lazyre"
)

// normalizeWords says an answer's words the one way the phrase rows read
// them, so that another provider's spelling of the same fault reads the
// same: error codes written as one word (InvalidApiKey, invalid-api-key)
// are written as the rows name codes (invalid_api_key), and the adjectives
// APIs use for a credential they refused (wrong, incorrect, unrecognized,
// bad) become the one the rows know ("invalid"), and a refusal written in
// another language is said in English (localWords). The rows read it only
// when the answer's own words match nothing, and its text is never quoted:
// the evidence shows the server's words.
func normalizeWords(text string) string {
	if strings.ContainsAny(text, quoteMarks) {
		text = quotedNameRE.ReplaceAllString(text, "$1$2")
	}
	text = camelCodeRE.ReplaceAllStringFunc(text, func(code string) string {
		return camelRE.ReplaceAllString(code, "${1}_$2")
	})
	text = plainWords(strings.ToLower(text))
	text = kebabCodeRE.ReplaceAllStringFunc(text, func(code string) string {
		if strings.HasPrefix(code, "x-") {
			return code // a header's name
		}
		return strings.ReplaceAll(code, "-", "_")
	})
	text = synonymWords(text)
	text = refusedAdjRE.ReplaceAllStringFunc(text, func(m string) string {
		_, rest, _ := strings.Cut(m, " ")
		return "invalid " + rest
	})
	text = refusedPredRE.ReplaceAllStringFunc(text, func(m string) string {
		i := strings.LastIndexByte(m, ' ')
		return m[:i] + " invalid"
	})
	return inEnglish(text)
}

// nounAsideRE: a short aside in parentheses right after a credential's
// noun ("The supplied OAuth token (Bearer) is not valid", MYOB's
// OAuthTokenIsInvalid; "API key (live) is invalid"): the sentence is read
// without it, as the same words with none. Only before the verb that says
// what the credential is: an aside elsewhere may name a kind the reading
// needs ("a personal access token (classic)", GitHub's).
var nounAsideRE = lazyre.New(`\b(token|key|secret|password|credentials?|signature)\s*\([^()]{1,24}\)(\s+(is|are|was|were|has|have|had|does|did|could|can|cannot|must|may|expired)\b)`)

// quoteMarks are the marks a server puts around a name it quotes
// (backticks, straight and curly quotes).
const quoteMarks = "`'\"‘’“”"

// quotedNameRE: a credential's name in quote marks or backticks
// ("Incorrect `api_key` or `access_token`.", Kite Connect's
// TokenException; "Invalid 'apiKey'", "Parameter \"access_token\" is
// invalid"): the marks only say it is a name, so the words are read
// without them, as the same name written bare ("Incorrect api_key or
// access_token."). Only a credential's name (one word that holds key,
// token, secret, password, signature or credential): another quoted name
// keeps its marks, which say it is a name and not a word (the "iss" claim
// said invalid; "The filter 'ip' is invalid" is a field, not an address).
// Its opening mark after no letter or digit, so that an apostrophe inside
// a word ("user's") is not a mark.
var quotedNameRE = lazyre.New("(^|[^\\pL\\pN_])[" + quoteMarks + "]((?i)[a-z0-9_.-]{0,24}(key|token|secret|password|signature|credential)s?[a-z0-9_.-]{0,24})[" + quoteMarks + "]")

// synonymWords says in the rows' words what servers say in others (text
// lower-cased): a credential that is a key called an access or secret key
// (not AWS's "secret access key" nor its "access key id", which the rows
// name as they are) is an API key; an OAuth or bearer token is an access
// token; "not valid" at the end of a sentence is "invalid" ("not valid
// for this repository" is a scope, and stays); "not provided", "not
// supplied", "not present", "not given" are "missing"; "is forbidden" is
// "is not allowed"; a "certification" that failed is an authentication;
// "not recognized" (with a verb or none) is "unrecognized", "blank" is
// "empty" and "mandatory" is "required": the forms of one verdict the
// families were written in one way (the rounds mended "not recognised",
// "cannot be empty", "is required" one answer at a time).
func synonymWords(text string) string {
	if strings.Contains(text, " key") {
		text = otherKeyRE.ReplaceAllStringFunc(text, func(m string) string {
			if strings.HasSuffix(m, " id") || m == "access key" && strings.Contains(text, "secret access key") {
				return m
			}
			return "api key"
		})
	}
	if strings.Contains(text, " token") {
		text = otherTokenRE.ReplaceAllString(text, "access token")
	}
	if strings.Contains(text, "not ") {
		text = notValidRE.ReplaceAllString(text, "$1 invalid$2")
		text = notGivenRE.ReplaceAllString(text, "missing")
	}
	if strings.Contains(text, "forbidden") {
		text = isForbiddenRE.ReplaceAllString(text, "$1 not allowed")
	}
	if strings.Contains(text, "recognized") {
		text = notRecognizedRE.ReplaceAllString(text, "${1}unrecognized")
	}
	if strings.Contains(text, "blank") {
		text = blankRE.ReplaceAllString(text, "$1 empty")
	}
	if strings.Contains(text, "mandatory") {
		text = mandatoryRE.ReplaceAllString(text, "$1 required")
	}
	if strings.Contains(text, "certification") {
		text = certificationFailedRE.ReplaceAllString(text, "authentication $1")
	}
	return text
}

// plainWords writes lower-cased text in the one spelling the readings
// are written in: a contraction said in full ("doesn't" as "does not",
// "can't" as "cannot", with either apostrophe) and British spelling as
// American ("not authorised", "authorisation", "unrecognised",
// "licence"), and a credential's noun without the short aside after it
// (nounAsideRE). Contractions, spelling and asides are a writer's habit,
// not another meaning; the evidence still quotes the server's own words.
func plainWords(lower string) string {
	if strings.Contains(lower, "(") {
		lower = nounAsideRE.ReplaceAllString(lower, "$1$2")
	}
	if strings.Contains(lower, "n't") || strings.Contains(lower, "n’t") {
		lower = contractionRE.ReplaceAllStringFunc(lower, contracted)
	}
	if !strings.Contains(lower, "ise") && !strings.Contains(lower, "isa") && !strings.Contains(lower, "isi") && !strings.Contains(lower, "licence") {
		return lower
	}
	return britishRE.ReplaceAllStringFunc(lower, func(w string) string {
		if w == "licence" {
			return "license"
		}
		i := strings.LastIndex(w, "is")
		return w[:i] + "iz" + w[i+2:]
	})
}

// contracted says a contraction ("doesn't", "can’t") in full.
func contracted(c string) string {
	verb := c[:strings.LastIndexByte(c, 'n')]
	switch verb {
	case "ca":
		return "cannot"
	case "wo":
		return "will not"
	}
	return verb + " not"
}

// codeKey writes one error code the one way a table of codes names it:
// REQUEST_DENIED, request_denied, request-denied and RequestDenied are
// the same code in four APIs' spellings.
func codeKey(code string) string {
	code = camelRE.ReplaceAllString(strings.TrimSpace(code), "${1}_$2")
	return strings.ToUpper(strings.ReplaceAll(code, "-", "_"))
}

// standardCode is the code of a standard (RFC 6749's invalid_client,
// RFC 6750's invalid_token) that text is, or says as a whole word in the
// standard's own lower-case spelling, with words around it ("Error:
// invalid_client", "invalid_token.", "invalid_grant (request id …)"), or
// "". INVALID_TOKEN is a provider's own code, not the standard's.
func standardCode(text string, known func(string) bool) string {
	if known(text) {
		return text
	}
	for _, w := range strings.FieldsFunc(text, notCodeChar) {
		if known(w) {
			return w
		}
	}
	return ""
}

// notCodeChar: r is not part of a code word (letters, digits, _).
func notCodeChar(r rune) bool {
	return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_')
}

var (
	// contractionRE: a verb and "not" said as one word (lower-cased).
	contractionRE = lazyre.New(`\b(is|are|was|were|does|do|did|has|have|had|could|should|would|must|need|ca|wo)n['’]t\b`)
	otherKeyRE    = lazyre.New(`\b(access|secret) key( id)?\b`)
	otherTokenRE  = lazyre.New(`\b(oauth ?2?|bearer) token\b`)
	notValidRE    = lazyre.New(`\b(is|are|was|were) not valid(\s*$|\s*[.!;"<])`)
	notGivenRE    = lazyre.New(`\bnot (provided|supplied|present|given)\b`)
	isForbiddenRE = lazyre.New(`\b(is|are|was|were) forbidden\b`)
	// notRecognizedRE: "unrecognized" said with a verb ("was not
	// recognised", "could not be recognized", "not recognised: <key>"),
	// the one word the rows read after a credential's name.
	notRecognizedRE = lazyre.New(`\b((?:is|are|was|were) )?(?:not|(?:could not|cannot|can not) be|(?:has|have) not been) recognized\b`)
	// blankRE: a value said blank is one said empty ("X-Api-Key header
	// cannot be blank", "must not be blank", "is blank").
	blankRE = lazyre.New(`\b(cannot be|can not be|must not be|may not be|should not be|is|are|was|were|be) blank\b`)
	// mandatoryRE: a value said mandatory is one said required ("Header
	// X-Account-Id is mandatory").
	mandatoryRE = lazyre.New(`\b(is|are|was|were) mandatory\b`)
	// certificationFailedRE: authentication said "certification", as a
	// translation of 认证 (authentication) has it ("IAM Certification
	// failed", Baidu's error_code 14).
	certificationFailedRE = lazyre.New(`\bcertification (failed|failure|error)\b`)
	// britishRE: a word of the readings in its British spelling.
	britishRE = lazyre.New(`\b(un)?(authori|recogni|organi|capitali|utili|customi)s(e|ed|es|ing|ation|ations)\b|\blicence\b`)
	// camelCodeRE: a code written in CamelCase (InvalidApiKey,
	// accessTokenExpired); camelRE: the boundary between its words.
	camelCodeRE = lazyre.New(`\b[A-Za-z][a-z0-9]+([A-Z][a-z0-9]+)+\b`)
	camelRE     = lazyre.New(`([a-z0-9])([A-Z])`)
	// kebabCodeRE: a code of words joined by hyphens (invalid-api-key).
	kebabCodeRE = lazyre.New(`\b[a-z][a-z0-9]*(-[a-z0-9]+)+\b`)
	// refusedAdjRE: an adjective of refusal before a credential's name
	// ("wrong API key", "incorrect access token", "bad credentials",
	// "wrong API-key", once kebabCodeRE has made it api_key; "Illegal API
	// signature", FCoin; "incorrect authentication credentials"), or
	// before a format ("wrong format for X-Auth-Key header").
	refusedAdjRE = lazyre.New(`\b(wrong|incorrect|unrecogni[sz]ed|bad|illegal) ((api|access|auth(entication)?|bearer|oauth|security|session|client|private|secret|user ?name|app(lication)?|username or|user or|login or)[ _-])?(keys?|tokens?|credentials?|sessions?|signatures?|nonces?|secrets?|passwords?|username|login|access_token|formats?)\b`)
	// refusedPredRE: a credential said to be wrong ("The security token
	// included in the request is wrong", "Access token is missing or
	// incorrect", "apikey: wrong"), or its information said so with no
	// verb ("Api key info wrong", as MEXC's 10072 "Api key info invalid").
	refusedPredRE = lazyre.New(`\b((api_?)?keys?|tokens?|credentials?|sessions?|signatures?|nonces?|secrets?|passwords?|access_token)\b([^.]{0,40}?\b(is|are|was|were) ([a-z]+ or )?|\s*: |\s+(info|information|data|details)\s+)(wrong|incorrect|unrecogni[sz]ed|bad)\b`)
)
