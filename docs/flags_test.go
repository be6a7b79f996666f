package docs

import (
	"bytes"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/authspec/authspec/internal/cli"
)

var (
	flagLine = regexp.MustCompile(`(?m)^  (--?[a-zA-Z][\w-]*)`)
	heading2 = regexp.MustCompile("(?m)^## ")
)

// TestEveryFlagDocumented: each flag that `authspec help COMMAND` lists is
// named in a section of cli.md about that command (cli.md once lacked
// run's --html, --baseline and --quiet).
func TestEveryFlagDocumented(t *testing.T) {
	text, err := os.ReadFile("cli.md")
	if err != nil {
		t.Fatal(err)
	}
	sections := heading2.Split(string(text), -1)
	checked := 0
	for _, name := range []string{"run", "lint", "request", "init", "coverage", "rotate", "explain"} {
		var help, errOut bytes.Buffer
		if code := cli.Main([]string{"help", name}, nil, &help, &errOut, func(string) string { return "" }); code != 0 {
			t.Fatalf("authspec help %s: exit %d: %s", name, code, errOut.String())
		}
		var about strings.Builder
		for _, s := range sections {
			title, _, _ := strings.Cut(s, "\n")
			if strings.Contains(title, "`authspec "+name) || strings.Contains(title, "and `authspec "+name) {
				about.WriteString(s)
			}
		}
		if about.Len() == 0 {
			t.Errorf("cli.md has no section about authspec %s", name)
			continue
		}
		for _, m := range flagLine.FindAllStringSubmatch(help.String(), -1) {
			checked++
			mention := regexp.MustCompile("(^|[^\\w-])" + regexp.QuoteMeta(m[1]) + "\\b")
			if !mention.MatchString(about.String()) {
				t.Errorf("authspec %s %s is not in cli.md's section about authspec %s", name, m[1], name)
			}
		}
	}
	if checked < 30 {
		t.Fatalf("only %d flags checked: is the help still read?", checked)
	}
}
