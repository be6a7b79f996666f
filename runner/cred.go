package runner

import (
	"context"
	"crypto/sha256"
	"fmt"
	"strings"

	"github.com/authspec/authspec/diagnose"
	"github.com/authspec/authspec/vocab"
)

// sentCred records what a step sent, for diagnosis and redirect safety.
type sentCred struct {
	state   *credState
	env     *envState // whose values were sent (other_env probes send another's)
	values  []diagnose.Value
	headers []string          // header names that carry the credential
	query   string            // query parameter that carries it
	value   [1]diagnose.Value // values' first, in place: most credentials send one
}

// authorizationOnly is sent.headers for the credentials that set the
// Authorization header: shared, never changed (a slice of its own would be
// an allocation per request).
var authorizationOnly = []string{"Authorization"}

// applyCred adds the step's credential to the request, altered as the
// probe asks. An OAuth2 token is fetched (once per environment) here.
func (p *plan) applyCred(ctx context.Context, c *testCase, s caseStep, b *built) (*sentCred, error) {
	if s.auth == "" {
		return nil, nil
	}
	owner := c.st
	if s.mode == credOther {
		owner = s.other
	}
	cs := owner.creds[s.auth]
	sent := &sentCred{state: cs, env: owner}
	sent.values = sent.value[:0]
	// sentValue returns a field's value as this step sends it, and how
	// diagnose is to judge it.
	sentValue := func(field string) (string, diagnose.Value) {
		v := cs.fields.at(field)
		val, source := v.Value, v.Name
		switch s.mode {
		case credInvalid:
			val = alter(val)
			source += " (altered)"
			p.opt.Redactor.AddDerived(source, val)
		case credPrevious:
			val = cs.previous
			v.Name = cs.fields.at(vocab.FieldPrevious).Name
			source = v.Name
		case credOther:
			// Labelled with its environment, so its fingerprint is not read
			// as this environment's value of the same variable.
			source += " (" + owner.env.Name + ")"
		}
		return val, diagnose.Value{Source: source, Value: val, EnvFile: envFileOf(owner, v.Name), Field: field}
	}
	// secretValue is sentValue's value, recorded in sent.values.
	secretValue := func(field string) string {
		val, dv := sentValue(field)
		sent.values = append(sent.values, dv)
		return val
	}
	h := b.req.Header
	switch cs.cred.Type {
	case vocab.CredBearer:
		prefix := "Bearer"
		if cs.cred.Prefix.IsSet() {
			prefix = cs.value(vocab.FieldPrefix)
		}
		tok := secretValue(vocab.FieldToken)
		if prefix = strings.TrimRight(prefix, " "); prefix != "" {
			tok = prefix + " " + tok
		}
		b.setHeader("Authorization", tok)
		sent.headers = authorizationOnly
	case vocab.CredBasic:
		user, userSource := cs.value(vocab.FieldUsername), cs.fields.at(vocab.FieldUsername).Name
		sent.values = append(sent.values, diagnose.Value{Source: userSource, Value: user, EnvFile: envFileOf(owner, userSource), Field: vocab.FieldUsername})
		pass, dv := sentValue(vocab.FieldPassword)
		// A literal password: "" sent as written is no value to judge
		// (diagCredential leaves it out too): judged, it would read as a
		// variable left empty (credential_missing). An altered one
		// ("invalid") or a previous one is sent and judged.
		if pass != "" || !literalEmptyPassword(cs) {
			sent.values = append(sent.values, dv)
		}
		b.req.SetBasicAuth(user, pass)
		p.opt.Redactor.AddBasic(cs.cred.Name, user, pass)
		sent.headers = authorizationOnly
	case vocab.CredAPIKey:
		key := secretValue(vocab.FieldKey)
		if name := cs.value(vocab.FieldHeader); cs.cred.Header.IsSet() {
			h.Set(name, key)
			sent.headers = []string{name}
		} else {
			name := cs.value(vocab.FieldQuery)
			q := b.req.URL.Query()
			q.Set(name, key)
			b.req.URL.RawQuery = q.Encode()
			sent.query = name
		}
	case vocab.CredHeader:
		for i, hp := range cs.cred.Headers {
			val, _ := owner.env.Expand(hp.Value.Raw, nil)
			src := sourceName(cs.cred, "headers."+hp.Name, hp.Value.Raw)
			switch {
			case s.mode == credInvalid:
				val = alter(val)
				p.opt.Redactor.AddDerived(src+" (altered)", val)
			case s.mode == credPrevious && i == 0:
				val, src = cs.previous, cs.fields.at(vocab.FieldPrevious).Name
			}
			h.Set(hp.Name, val)
			sent.headers = append(sent.headers, hp.Name)
			sent.values = append(sent.values, diagnose.Value{Source: src, Value: val, EnvFile: envFileOf(owner, src), Field: hp.Name})
		}
	case vocab.CredOAuth2CC:
		tok, err := p.oauthToken(ctx, owner, cs, s.mode == credPrevious, &b.tokens)
		if err != nil {
			return sent, err
		}
		if s.mode == credInvalid {
			tok = alter(tok)
			p.opt.Redactor.AddDerived(cs.cred.Name+".access_token (altered)", tok)
		}
		h.Set("Authorization", "Bearer "+tok)
		sent.headers = authorizationOnly
		sent.values = append(sent.values, diagnose.Value{Source: cs.cred.Name + ".access_token", Value: tok, Field: vocab.FieldAccessToken})
	}
	return sent, nil
}

// envFileOf names the env file a variable came from, "" when it did not
// come from one.
func envFileOf(st *envState, source string) string {
	if v, ok := st.env.Lookup(source, nil); ok {
		if f, ok := strings.CutPrefix(v.Origin, "env file "); ok {
			return f
		}
	}
	return ""
}

// alter changes a credential so it is wrong but keeps its shape: a JWT
// stays three base64url parts (only the signature changes), a key keeps
// its prefix ("sk_live_") and its length. The new characters come from a
// hash of the value, so the altered value does not reveal the real one.
func alter(v string) string {
	if parts := strings.Split(v, "."); len(parts) == 3 && len(parts[0]) > 0 && len(parts[1]) > 0 {
		if parts[2] == "" {
			parts[2] = "aW52YWxpZA"
		} else {
			parts[2] = scramble(parts[2], v)
		}
		return strings.Join(parts, ".")
	}
	if v == "" {
		return "invalid"
	}
	keep := 0
	if i := strings.LastIndexAny(v[:len(v)/2+1], "_-"); i >= 0 {
		keep = i + 1
	}
	rest := scramble(v[keep:], v)
	if rest == v[keep:] {
		rest += "x"
	}
	return v[:keep] + rest
}

// scramble replaces every letter and digit of s with another of the same
// class (digit, lower, upper), chosen from a hash of seed; other bytes stay.
func scramble(s, seed string) string {
	const digits, lower, upper = "0123456789", "abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	b := []byte(s)
	var h [32]byte
	for i, c := range b {
		if i%32 == 0 {
			h = sha256.Sum256([]byte(fmt.Sprintf("%d:%s", i, seed)))
		}
		class := ""
		switch {
		case c >= '0' && c <= '9':
			class = digits
		case c >= 'a' && c <= 'z':
			class = lower
		case c >= 'A' && c <= 'Z':
			class = upper
		default:
			continue
		}
		n := class[int(h[i%32])%len(class)]
		if n == c {
			n = class[(strings.IndexByte(class, c)+1)%len(class)]
		}
		b[i] = n
	}
	return string(b)
}
