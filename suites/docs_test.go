package suites

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/authspec/authspec/vocab"
)

// TestFormatDocumentsEveryKey: docs/format.md names every key the loader
// accepts, so a key added here cannot stay undocumented.
func TestFormatDocumentsEveryKey(t *testing.T) {
	doc, err := os.ReadFile("../docs/format.md")
	if err != nil {
		t.Fatal(err)
	}
	lists := map[string][]string{
		"top level": suiteKeys, "environment": envKeys, "settings": settingKeys,
		"scenario": scenarioKeys, "request": requestKeys, "expect": expectKeys,
	}
	for typ, keys := range vocab.CredFields {
		lists["credential "+typ] = append(slices.Clone(keys), typ)
	}
	n := 0
	for where, keys := range lists {
		for _, k := range keys {
			n++
			if !strings.Contains(string(doc), "`"+k+"`") {
				t.Errorf("docs/format.md does not document the %s key %q", where, k)
			}
		}
	}
	if n < 50 {
		t.Fatalf("only %d keys checked", n)
	}
}
