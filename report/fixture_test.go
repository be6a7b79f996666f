package report

import (
	"encoding/base64"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/authspec/authspec/diagnose"
	"github.com/authspec/authspec/internal/golden"
	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/vocab"
)

// Secrets of the fixture. adminPassword holds XML, JSON and CDATA specials.
const (
	apiToken      = "tok_live_9f8e7d6c5b4a3210"
	readonlyKey   = "rk_test_ABCDEF123456"
	adminPassword = `sk_"<&>]]>x`
	accessToken   = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJtYWNoaW5lIn0.c2lnbmF0dXJl"
	adminToken    = "adm_tok_0123456789abcdef"
)

var fixedStart = time.Date(2026, 11, 22, 10, 0, 0, 0, time.UTC)

func ms(n int) time.Duration { return time.Duration(n) * time.Millisecond }

func hdr(kv ...string) map[string][]string {
	h := map[string][]string{}
	for i := 0; i+1 < len(kv); i += 2 {
		h[kv[i]] = append(h[kv[i]], kv[i+1])
	}
	return h
}

// fixture is a run over two suites and two environments with every kind
// of result, secrets in every place a string can be, and fixed times.
func fixture() *results.Report {
	red := &secret.Redactor{}
	red.Add("API_TOKEN", apiToken)
	red.Add("READONLY_KEY", readonlyKey)
	red.Add("ADMIN_PASSWORD", adminPassword)
	red.AddBasic("admin", "admin", adminPassword)
	red.Add("access", accessToken)
	red.Add("ADMIN_TOKEN", adminToken)

	pay := struct{ File, Name string }{"suites/pay.yaml", "Payments API auth"}
	adm := struct{ File, Name string }{"suites/admin.yaml", "Admin API auth"}
	sc := func(name string, line int, kind string) scenario {
		return scenario{name, line, kind}
	}
	reads := sc("valid token reads the account", 31, vocab.KindHappy)
	del := sc("read-only key cannot delete", 46, vocab.KindPermission)
	refresh := sc("refreshed token still works", 51, vocab.KindRecovery)
	users := sc("admin lists users", 12, vocab.KindHappy)
	legacy := sc("legacy export", 20, vocab.KindHappy)
	matrix := sc("account endpoints", 26, vocab.KindPermission)

	const stg, prod = "https://staging.example.com", "https://api.example.com"
	const ep = "GET /v1/accounts/${account_id}"
	basic := "Basic " + base64.StdEncoding.EncodeToString([]byte("admin:"+adminPassword))
	expiring := results.Finding{File: "suites/admin.yaml", Line: 8, Col: 12, Severity: results.SeverityWarning,
		Code: diagnose.JWTExpiring, Message: "ADMIN_TOKEN expires in 2 days (2026-11-24T10:00:00Z)",
		Env: "production", Credential: "admin_token", Variable: "ADMIN_TOKEN"}

	rs := []*results.Result{
		{Suite: pay.Name, File: pay.File, Scenario: reads.Name, ScenarioKind: reads.Kind, Environment: "staging", Name: reads.Name, Line: 31,
			Status: results.Passed, Duration: ms(12), Attempts: 1,
			Steps: []results.Step{{Method: "GET", URL: stg + "/v1/accounts/acc_123", Endpoint: ep, StatusCode: 200, Duration: ms(11),
				Request: results.Exchange{Header: hdr("Authorization", "Bearer "+apiToken, "Accept", "application/json")},
				Response: results.Exchange{
					Header: hdr("Content-Type", "application/json", "Set-Cookie", "session=s3ss10n_unknown_to_redactor"),
					Body:   []byte(`{"id":"acc_123","plan":"pro","owner_token":"` + apiToken + `","permissions":["read"]}` + "\n" + strings.Repeat("x", 600))}}}},
		{Suite: pay.Name, File: pay.File, Scenario: reads.Name, ScenarioKind: reads.Kind, Environment: "staging", Name: reads.Name + " [probe: no_auth]", Probe: vocab.ProbeNoAuth, Line: 31, Credential: "service_token",
			Status: results.Passed, Duration: ms(8), Attempts: 1,
			Steps: []results.Step{{Method: "GET", URL: stg + "/v1/accounts/acc_123", Endpoint: ep, StatusCode: 401, Duration: ms(7)}}},
		{Suite: pay.Name, File: pay.File, Scenario: reads.Name, ScenarioKind: reads.Kind, Environment: "staging", Name: reads.Name + " [probe: previous]", Probe: vocab.ProbePrevious, Line: 31, Credential: "service_token",
			Status: results.Failed, Kind: results.SecurityFailure, Duration: ms(9), Attempts: 1,
			Message:  "probe previous: the API accepted the rotated-out credential (200)",
			Steps:    []results.Step{{Method: "GET", URL: stg + "/v1/accounts/acc_123?api_key=" + url.QueryEscape(adminPassword), Endpoint: ep, StatusCode: 200, Duration: ms(9)}},
			Failures: []results.Failure{{Step: 1, Path: "status", Expected: "401", Actual: "200", Message: "status: expected 401, got 200"}},
			Diagnosis: []results.Cause{{Code: diagnose.CredentialNotChecked,
				Message:  "The API answered 200 to a request carrying the previous credential: it did not check it (security failure, not a client error).",
				Evidence: []string{"sent: api_key=" + adminPassword, "previous value: " + secret.Label("API_TOKEN_PREVIOUS", "old")}}}},
		{Suite: pay.Name, File: pay.File, Scenario: del.Name, ScenarioKind: del.Kind, Environment: "staging", Name: del.Name, Line: 46,
			Status: results.Failed, Kind: results.AssertionFailure, Duration: ms(1530), Attempts: 3,
			Message: "status: expected 403, got 500",
			Steps: []results.Step{{Method: "DELETE", URL: stg + "/v1/accounts/acc_123", Endpoint: "DELETE /v1/accounts/${account_id}", StatusCode: 500, Duration: ms(510),
				Request:  results.Exchange{Header: hdr("X-API-Key", readonlyKey)},
				Response: results.Exchange{Header: hdr("Content-Type", "text/plain"), Body: []byte("\x1b[31mboom\x1b[0m ]]> key=" + readonlyKey + "\x00")}}},
			Failures: []results.Failure{
				{Step: 1, Path: "status", Expected: "403", Actual: "500", Message: "status: expected 403, got 500"},
				{Step: 1, Path: "body error", Expected: `"forbidden"`,
					Actual: "\"internal\x1b[1m error\x1b[0m\"\nraw body: ]]> key=" + readonlyKey + "\x07\x00 <end>"}}},
		{Suite: pay.Name, File: pay.File, Scenario: refresh.Name, ScenarioKind: refresh.Kind, Environment: "staging", Name: refresh.Name, Line: 51,
			Status: results.Passed, Duration: ms(40), Attempts: 1,
			Steps: []results.Step{
				{Method: "POST", URL: stg + "/oauth2/token", Endpoint: "POST /oauth2/token", StatusCode: 200, Duration: ms(25),
					Request: results.Exchange{Header: hdr("Authorization", basic, "Content-Type", "application/x-www-form-urlencoded"),
						Body: []byte("grant_type=client_credentials")},
					Response: results.Exchange{Header: hdr("Content-Type", "application/json"),
						Body: []byte(`{"access_token":"` + accessToken + `","token_type":"bearer"}`)}},
				{Method: "GET", URL: stg + "/v1/me", Endpoint: "GET /v1/me", StatusCode: 200, Duration: ms(15),
					Request: results.Exchange{Header: hdr("Authorization", "Bearer "+accessToken)}}}},
		{Suite: pay.Name, File: pay.File, Scenario: reads.Name, ScenarioKind: reads.Kind, Environment: "production", Name: reads.Name, Line: 31,
			Status: results.Errored, Kind: results.CredentialMissing,
			Message: "API_TOKEN is not set for environment production; nothing was sent",
			Diagnosis: []results.Cause{{Code: diagnose.CredentialMissing, Message: "The credential service_token needs ${API_TOKEN}, which is empty in production.",
				Evidence: []string{"read suites/.env.production: API_TOKEN is absent", "process environment: API_TOKEN is absent"}}}},
		{Suite: pay.Name, File: pay.File, Scenario: del.Name, ScenarioKind: del.Kind, Environment: "production", Name: del.Name, Line: 46,
			Status: results.Passed, Duration: ms(25), Attempts: 1,
			Steps: []results.Step{{Method: "DELETE", URL: prod + "/v1/accounts/acc_9", Endpoint: "DELETE /v1/accounts/${account_id}", StatusCode: 403, Duration: ms(25)}}},
		{Suite: adm.Name, File: adm.File, Scenario: users.Name, ScenarioKind: users.Kind, Environment: "staging", Name: users.Name, Line: 12,
			Status: results.Errored, Kind: results.Unreachable, Duration: ms(2003), Attempts: 1, ErrorStep: 1,
			Message: "dial tcp 127.0.0.1:9: connect: connection refused",
			Steps:   []results.Step{{Method: "GET", URL: "http://127.0.0.1:9/admin/users?token=" + adminToken, Endpoint: "GET /admin/users", Duration: ms(2003)}}},
		{Suite: adm.Name, File: adm.File, Scenario: legacy.Name, ScenarioKind: legacy.Kind, Environment: "staging", Name: legacy.Name, Line: 20,
			Status: results.Skipped, Message: "replaced by /v2/export"},
		{Suite: adm.Name, File: adm.File, Scenario: matrix.Name, ScenarioKind: matrix.Kind, Environment: "staging", Name: matrix.Name + " [delete account as readonly_key]", Line: 29,
			Credential: "readonly_key", Row: "delete account", Expected: "403",
			Status: results.Passed, Duration: ms(6), Attempts: 1,
			Steps: []results.Step{{Method: "DELETE", URL: stg + "/v1/accounts/1", Endpoint: "DELETE /v1/accounts/1", StatusCode: 403, Duration: ms(6)}}},
		{Suite: adm.Name, File: adm.File, Scenario: users.Name, ScenarioKind: users.Kind, Environment: "production", Name: users.Name, Line: 12,
			Status: results.Failed, Kind: results.AssertionFailure, Duration: ms(95), Attempts: 1,
			Message: "status: expected 200, got 401",
			Steps: []results.Step{{Method: "GET", URL: prod + "/admin/users", Endpoint: "GET /admin/users", StatusCode: 401, Duration: ms(95),
				Request: results.Exchange{Header: hdr("Authorization", "Bearer "+adminToken)},
				Response: results.Exchange{Header: hdr("Www-Authenticate", `Bearer error="invalid_token", error_description="The access token expired"`),
					Body: []byte(`{"error":"invalid_token","echo":"` + adminToken + `"}`)}}},
			Failures: []results.Failure{{Step: 1, Path: "status", Expected: "200", Actual: "401"}},
			Diagnosis: []results.Cause{
				{Code: diagnose.JWTExpired, Message: "The token expired 3 days ago (exp 2026-11-19T10:00:00Z).",
					Evidence: []string{"token " + adminToken + " decoded: exp=1795082400", "request sent at 2026-11-22T10:00:00Z"}},
				{Code: diagnose.ServerInvalidToken, Message: "The server says the token is invalid: The access token expired",
					Evidence: []string{`WWW-Authenticate: Bearer error="invalid_token", error_description="The access token expired"`}}},
			Warnings: []results.Finding{expiring}},
		{Suite: adm.Name, File: adm.File, Scenario: matrix.Name, ScenarioKind: matrix.Kind, Environment: "production", Name: matrix.Name + " [list accounts as none]", Line: 28,
			Credential: "none", Row: "list accounts", Expected: "200",
			Status: results.Failed, Kind: results.Warning, Duration: ms(4), Attempts: 1,
			Message:  "--fail-on-warning: ADMIN_TOKEN expires in 2 days [jwt_expiring]",
			Steps:    []results.Step{{Method: "GET", URL: prod + "/v1/accounts", Endpoint: "GET /v1/accounts", StatusCode: 302, Duration: ms(4)}},
			Warnings: []results.Finding{expiring}},
	}
	// As --parallel 4 runs them: four at a time, each group's cases
	// overlapping, so a suite's wall time is less than its cases' sum.
	for i, res := range rs {
		if res.Status != results.Skipped {
			res.Started = fixedStart.Add(ms(5 * (i % 4)))
		}
	}
	return &results.Report{
		StartedAt: fixedStart,
		Duration:  ms(2500),
		Results:   rs,
		Findings: []results.Finding{
			{File: "suites/pay.yaml", Line: 17, Col: 12, Severity: results.SeverityError, Code: diagnose.CredentialMissing,
				Message: "API_TOKEN is not set for environment production (read suites/.env.production)", Env: "production",
				Credential: "service_token", Variable: "API_TOKEN"},
			{File: "suites/pay.yaml", Line: 22, Col: 10, Severity: results.SeverityWarning, Code: diagnose.QuotesInCredential,
				Message: `READONLY_KEY is wrapped in quotes: "` + readonlyKey + `"`, Env: "staging", Credential: "readonly_key"},
			expiring,
		},
		Credentials: []results.CredentialInfo{
			{Environment: "staging", Suite: "suites/pay.yaml", Name: "service_token", Type: vocab.CredBearer, Source: "API_TOKEN",
				Fingerprint: secret.Fingerprint(apiToken), HasPrevious: true},
			{Environment: "staging", Suite: "suites/admin.yaml", Name: "readonly_key", Type: vocab.CredAPIKey, Source: "READONLY_KEY",
				Fingerprint: secret.Fingerprint(readonlyKey)},
			{Environment: "production", Suite: "suites/admin.yaml", Name: "admin_token", Type: vocab.CredBearer, Source: "ADMIN_TOKEN",
				Fingerprint: secret.Fingerprint(adminToken), Expires: time.Date(2026, 11, 24, 10, 0, 0, 0, time.UTC), ExpirySource: results.ExpiryJWT},
			{Environment: "production", Suite: "suites/admin.yaml", Name: "tls client certificate", Type: "client_certificate",
				Source: "certs/client.pem", Fingerprint: "a1b2c3", Expires: time.Date(2027, 1, 31, 0, 0, 0, 0, time.UTC), ExpirySource: results.ExpiryCertificate},
		},
		Redactor: red,
	}
}

// compareGolden compares got with testdata/name, or rewrites it with -update.
func compareGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	golden.Compare(t, filepath.Join("testdata", name), got)
}

// noSecrets fails if out contains any value the redactor holds.
func noSecrets(t *testing.T, red *secret.Redactor, out string) {
	t.Helper()
	vals := red.Values()
	if len(vals) == 0 {
		t.Fatal("fixture redactor holds no secrets")
	}
	for _, v := range vals {
		if strings.Contains(out, v) {
			t.Errorf("output contains secret %q", v)
		}
	}
}

// scenario is what a fixture result copies from a scenario.
type scenario struct {
	Name string
	Line int
	Kind string
}
