package runner_test

import (
	"bufio"
	"io"
	"log"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/authspec/authspec/report"
	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/runner"
	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/secret/secrettest"
)

// resetServer accepts each request, then resets its connection (RST, not
// FIN): the client sees "connection reset by peer" with no response.
func resetServer(t *testing.T) *httptest.Server {
	return coreServer(t, func(w http.ResponseWriter, r *http.Request) {
		conn, _, err := w.(http.Hijacker).Hijack()
		if err != nil {
			t.Error(err)
			return
		}
		conn.(*net.TCPConn).SetLinger(0) // close sends RST
		conn.Close()
	})
}

// rawServer accepts connections on 127.0.0.1, reads each request's head
// and writes answer (raw bytes), then closes. It stops with the test.
func rawServer(t *testing.T, answer string) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			conn, err := ln.Accept()
			if err != nil {
				return
			}
			go func() {
				defer conn.Close()
				conn.SetDeadline(time.Now().Add(2 * time.Second))
				br := bufio.NewReader(conn)
				for {
					line, err := br.ReadString('\n')
					if err != nil || line == "\r\n" {
						break
					}
				}
				io.WriteString(conn, answer)
			}()
		}
	}()
	return ln.Addr().String()
}

// Every way a transport can fail, against a real server on 127.0.0.1,
// lands in the kind its type says: nothing listening is Unreachable (the
// environment exits 3), but a server that accepted the connection and then
// answered something unusable was reached: its case is an error of its
// own (exit 1), and the environment is not unreachable.
func TestTransportErrorsByType(t *testing.T) {
	hang := make(chan struct{})
	t.Cleanup(func() { close(hang) })
	hung := coreServer(t, func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-hang:
		case <-r.Context().Done():
		}
	})
	reset := resetServer(t)
	plain := coreServer(t, func(w http.ResponseWriter, r *http.Request) {})
	tlsSrv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
	tlsSrv.Config.ErrorLog = log.New(io.Discard, "", 0) // "client sent an HTTP request to an HTTPS server"
	tlsSrv.StartTLS()
	t.Cleanup(tlsSrv.Close)
	loop := coreServer(t, func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, r.URL.Path, http.StatusFound)
	})

	for _, tc := range []struct {
		name      string
		url       string
		extra     string // scenario settings
		kind      results.Kind
		words     []string
		reachable bool
		code      int // the step's status code: a TLS port's own 400, else none
	}{
		{"refused port", coreClosedURL(t), "", results.Unreachable, []string{"connection refused"}, false, 0},
		{"reset", reset.URL, "", results.ConnectionReset, []string{"reset the connection"}, true, 0},
		{"hang with timeout", hung.URL, "timeout: 200ms, ", results.Timeout, []string{"200ms", "timeout"}, true, 0},
		{"https to a plain port", strings.Replace(plain.URL, "http://", "https://", 1), "", results.TLS, []string{"plain HTTP"}, false, 0},
		{"plain http to a TLS port", strings.Replace(tlsSrv.URL, "https://", "http://", 1), "", results.TLS, []string{"expects TLS"}, true, 400},
		{"a TLS alert for a plain request", "http://" + rawServer(t, "\x15\x03\x01\x00\x02\x02\x46"), "", results.TLS, []string{"expects TLS"}, true, 0},
		{"redirect loop", loop.URL, "", results.BadResponse, []string{"redirected 10 times", "redirect loop"}, true, 0},
		{"NUL byte in a header", "http://" + rawServer(t, "HTTP/1.1 200 OK\r\nX-Bad: a\x00b\r\nContent-Length: 0\r\n\r\n"), "", results.BadResponse, []string{"not HTTP"}, true, 0},
		{"garbage status line", "http://" + rawServer(t, "garbage\r\n\r\n"), "", results.BadResponse, []string{"not HTTP"}, true, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rep, r := robustRun(t, tc.url, "  - { name: c, "+tc.extra+"request: { method: GET, path: /x } }\n", 3*time.Second)
			robustWantError(t, r, tc.kind, tc.words...)
			unreachable := len(rep.Unreachable()) > 0
			if unreachable == tc.reachable {
				t.Errorf("Unreachable() = %v, want reached=%v", rep.Unreachable(), tc.reachable)
			}
			if len(r.Steps) != 1 || r.Steps[0].StatusCode != tc.code {
				t.Errorf("steps %+v, want one step with status code %d", r.Steps, tc.code)
			}
		})
	}
}

// A header whose value resolved to several lines is refused before
// anything is sent, naming the header and not the value.
func TestTransportInvalidHeaderValueNotSent(t *testing.T) {
	sent := false
	srv := coreServer(t, func(w http.ResponseWriter, r *http.Request) { sent = true })
	s := coreSuite(t, "version: 1\nname: bad header\nenvironments: { a: { base_url: @A@ } }\n"+
		"scenarios:\n  - { name: c, request: { method: GET, path: /x, headers: { X-Note: \"${NOTE}\" } } }\n", "A", srv.URL)
	const value = "line one\nInjected: yes"
	rep := coreRun(t, runner.Options{Getenv: func(k string) (string, bool) { return value, k == "NOTE" }}, s)
	r := rep.Results[0]
	robustWantError(t, r, results.InvalidRequest, "cannot be sent", "X-Note", "control character")
	if strings.Contains(r.Message, "Injected") || strings.Contains(r.Message, "line one") {
		t.Errorf("message shows the value: %q", r.Message)
	}
	if sent || len(r.Steps) != 0 {
		t.Errorf("the request was sent (%v) or recorded as a step (%d)", sent, len(r.Steps))
	}
}

// The refusal is authspec's own sentence: a credential's key that is one
// of its words ("control") does not rewrite it, nor the byte's number.
func TestTransportInvalidHeaderValueWordsLiteral(t *testing.T) {
	srv := coreServer(t, func(w http.ResponseWriter, r *http.Request) {})
	s := coreSuite(t, "version: 1\nname: bad header\nenvironments: { a: { base_url: @A@ } }\n"+
		"credentials: { k: { type: api_key, header: X-Api-Key, key: \"${API_KEY}\" } }\n"+
		"scenarios:\n  - { name: c, auth: k, request: { method: GET, path: /x, headers: { X-Note: \"${NOTE}\" } } }\n", "A", srv.URL)
	env := map[string]string{"NOTE": "line one\nInjected: yes", "API_KEY": "control"}
	rep := coreRun(t, runner.Options{Redactor: &secret.Redactor{},
		Getenv: func(k string) (string, bool) { v, ok := env[k]; return v, ok }}, s)
	var c strings.Builder
	if err := report.Console(&c, rep, report.ConsoleOptions{}); err != nil {
		t.Fatal(err)
	}
	const want = "InvalidRequest: the request cannot be sent: the value of header X-Note has a control character (a line break or NUL, at byte 8)"
	if !strings.Contains(c.String(), want) {
		t.Errorf("console output lacks %q:\n%s", want, c.String())
	}
	secrettest.NoForms(t, c.String(), env["NOTE"], "line one", "Injected")
}
