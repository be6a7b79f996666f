package diagnose

import (
	"encoding/base64"
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestDecodeJWT(t *testing.T) {
	tok := makeJWT(map[string]any{
		"iss": "https://auth.example.com", "aud": []string{"payments", "billing"},
		"exp": 1795000000, "nbf": 1794000000, "iat": 1794000000.5,
		"scope": "accounts.read  accounts.write", "scp": []string{"admin", "accounts.read"},
	})
	for _, in := range []string{tok, "Bearer " + tok, ` "` + tok + `"` + "\n", "bearer " + tok} {
		j, err := DecodeJWT(in)
		if err != nil {
			t.Fatalf("DecodeJWT(%.20q…): %v", in, err)
		}
		if j.Algorithm() != "RS256" || !j.Signed {
			t.Errorf("header = %v, signed %v", j.Header, j.Signed)
		}
		if exp, ok := j.Expiry(); !ok || !exp.Equal(time.Unix(1795000000, 0)) {
			t.Errorf("Expiry() = %v, %v", exp, ok)
		}
		if nbf, ok := j.NotBefore(); !ok || nbf.Unix() != 1794000000 {
			t.Errorf("NotBefore() = %v, %v", nbf, ok)
		}
		if iat, ok := j.IssuedAt(); !ok || iat.UnixMilli() != 1794000000500 {
			t.Errorf("IssuedAt() = %v, %v", iat, ok)
		}
		if j.Issuer() != "https://auth.example.com" {
			t.Errorf("Issuer() = %q", j.Issuer())
		}
		if got := j.Audience(); !reflect.DeepEqual(got, []string{"payments", "billing"}) {
			t.Errorf("Audience() = %v", got)
		}
		if got := j.Scopes(); !reflect.DeepEqual(got, []string{"accounts.read", "accounts.write", "admin"}) {
			t.Errorf("Scopes() = %v", got)
		}
	}
}

func TestJWTClaimShapes(t *testing.T) {
	j, err := DecodeJWT(makeJWT(map[string]any{"aud": "payments", "scp": "a b", "exp": "1795000000", "nbf": 1e300, "iss": 7}))
	if err != nil {
		t.Fatal(err)
	}
	if got := j.Audience(); !reflect.DeepEqual(got, []string{"payments"}) {
		t.Errorf("string aud: %v", got)
	}
	if got := j.Scopes(); !reflect.DeepEqual(got, []string{"a", "b"}) {
		t.Errorf("scp string: %v", got)
	}
	if _, ok := j.Expiry(); !ok {
		t.Error("numeric-string exp not read")
	}
	if _, ok := j.NotBefore(); ok {
		t.Error("absurd nbf read as a date")
	}
	if j.Issuer() != "" || j.HasScopeClaim() != true {
		t.Errorf("iss %q, HasScopeClaim %v", j.Issuer(), j.HasScopeClaim())
	}
	var nilJWT *JWT
	if _, ok := nilJWT.Expiry(); ok || nilJWT.Issuer() != "" || nilJWT.Audience() != nil || nilJWT.Scopes() != nil {
		t.Error("nil *JWT helpers must return zero values")
	}
	// The standard base64 alphabet with padding is tolerated.
	std := base64.StdEncoding.EncodeToString([]byte(`{"alg":"none"}`)) + "." +
		base64.StdEncoding.EncodeToString([]byte(`{"sub":"a>b?"}`)) + "."
	if j, err := DecodeJWT(std); err != nil || j.Subject() != "a>b?" || j.Signed {
		t.Errorf("std alphabet: %v, %v", j, err)
	}
}

func TestDecodeJWTMalformed(t *testing.T) {
	hdr := b64(`{"alg":"HS256"}`)
	for name, in := range map[string]string{
		"empty":           "",
		"opaque":          "opq_7Hd92kLmQ4pX",
		"two segments":    hdr + "." + b64(`{}`),
		"four segments":   hdr + ".a.b.c",
		"JWE":             hdr + ".a.b.c.d",
		"dots only":       "..",
		"empty header":    "." + b64(`{}`) + ".sig",
		"bad base64":      hdr + ".!!!.sig",
		"array claims":    hdr + "." + b64(`[1,2]`) + ".sig",
		"null claims":     hdr + "." + b64(`null`) + ".sig",
		"number claims":   hdr + "." + b64(`42`) + ".sig",
		"trailing data":   hdr + "." + b64(`{} {}`) + ".sig",
		"truncated JSON":  hdr + "." + b64(`{"exp":`) + ".sig",
		"header not JSON": b64("hello") + "." + b64(`{}`) + ".sig",
		"binary":          "\xff\xfe.\x00.\x01",
	} {
		if j, err := DecodeJWT(in); err == nil {
			t.Errorf("%s: DecodeJWT(%q) = %+v, want an error", name, in, j)
		} else if strings.Contains(err.Error(), in) && len(in) > 8 {
			t.Errorf("%s: the error repeats the token: %v", name, err)
		}
	}
}
