package secret

import "testing"

// An API or a logger that shortens what it echoes ("sk_live_Q7x9Za2bC4dE…",
// "****6fG8hJ0k") shows a part of the secret: at least half of it is
// hidden with the marker. The public prefix every key of a kind starts
// with, a last-4 hint, and ids that merely share a prefix with a secret
// (no marker) stay as the server wrote them.
func TestRedactCutParts(t *testing.T) {
	const key, capture, intl = "sk_live_Q7x9Za2bC4dE6fG8hJ0k", "acc_0000000000001", "pässwörd-ñ-ключ-ключ"
	var r Redactor
	r.Add("API_KEY", key)
	r.Add("ACCOUNT", capture)
	r.Add("INTL", intl)
	K, I := Label("API_KEY", key), Label("INTL", intl)
	for in, want := range map[string]string{
		"invalid key sk_live_Q7x9Za2bC4dE… (truncated)": "invalid key " + K + " (truncated)",
		"invalid key sk_live_Q7x9Za2bC4dE6f...":         "invalid key " + K,
		`{"key":"sk_live_Q7x9Za****************"}`:      `{"key":"` + K + `"}`,
		`{"key":"**************2bC4dE6fG8hJ0k"}`:        `{"key":"` + K + `"}`,
		"key ending in ***4dE6fG8hJ0k (less than half)": "key ending in ***4dE6fG8hJ0k (less than half)",
		"key …Za2bC4dE6fG8hJ0k was revoked":             "key " + K + " was revoked",
		"KEY SK_LIVE_Q7X9ZA2BC4… IS INVALID":            "KEY " + K + " IS INVALID",
		"wrong password pässwörd-ñ-к… given":            "wrong password " + I + " given",
		"wrong password •••ñ-ключ-ключ given":           "wrong password " + I + " given",
		// Less than half, or no marker: not a cut part of a secret.
		"invalid key sk_live_Q7x9… (truncated)":    "invalid key sk_live_Q7x9… (truncated)",
		"invalid key sk_live_… ending in …hJ0k":    "invalid key sk_live_… ending in …hJ0k",
		"acc_0000000000002 and acc_0000000000003.": "acc_0000000000002 and acc_0000000000003.",
		"sk_live_Q7x9Za2bC4dE and 2bC4dE6fG8hJ0k":  "sk_live_Q7x9Za2bC4dE and 2bC4dE6fG8hJ0k",
		"sk_live_Q7x9Za2bC4dE. The end":            "sk_live_Q7x9Za2bC4dE. The end",
	} {
		if got := r.Redact(in); got != want {
			t.Errorf("Redact(%q)\n got %q\nwant %q", in, got, want)
		}
	}
}
