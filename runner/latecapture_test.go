package runner_test

import (
	"net/http"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/authspec/authspec/diagnose"
	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/runner"
	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/secret/secrettest"
	"github.com/authspec/authspec/suites"
)

// A step that uses a value only a later step captures is missing the
// value when it is sent: lint says so at the use, naming the step that
// captures it and where, and the run sends nothing for the case, which is
// a credential_missing error with that diagnosis. A variable the
// environment defines too is no error (a step reads it until a capture
// replaces it). The token sent by the other step stays hidden.
func TestValueCapturedOnlyByALaterStep(t *testing.T) {
	var hits atomic.Int32
	srv := coreServer(t, func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		_, _ = w.Write([]byte(`{"id":"it_1"}`))
	})
	dir := t.TempDir()
	coreWrite(t, dir, ".env", "API_TOKEN=tok_Late_Capture_9xQ2\n")
	s := coreSuiteIn(t, dir, "suite.yaml", `version: 1
name: late
environments:
  staging: { base_url: @A@, env_file: .env, vars: { defined_id: it_0 } }
credentials:
  t: { type: bearer, token: "${API_TOKEN}" }
scenarios:
  - name: uses a value captured later
    auth: t
    steps:
      - request: { method: GET, path: "/v1/items/${item_id}" }
      - request: { method: GET, path: /v1/items }
        capture: { item_id: id }
  - name: reads a defined value before capturing it
    auth: t
    steps:
      - request: { method: GET, path: "/v1/items/${defined_id}" }
      - request: { method: GET, path: /v1/items }
        capture: { defined_id: id }
`, "A", srv.URL)
	red := &secret.Redactor{}
	opt := runner.Options{Getenv: coreNoEnv, Redactor: red}
	fs, err := runner.Preflight([]*suites.Suite{s}, opt)
	if err != nil {
		t.Fatal(err)
	}
	const why = "item_id is not set or empty in environment \"staging\" (looked in " // then the env file
	const late = "; step 2 captures item_id (at " + "%s:13:29), after step 1 uses it: a step sees only what the steps before it captured"
	var errs []string
	for _, f := range fs {
		if f.Severity == diagnose.SeverityError {
			errs = append(errs, secret.Render(red, f.Message))
			if f.Code != diagnose.CredentialMissing || f.Variable != "item_id" || f.Line != 11 {
				t.Errorf("finding %+v: want credential_missing for item_id at line 11", f)
			}
		}
	}
	wantLate := strings.Replace(late, "%s", s.File, 1)
	if len(errs) != 1 || !strings.HasPrefix(errs[0], why) || !strings.HasSuffix(errs[0], wantLate) {
		t.Fatalf("preflight errors %q\nwant one: %q…%q", errs, why, wantLate)
	}
	rep := coreRun(t, opt, s)
	r := coreResult(t, rep, "staging", "uses a value captured later")
	coreWantStatus(t, r, results.Errored)
	msg := secret.Render(red, r.Message)
	if r.Kind != results.CredentialMissing || len(r.Steps) != 0 || !strings.Contains(msg, wantLate) ||
		len(r.Diagnosis) == 0 || r.Diagnosis[0].Code != diagnose.CredentialMissing || !strings.Contains(secret.Render(red, r.Diagnosis[0].Message), wantLate) {
		t.Errorf("result %s/%s %q, %d steps, diagnosis %+v: want credential_missing naming the later capture, nothing sent", r.Status, r.Kind, msg, len(r.Steps), r.Diagnosis)
	}
	// The evidence names the step that uses it and the one that captures
	// it; the env file says nothing about a capture and is not listed.
	wantEvidence := []string{"variable item_id: step 1 uses it (at " + s.File + ":11:33), before step 2 captures it from id (at " + s.File + ":13:29)"}
	if len(r.Diagnosis) > 0 && !slices.Equal(rendered(red, r.Diagnosis[0].Evidence), wantEvidence) {
		t.Errorf("evidence %q\nwant %q", rendered(red, r.Diagnosis[0].Evidence), wantEvidence)
	}
	coreWantStatus(t, coreResult(t, rep, "staging", "reads a defined value before capturing it"), results.Passed)
	if got := hits.Load(); got != 2 {
		t.Errorf("the server got %d requests, want 2 (the defined value's case only)", got)
	}
	out := []string{msg}
	for _, c := range r.Diagnosis {
		out = append(out, secret.Render(red, c.Message))
		out = append(out, rendered(red, c.Evidence)...)
	}
	secrettest.NoForms(t, strings.Join(out, "\n"), "tok_Late_Capture_9xQ2")
}

// rendered is each line as an output shows it, its secrets labelled.
func rendered(red *secret.Redactor, lines []string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = secret.Render(red, l)
	}
	return out
}

// A step that uses a value it captures itself, and a variable the
// environment lacks: the evidence says the step captures it too late, and
// lists the env files looked in for the other variable only.
func TestLateCaptureEvidenceBesideAMissingVariable(t *testing.T) {
	srv := coreServer(t, func(w http.ResponseWriter, r *http.Request) { t.Error("a request was sent") })
	dir := t.TempDir()
	coreWrite(t, dir, ".env", "API_TOKEN=tok_Own_Capture_3kW7\n")
	s := coreSuiteIn(t, dir, "suite.yaml", `version: 1
name: own
environments:
  staging: { base_url: @A@, env_file: .env }
credentials:
  t: { type: bearer, token: "${API_TOKEN}" }
scenarios:
  - name: uses its own capture
    auth: t
    steps:
      - request: { method: GET, path: "/v1/items/${item_id}", headers: { X-Team: "${TEAM_ID}" } }
        capture: { item_id: id }
`, "A", srv.URL)
	red := &secret.Redactor{}
	rep := coreRun(t, runner.Options{Getenv: coreNoEnv, Redactor: red}, s)
	r := coreResult(t, rep, "staging", "uses its own capture")
	coreWantStatus(t, r, results.Errored)
	if len(r.Diagnosis) != 1 || r.Diagnosis[0].Code != diagnose.CredentialMissing {
		t.Fatalf("diagnosis %+v, want credential_missing", r.Diagnosis)
	}
	want := []string{
		"variable item_id: step 1 uses it (at " + s.File + ":11:33) and captures it itself, from id (at " + s.File + ":12:29): its own captures are stored once it is judged",
		"variable TEAM_ID: not set or empty",
		"env file read: " + filepath.Join(dir, ".env"),
	}
	got := rendered(red, r.Diagnosis[0].Evidence)
	if !slices.Equal(got, want) {
		t.Errorf("evidence %q\nwant %q", got, want)
	}
	msg := secret.Render(red, r.Message)
	if !strings.Contains(msg, "step 1 captures item_id (at "+s.File+":12:29), as step 1 uses it") {
		t.Errorf("message %q: want the late capture said", msg)
	}
	secrettest.NoForms(t, strings.Join(append([]string{msg, secret.Render(red, r.Diagnosis[0].Message)}, got...), "\n"), "tok_Own_Capture_3kW7")
}

// A capture that a response held empty leaves a later step without its
// value, found only when that step is built: the case is a
// credential_missing error whose message and diagnosis name the step that
// captured it and where, and the JSON report's failures carry the reason
// with the step (runner side: ErrorStep).
func TestEmptyCaptureDiagnosedAtStepTime(t *testing.T) {
	srv := coreServer(t, func(w http.ResponseWriter, r *http.Request) {
		_, _ = w.Write([]byte(`{"id":"","token":"tok_Empty_Capture_4rT8"}`))
	})
	s := coreSuite(t, `version: 1
name: empty
environments:
  staging: { base_url: @A@ }
scenarios:
  - name: captured value empty
    steps:
      - request: { method: GET, path: /v1/items }
        capture: { item_id: id, tok: token }
      - request: { method: GET, path: "/v1/items/${item_id}", headers: { Authorization: "Bearer ${tok}" } }
`, "A", srv.URL)
	red := &secret.Redactor{}
	rep := coreRun(t, runner.Options{Redactor: red}, s)
	r := coreResult(t, rep, "staging", "captured value empty")
	coreWantStatus(t, r, results.Errored)
	want := "item_id is empty: step 1 captured it from id (at " + s.File + ":9:29), which the response held empty"
	msg := secret.Render(red, r.Message)
	if r.Kind != results.CredentialMissing || r.ErrorStep != 2 || msg != "step 2: "+want+"; the step was not sent" {
		t.Errorf("result %s/%s, error step %d, %q\nwant step 2: %q", r.Status, r.Kind, r.ErrorStep, msg, want)
	}
	if len(r.Diagnosis) != 1 || r.Diagnosis[0].Code != diagnose.CredentialMissing || secret.Render(red, r.Diagnosis[0].Message) != want {
		t.Fatalf("diagnosis %+v\nwant credential_missing %q", r.Diagnosis, want)
	}
	// The evidence says where step 2 uses it; no env file concerns it.
	wantEvidence := []string{"variable item_id: step 1 captured it empty from id (at " + s.File + ":9:29); step 2 uses it (at " + s.File + ":10:33)"}
	if got := rendered(red, r.Diagnosis[0].Evidence); !slices.Equal(got, wantEvidence) {
		t.Errorf("evidence %q\nwant %q", got, wantEvidence)
	}
	secrettest.NoForms(t, strings.Join(append([]string{msg}, rendered(red, r.Diagnosis[0].Evidence)...), "\n"), "tok_Empty_Capture_4rT8")
}

// A credential is resolved in the environment, never from a capture (a
// captured token is sent with auth: none and a header written): a
// credential whose ${tok} no environment defines cannot be sent, whatever
// a step before captures under that name. lint says so at the credential;
// the run sends nothing for the case (it sent step 2 with "Bearer" and
// nothing after it, and the case passed) and says the same.
func TestCredentialNotFedByACapture(t *testing.T) {
	var sent coreCounter // the handler runs on the server's goroutines
	srv := coreServer(t, func(w http.ResponseWriter, r *http.Request) {
		sent.hit(r.Method + " " + r.URL.Path)
		_, _ = w.Write([]byte(`{"token":"tok_Login_Capture_9fK2pQ7"}`))
	})
	s := coreSuite(t, `version: 1
name: login
credentials: { login: { type: bearer, token: "${tok}" } }
environments:
  staging: { base_url: @A@ }
scenarios:
  - name: captured token in a credential
    steps:
      - request: { method: POST, path: /v1/login }
        capture: { tok: token }
      - request: { method: GET, path: /v1/items }
        auth: login
`, "A", srv.URL)
	red := &secret.Redactor{}
	rep := coreRun(t, runner.Options{Getenv: coreNoEnv, Redactor: red}, s)
	r := coreResult(t, rep, "staging", "captured token in a credential")
	coreWantStatus(t, r, results.Errored)
	msg := secret.Render(red, r.Message)
	if r.Kind != results.CredentialMissing || !strings.Contains(msg, `tok is not set or empty in environment "staging"`) {
		t.Errorf("result %s/%s %q, want credential_missing for tok", r.Status, r.Kind, msg)
	}
	if sent.total() != 0 {
		t.Errorf("sent %s, want nothing sent for the case", &sent)
	}
	if len(r.Diagnosis) != 1 || r.Diagnosis[0].Code != diagnose.CredentialMissing {
		t.Fatalf("diagnosis %+v, want credential_missing", r.Diagnosis)
	}
	secrettest.NoForms(t, msg+strings.Join(rendered(red, r.Diagnosis[0].Evidence), "\n"), "tok_Login_Capture_9fK2pQ7")
}
