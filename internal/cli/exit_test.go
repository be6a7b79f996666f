package cli

import (
	"errors"
	"testing"

	"github.com/authspec/authspec/secret"
)

// TestExitMessagesKeepTheirWords: an error message's fixed words are
// authspec's (a secret "report" or "write" does not rewrite them); only
// its arguments are values, redacted when Main prints it.
func TestExitMessagesKeepTheirWords(t *testing.T) {
	const long = "s3cr3t-value-long"
	red := &secret.Redactor{}
	red.Add("P", "report")
	red.Add("W", "write")
	red.Add("Q", long)
	q := secret.Label("Q", long)
	for _, tc := range []struct {
		err  error
		want string
	}{
		{exitf(ExitInvalid, "authspec: cannot write report %s: %v; nothing was sent", "out/"+long+".json", errors.New("permission denied")),
			"authspec: cannot write report out/" + q + ".json: permission denied; nothing was sent"},
		{exitf(ExitInvalid, "authspec: --push-metrics %q: want the Pushgateway's http(s) URL, e.g. http://pushgateway:9091", "x"+long),
			`authspec: --push-metrics "x` + q + `": want the Pushgateway's http(s) URL, e.g. http://pushgateway:9091`},
		{exitf(ExitFailed, "authspec init: could not write %s", "report"),
			"authspec init: could not write " + secret.Label("P", "report")},
	} {
		if got := secret.Render(red, tc.err.Error()); got != tc.want {
			t.Errorf("rendered\n got %q\nwant %q", got, tc.want)
		}
	}
}
