package diagnose

import (
	"crypto/sha256"
	"strings"
	"sync"
)

// valueShape is what inspectValue reads of a credential's value alone
// (whitespace, quotes, auth-param syntax): the regular expressions and
// rune walks it costs. It holds authspec's words, never the value.
type valueShape struct {
	whitespace string // describeWhitespace's words, "" when none
	strongWS   bool   // the whitespace is not only trailing spaces or tabs
	params     bool   // auth-param syntax: its quotes are the header's
	quotes     string // describeQuotes' words when not params
	ownFormat  bool   // without a scheme, the API's own format: name=value pairs or label=value (authHeader only)
}

// shapeKey names a value by its SHA-256 and the flags its reading depends
// on; the value itself is not kept.
type shapeKey struct {
	sum                        [sha256.Size]byte
	opaque, authHeader, header bool
}

// shapes memoizes valueShape: a folder of suite files usually shares one
// token, and the preflight of each file read it again (a fixed cost per
// file). Bounded: it starts over past maxShapes values.
var shapes struct {
	sync.Mutex
	m map[shapeKey]valueShape
}

const maxShapes = 4096

func shapeOf(raw string, opaque, authHeader, header bool) valueShape {
	k := shapeKey{sha256.Sum256([]byte(raw)), opaque, authHeader, header}
	shapes.Lock()
	sh, ok := shapes.m[k]
	shapes.Unlock()
	if ok {
		return sh
	}
	sh = readShape(raw, opaque, authHeader, header)
	shapes.Lock()
	if shapes.m == nil || len(shapes.m) >= maxShapes {
		shapes.m = map[shapeKey]valueShape{}
	}
	shapes.m[k] = sh
	shapes.Unlock()
	return sh
}

func readShape(raw string, opaque, authHeader, header bool) valueShape {
	var sh valueShape
	// A custom header can carry its own scheme word too (Bitstamp's
	// X-Auth: BITSTAMP <key>): an upper-case word before one space is that
	// header's syntax, like a scheme in Authorization.
	trimmed := strings.TrimSpace(raw)
	lead, _, _ := strings.Cut(trimmed, " ")
	schemeLike := authHeader || header && upperWordRE.MatchString(lead)
	if sh.whitespace = describeWhitespace(raw, opaque, schemeLike); sh.whitespace != "" {
		// Only trailing spaces or tabs: HTTP trims them from a header
		// value, so they matter only where the value is encoded or in a URL.
		sh.strongWS = trimmed != strings.TrimRight(raw, " \t") || strings.Contains(sh.whitespace, "inside")
	}
	// quotes around auth-param values are the header's syntax, with or
	// without a scheme before them (Kong's hmac username="…",
	// algorithm="…", signature="…" sent without its "hmac")
	_, sh.params = authParams(trimmed)
	sh.params = sh.params || authParamsRE.MatchString(trimmed)
	if !sh.params {
		sh.quotes = describeQuotes(trimmed, opaque)
	}
	if authHeader {
		sh.ownFormat = ownFormat(strings.TrimSpace(strings.Trim(trimmed, `"'`)))
	}
	return sh
}
