package suites

import (
	"fmt"

	"go.yaml.in/yaml/v3"

	"github.com/authspec/authspec/vocab"
)

// Decoding a suite's header: its environments and credentials.

var tlsKeys = []string{"ca_file", "cert_file", "key_file", "insecure_skip_verify"}

var envKeys = []string{"base_url", "env_file", "vars", "public", "expect_claims", "allow_insecure", "tls"}

func (d *decoder) environment(k, n *yaml.Node) *Environment {
	where := quotedAfter("in environment ", k.Value)
	m := d.mapping(n, where, envKeys...)
	if m == nil {
		return nil
	}
	e := &Environment{Name: k.Value, Pos: d.pos(k)}
	if !validName(e.Name) {
		d.errorf(k, "environment name %q must use letters, digits, '_', '.' or '-'", e.Name)
	}
	if f, ok := m.get("base_url"); ok {
		e.BaseURL = d.field(f, "base_url")
	}
	if e.BaseURL.Raw == "" {
		d.errorf(k, "environment %q has no base_url", e.Name)
	}
	if f, ok := m.get("env_file"); ok {
		before := len(d.errs)
		e.EnvFiles = d.strs(f.val, "env_file")
		for _, ef := range e.EnvFiles {
			if ef.Raw == "" && len(d.errs) == before {
				d.errs = append(d.errs, Error{Pos: ef.Pos, Msg: "env_file names no file"})
			}
		}
	}
	if f, ok := m.get("vars"); ok {
		e.Vars = d.pairs(f.val, where+" vars")
	}
	if f, ok := m.get("public"); ok {
		e.Public = d.varNames(f.val, "public")
	}
	if f, ok := m.get("expect_claims"); ok {
		e.ExpectClaims = d.pairs(f.val, where+" expect_claims")
	}
	if f, ok := m.get("allow_insecure"); ok {
		e.AllowInsecure = d.boolean(f.val, "allow_insecure")
	}
	if f, ok := m.get("tls"); ok {
		tm := d.mapping(f.val, where+" tls", tlsKeys...)
		t := &TLS{Pos: d.pos(f.key)}
		d.strings(tm, CredField{"ca_file", &t.CAFile}, CredField{"cert_file", &t.CertFile}, CredField{"key_file", &t.KeyFile})
		if v, ok := tm.get("insecure_skip_verify"); ok {
			t.Insecure = d.boolean(v.val, "insecure_skip_verify")
		}
		if t.CertFile.IsSet() != t.KeyFile.IsSet() {
			d.errorf(f.key, "tls needs both cert_file and key_file for a client certificate")
		}
		e.TLS = t
	}
	return e
}

func (d *decoder) credential(k, n *yaml.Node) *Credential {
	d.secret = true
	defer func() { d.secret = false }()
	where := fmt.Sprintf("in credential %q", k.Value)
	c := &Credential{Name: k.Value, Pos: d.pos(k)}
	if c.Name == vocab.CredNone {
		d.errorf(k, `"none" is reserved for "no credentials"; pick another name`)
	}
	n = resolve(n)
	if n.Kind != yaml.MappingNode {
		d.errorf(n, "expected a mapping %s, got %s", where, d.kindName(n))
		return nil
	}
	tv := lookupKey(n, vocab.FieldType)
	if tv == nil {
		d.errorf(k, "credential %q has no type (one of %s)", c.Name, quoteList(sortedKeys(vocab.CredFields)))
		return nil
	}
	c.Type = d.text(tv, vocab.FieldType)
	keys, known := vocab.CredFields[c.Type]
	if !known {
		d.errorf(tv, "unknown credential type %q%s; use one of %s", c.Type, suggest(c.Type, sortedKeys(vocab.CredFields)), quoteList(sortedKeys(vocab.CredFields)))
		return nil
	}
	m := d.mapping(n, fmt.Sprintf("in %s credential %q", c.Type, c.Name), keys...)
	for _, req := range vocab.RequiredFields[c.Type] {
		if _, ok := m.get(req); !ok {
			d.errorf(k, "%s credential %q needs %q", c.Type, c.Name, req)
		}
	}
	fields := c.StringFields()
	d.strings(m, fields[:]...)
	if f, ok := m.get(vocab.FieldHeaders); ok {
		c.Headers = d.headerPairs(f.val, where+" headers")
	}
	if f, ok := m.get(vocab.FieldShared); ok {
		c.Shared = d.boolean(f.val, vocab.FieldShared)
	}
	if f, ok := m.get(vocab.FieldParams); ok {
		c.Params = d.pairs(f.val, where+" params")
	}
	if f, ok := m.get(vocab.FieldScopes); ok {
		c.Scopes = d.strs(f.val, vocab.FieldScopes)
	}
	c.AuthStyle = "basic"
	style := "auth_style: basic (the default)"
	if f, ok := m.get(vocab.FieldAuthStyle); ok {
		c.AuthStyle = d.text(f.val, vocab.FieldAuthStyle)
		if c.AuthStyle != "basic" && c.AuthStyle != "body" {
			d.errorf(f.val, `auth_style must be "basic" or "body", got %q`, c.AuthStyle)
		}
		style = fmt.Sprintf("auth_style: basic (at %s:%d:%d)", d.file, f.val.Line, f.val.Column)
	}
	if f, ok := m.get(vocab.FieldTokenURL); ok && c.Type == vocab.CredOAuth2CC && c.AuthStyle == "basic" {
		if p := SplitURL(c.TokenURL.Raw); p.HasUser && p.User != "" {
			// Both would be the token request's HTTP Basic: the client
			// sends a URL's user information as Basic unless a header is
			// set, and auth_style: basic sets one. Which one the user
			// meant is theirs to say, not a precedence to learn.
			d.errorf(f.val, "token_url of credential %q %s", c.Name, UserinfoWithBasicStyle(style))
		}
	}
	if c.Type == vocab.CredAPIKey && c.Header.IsSet() == c.Query.IsSet() {
		d.errorf(k, "api_key credential %q needs exactly one of `header: Name` or `query: name`", c.Name)
	}
	return c
}

// UserinfoWithBasicStyle says why a token_url with user information and
// auth_style: basic (style: where that is written) is refused, and what
// to do: at load time, and when running for user information a variable
// brought, in the same words.
func UserinfoWithBasicStyle(style string) string {
	return "has user information, which is sent as HTTP Basic, and " + style +
		" sends client_id and client_secret as HTTP Basic instead: remove the user information from token_url, or set auth_style: body to send the id and secret in the form"
}
