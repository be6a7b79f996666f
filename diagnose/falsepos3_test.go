package diagnose

import (
	"encoding/json"
	"os"
	"testing"
)

// falsePositiveRound3File holds the third round of answers that are not
// auth refusals: the ones that look most like one (2xx envelopes with
// ok:false or status "error", token, permissions and scopes as data,
// 400/404/409/422 about card tokens, pagination tokens, object keys and
// emailed codes, business-rule 403s, quotas, and 5xx from an
// authentication service). The runner's happy-path test reads its 2xx
// answers too, so the bodies live once, byte for byte, in JSON.
const falsePositiveRound3File = "testdata/falsepos3.json"

// fpFileCase is one answer of a corpus file; note says why the expected
// cause was chosen where two could fit.
type fpFileCase struct {
	Name   string            `json:"name"`
	Src    string            `json:"src"`
	Status int               `json:"status"`
	Header map[string]string `json:"header"`
	Body   string            `json:"body"`
	Want   string            `json:"want"`
	Note   string            `json:"note"`
}

// falsePositiveRound3 reads the third round. Scores, run once before any
// fix (first cause right, 2xx left quiet): see the commit that added it.
func falsePositiveRound3() []fpCase {
	raw, err := os.ReadFile(falsePositiveRound3File)
	if err != nil {
		panic(err) // a test corpus that went missing is a broken build
	}
	var fcs []fpFileCase
	if err := json.Unmarshal(raw, &fcs); err != nil {
		panic(err)
	}
	out := make([]fpCase, 0, len(fcs))
	for _, f := range fcs {
		out = append(out, fpCase{src: f.Src, name: f.Name, status: f.Status, header: f.Header, body: f.Body, want: f.Want})
	}
	return out
}

// TestFalsePositivesRound3: no answer of the third round is read as a
// refusal (see TestFalsePositives for what each kind must do).
func TestFalsePositivesRound3(t *testing.T) {
	cases := falsePositiveRound3()
	if len(cases) < 50 {
		t.Fatalf("%d cases, want at least 50", len(cases))
	}
	runFalsePositives(t, "round 3", cases)
}
