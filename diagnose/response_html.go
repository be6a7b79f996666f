package diagnose

import (
	"strings"

	"github.com/authspec/authspec/internal/lazyre"
)

var (
	titleRE = lazyre.New(`(?is)<title[^>]*>(.*?)</title>`)
	h1RE    = lazyre.New(`(?is)<h1[^>]*>(.*?)</h1>`)
	// placeholderTitleRE: a title that names no fault ("Error", "Error
	// page", "Oops"): the page says what went wrong in its heading.
	placeholderTitleRE = lazyre.New(`(?i)^(error( page)?|oops!?|)$`)
)

// htmlTitle is what a page says went wrong: its title, or its first
// heading when the title is a placeholder ("<title>Error</title>" over
// "<h1>Invalid API Key provided</h1>").
func htmlTitle(body string) string {
	text := func(re *lazyre.Regexp) string {
		if m := re.FindStringSubmatch(body); m != nil {
			return strings.TrimSpace(markupRE.ReplaceAllString(m[1], " "))
		}
		return ""
	}
	t := text(titleRE)
	if placeholderTitleRE.MatchString(t) {
		if h := text(h1RE); h != "" {
			return h
		}
	}
	return t
}

// markupRE: an HTML or XML tag, which evidence leaves out of the words it
// quotes.
var markupRE = lazyre.New(`<[^<>]{1,200}>`)

// sameWords reports whether two quotes of an answer say the same words,
// markup, case and spacing aside ("<h1>403 Forbidden</h1>", "403
// Forbidden").
func sameWords(a, b string) bool {
	norm := func(s string) string {
		return strings.ToLower(strings.Join(strings.Fields(markupRE.ReplaceAllString(s, " ")), " "))
	}
	return norm(a) == norm(b)
}
