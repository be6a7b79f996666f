package diagnose

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/authspec/authspec/internal/lazyre"
	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/vocab"
)

// isKnownScheme reports whether p is an HTTP authentication scheme (or a
// scheme-like prefix people put in front of tokens).
func isKnownScheme(p string) bool { return secret.IsScheme(p) }

// isProductionEnv reports whether an environment's name says production:
// production, prod, live or prd, alone or as a part (prod-eu, us_live).
// preprod and nonprod are not.
func isProductionEnv(name string) bool {
	for _, part := range strings.FieldsFunc(strings.ToLower(name), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		switch part {
		case "production", "prod", "live", "prd":
			return true
		}
	}
	return false
}

type keyClass int

const (
	keyUnknown keyClass = iota
	keyTest
	keyLive
)

// classifyKey tells test/sandbox keys from live ones by their shape, as
// payment and messaging providers mark them. strong is false when the only
// hint is the word "test" somewhere in the value. marker is the public
// part that gave it away (a well-known prefix), safe to show: a word of
// authspec's list, literal like the words around it (a password "test"
// of another credential does not rewrite 'contains "test"'), but a value
// where it is the whole key.
func classifyKey(v string) (class keyClass, strong bool, marker secret.Text) {
	s := strings.ToLower(cleanValue(v))
	if s == "" || looksLikeJWT(cleanValue(v)) {
		return keyUnknown, false, ""
	}
	mark := func(format, part string) secret.Text {
		if len(part) < len(s) {
			return secret.Litf(format, part)
		}
		return secret.Textf(format, part)
	}
	for _, p := range []string{"sk_live_", "pk_live_", "rk_live_", "live_"} {
		if strings.HasPrefix(s, p) {
			return keyLive, true, mark("starts with %s", p)
		}
	}
	// sbx and sdbx are sandbox's usual abbreviations (Paddle's
	// pdl_sdbx_apikey_…), read as a whole segment of the key only.
	for _, p := range []string{"sk_test_", "pk_test_", "rk_test_", "test_", "sandbox_", "sbx_", "sdbx_"} {
		if strings.HasPrefix(s, p) {
			return keyTest, true, mark("starts with %s", p)
		}
	}
	for _, m := range []string{"_sandbox_", "-sandbox-", "_test_", "-test-", "_sbx_", "-sbx-", "_sdbx_", "-sdbx-"} {
		if strings.Contains(s, m) {
			return keyTest, true, mark("contains %q", m)
		}
	}
	for _, m := range []string{"_live_", "-live-"} {
		if strings.Contains(s, m) {
			return keyLive, true, mark("contains %q", m)
		}
	}
	if strings.Contains(s, "sandbox") {
		return keyTest, true, mark("contains %q", "sandbox")
	}
	if strings.Contains(s, "test") {
		return keyTest, false, mark("contains %q", "test")
	}
	return keyUnknown, false, ""
}

// valueIssue is a formatting problem of one value, found without the
// network.
type valueIssue struct {
	code     string
	strong   bool // certainly changes what the server receives
	message  string
	evidence string
}

// secretField reports whether a field holds an opaque secret, in which
// spaces or quotes cannot belong (passwords may contain both).
func secretField(f string) bool {
	switch f {
	// Encoded before they travel (Basic, or the form of a token request):
	// a space or a quote inside them is a legitimate character.
	case vocab.FieldUsername, vocab.FieldPassword, vocab.FieldClientID, vocab.FieldClientSecret:
		return false
	}
	return true
}

// inspectValue finds whitespace, quotes and doubled or missing prefixes in
// one value of c.
func inspectValue(c *Credential, v Value) []valueIssue {
	var out []valueIssue
	name := label(v)
	raw := v.Value
	if strings.TrimSpace(raw) == "" {
		return nil
	}
	authHeader := c.Type == vocab.CredHeader && strings.EqualFold(v.Field, "Authorization")
	sh := shapeOf(raw, secretField(v.Field), authHeader, c.Type == vocab.CredHeader)
	if desc := sh.whitespace; desc != "" {
		out = append(out, valueIssue{WhitespaceInCredential, sh.strongWS,
			textf("%s %s%s; the server compares the value byte for byte — remove it where the variable is defined", secret.Lit(sourceName(v)), secret.Lit(desc), secret.Lit(envFileRead(v))),
			textf("%s: %s", secret.Lit(name), secret.Lit(desc))})
	}
	if q := sh.quotes; q != "" && !quotedCookie(v.Field, raw) {
		out = append(out, valueIssue{QuotesInCredential, true,
			textf("%s %s%s, so the quotes are sent as part of the credential; remove them (in a .env file, quotes around the whole value are stripped, quotes inside are kept)", secret.Lit(sourceName(v)), secret.Lit(q), secret.Lit(envFileRead(v))),
			textf("%s: %s", secret.Lit(name), secret.Lit(q))})
	}
	trimmed := strings.TrimSpace(raw)
	inner := strings.TrimSpace(strings.Trim(trimmed, `"'`))
	first, _, hasSpace := strings.Cut(inner, " ")
	prefix := effectivePrefix(c)
	switch {
	case c.Type == vocab.CredBearer && prefix != "" && hasSpace && isKnownScheme(first):
		out = append(out, valueIssue{PrefixDoubled, true,
			textf("%s already starts with %q and the credential adds the prefix %q, so the server receives %q; remove the prefix from the value", secret.Lit(sourceName(v)), first+" ", prefix, prefix+" "+first+" …"),
			textf("%s starts with %q; prefix %q", secret.Lit(name), first+" ", prefix)})
	case authHeader && hasSpace && isKnownScheme(first):
		if second, _, ok := strings.Cut(strings.TrimSpace(inner[len(first):]), " "); ok && isKnownScheme(second) {
			out = append(out, valueIssue{PrefixDoubled, true,
				textf("the Authorization header from %s reads %q; keep one scheme", secret.Lit(sourceName(v)), first+" "+second+" …"),
				textf("%s starts with %q", secret.Lit(name), first+" "+second+" ")})
		}
	case authHeader && !hasSpace && !sh.ownFormat:
		out = append(out, valueIssue{PrefixMissing, false,
			textf("the Authorization header from %s has no scheme; most APIs expect \"Bearer <token>\" (or use type: bearer, which adds it)", secret.Lit(sourceName(v))),
			textf("%s: %s, no scheme before it", secret.Lit(name), secret.Lit(shape(inner)))})
	}
	return out
}

// quotedCookie: a Cookie header whose value is cookie pairs, name=value
// separated by "; " (RFC 6265): a cookie's value may be wrapped in double
// quotes as its own syntax (vSphere's vmware_soap_session="52a1…"), so
// the quotes belong to it, as an auth-param's do to a challenge's.
func quotedCookie(field, raw string) bool {
	return strings.EqualFold(field, "Cookie") && cookiePairsRE.MatchString(strings.TrimSpace(raw))
}

var cookiePairsRE = lazyre.New(`^[!#$%&'*+.^_` + "`" + `|~0-9A-Za-z-]+=("[^";\\,\s]*"|[^";\\,\s]*)(; ?[!#$%&'*+.^_` + "`" + `|~0-9A-Za-z-]+=("[^";\\,\s]*"|[^";\\,\s]*))*;?$`)

// envFileRead names the env file a value came from, so that a finding
// about one of several environments' files says which to edit.
func envFileRead(v Value) string {
	if v.EnvFile == "" {
		return ""
	}
	return " (env file read: " + v.EnvFile + ")"
}

// effectivePrefix is the scheme a bearer credential puts before its token.
func effectivePrefix(c *Credential) string {
	if c == nil || c.Type != vocab.CredBearer || c.NoPrefix {
		return ""
	}
	if c.Prefix == "" {
		return "Bearer"
	}
	return c.Prefix
}

// paramList reports whether an Authorization value without a scheme is
// a list of name=value pairs, plain or URL-encoded (Cosmos DB's
// "type%3Dmaster%26ver%3D1.0%26sig%3D…"): the API's own format, not a bare
// token missing its "Bearer ".
func paramList(v string) bool { return paramListRE.MatchString(v) }

var paramListRE = lazyre.New(`(?i)^[a-z][a-z0-9_.-]*(=|%3d)[^&=]*?(&|%26)[a-z][a-z0-9_.-]*(=|%3d)`)

// ownFormat reports whether an Authorization value without a scheme is
// written in the API's own format rather than a bare token missing its
// "Bearer ": a list of name=value pairs (paramList), or one label joined
// to its value by "=" (Proxmox's "PVEAPIToken=user@pam!id=…", FCM's
// "key=…"). A token's own "=" is base64 padding, at its end; a label is
// followed by a value.
func ownFormat(v string) bool { return paramList(v) || labelledRE.MatchString(v) }

var labelledRE = lazyre.New(`^[A-Za-z][A-Za-z0-9_.-]*=[^=\s]`)

// authParams reports whether s is a scheme followed by auth-params
// (name=value, separated by commas or semicolons, values plain or
// quoted), and returns the params.
func authParams(s string) (string, bool) {
	f, rest, ok := strings.Cut(s, " ")
	rest = strings.TrimLeft(rest, " ")
	if !ok || !isKnownScheme(f) && !schemeTokenRE.MatchString(f) || !authParamsRE.MatchString(rest) {
		return "", false
	}
	return rest, true
}

var (
	authParamsRE = lazyre.New(`^[A-Za-z][A-Za-z0-9_-]*=("[^"]*"|[^\s,"]+)(, ?[A-Za-z][A-Za-z0-9_-]*=("[^"]*"|[^\s,"]+))+$|` +
		`^[A-Za-z][A-Za-z0-9_-]*=("[^"]*"|[^\s;"]+)(; ?[A-Za-z][A-Za-z0-9_-]*=("[^"]*"|[^\s;"]+))+;?$`)
	// a version after a dot too (XBL3.0), or a capitalised word
	// (Uploadcare.Simple); or short words of letters joined by
	// underscores (GLPI's "user_token <token>": an underscore is a
	// token's character, RFC 9110's tchar), where a key's own prefix
	// carries digits or runs long (sk_live_51H…, ghp_…)
	schemeTokenRE = lazyre.New(`^[A-Za-z][A-Za-z0-9-]*(\.(\d+|[A-Z][A-Za-z0-9-]*))*$|^[A-Za-z]{2,12}(_[A-Za-z]{2,12}){1,2}$`)
	upperWordRE   = lazyre.New(`^[A-Z][A-Z0-9-]+$`)
	quotedRE      = lazyre.New(`"[^"]*"`)
)

// describeWhitespace names stray whitespace in s. scheme: s is a whole
// Authorization header value, "<scheme> <credentials>" (RFC 9110), whose
// first word may be a scheme authspec does not know (Zoho-oauthtoken,
// Klarna, GenieKey): the space after it is the header's syntax.
func describeWhitespace(s string, opaque, scheme bool) string {
	var parts []string
	name := func(r rune) string {
		switch r {
		case '\n':
			return "newline"
		case '\r':
			return "carriage return"
		case '\t':
			return "tab"
		case ' ':
			return "space"
		}
		return fmt.Sprintf("whitespace (U+%04X)", r)
	}
	runes := []rune(s)
	if len(runes) > 0 && unicode.IsSpace(runes[0]) {
		parts = append(parts, "starts with a "+name(runes[0]))
	}
	if n := len(runes); n > 1 && unicode.IsSpace(runes[n-1]) {
		parts = append(parts, "ends with a "+name(runes[n-1]))
	}
	// "Bearer x" in the value is a doubled prefix, reported as such; look
	// at what follows the scheme words. A scheme with auth-params
	// (AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…; OAuth
	// oauth_consumer_key="…", …) separates them with ", ", and quoted
	// values may hold spaces: that is the syntax, not a stray character.
	inner := strings.TrimSpace(strings.Trim(strings.TrimSpace(s), `"'`))
	params, ok := authParams(strings.TrimSpace(s))
	if !ok && authParamsRE.MatchString(strings.TrimSpace(s)) {
		params, ok = strings.TrimSpace(s), true // no scheme before the list
	}
	if ok {
		inner = strings.NewReplacer(", ", ",", "; ", ";").Replace(quotedRE.ReplaceAllString(params, `""`))
	} else {
		for first := true; ; first = false {
			f, rest, ok := strings.Cut(inner, " ")
			if !ok || !isKnownScheme(f) && !(first && scheme && schemeTokenRE.MatchString(f)) {
				break
			}
			inner = strings.TrimLeft(rest, " ")
		}
	}
	for _, r := range inner {
		if r == '\n' || r == '\r' || opaque && unicode.IsSpace(r) {
			parts = append(parts, "has a "+name(r)+" inside")
			break
		}
	}
	return strings.Join(parts, " and ")
}

func describeQuotes(s string, opaque bool) string {
	const quotes = "\"'“”‘’`"
	if s == "" {
		return ""
	}
	r := []rune(s)
	first, last := r[0], r[len(r)-1]
	if len(r) >= 2 && strings.ContainsRune(quotes, first) && strings.ContainsRune(quotes, last) {
		return "is wrapped in quotes"
	}
	if opaque && strings.ContainsAny(s, quotes) {
		return "contains a quote character"
	}
	return ""
}
