// Package results is the neutral result model between the runner and the
// reporters: plain values, no behaviour beyond counting. The runner fills a
// Report; console, JUnit, JSON, GitHub and every later reporter read only
// a Report and never go back to the suites or the network. Names written
// in the YAML (suite, scenario, environment, credential) are copied here
// as values, so a reporter needs neither the suites nor the runner.
package results

import (
	"cmp"
	"slices"
	"time"

	"github.com/authspec/authspec/secret"
)

// Report is everything one run produced.
type Report struct {
	StartedAt time.Time
	Duration  time.Duration
	Results   []*Result // in suite, environment, scenario order
	Findings  []Finding // preflight, in file order
	// Credentials are the selected environments' credentials, described
	// by fingerprint and expiry, never by value.
	Credentials []CredentialInfo
	// Interrupted is set when the run's context was cancelled (Ctrl-C):
	// cases cut short are errors of kind Interrupted, cases never started
	// are skipped.
	Interrupted bool
	// Rotation is set by `authspec rotate`: the rotation's verdict, which
	// every reporter shows beside the results. Nil for other runs.
	Rotation *Rotation
	// Redactor holds every secret of the run. Reporters pass every value
	// they write through it; it is the only way a value leaves redacted.
	Redactor *secret.Redactor
}

// Result is one test case: a scenario in one environment, or one of its
// probes or matrix cells.
type Result struct {
	Suite        string // suite name as written
	File         string // suite file, as the suites were loaded (relative paths stay relative)
	Line         int    // YAML line of the scenario (or matrix row); 0 when unknown
	ScenarioKind string // the scenario's kind: happy, failure, missing-data, permission, recovery
	Environment  string
	Scenario     string // the scenario's name as written
	// Name is the test case's name: the scenario's, plus " [probe: X]"
	// or " [row as cred]". It is stable across runs (JUnit, JSON, baseline).
	Name  string
	Probe string // probe kind, or "" when the case is not a probe
	// Credential is the credential under test ("" when none is sent; a
	// matrix cell's column as written, "none" included). A probe's is its
	// scenario's.
	Credential string
	Row        string // matrix cell: the row (request) name; "" otherwise
	Expected   string // matrix cell: the status expected for this credential, as written

	Status   Status
	Kind     Kind   // why it failed or errored; None when passed or skipped
	Message  string // one-line summary for failures, errors and skips
	Duration time.Duration
	// Started is when the case began to run; zero when it never did (or
	// the results were not made by a run). With --parallel, cases overlap:
	// a suite's wall time is from its first case's start to its last
	// case's end, less than the sum of their durations.
	Started  time.Time
	Attempts int // > 1 when retried; only the final attempt is reported
	// ErrorStep is the step (1-based) an errored case stopped at, whose
	// words Message holds; 0 when it stopped before building any (a
	// credential missing, unusable TLS files).
	ErrorStep int

	Steps []Step
	// TokenRequests are the OAuth2 token requests (client credentials
	// grant) the case sent for its steps' credentials, in order: the
	// first case of an environment that needs a token fetches it, later
	// ones reuse it; a refresh after an expired token and the previous
	// probe fetch again. Their exchanges are redacted: the client secret
	// and the tokens returned only as labels. Report.TokenRequests lists
	// them all.
	TokenRequests []Step
	Failures      []Failure
	Diagnosis     []Cause   // most likely first
	Warnings      []Finding // preflight findings about this case's credential or environment
}

// Step is one request that was sent.
type Step struct {
	Method string
	// URL is the URL as sent, shown from the suite's templates: a
	// secret.Text whose literal parts are the template's text and
	// identifiers, each substituted secret as its label. Reporters render
	// it with secret.Render (or RenderFunc), never print it raw.
	URL        string
	Endpoint   string // method + path template, e.g. "GET /v1/accounts/${account_id}"
	StatusCode int    // 0 when no response arrived
	// Replaced: the status codes (0: no response) of earlier attempts that
	// a retry or an OAuth token refresh replaced, or that earlier rotate
	// attempts got for the old value (rotate.Check). They were sent, so the
	// request counts (console table, metrics, HTML) include them.
	Replaced  []int
	Connected bool // a connection (TCP, and TLS for https) was established
	Duration  time.Duration
	Request   Exchange // for --verbose and diagnosis output
	Response  Exchange
	// NoToken: a token request that gave no token (no answer, a refusal,
	// or an answer without a readable access token). The failure it
	// causes lists it; a token request that gave one belongs to whichever
	// case needed the token first.
	NoToken bool
}

// Exchange is the header and body of a request or response as seen on the
// wire (body capped). Reporters redact before printing.
type Exchange struct {
	Header map[string][]string
	Body   []byte
}

// Failure is one failed assertion in one step.
type Failure struct {
	Step     int // 1-based step number
	Path     string
	Expected string
	Actual   string
	Message  string
}

// CredentialInfo describes a credential as one environment resolved it,
// never its value: what the baseline compares (a fingerprint that changed
// is a rotation seen) and what the metrics export (expiry).
type CredentialInfo struct {
	Environment string
	Suite       string // the suite file that defines it
	Name        string // as written in the suite; "tls client certificate" for an environment's cert
	Type        string // a credential type as written, or "client_certificate"
	Source      string // where the secret comes from: a variable, credential.field or the cert file
	Fingerprint string // secret.Fingerprint of the secret value; "" when it is unset
	HasPrevious bool   // a `previous` value is configured (a rotation is under way)
	// Expires is when the credential stops working, zero when unknown: a
	// JWT's exp, a client certificate's notAfter, or the expiry of the
	// OAuth token fetched during the run. ExpirySource says which.
	Expires      time.Time
	ExpirySource string
}

// Expiry sources.
const (
	ExpiryJWT         = "jwt_exp"
	ExpiryCertificate = "certificate_not_after"
	ExpiryOAuthToken  = "oauth_token"
)

// TokenRequest is an OAuth2 token request of the run, with the
// environment it was sent in.
type TokenRequest struct {
	Environment string
	Step
}

// TokenRequests lists every token request of the run in an order that
// does not depend on which test case sent each (under --parallel, whichever
// needed the token first): by environment, in the order of their first
// result, then by endpoint, then by status code. Reports that count or
// list the run's requests read them here, not per result, so two runs of
// the same suites print the same reports.
func (r *Report) TokenRequests() []TokenRequest {
	var out []TokenRequest
	envIndex := map[string]int{}
	for _, res := range r.Results {
		if _, ok := envIndex[res.Environment]; !ok {
			envIndex[res.Environment] = len(envIndex)
		}
		for _, st := range res.TokenRequests {
			out = append(out, TokenRequest{res.Environment, st})
		}
	}
	slices.SortStableFunc(out, func(a, b TokenRequest) int {
		if c := cmp.Compare(envIndex[a.Environment], envIndex[b.Environment]); c != 0 {
			return c
		}
		if c := cmp.Compare(a.Endpoint, b.Endpoint); c != 0 {
			return c
		}
		return cmp.Compare(a.StatusCode, b.StatusCode)
	})
	return out
}

// Answers is every status code the step got, earlier attempts first, the
// final one last (0: no response).
func (s Step) Answers() []int { return Answers(s.Replaced, s.StatusCode) }

// Answers is the replaced status codes followed by the final one. Most
// steps replaced none: their one answer is a literal, which stays in the
// caller's frame when the caller only reads it (the request table counts
// every step of a run).
func Answers(replaced []int, final int) []int {
	if len(replaced) == 0 {
		return []int{final}
	}
	return append(slices.Clip(replaced), final)
}
