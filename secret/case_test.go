package secret

import (
	"strings"
	"testing"
)

// A server that upper-cases what it got ("INVALID KEY SK_LIVE_…"), lower-
// cases it, or capitalises the first word of a message gives the secret
// away all the same: a long secret's letters are compared in any case. Two
// secrets that differ only in case keep their own labels. A short secret
// is a whole token in its own case only: a password "basic" leaves the
// scheme "Basic" alone.
func TestRedactCaseChanged(t *testing.T) {
	const long, short, intl = "sk_live_Q7x9Za2bC4dE6fG8hJ0k", "pw1x", "pässwörd-ñ-ключ"
	var r Redactor
	r.Add("LONG", long)
	r.Add("SHORT", short)
	r.Add("INTL", intl)
	L, S, I := Label("LONG", long), Label("SHORT", short), Label("INTL", intl)
	for in, want := range map[string]string{
		"key sk_live_q7x9za2bc4de6fg8hj0k is invalid":  "key " + L + " is invalid",
		"Sk_live_Q7x9Za2bC4dE6fG8hJ0k is invalid":      L + " is invalid",
		`{"hint":"sK_LiVe_q7X9zA2Bc4De6Fg8Hj0K"}`:      `{"hint":"` + L + `"}`,
		"pw1x rejected; PW1X and Pw1x are other words": S + " rejected; PW1X and Pw1x are other words",
		"PÄSSWÖRD-Ñ-КЛЮЧ is wrong":                     I + " is wrong",
		"Pässwörd-ñ-ключ is wrong":                     I + " is wrong",
		"PW1XY and xPW1X and /Admin/ stay":             "PW1XY and xPW1X and /Admin/ stay",
		// Escapes decode before letters are compared: %4B is "K".
		"token=SK%5FLIVE%5FQ7X9ZA2BC4DE6FG8HJ0%4B&x=1": "token=" + L + "&x=1",
	} {
		if got := r.Redact(in); got != want {
			t.Errorf("Redact(%q)\n got %q\nwant %q", in, got, want)
		}
	}
	// Two secrets that differ in case only: each keeps its label where it
	// is written in its own case, short or long.
	r.Add("TWIN", strings.ToUpper(long))
	r.Add("SHORT_TWIN", "PW1X")
	in := long + " " + strings.ToUpper(long) + " pw1x PW1X"
	want := L + " " + Label("TWIN", strings.ToUpper(long)) + " " + S + " " + Label("SHORT_TWIN", "PW1X")
	if got := r.Redact(in); got != want {
		t.Errorf("Redact(%q)\n got %q\nwant %q", in, got, want)
	}
	var basic Redactor
	basic.Add("PASSWORD", "basic")
	basic.Add("USER_PASSWORD", "admin")
	in = `WWW-Authenticate: Basic realm="basic", Admin: /admin/`
	want = `WWW-Authenticate: Basic realm="` + Label("PASSWORD", "basic") + `", Admin: /` + Label("USER_PASSWORD", "admin") + `/`
	if got := basic.Redact(in); got != want {
		t.Errorf("Redact(%q)\n got %q\nwant %q", in, got, want)
	}
	for _, s := range []string{"sk_live_q7x9za2bc4de6fg8hj0", "SK_LIVE_Q7X9ZA2B"} {
		if got := r.Redact(s); strings.Contains(got, "sha256") {
			t.Errorf("Redact(%q) = %q: a part of a secret is no echo of it", s, got)
		}
	}
}
