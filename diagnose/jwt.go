package diagnose

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

// JWT is a decoded JSON Web Token. Nothing is verified: the signature is
// not checked, so the claims say what the token claims, which is enough
// to explain why a server refused it.
type JWT struct {
	Header map[string]any
	Claims map[string]any
	Signed bool // a non-empty signature segment is present
}

// DecodeJWT decodes the header and claims of a compact JWS (three
// base64url segments). A leading "Bearer " and surrounding whitespace or
// quotes are tolerated. It never panics; anything else is an error.
func DecodeJWT(s string) (*JWT, error) {
	s = strings.Trim(strings.TrimSpace(s), `"'`)
	if len(s) > 7 && strings.EqualFold(s[:7], "bearer ") {
		s = strings.TrimSpace(s[7:])
	}
	parts := strings.Split(s, ".")
	switch {
	case len(parts) == 5:
		return nil, errors.New("encrypted JWT (JWE): its claims cannot be read without the key")
	case len(parts) != 3:
		return nil, fmt.Errorf("not a JWT: %d dot-separated segments, want 3", len(parts))
	}
	header, err := decodeSegment(parts[0])
	if err != nil {
		return nil, fmt.Errorf("JWT header: %w", err)
	}
	claims, err := decodeSegment(parts[1])
	if err != nil {
		return nil, fmt.Errorf("JWT claims: %w", err)
	}
	return &JWT{Header: header, Claims: claims, Signed: parts[2] != ""}, nil
}

// looksLikeJWT is a cheap test before DecodeJWT.
func looksLikeJWT(s string) bool {
	return strings.HasPrefix(s, "eyJ") && strings.Count(s, ".") == 2
}

func decodeSegment(seg string) (map[string]any, error) {
	if seg == "" {
		return nil, errors.New("empty segment")
	}
	raw, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(seg, "="))
	if err != nil {
		// Some issuers use the standard alphabet; accept it too.
		raw, err = base64.RawStdEncoding.DecodeString(strings.TrimRight(seg, "="))
		if err != nil {
			return nil, errors.New("not base64url")
		}
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var m map[string]any
	if err := dec.Decode(&m); err != nil {
		return nil, errors.New("not a JSON object")
	}
	if m == nil {
		return nil, errors.New("not a JSON object")
	}
	if dec.More() {
		return nil, errors.New("trailing data after the JSON object")
	}
	return m, nil
}

// numericDate reads a NumericDate claim (seconds since the epoch, a JSON
// number; a numeric string is tolerated).
func (t *JWT) numericDate(name string) (time.Time, bool) {
	if t == nil {
		return time.Time{}, false
	}
	var f float64
	switch v := t.Claims[name].(type) {
	case json.Number:
		x, err := v.Float64()
		if err != nil {
			return time.Time{}, false
		}
		f = x
	case float64:
		f = v
	case string:
		x, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
		if err != nil {
			return time.Time{}, false
		}
		f = x
	default:
		return time.Time{}, false
	}
	// Beyond ±30000 years is not a date anybody meant.
	if math.IsNaN(f) || math.Abs(f) > 1e12 {
		return time.Time{}, false
	}
	sec, frac := math.Modf(f)
	return time.Unix(int64(sec), int64(frac*1e9)).UTC(), true
}

// Expiry returns the exp claim.
func (t *JWT) Expiry() (time.Time, bool) { return t.numericDate("exp") }

// NotBefore returns the nbf claim.
func (t *JWT) NotBefore() (time.Time, bool) { return t.numericDate("nbf") }

// IssuedAt returns the iat claim.
func (t *JWT) IssuedAt() (time.Time, bool) { return t.numericDate("iat") }

// Issuer returns the iss claim, or "".
func (t *JWT) Issuer() string { return t.stringClaim("iss") }

// Subject returns the sub claim, or "".
func (t *JWT) Subject() string { return t.stringClaim("sub") }

// Algorithm returns the alg header, or "".
func (t *JWT) Algorithm() string {
	if t == nil {
		return ""
	}
	s, _ := t.Header["alg"].(string)
	return s
}

func (t *JWT) stringClaim(name string) string {
	if t == nil {
		return ""
	}
	s, _ := t.Claims[name].(string)
	return s
}

// Audience returns the aud claim, which may be a string or a list.
func (t *JWT) Audience() []string {
	if t == nil {
		return nil
	}
	return stringList(t.Claims["aud"], false)
}

// HasScopeClaim reports whether the token states its scopes at all.
func (t *JWT) HasScopeClaim() bool {
	if t == nil {
		return false
	}
	for _, name := range []string{"scope", "scp"} {
		switch t.Claims[name].(type) {
		case string, []any:
			return true
		}
	}
	return false
}

// Scopes returns the scopes the token claims: scope and scp, each a
// space-separated string or a list.
func (t *JWT) Scopes() []string {
	if t == nil {
		return nil
	}
	var out []string
	seen := map[string]bool{}
	for _, name := range []string{"scope", "scp"} {
		for _, s := range stringList(t.Claims[name], true) {
			if !seen[s] {
				seen[s] = true
				out = append(out, s)
			}
		}
	}
	return out
}

// stringList reads a string or a list of strings; split splits strings on
// whitespace.
func stringList(v any, split bool) []string {
	var out []string
	add := func(s string) {
		if split {
			out = append(out, strings.Fields(s)...)
		} else if s != "" {
			out = append(out, s)
		}
	}
	switch v := v.(type) {
	case string:
		add(v)
	case []any:
		for _, e := range v {
			if s, ok := e.(string); ok {
				add(s)
			}
		}
	}
	return out
}
