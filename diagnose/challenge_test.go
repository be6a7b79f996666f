package diagnose

import (
	"net/http"
	"reflect"
	"slices"
	"testing"
)

func TestParseChallenges(t *testing.T) {
	p := func(kv ...string) map[string]string {
		m := map[string]string{}
		for i := 0; i+1 < len(kv); i += 2 {
			m[kv[i]] = kv[i+1]
		}
		return m
	}
	tests := []struct {
		name   string
		header string
		want   []Challenge
	}{
		{"basic", `Basic realm="simple"`, []Challenge{{Scheme: "Basic", Params: p("realm", "simple")}}},
		{"RFC 9110 example: two challenges, escaped quotes",
			`Newauth realm="apps", type=1, title="Login to \"apps\"", Basic realm="simple"`,
			[]Challenge{
				{Scheme: "Newauth", Params: p("realm", "apps", "type", "1", "title", `Login to "apps"`)},
				{Scheme: "Basic", Params: p("realm", "simple")},
			}},
		{"RFC 6750 error",
			`Bearer realm="example", error="invalid_token", error_description="The access token expired"`,
			[]Challenge{{Scheme: "Bearer", Params: p("realm", "example", "error", "invalid_token", "error_description", "The access token expired")}}},
		{"insufficient_scope with scopes",
			`Bearer error="insufficient_scope", scope="accounts.read accounts.write"`,
			[]Challenge{{Scheme: "Bearer", Params: p("error", "insufficient_scope", "scope", "accounts.read accounts.write")}}},
		{"token68", `Negotiate YIIGhgYJKoZIhvcSAQICAQBuggZ1+/MIIGcaADAgEFoQ==`,
			[]Challenge{{Scheme: "Negotiate", Token68: "YIIGhgYJKoZIhvcSAQICAQBuggZ1+/MIIGcaADAgEFoQ=="}}},
		{"token68 then params challenge", `Basic abc==, Bearer realm="x"`,
			[]Challenge{{Scheme: "Basic", Token68: "abc=="}, {Scheme: "Bearer", Params: p("realm", "x")}}},
		{"commas inside quotes", `Bearer realm="a, b, c", scope="x,y"`,
			[]Challenge{{Scheme: "Bearer", Params: p("realm", "a, b, c", "scope", "x,y")}}},
		{"schemes without params", `Bearer, Basic`, []Challenge{{Scheme: "Bearer"}, {Scheme: "Basic"}}},
		{"empty list elements", ` , ,Basic realm="x" ,, `, []Challenge{{Scheme: "Basic", Params: p("realm", "x")}}},
		{"names lower-cased, scheme kept", `BEARER REALM="x", Error=invalid_token`,
			[]Challenge{{Scheme: "BEARER", Params: p("realm", "x", "error", "invalid_token")}}},
		{"bad whitespace around =", "Basic realm = \"x\" ,\tcharset=UTF-8",
			[]Challenge{{Scheme: "Basic", Params: p("realm", "x", "charset", "UTF-8")}}},
		{"duplicate parameter keeps the first", `Basic realm="a", realm="b"`,
			[]Challenge{{Scheme: "Basic", Params: p("realm", "a")}}},
		{"escaped backslash", `Digest realm="a\\b", qop="auth"`,
			[]Challenge{{Scheme: "Digest", Params: p("realm", `a\b`, "qop", "auth")}}},
		{"empty quoted string", `Bearer realm=""`, []Challenge{{Scheme: "Bearer", Params: p("realm", "")}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseChallenges(tt.header)
			if err != nil {
				t.Fatalf("ParseChallenges(%q): %v", tt.header, err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("ParseChallenges(%q)\n got %#v\nwant %#v", tt.header, got, tt.want)
			}
		})
	}
}

func TestParseChallengesMalformed(t *testing.T) {
	for _, h := range []string{
		``,
		`   ,  `,
		`Bearer realm="unterminated`,
		`Bearer realm="x\`,
		`=realm`,
		`Bearer realm="x" error="invalid_token"`, // missing comma
		`Basic "quoted"`,
		"Bearer realm=\"a\x01b\"",
		`Basic abc== def`,
		`Bearer realm=x y`,
		`"Bearer"`,
		`Bearer=x`,
	} {
		got, err := ParseChallenges(h)
		if err == nil {
			t.Errorf("ParseChallenges(%q) = %#v, want an error", h, got)
		}
	}
	// What was read before the error is returned.
	got, err := ParseChallenges(`Basic realm="a", Bearer realm="b`)
	if err == nil || len(got) != 1 || !got[0].Is("basic") {
		t.Errorf("partial parse = %#v, %v; want the Basic challenge and an error", got, err)
	}
}

// A server that forgets the commas still gets its error read.
func TestChallengeHeaderLenient(t *testing.T) {
	h := http.Header{}
	h.Add("WWW-Authenticate", `Bearer realm="api" error="invalid_token" error_description="token revoked"`)
	h.Add("WWW-Authenticate", `Basic realm="fallback"`)
	cs, raw := challengeHeader(h)
	if len(raw) != 2 {
		t.Fatalf("raw = %v", raw)
	}
	var bearerErr string
	for _, c := range cs {
		if c.Is("bearer") && c.Params["error"] != "" {
			bearerErr = c.Params["error"] + ": " + c.Params["error_description"]
		}
	}
	if bearerErr != "invalid_token: token revoked" {
		t.Errorf("lenient bearer error = %q, challenges %#v", bearerErr, cs)
	}
}

// Meta's challenge names no parameters: realm, error code and
// description are quoted strings in that order. A token sent in the query
// and judged invalid_token was read there; a 500 under such a challenge
// (unknown_error) is no refusal.
func TestPositionalChallenge(t *testing.T) {
	h := http.Header{}
	h.Add("WWW-Authenticate", `OAuth "Facebook Platform" "invalid_token" "Invalid OAuth access token."`)
	cs, _ := challengeHeader(h)
	if len(cs) != 1 || cs[0].Params["error"] != "invalid_token" || cs[0].Params["error_description"] != "Invalid OAuth access token." || cs[0].Params["realm"] != "Facebook Platform" {
		t.Fatalf("challenges %#v", cs)
	}
	h.Set("WWW-Authenticate", `OAuth "Facebook Platform" "Not a code" "x"`)
	if cs, _ := challengeHeader(h); len(cs) != 1 || cs[0].Params["error"] != "" {
		t.Errorf("a second string that is no code read as one: %#v", cs)
	}
	query := apiKey("FB_TOKEN", "EAAGm0PX4ZCpsBAJq8ZbV3kLmN0pQrS7tUv", "", "access_token")
	for _, tc := range []struct {
		status int
		chall  string
		want   string
	}{
		{400, `OAuth "Facebook Platform" "invalid_token" "Invalid OAuth access token."`, ServerInvalidToken},
		{500, `OAuth "Facebook Platform" "unknown_error" "An unexpected error has occurred. Please retry your request later."`, ""},
	} {
		ex := corpusCase{cred: query, api: fixed{status: tc.status, header: jsonCT("WWW-Authenticate", tc.chall), body: `{"error":{"message":"x","type":"OAuthException","code":190}}`}}.run(t, "")
		causes := Analyze(ex)
		checkCauses(t, causes, query)
		got := codesOf(causes)
		if tc.want == "" && len(got) > 0 || tc.want != "" && (len(got) == 0 || got[0] != tc.want) || slices.Contains(got, CredentialInWrongPlace) {
			t.Errorf("%d %s: causes %v, want %q first and no %s", tc.status, tc.chall, got, tc.want, CredentialInWrongPlace)
		}
	}
}

func TestChallengeString(t *testing.T) {
	cs, err := ParseChallenges(`Bearer realm="x", error="invalid_token"`)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := cs[0].String(), `Bearer error="invalid_token", realm="x"`; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
}
