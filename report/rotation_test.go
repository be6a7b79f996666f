package report

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/secret"
)

const rotationSecret = "tok_live_9f8e7d6c5b4a3210"

// rotations are the outcomes a rotation check can have, by name.
func rotations() []struct {
	name string
	rot  results.Rotation
} {
	values := []results.RotatedValue{{File: "suites/pay.yaml", NewSource: "API_TOKEN", NewFingerprint: "31d07c",
		OldSource: "API_TOKEN_PREVIOUS", OldFingerprint: "74515e"}}
	staging := results.ValueCopy{File: "suites/pay.yaml", Environment: "staging", Credential: "service_token",
		Source: "STAGING_API_TOKEN", Fingerprint: "74515e"}
	base := func(r results.Rotation) results.Rotation {
		r.Environment, r.Credential, r.Values = "production", "service_token", values
		r.Every, r.NewCases = 5*time.Second, 2
		return r
	}
	return []struct {
		name string
		rot  results.Rotation
	}{
		{"refused after a grace period", base(results.Rotation{NewPassed: true, Old: results.OldRefused,
			RefusedAfter: 3*time.Minute + 12*time.Second, Elapsed: 3*time.Minute + 12*time.Second, Wait: 10 * time.Minute, Attempts: 39})},
		{"refused at once, a copy in staging", base(results.Rotation{NewPassed: true, Old: results.OldRefused,
			Elapsed: 15 * time.Millisecond, Attempts: 1, Copies: []results.ValueCopy{staging}})},
		{"still accepted at the deadline", base(results.Rotation{NewPassed: true, Old: results.OldAccepted,
			Elapsed: 10 * time.Minute, Wait: 10 * time.Minute, Attempts: 121})},
		{"still accepted, no wait", base(results.Rotation{NewPassed: true, Old: results.OldAccepted, Attempts: 1})},
		{"new value refused, old accepted", base(results.Rotation{NewFailed: 2, Old: results.OldAccepted,
			Wait: time.Hour, Attempts: 1})},
		{"new value is the old value", base(results.Rotation{NewPassed: true, Old: results.OldAccepted, Attempts: 1,
			Copies: []results.ValueCopy{{File: "suites/pay.yaml", Environment: "production", Credential: "service_token",
				Source: "API_TOKEN", Fingerprint: "74515e", Current: true}, staging}})},
		{"unconfirmed", base(results.Rotation{NewPassed: true, Old: results.OldUnconfirmed, Wait: time.Minute,
			Elapsed: time.Minute, Attempts: 13, OldDetail: "service token reads [probe: previous]: got 500 for token " + rotationSecret,
			Unprobed: []string{`"login then read" needs ${session}, captured by an earlier step`}})},
		{"interrupted", base(results.Rotation{NewPassed: true, Old: results.OldAccepted, Interrupted: true,
			Elapsed: 65 * time.Second, Wait: 10 * time.Minute, Attempts: 14})},
		{"interrupted before the old value", base(results.Rotation{Old: results.OldNotChecked, Interrupted: true, NewFailed: 1})},
	}
}

func TestRotationConsoleGolden(t *testing.T) {
	red := &secret.Redactor{}
	red.Add("API_TOKEN", rotationSecret)
	var all bytes.Buffer
	for _, c := range rotations() {
		var b bytes.Buffer
		if err := RotationConsole(&b, &c.rot, red, false); err != nil {
			t.Fatal(err)
		}
		out := b.String()
		noSecrets(t, red, out)
		for _, want := range []string{"Rotation of service_token in production", "[API_TOKEN_PREVIOUS sha256:74515e]"} {
			if !strings.Contains(out, want) {
				t.Errorf("%s: output lacks %q", c.name, want)
			}
		}
		verdict := "Rotation NOT verified"
		if c.rot.Passed() {
			verdict = "Rotation verified"
		}
		if !strings.Contains(out, "\n"+verdict) {
			t.Errorf("%s: output lacks the verdict %q", c.name, verdict)
		}
		all.WriteString("== " + c.name + "\n" + out + "\n")
	}
	golden(t, "rotation.golden", all.Bytes())
}

// TestRotationNamesIntact: a secret whose value is also a name (an
// environment called "production", a password "production") never
// rewrites authspec's sentences or the names in them.
func TestRotationNamesIntact(t *testing.T) {
	red := &secret.Redactor{}
	red.Add("PASSWORD", "production")
	red.Add("OTHER", "service_token")
	for _, c := range rotations() {
		var b bytes.Buffer
		if err := RotationConsole(&b, &c.rot, red, true); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(b.String(), "Rotation of service_token in production") {
			t.Errorf("%s: names rewritten:\n%s", c.name, b.String())
		}
	}
}
