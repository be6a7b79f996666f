package main

// The leak checks of the end-to-end secret corpus (secrets_corpus_test.go):
// every output, as written and with the sinks' escapes undone.

import (
	"encoding/base64"
	"fmt"
	"html"
	"regexp"
	"strings"
	"testing"
)

// unescapeSink undoes what the sinks escape (workflow commands' %XX,
// Markdown's backslashes, XML's and HTML's references, JSON's \uXXXX for
// <, > and &), so that a leak is found whatever a sink did to it.
func unescapeSink(s string) string {
	s = strings.NewReplacer("%25", "%", "%0D", "\r", "%0A", "\n", "%3A", ":", "%2C", ",").Replace(s)
	s = regexp.MustCompile("\\\\([\\\\`*_\\[\\]<>|~&$#!])").ReplaceAllString(s, "$1")
	s = strings.NewReplacer(`\u003c`, "<", `\u003e`, ">", `\u0026`, "&", `\"`, `"`, `\\`, `\`).Replace(s)
	return html.UnescapeString(s)
}

// checkNoSecret fails if out, as written or unescaped, holds a secret in
// any echo form: anywhere for a long secret, between the markers for a
// short one (elsewhere it may be one of authspec's own words).
func checkNoSecret(t *testing.T, sink, out string, secrets []string) {
	t.Helper()
	for _, text := range []string{out, unescapeSink(out)} {
		var decoded string // decodeLoosely(text), for long secrets: made once, not once per secret
		for _, v := range secrets {
			for _, e := range echoesFor(v) {
				form := e.Render(v)
				if isShort(v) {
					form = markOpen + form + markClose
				}
				if i := strings.Index(text, form); i >= 0 {
					t.Errorf("%s shows %q (%s of a secret): …%s…", sink, form, e.Name, text[max(0, i-80):min(len(text), i+len(form)+80)])
				}
			}
			if !isShort(v) {
				if decoded == "" {
					decoded = decodeLoosely(text)
				}
				if f := fragment(decoded, v); f != "" {
					t.Errorf("%s shows %q, a part of a secret", sink, f)
				}
				b64 := base64.RawStdEncoding.EncodeToString([]byte("Bearer " + v))
				if strings.Contains(text, b64[12:len(b64)-2]) {
					t.Errorf("%s shows the base64 of Bearer and a secret, in part", sink)
				}
			}
		}
	}
}

// looseEscape is an escape with or without its backslash: a sink or a
// parser that unquotes text may have dropped it (\u0070 → u0070).
var looseEscape = regexp.MustCompile(`\\?[uU]([0-9a-fA-F]{4})|%([0-9a-fA-F]{2})|\\x([0-9a-fA-F]{2})`)

// decodeLoosely undoes escapes however mangled, twice over: a view in
// which a secret that a sink quoted in some form of its own shows as text.
func decodeLoosely(s string) string {
	for range 2 {
		s = looseEscape.ReplaceAllStringFunc(s, func(m string) string {
			var r rune
			fmt.Sscanf(strings.TrimLeft(m, `\uUx%`), "%x", &r)
			if len(m) <= 4 { // %XX or \xXX: a byte
				return string([]byte{byte(r)})
			}
			return string(r)
		})
	}
	return s
}

// fragment returns a part of secret (half of it, at least 8 characters)
// that s contains, or "".
func fragment(s, secret string) string {
	rs := []rune(secret)
	n := max(8, len(rs)/2)
	for i := 0; i+n <= len(rs); i++ {
		if f := string(rs[i : i+n]); strings.Contains(s, f) {
			return f
		}
	}
	return ""
}
