package report

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/secret/secrettest"
)

// A failure lists the token requests that gave its case no token: a
// refusal (401), and a 200 whose answer held no readable access token
// ({"jwt":…}), which only --verbose showed. A token request that gave a
// token (the second case's) belongs to whichever case needed it first
// and is not listed in that case's failure.
func TestDetailsListTokenRequestsThatGaveNoToken(t *testing.T) {
	const (
		clientSecret = "cs_details_0123456789abcdef"
		jwt          = "eyJhbGciOiJub25lIn0.eyJzdWIiOiJkZXRhaWxzIn0.c2lnMTIzNDU2"
		access       = "at_details_9876543210fedcba"
	)
	red := &secret.Redactor{}
	red.Add("CLIENT_SECRET", clientSecret)
	red.Add("machine.jwt", jwt)
	red.Add("machine.access_token", access)
	const stg = "https://staging.example.com"
	token := func(status int, noToken bool, body string) results.Step {
		return results.Step{Method: "POST", URL: stg + "/oauth2/token", Endpoint: "POST /oauth2/token", StatusCode: status, NoToken: noToken,
			Duration: ms(20), Connected: true, Response: results.Exchange{Body: []byte(body)}}
	}
	r := &results.Report{Redactor: red, StartedAt: fixedStart, Duration: ms(90), Results: []*results.Result{
		{Suite: "Machine API", File: "suites/machine.yaml", Scenario: "machine reads", Name: "machine reads", Environment: "staging", Line: 14,
			Status: results.Errored, Kind: results.TokenEndpoint, Duration: ms(30),
			Message:       "token endpoint " + stg + "/oauth2/token answered 200 without an access_token",
			TokenRequests: []results.Step{token(200, true, `{"jwt":"`+jwt+`"}`)}},
		{Suite: "Machine API", File: "suites/machine.yaml", Scenario: "machine rotates", Name: "machine rotates", Environment: "staging", Line: 20,
			Status: results.Errored, Kind: results.TokenEndpoint, Duration: ms(25),
			Message:       "token endpoint " + stg + "/oauth2/token answered 401: invalid_client (client secret " + clientSecret + " is revoked)",
			TokenRequests: []results.Step{token(401, true, `{"error":"invalid_client"}`)}},
		{Suite: "Machine API", File: "suites/machine.yaml", Scenario: "machine lists admins", Name: "machine lists admins", Environment: "production", Line: 26,
			Status: results.Failed, Kind: results.AssertionFailure, Duration: ms(35), Message: "status: expected 200, got 403",
			Failures:      []results.Failure{{Step: 1, Path: "status", Expected: "200", Actual: "403", Message: "status: expected 200, got 403"}},
			TokenRequests: []results.Step{token(200, false, `{"access_token":"`+access+`"}`)},
			Steps:         []results.Step{{Method: "GET", URL: "https://api.example.com/v1/admins", Endpoint: "GET /v1/admins", StatusCode: 403, Duration: ms(15)}}},
	}}
	var console, junit bytes.Buffer
	if err := Console(&console, r, ConsoleOptions{}); err != nil {
		t.Fatal(err)
	}
	if err := JUnit(&junit, r); err != nil {
		t.Fatal(err)
	}
	compareGolden(t, "token_details.golden", console.Bytes())
	for name, out := range map[string]string{"console": console.String(), "JUnit": junit.String()} {
		for _, want := range []string{
			`requests:\n +token request: POST https://staging\.example\.com/oauth2/token -> 200  \(20ms\)`,
			`requests:\n +token request: POST https://staging\.example\.com/oauth2/token -> 401  \(20ms\)`,
			`requests:\n +1\. GET https://api\.example\.com/v1/admins -> 403  \(15ms\)`,
			"machine reads", "machine lists admins", "answered 200 without an access_token", `\[CLIENT_SECRET sha256:`,
		} {
			if !regexp.MustCompile(want).MatchString(out) {
				t.Errorf("%s lacks %s\n%s", name, want, out)
			}
		}
		if n := strings.Count(out, "token request: "); n != 2 {
			t.Errorf("%s lists %d token requests, want 2 (not the one that gave a token)\n%s", name, n, out)
		}
		for _, v := range []string{clientSecret, jwt, access} {
			for _, e := range append(secrettest.Echoes, secrettest.Containing...) {
				if f := e.Render(v); strings.Contains(out, f) {
					t.Errorf("%s holds a secret (%s): %q", name, e.Name, f)
				}
			}
		}
	}
}
