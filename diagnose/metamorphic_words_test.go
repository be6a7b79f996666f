package diagnose

import (
	"regexp"
	"strings"
)

// wordTransforms: the same fault in other words real servers use: word
// order ("Invalid API key" / "API key is invalid"), "not valid", the
// credential's other names, "missing" said otherwise, permission and
// refusal words. Each guard keeps a transform to the answers where the
// words it swaps mean the same.
func wordTransforms() []transform {
	return []transform{
		// Word order and "not valid": "Invalid API key" (Stripe), "API
		// key is invalid" (Mailgun), "API key is not valid" (Google). "Not
		// valid" only where the sentence ends: "not valid for this
		// repository" is a scope.
		{name: "order invalid X→X is invalid", apply: inPlace(faultAfter)},
		{name: "order X is invalid→invalid X", apply: inPlace(faultBefore)},
		{name: "syn is invalid→is not valid", apply: swap(`\b(is|are|was|were) invalid(\s*$|\s*[.!;])`, "$1 not valid$2")},
		{name: "syn is not valid→is invalid", apply: swap(`\b(is|are|was|were) not valid(\s*$|\s*[.!;])`, "$1 invalid$2")},
		// A credential's other names where it is one: a token is an
		// access, bearer or OAuth token; an API key is an access key or
		// a secret key (Stripe, AWS, Algolia). The key's name stays
		// where the message names a header or parameter (the name is
		// then the literal one).
		{name: "syn access token→bearer token", apply: swap(`\baccess token\b`, "bearer token")},
		{name: "syn access token→OAuth token", apply: func(a answer, w string) (variant, bool) {
			if oauthAccessRE.MatchString(a.msg) {
				return variant{}, false // it would say "OAuth OAuth token"
			}
			return swap(`\baccess token\b`, "OAuth token")(a, w)
		}},
		{name: "syn API key→access key", apply: keyNamed("access key")},
		{name: "syn API key→secret key", apply: keyNamed("secret key")},
		// Missing said otherwise: "API key is missing", "API key was not
		// provided", "not supplied", "Missing API key" / "API key is
		// required"; only where "missing" ends its clause ("is missing a
		// confirmed e-mail address" is another sentence), and not AWS API
		// Gateway's "Missing Authentication Token" (its words for a route
		// it does not know).
		{name: "syn is missing→not provided", apply: swap(`\b(is|are|was|were) missing(\s*$|\s*[.!;]| or )`, "$1 not provided$2")},
		{name: "syn is missing→not supplied", apply: swap(`\b(is|are|was|were) missing(\s*$|\s*[.!;]| or )`, "$1 not supplied$2")},
		{name: "syn not provided→is missing", apply: swap(`\b(is|are|was|were) not (provided|supplied|present|given)(\s*$|\s*[.!;]| or )`, "$1 missing$3")},
		{name: "syn Missing X→X is required", apply: inPlace(missingRequired)},
		// Permission words: "insufficient permissions" (Atlassian), "not
		// enough permissions" (Yandex), "lacks the permission" (Stripe),
		// "does not have permission" (GitHub); "is forbidden" / "is not
		// allowed", except an operation said not allowed: the catalog
		// reads "operation is forbidden" as the caller refused (Netatmo)
		// and "operation is not allowed in the user's current status" as
		// the business's rule (Okta).
		{name: "syn insufficient→not enough permissions", apply: swap(`\binsufficient (permissions?|privileges?|rights)\b`, "not enough $1")},
		{name: "syn does not have→lacks permission", apply: inPlace(swapVerb(doesNotRE, "lacks", "lack"))},
		{name: "syn lacks→does not have permission", apply: inPlace(swapVerb(lacksRE, "does not have", "do not have"))},
		{name: "syn is forbidden→is not allowed", apply: swap(`\b(is|are|was) forbidden\b`, "$1 not allowed")},
		{name: "syn is not allowed→is forbidden", apply: func(a answer, w string) (variant, bool) {
			if operationNotAllowedRE.MatchString(a.msg) {
				return variant{}, false
			}
			return swap(`\b(is|are|was) not allowed\b`, "$1 forbidden")(a, w)
		}},
	}
}

var (
	faultNoun             = `(api key|access token|bearer token|auth token|token|credentials|password|signature|session|secret key|access key)`
	faultAfterR           = regexp.MustCompile(`(?i)^((?:error: )?)(invalid|expired|revoked) ` + faultNoun + `(\s*$|\s*[.!])`)
	faultBefR             = regexp.MustCompile(`(?i)^(?:the |your |this )?` + faultNoun + ` (?:(?:provided|supplied|given|sent) )?(?:is|are|was|were|has been|have been) (invalid|expired|revoked)(\s*$|\s*[.!])`)
	missingRE             = regexp.MustCompile(`(?i)^missing ` + `(api key|access token|bearer token|token|credentials|authorization header|auth token|authentication credentials)(\s*$|\s*[.!])`)
	doesNotRE             = regexp.MustCompile(`(?i)\b(does|do) not have (the )?(permissions?|privileges?)\b`)
	lacksRE               = regexp.MustCompile(`(?i)\b(lacks?) (the )?(permissions?|privileges?)\b`)
	keyNameRE             = regexp.MustCompile(`(?i)\bAPI key\b`)
	operationNotAllowedRE = regexp.MustCompile(`(?i)\b(operation|action|method)s? (is|are|was) not allowed\b`)
	oauthAccessRE         = regexp.MustCompile(`(?i)\boauth ?2?(\.0)? access token`)
	namesPlace            = regexp.MustCompile(`(?i)header|query|param|field|\bin the (url|path|body)\b|x-api-key|apikey|api_key`)
)

// faultAfter: "Invalid API key." said "API key is invalid."
func faultAfter(m string) string {
	g := faultAfterR.FindStringSubmatch(m)
	if g == nil {
		return m
	}
	verb := " is "
	if strings.EqualFold(g[3], "credentials") {
		verb = " are "
	}
	noun, adj := g[3], g[2]
	if adj != strings.ToUpper(adj) {
		adj = strings.ToLower(adj)
		if g[2][0] >= 'A' && g[2][0] <= 'Z' {
			noun = strings.ToUpper(noun[:1]) + noun[1:]
		}
	}
	return g[1] + noun + verb + adj + g[4]
}

// faultBefore: "The API key provided is invalid." said "Invalid API key."
func faultBefore(m string) string {
	g := faultBefR.FindStringSubmatch(m)
	if g == nil {
		return m
	}
	return sameCase(m, strings.ToLower(g[2])) + " " + g[1] + g[3] + m[len(g[0]):]
}

// missingRequired: "Missing API key" said "API key is required".
func missingRequired(m string) string {
	g := missingRE.FindStringSubmatch(m)
	if g == nil {
		return m
	}
	verb := " is required"
	if strings.HasSuffix(strings.ToLower(g[1]), "credentials") {
		verb = " are required"
	}
	return sameCase(m, g[1]) + verb + g[2] + m[len(g[0]):]
}

// swapVerb says the verb re matches ("does not have", "lacks": its first
// group is does or do, lacks or lack) as another: singular in place of a
// third person's verb, which ends in s, plural in place of a plural's;
// re's other groups follow as written.
func swapVerb(re *regexp.Regexp, singular, plural string) func(string) string {
	return func(m string) string {
		return re.ReplaceAllStringFunc(m, func(s string) string {
			g := re.FindStringSubmatch(s)
			verb := singular
			if !strings.HasSuffix(strings.ToLower(g[1]), "s") {
				verb = plural
			}
			return verb + " " + strings.Join(g[2:], "")
		})
	}
}

// keyNamed: "API key" called name, where the message does not name the
// place (a header's or parameter's literal name) the key went in.
func keyNamed(name string) func(answer, string) (variant, bool) {
	return func(a answer, w string) (variant, bool) {
		if namesPlace.MatchString(a.msg) {
			return variant{}, false
		}
		return inPlace(func(m string) string {
			return keyNameRE.ReplaceAllStringFunc(m, func(s string) string { return sameCase(s, name) })
		})(a, w)
	}
}
