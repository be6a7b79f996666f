package runner

import (
	"net/http"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/secret"
)

// Matrix cells carry their row, credential and expected status as data,
// so reports can draw the grid without parsing names.
func TestMatrixCellsAsData(t *testing.T) {
	srv, _ := lcServer(t, lcMatrixAPI(true))
	ss := lcLoad(t, lcMatrixSuite, map[string]string{".env": lcMatrixEnv}, "{{S}}", srv.URL, "{{DEL}}", "[204, 403, 401]")
	rep := lcRun(t, ss, Options{Parallel: 3})
	var got []string
	for _, r := range rep.Results {
		got = append(got, r.Row+"|"+r.Credential+"|"+r.Expected+"|"+strconv.Itoa(r.Steps[0].StatusCode))
	}
	want := []string{"list accounts|admin|200|200", "list accounts|readonly_key|200|200", "list accounts|none|401|401",
		"delete account|admin|204|204", "delete account|readonly_key|403|204", "delete account|none|401|401"}
	if !slices.Equal(got, want) {
		t.Errorf("cells:\n got %q\nwant %q", got, want)
	}
}

// OnResult sees every result in report order, each only once every earlier
// case is done, even when later cases finish first.
func TestOnResultStreamsInOrder(t *testing.T) {
	srv, _ := lcServer(t, func(w http.ResponseWriter, r *http.Request) {
		n, _ := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/s/"))
		time.Sleep(time.Duration(10-n) * 3 * time.Millisecond) // early cases are the slowest
	})
	var b strings.Builder
	b.WriteString("version: 1\nname: order\nenvironments:\n  staging: { base_url: \"{{S}}\" }\nscenarios:\n")
	for i := range 10 {
		b.WriteString("  - { name: s" + strconv.Itoa(i) + ", request: { method: GET, path: /s/" + strconv.Itoa(i) + " }, expect: { status: 200 } }\n")
	}
	ss := lcLoad(t, b.String(), nil, "{{S}}", srv.URL)
	var seen []string
	finished := map[string]bool{}
	rep := lcRun(t, ss, Options{Parallel: 10,
		Progress: func(done, total, failed int) {},
		OnResult: func(r *results.Result) {
			seen = append(seen, r.Name)
			finished[r.Name] = r.Status != results.Unknown
		}})
	var want []string
	for _, r := range rep.Results {
		want = append(want, r.Name)
		if !finished[r.Name] {
			t.Errorf("%s streamed before it finished", r.Name)
		}
	}
	if !slices.Equal(seen, want) || len(want) != 10 {
		t.Errorf("streamed %q, want %q", seen, want)
	}
}

// Credentials are described by fingerprint, rotation state and expiry,
// never by value.
func TestCredentialInfos(t *testing.T) {
	exp := time.Date(2030, 1, 2, 3, 4, 5, 0, time.UTC)
	jwt := lcJWT(`{"alg":"HS256"}`, `{"sub":"svc","exp":`+strconv.FormatInt(exp.Unix(), 10)+`}`) + ".c2lnbmF0dXJl"
	suite := `version: 1
name: creds
environments:
  staging: { base_url: "http://127.0.0.1:1", env_file: .env }
credentials:
  api: { type: bearer, token: "${API_TOKEN}", previous: "${OLD_TOKEN}" }
  ro: { type: api_key, header: X-API-Key, key: "${RO_KEY}" }
  gone: { type: api_key, header: X-API-Key, key: "${UNSET_KEY}" }
  waiting: { type: bearer, token: "${WAIT_TOKEN}", previous: "${NOT_ROTATED_YET}" }
scenarios:
  - { name: s, auth: api, request: { method: GET, path: / }, expect: { status: 200 }, skip: "not sent" }
`
	ss := lcLoad(t, suite, map[string]string{".env": "API_TOKEN=" + jwt + "\nOLD_TOKEN=old_tok_123456789\nRO_KEY=ro_key_abcdefgh\nWAIT_TOKEN=wait_tok_12345678\n"})
	rep := lcRun(t, ss, Options{})
	got := map[string]results.CredentialInfo{}
	for _, c := range rep.Credentials {
		got[c.Name] = c
		if strings.Contains(c.Fingerprint+c.Source+c.Name, "ro_key_abcdefgh") {
			t.Errorf("%s shows its value", c.Name)
		}
	}
	api, ro, gone := got["api"], got["ro"], got["gone"]
	if api.Fingerprint != secret.Fingerprint(jwt) || !api.HasPrevious || api.Source != "API_TOKEN" || api.Environment != "staging" {
		t.Errorf("api = %+v", api)
	}
	if !api.Expires.Equal(exp) || api.ExpirySource != results.ExpiryJWT {
		t.Errorf("api expiry = %v %q, want %v", api.Expires, api.ExpirySource, exp)
	}
	if ro.Fingerprint != secret.Fingerprint("ro_key_abcdefgh") || ro.HasPrevious || !ro.Expires.IsZero() {
		t.Errorf("ro = %+v", ro)
	}
	if gone.Fingerprint != "" || gone.Source != "UNSET_KEY" {
		t.Errorf("an unset credential has no fingerprint: %+v", gone)
	}
	// A previous: whose variable is empty here (no rotation yet, as
	// rotation.md advises) is no rotation under way: the baseline would
	// say "not rotated yet" on every run.
	if w := got["waiting"]; w.HasPrevious || w.Fingerprint != secret.Fingerprint("wait_tok_12345678") {
		t.Errorf("waiting = %+v, want no previous", w)
	}
}

// The OAuth token fetched during the run gives its credential an expiry.
func TestCredentialInfoOAuthExpiry(t *testing.T) {
	o := &lcOAuth{clock: &lcClock{t: time.Now()}, expiresIn: 3600}
	srv, _ := lcServer(t, o.ServeHTTP)
	ss := lcLoad(t, lcOAuthSuite, lcOAuthEnv, "{{S}}", srv.URL, "{{SCENARIOS}}", lcScenarios(2, "machine"))
	start := o.clock.Now()
	rep := lcRun(t, ss, Options{Parallel: 2, Now: o.clock.Now})
	seen := 0
	for _, c := range rep.Credentials {
		if c.Name != "machine" {
			continue
		}
		seen++
		if c.ExpirySource != results.ExpiryOAuthToken || c.Expires.Before(start.Add(3590*time.Second)) || c.Expires.After(start.Add(3610*time.Second)) {
			t.Errorf("%s: expiry %v (%s), want about an hour after %v", c.Environment, c.Expires, c.ExpirySource, start)
		}
		if c.Fingerprint == "" || c.Source != "CLIENT_SECRET" {
			t.Errorf("%s: fingerprint %q source %q", c.Environment, c.Fingerprint, c.Source)
		}
	}
	if seen != 2 {
		t.Errorf("machine described in %d environments, want 2", seen)
	}
}
