package diagnose

import (
	"maps"
	"regexp"
	"strings"
	"testing"
)

// moreTransforms: the second round of ways real servers say the same
// fault: contractions, British spelling, and answer shapes (a list of
// strings, a code alone, a 200 status:error or GraphQL envelope, a JSON
// string body, a text body with its newline), a 401's words on a 403.
// Each one is meaning-preserving for every answer it applies to; a guard
// leaves out the answers where it would not be.
func moreTransforms() []transform {
	return []transform{
		// Contractions both ways: "You don't have permission" (Google),
		// "You do not have permission" (AWS), "can't"/"cannot".
		{name: "contracted", apply: inPlace(contract)},
		{name: "expanded", apply: inPlace(expand)},
		// British spelling: HMRC's "not authorised", "authorisation
		// header", "licence" (UK and Commonwealth APIs). A header's name
		// (Authorization:, "Authorization header") and a code
		// (unauthorized_client) keep their spelling.
		{name: "British spelling", apply: inPlace(british)},
		// Shapes.
		{name: "in errors[] strings", refusalOnly: true, apply: moved("application/json", jsonShape("errors", "[]"))},
		{name: "as JSON string", refusalOnly: true, apply: moved("application/json", func(m string) string { return encode(m) })},
		{name: "as text with newline", refusalOnly: true, apply: moved("text/plain; charset=utf-8", func(m string) string { return m + "\n" })},
		{name: "code only in error.code", refusalOnly: true, apply: codeOnly},
		{name: "200 status:error", refusalOnly: true, apply: envelope200(func(m string) map[string]any {
			return map[string]any{"status": "error", "message": m}
		})},
		{name: "200 GraphQL errors", refusalOnly: true, apply: graphQL200},
		// A 401 said as a 403 where the catalog reads the code from the
		// words alone, whatever the status: an expiry, an address, a
		// referrer, a region, an old method, a limit, SSO.
		{name: "status 401→403 words' code", refusalOnly: true, apply: func(a answer, want string) (variant, bool) {
			if a.status != 401 || !wordsOnlyCodes[want] || want == TokenExpired && credentialFaultRE.MatchString(a.msg) {
				return variant{}, false
			}
			return variant{403, a.header, a.body}, true
		}},
	}
}

// wordsOnlyCodes: the codes docs/diagnosis.md says are read from the
// server's words (or headers), not from a 401 or a 403.
var wordsOnlyCodes = map[string]bool{
	TokenExpired: true, IPRestricted: true, ReferrerRestricted: true, RegionMismatch: true,
	DeprecatedAuthMethod: true, RateLimited: true, SSOAuthorizationRequired: true,
}

var (
	notRE          = regexp.MustCompile(`(?i)\b(is|are|was|were|does|do|did|has|have|had|could|should|would|must) not\b|\b(can ?not)\b|\b(will not)\b`)
	contractRE     = regexp.MustCompile(`(?i)\b(is|are|was|were|does|do|did|has|have|had|could|should|would|must)n['’]t\b|\b(can['’]t)\b|\b(won['’]t)\b`)
	britishSpellRE = regexp.MustCompile(`(?i)(^|[^a-z_])((un)?(authori|recogni|organi))z(e|ed|es|ing|ation|ations)\b([^_]|$)`)
	licenseRE      = regexp.MustCompile(`(?i)\blicense\b([^_]|$)`)
)

// sameCase writes repl in the case of orig's first letter, upper-case all
// through when orig is.
func sameCase(orig, repl string) string {
	switch {
	case orig == strings.ToUpper(orig) && len(orig) > 1:
		return strings.ToUpper(repl)
	case orig[:1] == strings.ToUpper(orig[:1]):
		return strings.ToUpper(repl[:1]) + repl[1:]
	}
	return repl
}

func contract(m string) string {
	return notRE.ReplaceAllStringFunc(m, func(s string) string {
		l := strings.ToLower(s)
		switch {
		case strings.HasPrefix(l, "can"):
			return sameCase(s, "can't")
		case l == "will not":
			return sameCase(s, "won't")
		}
		verb, _, _ := strings.Cut(s, " ")
		if s == strings.ToUpper(s) {
			return verb + "N'T"
		}
		return verb + "n't"
	})
}

func expand(m string) string {
	return contractRE.ReplaceAllStringFunc(m, func(s string) string {
		l := strings.ToLower(s)
		switch {
		case strings.HasPrefix(l, "can"):
			return sameCase(s, "cannot")
		case strings.HasPrefix(l, "won"):
			return sameCase(s, "will not")
		}
		// The apostrophe may be a typographic one (’, three bytes):
		// cut "n't" or "n’t" whole, not three bytes.
		verb := strings.TrimSuffix(strings.TrimSuffix(s[:len(s)-1], "'"), "’")
		verb = verb[:len(verb)-1] // the n of n't
		if s == strings.ToUpper(s) {
			return verb + " NOT"
		}
		return verb + " not"
	})
}

func british(m string) string {
	m = britishSpellRE.ReplaceAllStringFunc(m, func(s string) string {
		g := britishSpellRE.FindStringSubmatch(s)
		// The Authorization header keeps its name.
		if strings.EqualFold(g[2]+"z"+g[5], "authorization") && g[2][0] == 'A' {
			return s
		}
		z := "s"
		if strings.ToUpper(g[5]) == g[5] {
			z = "S"
		}
		return g[1] + g[2] + z + g[5] + g[6]
	})
	return licenseRE.ReplaceAllStringFunc(m, func(s string) string {
		return strings.Replace(strings.Replace(s, "se", "ce", 1), "SE", "CE", 1)
	})
}

// codeOnly: an answer whose one informative text is an error code, said
// as {"error": {"code": …}} (Azure, Microsoft Graph, OpenAI's shape with
// no message).
func codeOnly(a answer, _ string) (variant, bool) {
	if a.doc == nil || a.status < 400 || strings.Contains(encode(a.doc), ":true") {
		return variant{}, false
	}
	var ls []leaf
	jsonLeaves(a.doc, "", &ls)
	var code string
	for _, l := range ls {
		if !informative(l.val, a.status) {
			continue
		}
		if code != "" || strings.Contains(l.val, " ") || codeWords(l.val) == nil && !isOAuthError(l.val) {
			return variant{}, false
		}
		code = l.val
	}
	if code == "" {
		return variant{}, false
	}
	h := maps.Clone(a.header)
	if h == nil {
		h = map[string]string{}
	}
	h["Content-Type"] = "application/json"
	v := variant{a.status, h, encode(map[string]any{"error": map[string]any{"code": code}})}
	return v, v.body != strings.TrimSpace(a.body)
}

// graphQL200: the answer's only text as a GraphQL error on a 200 (Apollo,
// Hasura, Shopify), with the code GraphQL servers give the cause:
// UNAUTHENTICATED for a refused credential, FORBIDDEN for a permission.
func graphQL200(a answer, want string) (variant, bool) {
	code := map[string]string{CredentialRejected: "UNAUTHENTICATED", TokenExpired: "UNAUTHENTICATED", PermissionDenied: "FORBIDDEN"}[want]
	if !a.only || a.status != 401 && a.status != 403 || code == "" {
		return variant{}, false
	}
	doc := map[string]any{"errors": []any{map[string]any{"message": a.msg, "extensions": map[string]any{"code": code}}}, "data": nil}
	return variant{200, map[string]string{"Content-Type": "application/json"}, encode(doc)}, true
}

// TestExpand: a contraction said in full keeps the words around it, with
// a typographic apostrophe (’, three bytes) as with a plain one; cutting
// three bytes off "n’t" left "doesn" and a broken rune.
func TestExpand(t *testing.T) {
	for in, want := range map[string]string{
		"Key doesn't match":  "Key does not match",
		"Key doesn’t match":  "Key does not match",
		"TOKEN ISN’T VALID":  "TOKEN IS NOT VALID",
		"You can’t do that":  "You cannot do that",
		"It won't work":      "It will not work",
		"Nothing to expand.": "Nothing to expand.",
	} {
		if got := expand(in); got != want {
			t.Errorf("expand(%q) = %q, want %q", in, got, want)
		}
	}
}
