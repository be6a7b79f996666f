package runner_test

import (
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/secret/secrettest"
)

// Why a request got no answer is said in authspec's words, which a
// password that is one of them ("response", "request", "connection") does
// not rewrite: a timeout, a port where nothing listens and a URL that is
// not one read as written, nor does one of the words authspec puts
// before a transport error ("reading the response body").
func TestTransportErrorsKeepOwnWords(t *testing.T) {
	hang := make(chan struct{})
	t.Cleanup(func() { close(hang) })
	slow := coreServer(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/short" { // promises 100 bytes, sends 10 and hangs up
			w.Header().Set("Content-Length", "100")
			w.WriteHeader(200)
			w.Write([]byte("0123456789"))
			w.(http.Flusher).Flush()
			if conn, _, err := http.NewResponseController(w).Hijack(); err == nil {
				conn.Close()
			}
			return
		}
		select {
		case <-hang:
		case <-r.Context().Done():
		case <-time.After(10 * time.Second):
		}
	})
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closed := "http://" + l.Addr().String()
	l.Close() // nothing listens there now
	for _, tc := range []struct{ pw, scenario, want string }{
		{"response", "slow", "no response within 200ms (timeout)"},
		{"connection", "closed", "connection refused: nothing listens there ("},
		{"request", "bad url", "the request URL is not a URL: "},
		{"response", "short body", "the server closed or reset the connection: reading the response body: unexpected EOF"},
		{"body", "short body", "the server closed or reset the connection: reading the response body: unexpected EOF"},
	} {
		t.Run(tc.pw+" "+tc.scenario, func(t *testing.T) {
			s, opt := wordsSuite(t, "transport words", slow.URL, "PW="+tc.pw+"\n", `credentials:
  b: { type: basic, username: admin, password: "${PW}" }
scenarios:
  - { name: slow, auth: b, timeout: 200ms, request: { method: GET, path: /slow } }
  - { name: closed, auth: b, request: { method: GET, url: "@C@/x" } }
  - { name: bad url, auth: b, request: { method: GET, url: "http://[::1" } }
  - { name: short body, auth: b, request: { method: GET, path: /short } }
`, "C", closed)
			rep := coreRun(t, opt, s)
			r := coreResult(t, rep, "staging", tc.scenario)
			coreWantStatus(t, r, results.Errored)
			msg := secret.Render(opt.Redactor, r.Message)
			if !strings.Contains(msg, tc.want) {
				t.Errorf("message %q\nwant it to hold %q", msg, tc.want)
			}
			// The password is one of the message's own words, so its raw
			// form is expected; the Basic pair in any form is not.
			secrettest.NoForms(t, msg, "admin:"+tc.pw)
			requireRedacts(t, opt.Redactor, tc.pw)
		})
	}
}
