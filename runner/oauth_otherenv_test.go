package runner

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/authspec/authspec/suites"
)

// Staging's env file holds production's OAuth client: the token endpoint
// issues a token, the API refuses it. The first cause names the other
// environment's credential, not the API's generic invalid_token.
func TestOAuthClientFromOtherEnvironment(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/token" {
			w.Header().Set("Content-Type", "application/json")
			_, _ = w.Write([]byte(`{"access_token":"at_issued_by_prod_issuer_77","token_type":"Bearer","expires_in":3600}`))
			return
		}
		w.Header().Set("WWW-Authenticate", `Bearer error="invalid_token", error_description="issuer not trusted"`)
		w.WriteHeader(401)
	}))
	defer srv.Close()
	dir := lcFiles(t, map[string]string{
		".env.staging":    "CLIENT_ID=prod_client\nCLIENT_SECRET=prod_secret_Qz81Lm9K\n",
		".env.production": "CLIENT_ID=prod_client\nCLIENT_SECRET=prod_secret_Qz81Lm9K\n",
		"s.yaml": `version: 1
name: other env
environments:
  staging: { base_url: "` + srv.URL + `", env_file: .env.staging }
  production: { base_url: "` + srv.URL + `", env_file: .env.production }
credentials:
  machine: { type: oauth2_client_credentials, token_url: "${base_url}/token", client_id: "${CLIENT_ID}", client_secret: "${CLIENT_SECRET}" }
scenarios:
  - { name: reads, auth: machine, request: { method: GET, path: /v1/me } }
`})
	ss, err := suites.Load(dir + "/s.yaml")
	if err != nil {
		t.Fatal(err)
	}
	rep, err := Run(context.Background(), ss, Options{Envs: []string{"staging"}, Getenv: func(string) (string, bool) { return "", false }})
	if err != nil {
		t.Fatal(err)
	}
	r := rep.Results[0]
	if len(r.Diagnosis) == 0 || r.Diagnosis[0].Code != "credential_from_other_environment" {
		t.Fatalf("diagnosis %+v, want credential_from_other_environment first", r.Diagnosis)
	}
	lcNoSecrets(t, rep, "prod_secret_Qz81Lm9K", "at_issued_by_prod_issuer_77")
}
