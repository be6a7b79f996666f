package runner

import (
	"context"
	"encoding/base64"
	"errors"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/authspec/authspec/report"
	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/secret/secrettest"
	"github.com/authspec/authspec/suites"
)

// A token_url with userinfo, with auth_style: body: the client sends the
// userinfo as HTTP Basic, which an endpoint may read as the client. The
// token request as recorded (the dump) and the diagnosis show the header
// that went out, as the userinfo's label; they showed a request without
// it while the endpoint answered invalid_client to it.
//
// A password written escaped in the URL (%40 for @) is sent decoded: the
// Basic of the pair as sent is named as the token_url's userinfo too.
func TestLCOAuthTokenURLUserinfoShownAsSent(t *testing.T) {
	for name, c := range map[string]struct{ written, pass string }{
		"plain":   {"gw-Pa55word-x9", "gw-Pa55word-x9"},
		"escaped": {"gw%40Pa55%2Fword-x9", "gw@Pa55/word-x9"},
	} {
		t.Run(name, func(t *testing.T) { lcTokenURLUserinfo(t, c.written, c.pass) })
	}
}

func lcTokenURLUserinfo(t *testing.T, written, pass string) {
	const user = "tok-gateway"
	basic := "Basic " + base64.StdEncoding.EncodeToString([]byte(user+":"+pass))
	srv, seen := lcServer(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/oauth2/token" {
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusUnauthorized)
		_, _ = w.Write([]byte(`{"error":"invalid_client","error_description":"Client authentication failed"}`))
	})
	suite := strings.Replace(lcOAuthSuite, "token_url: ${base_url}/oauth2/token\n    client_id: ${CLIENT_ID}_body",
		"token_url: http://${GW_USER}:${GW_PASS}@"+strings.TrimPrefix(srv.URL, "http://")+"/oauth2/token\n    client_id: ${CLIENT_ID}_body", 1)
	env := map[string]string{".env.staging": lcOAuthEnv[".env.staging"] + "GW_USER=" + user + "\nGW_PASS=" + written + "\n"}
	rep := lcRun(t, lcLoad(t, suite, env, "{{S}}", srv.URL, "{{SCENARIOS}}", lcScenarios(1, "machine_body")),
		Options{Envs: []string{"staging"}, Redactor: &secret.Redactor{}, Now: time.Now, KeepExchanges: true})
	if reqs := seen.all(); len(reqs) != 1 || reqs[0].Header.Get("Authorization") != basic {
		t.Fatalf("token endpoint got %d requests, want 1 with the userinfo's Basic", len(reqs))
	}
	if len(rep.Results) != 1 || len(rep.Results[0].TokenRequests) != 1 {
		t.Fatalf("results: %+v", rep.Results)
	}
	var c, j strings.Builder
	if err := report.Console(&c, rep, report.ConsoleOptions{Verbose: true}); err != nil {
		t.Fatal(err)
	}
	if err := report.JSON(&j, rep); err != nil {
		t.Fatal(err)
	}
	for name, out := range map[string]string{"console": c.String(), "JSON": j.String()} {
		secrettest.NoForms(t, out, user+":"+pass, pass, written, lcStgSecret)
		for _, want := range []string{
			"> Authorization: Basic [machine_body.token_url userinfo sha256:", // the dump
			"the token request sent Authorization: Basic [machine_body.token_url userinfo sha256:",
			"made of token_url's user information",
			"invalid_client",
		} {
			if name == "JSON" && strings.HasPrefix(want, "> ") {
				continue // the JSON report keeps no token request's headers
			}
			if !strings.Contains(out, want) {
				t.Errorf("%s output lacks %q:\n%s", name, want, out)
			}
		}
	}
}

// A token_url whose variable brings user information, with auth_style:
// basic (the default; loading refuses it written in token_url itself):
// the client would send the userinfo as HTTP Basic and auth_style: basic
// would replace it with client_id and client_secret, silently. In an
// environment the run sends to, and in one an other_env probe takes the
// credential from though the run does not select it, it is a structural
// error before anything is sent (the token endpoint counts no request),
// at the token_url's file:line:col, naming the variable and the
// environment; lint says the same (it makes the same plan). An other_env
// probe --filter leaves out reaches no other environment: production's
// own scenario runs, and so does it when the credential is shared: true
// (the probe is skipped: it takes no other environment's value). The
// sentence is authspec's own: a password that is one of its words ("instead")
// rewrites none of them.
func TestLCOAuthTokenURLUserinfoWithBasicStyle(t *testing.T) {
	for name, pass := range map[string]string{"long password": "gw-Pa55word-x9", "a word of the message": "instead"} {
		t.Run(name, func(t *testing.T) {
			t.Run("selected", func(t *testing.T) { lcTokenURLUserinfoSelected(t, pass) })
			t.Run("other_env probe", func(t *testing.T) { lcTokenURLUserinfoOtherEnv(t, pass) })
			t.Run("both environments", func(t *testing.T) { lcTokenURLUserinfoRefused(t, pass, lcOtherEnvProbe, "staging", "production") })
			t.Run("other_env probe filtered out", func(t *testing.T) { lcTokenURLUserinfoProbeFiltered(t, pass) })
			t.Run("other_env probe of a shared credential", func(t *testing.T) { lcTokenURLUserinfoShared(t, pass) })
		})
	}
}

const lcUserinfoWords = "has user information, which is sent as HTTP Basic, and auth_style: basic sends client_id and client_secret as HTTP Basic instead: remove the user information from token_url, or set auth_style: body to send the id and secret in the form"

// lcUserinfoSuite loads the OAuth suite with token_url: ${TOKEN_URL},
// staging's holding user information tok-gateway:pass, production's none,
// and scenarios; it returns the suites, the server's record and the
// secrets no output may show.
func lcUserinfoSuite(t *testing.T, pass, scenarios string, shared bool) ([]*suites.Suite, *lcSeen, []string) {
	const user = "tok-gateway"
	srv, seen := lcServer(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"access_token":"at_Fetched_8Qw2x","token_type":"Bearer"}`))
	})
	tokenURL := "token_url: ${TOKEN_URL}\n"
	if shared {
		tokenURL += "    shared: true\n"
	}
	suite := strings.Replace(lcOAuthSuite, "token_url: ${base_url}/oauth2/token\n    client_id: ${CLIENT_ID}\n",
		tokenURL+"    client_id: ${CLIENT_ID}\n", 1)
	host := strings.TrimPrefix(srv.URL, "http://")
	env := map[string]string{
		".env.staging":    lcOAuthEnv[".env.staging"] + "TOKEN_URL=http://" + user + ":" + pass + "@" + host + "/oauth2/token\n",
		".env.production": lcOAuthEnv[".env.production"] + "TOKEN_URL=http://" + host + "/oauth2/token\n",
	}
	secrets := []string{user + ":" + pass, lcStgSecret}
	if !strings.Contains(lcUserinfoWords, pass) {
		secrets = append(secrets, pass) // a word of the message is in it, as authspec's word
	}
	return lcLoad(t, suite, env, "{{S}}", srv.URL, "{{SCENARIOS}}", scenarios), seen, secrets
}

func lcTokenURLUserinfoSelected(t *testing.T, pass string) {
	lcTokenURLUserinfoRefused(t, pass, lcScenarios(1, "machine"), "staging")
}

// lcTokenURLUserinfoOtherEnv: production is selected, and its scenario's
// other_env probe would fetch staging's token: refused as if staging
// were selected, before production's own requests too.
func lcTokenURLUserinfoOtherEnv(t *testing.T, pass string) {
	lcTokenURLUserinfoRefused(t, pass, lcOtherEnvProbe, "production")
}

// lcTokenURLUserinfoProbeFiltered: production is selected and --filter
// keeps its scenario but not the other_env probe that would carry
// staging's credential: staging's token_url is no error, production's
// scenario passes, staging's token endpoint is never asked.
func lcTokenURLUserinfoProbeFiltered(t *testing.T, pass string) {
	rep := lcTokenURLUserinfoNotReached(t, pass, false, regexp.MustCompile(`^s00$`))
	if len(rep.Results) != 1 {
		t.Errorf("%d results, want production's s00 alone", len(rep.Results))
	}
}

// lcTokenURLUserinfoShared: production is selected and its scenario's
// other_env probe is of a credential shared: true, which takes no other
// environment's value: the probe is skipped, and staging's token_url is
// neither an error nor asked.
func lcTokenURLUserinfoShared(t *testing.T, pass string) {
	rep := lcTokenURLUserinfoNotReached(t, pass, true, nil)
	r := lcResult(t, rep, "s00 [probe: other_env]", "production")
	lcWant(t, r, results.Skipped, results.None)
	if want := `credential "machine" is shared: true`; !strings.Contains(secret.Plain(r.Message), want) {
		t.Errorf("skip reason %q, want it to hold %q", secret.Plain(r.Message), want)
	}
}

// lcTokenURLUserinfoNotReached runs and lints production alone with
// lcOtherEnvProbe, whose probe reaches no other environment: no error,
// production's s00 passes, staging's token endpoint is never asked.
func lcTokenURLUserinfoNotReached(t *testing.T, pass string, shared bool, filter *regexp.Regexp) *results.Report {
	t.Helper()
	ss, seen, secrets := lcUserinfoSuite(t, pass, lcOtherEnvProbe, shared)
	opt := Options{Envs: []string{"production"}, Filter: filter, Redactor: &secret.Redactor{}, Now: time.Now,
		Getenv: func(string) (string, bool) { return "", false }}
	if _, err := Preflight(ss, opt); err != nil {
		t.Errorf("Preflight = %v, want no error", secret.Render(opt.Redactor, err.Error()))
	}
	rep, err := Run(context.Background(), ss, opt)
	if err != nil {
		t.Fatalf("Run = %v, want no error", secret.Render(opt.Redactor, err.Error()))
	}
	lcWant(t, lcResult(t, rep, "s00", "production"), results.Passed, results.None)
	for _, r := range seen.all() {
		if u, _, _ := r.BasicAuth(); u == "tok-gateway" || r.PostFormValue("client_id") == lcStgID {
			t.Errorf("the server got staging's token request: %s %s", r.Method, r.URL)
		}
	}
	lcNoSecrets(t, rep, secrets...)
	return rep
}

const lcOtherEnvProbe = "  - { name: s00, auth: machine, request: { path: /v1/r0 }, probes: [other_env] }\n"

// lcTokenURLUserinfoRefused runs and lints envs: one error, staging's
// token_url, however many of them reach it.
func lcTokenURLUserinfoRefused(t *testing.T, pass, scenarios string, envs ...string) {
	ss, seen, secrets := lcUserinfoSuite(t, pass, scenarios, false)
	want := "/suite.yaml:9:16: token_url of credential \"machine\" (after resolving ${TOKEN_URL}) in environment staging " + lcUserinfoWords
	check := func(what string, red *secret.Redactor, err error) {
		t.Helper()
		var serrs suites.Errors
		if !errors.As(err, &serrs) || len(serrs) != 1 {
			t.Fatalf("%s = %v, want one structural error", what, err)
		}
		msg := secret.Render(red, err.Error())
		secrettest.NoForms(t, msg, secrets...)
		if !strings.Contains(msg, want) {
			t.Errorf("%s: error %q\nwant it to hold %q", what, msg, want)
		}
	}
	red := &secret.Redactor{}
	_, err := Run(context.Background(), ss, Options{Envs: envs, Redactor: red, Now: time.Now,
		Getenv: func(string) (string, bool) { return "", false }})
	check("Run", red, err)
	red = &secret.Redactor{}
	_, err = Preflight(ss, Options{Envs: envs, Redactor: red, Now: time.Now, Getenv: func(string) (string, bool) { return "", false }})
	check("Preflight", red, err)
	if n := len(seen.all()); n != 0 {
		t.Errorf("the servers got %d requests, want none", n)
	}
}

// A token_url that does not parse (its variable brings a port that is no
// number): the case says so in authspec's own words, which a client
// secret that is one of them ("invalid") does not rewrite; net/url's
// reason, which may quote the URL, stays a value. A secret that is no
// word of the message is shown in no form.
func TestLCOAuthInvalidTokenURLWordsLiteral(t *testing.T) {
	for name, cs := range map[string]string{"long secret": lcStgSecret, "a word of the message": "invalid"} {
		t.Run(name, func(t *testing.T) { lcInvalidTokenURL(t, cs) })
	}
}

func lcInvalidTokenURL(t *testing.T, clientSecret string) {
	srv, seen := lcServer(t, func(w http.ResponseWriter, r *http.Request) {})
	suite := strings.Replace(lcOAuthSuite, "token_url: ${base_url}/oauth2/token\n    client_id: ${CLIENT_ID}\n",
		"token_url: ${TOKEN_URL}\n    client_id: ${CLIENT_ID}\n", 1)
	env := map[string]string{".env.staging": "CLIENT_ID=" + lcStgID + "\nCLIENT_SECRET=" + clientSecret + "\nTOKEN_URL=http://127.0.0.1:x1/oauth2/token\n"}
	rep := lcRun(t, lcLoad(t, suite, env, "{{S}}", srv.URL, "{{SCENARIOS}}", lcScenarios(1, "machine")),
		Options{Envs: []string{"staging"}, Redactor: &secret.Redactor{}, Now: time.Now})
	if n := len(seen.all()); n != 0 || len(rep.Results) != 1 {
		t.Fatalf("the server got %d requests, want none; results: %+v", n, rep.Results)
	}
	lcWant(t, rep.Results[0], results.Errored, results.TokenEndpoint)
	var c strings.Builder
	if err := report.Console(&c, rep, report.ConsoleOptions{}); err != nil {
		t.Fatal(err)
	}
	const want = "token endpoint (token_url (after resolving ${TOKEN_URL})): invalid token_url: "
	if !strings.Contains(c.String(), want) {
		t.Errorf("console output lacks %q:\n%s", want, c.String())
	}
	if !strings.Contains(want, clientSecret) {
		secrettest.NoForms(t, c.String(), clientSecret)
	}
}
