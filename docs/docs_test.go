package docs

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/authspec/authspec/diagnose"
	"github.com/authspec/authspec/internal/explain"
	"github.com/authspec/authspec/internal/golden"
	"github.com/authspec/authspec/internal/words"
)

// pages are the Markdown files a user reads: README.md and docs/*.md.
func pages(t *testing.T) []string {
	t.Helper()
	docs, err := filepath.Glob("*.md")
	if err != nil || len(docs) < 5 {
		t.Fatalf("docs/*.md: %v (%d files)", err, len(docs))
	}
	return append([]string{"../README.md", "../examples/README.md"}, docs...)
}

func TestDiagnosisGenerated(t *testing.T) {
	want := explain.Markdown(diagnose.Catalog())
	if golden.Update() {
		if err := os.WriteFile("diagnosis.md", []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile("diagnosis.md")
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want {
		t.Fatal("docs/diagnosis.md differs from the cause-code catalog: run go test ./docs -update")
	}
	for _, e := range diagnose.Catalog() {
		for _, part := range []string{"## `" + e.Code + "`", e.Title} {
			if !strings.Contains(want, part) {
				t.Errorf("diagnosis.md lacks %q", part)
			}
		}
	}
}

var (
	fence   = regexp.MustCompile("^\\s*(```|~~~)")
	link    = regexp.MustCompile(`\]\(([^)\s]+)\)`)
	heading = regexp.MustCompile(`^(#{1,6})\s+(.*?)\s*#*\s*$`)
	// inline code spans, to drop before looking for links
	codeSpan = regexp.MustCompile("`[^`]*`")
)

// prose returns the lines of a Markdown file outside fenced code blocks,
// keeping their line numbers (1-based) in the index + 1.
func prose(text string) []string {
	lines := strings.Split(text, "\n")
	in := false
	for i, l := range lines {
		if fence.MatchString(l) {
			in = !in
			lines[i] = ""
			continue
		}
		if in {
			lines[i] = ""
		}
	}
	return lines
}

// slug is GitHub's anchor for a heading: lower case, punctuation other
// than '-' and '_' dropped, spaces turned into '-'.
func slug(h string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(h) {
		switch {
		case r == ' ':
			b.WriteRune('-')
		case r == '-' || r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r > 127:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// anchors returns every anchor of a Markdown file, with GitHub's -1, -2
// suffixes for repeated headings.
func anchors(text string) map[string]bool {
	out := map[string]bool{}
	seen := map[string]int{}
	for _, l := range prose(text) {
		m := heading.FindStringSubmatch(l)
		if m == nil {
			continue
		}
		s := slug(m[2])
		if n := seen[s]; n > 0 {
			out[s+"-"+itoa(n)] = true
		} else {
			out[s] = true
		}
		seen[s]++
	}
	return out
}

func itoa(n int) string { return strconv.Itoa(n) }

func TestSlug(t *testing.T) {
	for in, want := range map[string]string{
		"`x-*` keys and YAML anchors":        "x--keys-and-yaml-anchors",
		"`authspec run`":                     "authspec-run",
		"Report files (`--junit`, `--json`)": "report-files---junit---json",
		"`oauth2_client_credentials`":        "oauth2_client_credentials",
		"GitLab CI":                          "gitlab-ci",
	} {
		if got := slug(in); got != want {
			t.Errorf("slug(%q) = %q, want %q", in, got, want)
		}
	}
	got := anchors("# A\n## B\n```\n## not a heading\n```\n## B\n")
	for _, a := range []string{"a", "b", "b-1"} {
		if !got[a] {
			t.Errorf("anchors lack %q: %v", a, got)
		}
	}
	if got["not-a-heading"] {
		t.Error("a heading inside a code block counted")
	}
}

// TestRelativeLinks: every relative link of README.md and docs/ names a
// file that exists, and its #anchor a heading of that file.
func TestRelativeLinks(t *testing.T) {
	checked := 0
	for _, page := range pages(t) {
		text, err := os.ReadFile(page)
		if err != nil {
			t.Fatal(err)
		}
		for i, l := range prose(string(text)) {
			for _, m := range link.FindAllStringSubmatch(codeSpan.ReplaceAllString(l, ""), -1) {
				target := m[1]
				if strings.Contains(target, "://") || strings.HasPrefix(target, "mailto:") {
					continue
				}
				checked++
				file, anchor, _ := strings.Cut(target, "#")
				path := page
				if file != "" {
					path = filepath.Join(filepath.Dir(page), filepath.FromSlash(file))
				}
				body, err := os.ReadFile(path)
				if err != nil {
					if info, serr := os.Stat(path); serr == nil && info.IsDir() && anchor == "" {
						continue
					}
					t.Errorf("%s:%d: link %s: %s does not exist", page, i+1, target, path)
					continue
				}
				if anchor != "" && !anchors(string(body))[anchor] {
					t.Errorf("%s:%d: link %s: %s has no heading for #%s", page, i+1, target, path, anchor)
				}
			}
		}
	}
	if checked < 40 {
		t.Fatalf("only %d relative links checked: is the parser still finding them?", checked)
	}
}

var (
	bracketed = regexp.MustCompile(`\[([a-z][a-z0-9]*(?:_[a-z0-9]+)+)\]`)
	backtick  = regexp.MustCompile("`([a-z][a-z0-9]*(?:_[a-z0-9]+)+)`")
)

// TestCauseCodesExist: a code shown as `[code]` must be in the catalog, and
// a backticked snake_case word that is one or two edits from a code but is
// not one (`jwt_expird`) is a misspelt code.
func TestCauseCodesExist(t *testing.T) {
	known := map[string]bool{}
	var codes []string
	for _, e := range diagnose.Catalog() {
		known[e.Code] = true
		codes = append(codes, e.Code)
	}
	named := 0
	for _, page := range pages(t) {
		text, err := os.ReadFile(page)
		if err != nil {
			t.Fatal(err)
		}
		for i, l := range strings.Split(string(text), "\n") {
			for _, m := range bracketed.FindAllStringSubmatch(l, -1) {
				if !known[m[1]] {
					t.Errorf("%s:%d: [%s] is not a cause code%s", page, i+1, m[1], hint(m[1], codes))
				}
			}
			for _, m := range backtick.FindAllStringSubmatch(l, -1) {
				w := m[1]
				if known[w] {
					named++
					continue
				}
				for _, c := range codes {
					if d := words.Distance(w, c); d > 0 && d <= 2 {
						t.Errorf("%s:%d: `%s` is not a cause code (did you mean %q?)", page, i+1, w, c)
					}
				}
			}
		}
	}
	if named < len(codes) {
		t.Fatalf("only %d cause codes named in the docs, fewer than the catalog's %d", named, len(codes))
	}
}

func hint(w string, codes []string) string {
	if c := words.Closest(w, codes); c != "" {
		return " (did you mean " + c + "?)"
	}
	return ""
}

// TestDependenciesDocumented: every module the binary links is named in
// dependencies.md.
func TestDependenciesDocumented(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "-f", "{{with .Module}}{{.Path}}{{end}}", "../cmd/authspec").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	doc, err := os.ReadFile("dependencies.md")
	if err != nil {
		t.Fatal(err)
	}
	var mods []string
	for _, m := range strings.Fields(string(out)) {
		if m != "github.com/authspec/authspec" && !slices.Contains(mods, m) {
			mods = append(mods, m)
		}
	}
	if len(mods) < 3 {
		t.Fatalf("go list found only %v", mods)
	}
	for _, m := range mods {
		if !bytes.Contains(doc, []byte(m)) {
			t.Errorf("docs/dependencies.md does not name %s, which the binary links: add a row saying why", m)
		}
	}
}

// TestNoContractCitations: the repository stands on its own. Nothing
// refers to the team's private contract file or its numbered sections.
func TestNoContractCitations(t *testing.T) {
	// Built from parts, so this line does not match itself.
	bad := regexp.MustCompile(`\bSP` + `EC\b|` + "\u00a7|(?i)\\bthe con" + `tract\b`)
	files := 0
	err := filepath.WalkDir("..", func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if strings.HasPrefix(d.Name(), ".") && path != ".." && d.Name() != ".github" && d.Name() != ".ci" {
				return filepath.SkipDir
			}
			return nil
		}
		switch filepath.Ext(path) {
		case ".go", ".md", ".yaml", ".yml", ".txtar", ".xsd", ".txt", "":
		default:
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		files++
		for i, l := range strings.Split(string(b), "\n") {
			if bad.MatchString(l) {
				t.Errorf("%s:%d: cites the team's private specification: %s", path, i+1, strings.TrimSpace(l))
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if files < 100 {
		t.Fatalf("only %d files read", files)
	}
}

// TestCIProgramsDocumented: every package .ci/run installs for the tests
// (apt_install, apt_install_each, npm install) and every Go tool it
// builds (go_tool) is named in dependencies.md, where a developer reads
// what a test starts and why before installing it.
func TestCIProgramsDocumented(t *testing.T) {
	run, err := os.ReadFile("../.ci/run")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := os.ReadFile("dependencies.md")
	if err != nil {
		t.Fatal(err)
	}
	var pkgs []string
	for _, line := range strings.Split(strings.ReplaceAll(string(run), "\\\n", " "), "\n") {
		f := strings.Fields(line)
		if len(f) < 2 || strings.HasSuffix(f[0], "()") {
			continue
		}
		switch f[0] {
		case "apt_install": // apt_install CMD PACKAGE...
			pkgs = append(pkgs, f[2:]...)
		case "apt_install_each": // apt_install_each CMD:PACKAGE...
			for _, pair := range f[1:] {
				_, p, _ := strings.Cut(pair, ":")
				pkgs = append(pkgs, p)
			}
		case "npm", "go_tool": // NAME@VERSION among the arguments
			for _, a := range f[1:] {
				if i := strings.LastIndexByte(a, '@'); i > 0 && !strings.ContainsAny(a, `"$`) {
					mod, _, _ := strings.Cut(a[:i], "/cmd/") // a command's module
					pkgs = append(pkgs, mod)
				}
			}
		}
	}
	if len(pkgs) < 30 {
		t.Fatalf("only %d packages read from .ci/run: %v", len(pkgs), pkgs)
	}
	for _, p := range pkgs {
		// As a whole name: prometheus is not prometheus-pushgateway.
		if !regexp.MustCompile(`(^|[^\w.-])` + regexp.QuoteMeta(p) + `($|[^\w-])`).Match(doc) {
			t.Errorf("docs/dependencies.md does not name %s, which .ci/run installs for the tests: add it to a row saying which tests start it", p)
		}
	}
}
