package runner_test

import (
	"strings"
	"testing"

	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/runner"
	"github.com/authspec/authspec/secret"
)

// One token under two names: staging's API_HEADER is "Bearer " and the
// token, production's API_TOKEN the token. When production's request ends
// in an error that quotes what the server sent back (the token, as the
// status code of an answer that is not HTTP), the message names the token
// as production sent it, not by the name staging's env file read first.
func TestLabelsErrorMessageNamesTheSourceUsed(t *testing.T) {
	const tok = "tok_Shared_9f3a2b7c41d8"
	addr := rawServer(t, "Bearer "+tok+"\r\n\r\n")
	dir := t.TempDir()
	coreWrite(t, dir, ".env.staging", "API_HEADER=Bearer "+tok+"\n")
	coreWrite(t, dir, ".env.production", "API_TOKEN="+tok+"\n")
	s := coreSuiteIn(t, dir, "suite.yaml", `version: 1
name: labels
environments:
  staging: { base_url: "http://@A@", env_file: .env.staging }
  production: { base_url: "http://@A@", env_file: .env.production }
credentials:
  stage_header: { type: header, headers: { Authorization: "${API_HEADER}" } }
  prod_bearer: { type: bearer, token: "${API_TOKEN}" }
scenarios:
  - { name: staging, only: [staging], auth: stage_header, request: { method: GET, path: /x } }
  - { name: production, only: [production], auth: prod_bearer, request: { method: GET, path: /x } }
`, "A", addr)
	rep := coreRun(t, runner.Options{}, s)
	for env, want := range map[string]string{
		"staging":    secret.Label("API_HEADER", "Bearer "+tok),
		"production": secret.Label("API_TOKEN", tok),
	} {
		r := coreResult(t, rep, env, env)
		if r.Status != results.Errored || r.Kind != results.BadResponse {
			t.Fatalf("%s: got %s %s %q, want an error: not HTTP", env, r.Status, r.Kind, r.Message)
		}
		msg := secret.Render(rep.Redactor, r.Message)
		if !strings.Contains(msg, want) || !strings.Contains(msg, "not HTTP") || strings.Contains(msg, tok) {
			t.Errorf("%s: message %q, want it to name the token %s", env, msg, want)
		}
	}
}
