package suites_test

import (
	"slices"
	"testing"
)

// Which variables a run treats as secrets: only those the suite uses,
// minus identifiers; a value used both ways is a secret; a URL identifier
// keeps its userinfo and query secret.
func TestSecretsAndIdentifiers(t *testing.T) {
	s := writeSuite(t, map[string]string{
		".env": "API_HOST=https://bob:pw-in-url@api.example.com/v1?sig=query-secret\n" +
			"ADMIN_USER=admin\nADMIN_PASSWORD=s3cr3t-pass\nSTRIPE_KEY=sk_test_123\n" +
			"CLIENT_ID=svc-client\nCLIENT_SECRET=cs-value\nACCOUNT=acc_1\nREGION=eu\nBOTH=shared-value\nUNUSED=never-used\n" +
			"KEY_USER=key-as-user\nKEY_PASS=kp\n",
		"suite.yaml": `version: 1
name: classify
public: [ACCOUNT]
environments:
  staging:
    base_url: ${API_HOST}
    env_file: .env
    public: [REGION]
credentials:
  admin: { type: basic, username: "${ADMIN_USER}", password: "${ADMIN_PASSWORD}" }
  stripe: { type: basic, username: "${STRIPE_KEY}", password: "" }
  keyuser: { type: basic, username: "${KEY_USER}", password: "${KEY_PASS}" }
  machine: { type: oauth2_client_credentials, token_url: "${API_HOST}/token", client_id: "${CLIENT_ID}", client_secret: "${CLIENT_SECRET}" }
  both: { type: bearer, token: "${BOTH}" }
scenarios:
  - name: reads
    auth: admin
    request: { method: GET, path: "/v1/${ACCOUNT}/${REGION}", headers: { X-Client: "${CLIENT_ID}", X-Both: "${BOTH}" } }
`})
	env := resolve(t, s, "staging", nil)
	idents := s.Identifiers(s.Environment("staging"))
	// The maps handed out are the caller's: writing into one changes
	// neither what the suite nor what the environment says next, nor
	// Secrets.
	idents["ADMIN_PASSWORD"], idents["STRIPE_KEY"] = true, true
	delete(idents, "ACCOUNT")
	envIdents := env.Identifiers()
	envIdents["CLIENT_SECRET"] = true
	for _, again := range []map[string]bool{s.Identifiers(s.Environment("staging")), env.Identifiers()} {
		if again["ADMIN_PASSWORD"] || again["STRIPE_KEY"] || again["CLIENT_SECRET"] || !again["ACCOUNT"] {
			t.Errorf("a caller's write into the identifiers changed them: %v", again)
		}
	}
	idents = s.Identifiers(s.Environment("staging"))
	var secrets []string
	for _, v := range env.Secrets() {
		secrets = append(secrets, v.Name+"="+v.Value)
	}
	for _, want := range []string{"ADMIN_PASSWORD=s3cr3t-pass", "STRIPE_KEY=sk_test_123", "CLIENT_SECRET=cs-value",
		"BOTH=shared-value", "CLIENT_ID=svc-client", "KEY_USER=key-as-user",
		"API_HOST password=pw-in-url", "API_HOST query sig=query-secret"} {
		if !slices.Contains(secrets, want) {
			t.Errorf("secrets lack %s: %v", want, secrets)
		}
	}
	for _, name := range []string{"API_HOST", "ADMIN_USER", "ACCOUNT", "REGION"} {
		if !idents[name] {
			t.Errorf("%s is not an identifier: %v", name, idents)
		}
		for _, s := range secrets {
			if len(s) > len(name) && s[:len(name)+1] == name+"=" {
				t.Errorf("identifier %s is among the secrets", name)
			}
		}
	}
	// CLIENT_ID is also sent in a header a scenario writes: a secret.
	for _, name := range []string{"CLIENT_ID", "STRIPE_KEY", "KEY_USER", "UNUSED"} {
		if idents[name] {
			t.Errorf("%s is an identifier", name)
		}
	}
	for _, s := range secrets {
		if s == "UNUSED=never-used" {
			t.Error("a variable the suite never uses is a secret of the run")
		}
	}
}

// Environments without identifiers all had one shared empty map: a caller
// that wrote into one's made a secret of every suite an identifier.
func TestNoIdentifiersIsNotShared(t *testing.T) {
	suite := func(token string) string {
		return "version: 1\nname: none\nenvironments:\n  staging: { base_url: https://api.example.com }\n" +
			"credentials:\n  tok: { type: bearer, token: \"${" + token + "}\" }\n" +
			"scenarios:\n  - name: reads\n    auth: tok\n    request: { path: /v1/me }\n"
	}
	a := writeSuite(t, map[string]string{"suite.yaml": suite("A_TOKEN")})
	b := writeSuite(t, map[string]string{"suite.yaml": suite("B_TOKEN")})
	ids := a.Identifiers(a.Environment("staging"))
	ids["B_TOKEN"] = true
	envIDs := resolve(t, a, "staging", nil).Identifiers()
	envIDs["B_TOKEN"] = true
	if got := b.Identifiers(b.Environment("staging")); len(got) != 0 {
		t.Errorf("suite b's identifiers %v, want none", got)
	}
	if got := resolve(t, b, "staging", map[string]string{"B_TOKEN": "tok-b-value"}).Identifiers(); len(got) != 0 {
		t.Errorf("environment b's identifiers %v, want none", got)
	}
}
