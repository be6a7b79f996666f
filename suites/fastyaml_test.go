package suites

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/authspec/authspec/internal/benchsuite"
	_ "github.com/authspec/authspec/internal/golden"
	"go.yaml.in/yaml/v3"
)

// nodeDiff describes the first difference between two trees in what the
// decoder reads (comments aside), "" when there is none.
func nodeDiff(got, want *yaml.Node, path string) string {
	g := fmt.Sprintf("kind %d style %d tag %q value %q anchor %q alias %v at %d:%d, %d children",
		got.Kind, got.Style, got.Tag, got.Value, got.Anchor, got.Alias != nil, got.Line, got.Column, len(got.Content))
	w := fmt.Sprintf("kind %d style %d tag %q value %q anchor %q alias %v at %d:%d, %d children",
		want.Kind, want.Style, want.Tag, want.Value, want.Anchor, want.Alias != nil, want.Line, want.Column, len(want.Content))
	if g != w {
		return fmt.Sprintf("%s:\n  fast:    %s\n  yaml.v3: %s", path, g, w)
	}
	if got.Alias != nil && (got.Alias.Line != want.Alias.Line || got.Alias.Column != want.Alias.Column || got.Alias.Anchor != want.Alias.Anchor) {
		return fmt.Sprintf("%s: an alias to the node at %d:%d, yaml.v3's to %d:%d", path, got.Alias.Line, got.Alias.Column, want.Alias.Line, want.Alias.Column)
	}
	if (got.Content == nil) != (want.Content == nil) {
		return fmt.Sprintf("%s: Content nil %v, yaml.v3's %v", path, got.Content == nil, want.Content == nil)
	}
	for i := range got.Content {
		if d := nodeDiff(got.Content[i], want.Content[i], fmt.Sprintf("%s/%d", path, i)); d != "" {
			return d
		}
	}
	return ""
}

// checkFast: when the fast parser accepts data, yaml.v3 parses it into the
// same tree. It reports whether the fast parser accepted it.
func checkFast(t *testing.T, data []byte) bool {
	t.Helper()
	got, why := fastParse(string(data), 1)
	if strings.HasPrefix(why, faultPrefix) {
		t.Fatalf("the fast parser failed (%s) on:\n%s", why, data)
	}
	if why != "" {
		return false
	}
	var doc, next yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&doc); err != nil {
		t.Fatalf("the fast parser accepts what yaml.v3 refuses (%v):\n%s", err, data)
	}
	if err := dec.Decode(&next); err != io.EOF {
		t.Fatalf("the fast parser accepts a text yaml.v3 reads as several documents (%v):\n%s", err, data)
	}
	if len(doc.Content) != 1 {
		t.Fatalf("the fast parser accepts a text yaml.v3 reads as %d nodes:\n%s", len(doc.Content), data)
	}
	if d := nodeDiff(got, doc.Content[0], "root"); d != "" {
		t.Fatalf("the fast parser's tree differs from yaml.v3's at %s\ntext:\n%s", d, data)
	}
	return true
}

// repoSuites are the suite files of the repository: examples, the ones
// `authspec init` writes, the ones generated from OpenAPI documents, the
// test data, and the benchmark's suite.
func repoSuites(t testing.TB) map[string][]byte {
	out := map[string][]byte{"benchsuite": benchsuite.Text("bench", "http://127.0.0.1:1", 0, 20)}
	for _, pattern := range []string{"../examples/suites/*.yaml", "../internal/cli/scaffold/*.yaml", "../openapi/testdata/golden/*.suite.yaml", "testdata/*/*.yaml", "testdata/*/*/*.yaml"} {
		files, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			out[f] = data
		}
	}
	if len(out) < 40 {
		t.Fatalf("found only %d suites", len(out))
	}
	return out
}

// The repository's valid suites are read by the fast parser, the same as
// yaml.v3 reads them.
func TestFastYAMLRepoSuites(t *testing.T) {
	for name, data := range repoSuites(t) {
		if checkFast(t, data) || strings.Contains(name, "/err/") || strings.Contains(name, "/bad/") {
			continue
		}
		_, why := fastParse(string(data), 1)
		t.Errorf("%s: refused: %s", name, why)
	}
}

// trickyScalars are values whose reading depends on yaml.v3's rules.
var trickyScalars = []string{
	"yes", "no", "on", "off", "y", "n", "true", "True", "TRUE", "tRue", "false", "null", "Null", "NULL", "~", "nil",
	"0", "-0", "+1", "007", "08", "0x1F", "0o17", "0b101", "-0b101", "-0o17", "0b-1", "1_000", "1__0", "0x_1", "12e3", "1.5", "-1.5e-3", "+.5", ".5", "1.", "1e", "9223372036854775807",
	"9223372036854775808", "18446744073709551616", "-9223372036854775809", ".inf", "-.Inf", "+.INF", ".nan", ".NaN", ".", "..", ".e1", "+", "-",
	"2001-12-14", "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10", "2001-1-1", "20011-12-14", "2001-13-45",
	`"\u00e9"`, `"\x41\U0001F600"`, `"\ud800"`, `"\q"`, `"\/"`, `"a\"b"`, `'it''s'`, `''`, `""`, `'a'b'`, `"a" x`,
	"a b  c", "trailing   ", "a # comment", "a#b", "http://x:8080/y", "key:value", "a: b", "a:", "-x", "- x", "--", "---",
	"<<", "<", "=", "%x", "@x", "`x", "!x", "&a x", "*a", "?x", "? x", ":x", ",x", "é", "日本", "[a, b]", "{a: b}", "[]", "{}",
	"[a, [b, {c: d}], '', \"e\"]", "{a: [1, 2], b: {}}", "[a,b]", "{a:b}", "[a: b]", "{a, b}", "[a, ]", "{a: }", "[a # c]", "|", "|-", ">", "|2",
}

// FuzzFastYAML holds the fast parser to yaml.v3: what it accepts, yaml.v3
// reads into the same tree. Seeds: every suite of the repository (also
// with CRLF), the tables of what it reads and refuses, the audit cases
// (fastyaml_audit_test.go), and the tricky scalars as values, items, keys
// and flow entries.
func FuzzFastYAML(f *testing.F) {
	for _, data := range repoSuites(f) {
		f.Add(data)
		f.Add(crlf(data))
	}
	for _, text := range fastReads {
		f.Add([]byte(text))
	}
	for _, c := range fastRefusals {
		f.Add([]byte(c.text))
	}
	addAuditSeeds(f, false)
	for _, v := range trickyScalars {
		for _, form := range []string{"a: %s\n", "- %s\n", "a: {k: %s}\n", "a: [%s, x]\n", "%s: x\n", "- k: %s\n  j: 1\n"} {
			f.Add([]byte(fmt.Sprintf(form, v)))
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		checkFast(t, data)
	})
}

// crlf is data with Windows line ends.
func crlf(data []byte) []byte {
	return []byte(strings.ReplaceAll(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n", "\r\n"))
}

// sameAsYAMLv3 checks that Parse reads data into the same suite and the
// same errors with the fast parser as with yaml.v3 alone.
func sameAsYAMLv3(t *testing.T, data []byte) {
	t.Helper()
	s, errs := Parse("f.yaml", data)
	yamlOnly = true
	ys, yerrs := Parse("f.yaml", data)
	yamlOnly = false
	if !reflect.DeepEqual(s, ys) || !reflect.DeepEqual(errs, yerrs) {
		t.Fatalf("the suite reads otherwise with the fast parser than with yaml.v3 alone:\nfast:    %v\n%+v\nyaml.v3: %v\n%+v\ntext:\n%s", errs, s, yerrs, ys, data)
	}
}

// The loader reads every suite of the repository, valid or not, and large
// ones read a chunk at a time, as it does with yaml.v3 alone.
func TestFastYAMLLoaderSame(t *testing.T) {
	for _, data := range repoSuites(t) {
		sameAsYAMLv3(t, data)
		sameAsYAMLv3(t, append([]byte(strings.Repeat("# padding\n", minChunkedFile/10)), data...))
		sameAsYAMLv3(t, crlf(data))
		sameAsYAMLv3(t, append([]byte("\ufeff"), data...))
	}
	sameAsYAMLv3(t, benchsuite.Text("bench", "http://127.0.0.1:1", 0, 2000))
	// An error deep in the scenarios block, and a chunk the fast parser
	// refuses among ones it reads.
	big := string(benchsuite.Text("bench", "http://127.0.0.1:1", 0, 1000))
	sameAsYAMLv3(t, []byte(strings.Replace(big, "kind: happy", "kind: hapy", 700)))
	sameAsYAMLv3(t, []byte(strings.Replace(big, "/bearer 500\n", "/bearer 500\n    x: &a 1\n    y: *a\n", 1)))
	sameAsYAMLv3(t, []byte(strings.Replace(big, "/bearer 500\n", "/bearer 500\n    x: [\n", 1)))
}

// fastReads holds every construct of the subset.
var fastReads = []string{
	"a: 1\nb: two words\nc: \"quoted\"\nd: 'single'\n",
	"a:\n  b:\n    c: 1\n  d: 2\ne: 3\n",
	"# comment\n\na: 1 # after a value\n  # indented comment\nb: 2\n",
	"a:\n  - x\n  - y\nb:\n- indentless\n- items\nc: 1\n",
	"- name: compact\n  kind: happy\n- - nested\n  - items\n-   deep: indent\n    more: 1\n",
	"a:\nb: ~\nc: null\nd:\n",
	"- \n- x\n-\n",
	"a: |\n  line one\n    indented\n\n  after a blank\nb: |-\n  strip\n\n\nc: |+\n  keep\n\n\nd: 1\n",
	"- |\n  item literal\n- body: |\n    in a compact mapping\n",
	"a: |\n\n  after an empty line\n",
	"a: | # a comment\n  text\n",
	"a: { b: 1, c: [x, \"y\", 'z'], d: {} , e: [] }\n",
	"a: [1, 2.5, true, null, ~, 2001-12-14, 0x1F, 1_000, .inf, yes, on]\n",
	"\"quoted key\": 1\n'single key': 2\n200: ok\ntrue: yes\n",
	"a: \"\\u00e9\\t\\\"x\\\"\\n\\x41\\U0001F600\\N\\_\\L\\P\"\n",
	"é: ünïcödé value\nb: [日本, { x: é }]\n",
	"a: key:value\nb: http://127.0.0.1:8080/x#frag\nc: a#b\nd: 'it''s'\n",
	"a:    spaced    \n",
	"  a: 1\n  b: 2\n",
	"- a\n- b\n",
	"# head\n--- # start\na: 1\n",
	"---\n- x\n",
	"\ufeffa: é\nb: [c, d]\n",
	"\ufeff# comment\n- x\n",
	"a: >\n  one\n  two\n\n  after empty\n    more indented\n  back\n   \n  end\nb: >-\n  x\n  y\n\nc: >+\n  k\n\nd: 1\n",
	"- >\n first\n\n\n second\n- x\n",
	"a: [b, # comment\n\n  c,\n   {d: e,\n    f:\n     g}\n  ] # after\nh: {\n  i: 1 }\n",
	"json: {\"category\":{\"id\":1,\"name\":\"Dogs\"},\"tags\":[\"a\",'b'],\"ok\":true,\"n\":null, \"e\": {}}\n",
	"a: 1\r\nb:\r\n  - x # c\r\n  - 'y'\r\n  -\r\nc: \"q\"\r\nd: [e, {f: g}]\r\n\r\nl: |\r\n  one\r\n\r\n  two\r\nk: &k v\r\nm: *k\r\nn:\r\n",
	"x-common: &common\n  auth: tok\n  kind: happy\nx-list: &l [a, b]\ns:\n  - <<: *common\n    name: x\n  - <<: [*common]\n    list: *l\n    scalar: &s 'v'\n    again: *s # comment\n",
	"a: &seq\n- x\nb: {k: *seq}\n",
}

// Every construct of the subset is read, as yaml.v3 reads it.
func TestFastYAMLReads(t *testing.T) {
	for _, text := range fastReads {
		if !checkFast(t, []byte(text)) {
			_, why := fastParse(text, 1)
			t.Errorf("refused (%s):\n%s", why, text)
		}
	}
}

// fastRefusals are the reasons to refuse a text, each with a text refused
// for it; yaml.v3 then reads it (or reports its error).
var fastRefusals = []struct{ text, why string }{
	{"a:\tb\n", "a tab, a lone carriage return or a control character"},
	{"a: b\rc: d\n", "a tab, a lone carriage return or a control character"},
	{"a: \xff\n", "invalid UTF-8"},
	{"a: \ufeffb\n", "a line break, BOM or control character beyond ASCII"},
	{"\ufeff\ufeffa: b\n", "a line break, BOM or control character beyond ASCII"},
	{"a: x\u2028y\n", "a line break, BOM or control character beyond ASCII"},
	{"# only a comment\n", "no content"},
	{"  a: 1\nb: 2\n", "text after the top-level collection"},
	{"a: 1\n---\nb: 2\n", "a document marker but a first \"---\" line"},
	{"--- a: 1\n", "a document marker but a first \"---\" line"},
	{"---\na: 1\n...\n", "a document marker but a first \"---\" line"},
	{"---\n---\na: 1\n", "a document marker but a first \"---\" line"},
	{"%YAML 1.2\n---\na: 1\n", "a node that starts with an indicator"},
	{strings.Repeat("- ", 70) + "x\n", "nesting deeper than the fast parser follows"},
	{"a: \"x\" y\n", "text after a value on its line"},
	{"a: [x]y\n", "text after a value on its line"},
	{"a:\n  b\n", "a scalar where a collection was expected"},
	{"a: 1\nb\n", "a mapping entry without `key:`"},
	{"a: 1\n  b: 2\n", "a line indented deeper than its mapping's keys"},
	{"a: multi\n  line\n", "a line indented deeper than its mapping's keys"},
	{"- a\n  b\n", "a line indented deeper than its sequence's items"},
	{"a: - b\n", "a sequence on the line of its key"},
	{"a: b: c\n", "a mapping on the line of its key"},
	{strings.Repeat("k", 1001) + ": v\n", "a key longer than yaml.v3 allows"},
	{"a: *x\n", "an alias to an anchor not known before it"},
	{"a: &x [*x]\n", "an alias to an anchor not known before it"},
	{"a: &x 1\nb: &x 2\n", "a name anchored twice"},
	{"a: &x\n  b: &x v\nc: *x\n", "a name anchored twice"},
	{"a: &x\nb: 1\n", "an anchor on an empty value"},
	{"- &x k: v\n", "an anchor on a key"},
	{"a: &x |\n  text\n", "an anchor before another property or a block scalar"},
	{"a: &x: 1\n", "an anchor or alias name yaml.v3 may read otherwise"},
	{"a: [&x 1]\n", "a node that starts with an indicator"},
	{"a: !!str 1\n", "a node that starts with an indicator"},
	{"? a\n: b\n", "a node that starts with an indicator"},
	{"a: [b:]\n", "a ':' before a flow indicator"},
	{"a: \"b\n  c\"\n", "a quoted scalar that goes on past its line"},
	{"a: 'b\n  c'\n", "a quoted scalar that goes on past its line"},
	{"a: \"\\/\"\n", "an unknown or cut escape"},
	{"a: \"\\ud800\"\n", "an invalid escape"},
	{"a: |2\n   x\n", "a block scalar header beyond `|`, `>`, and `-` or `+`"},
	{"a: >-2\n   x\n", "a block scalar header beyond `|`, `>`, and `-` or `+`"},
	{"a: |\nb: 1\n", "a block scalar without content, or with blank lines of spaces first"},
	{"a: |\n   \n  x\n", "a block scalar without content, or with blank lines of spaces first"},
	{"a: {b}\n", "a flow mapping entry without `key: value`"},
	{"a: [\"b\" c]\n", "unexpected text in a flow collection"},
	{"a: [b, ]\n", "a comma before the end of a flow collection"},
	{"a: [b: c]\n", "a `key: value` pair where a flow value was expected"},
	{"a: [b,\nc]\n", "a line of a flow collection not indented deeper than its block"},
	{"a: [b,\n  c\n", "a flow collection not closed"},
	{"a: [b\n  c]\n", "unexpected text in a flow collection"},
}

func TestFastYAMLRefuses(t *testing.T) {
	for _, c := range fastRefusals {
		if _, why := fastParse(c.text, 1); why != c.why {
			t.Errorf("%q: refused for %q, want %q", c.text, why, c.why)
		}
	}
}

// yamlStyleFloat reads as yaml.v3's regular expression.
func TestYAMLStyleFloat(t *testing.T) {
	re := regexp.MustCompile(`^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$`)
	for _, v := range []string{"", "+", "-", ".", "1", "-1", "1.", "1.5", ".5", "+.5", "-.", "1e5", "1E+5", "1e-", "1e", ".e1", "1.e3", "1..2", "1.2.3", "e5", "1e5x", "12", "0.0e0"} {
		if got, want := yamlStyleFloat(v), re.MatchString(v); got != want {
			t.Errorf("yamlStyleFloat(%q) = %v, want %v", v, got, want)
		}
	}
}

// A runtime panic inside the fast parser (a fault of its own, not a
// refusal) hands the text to yaml.v3 like any doubt, with a reason that
// checkFast, and so FuzzFastYAML, fails on; a refusal keeps its reason.
func TestFastParserFaultIsRefusal(t *testing.T) {
	fault := func() (why string) {
		defer func() { why = refused(recover()) }()
		var kids []int
		_ = kids[len(kids)] // what a misjudged text would do deep in the parse
		return ""
	}()
	if !strings.HasPrefix(fault, faultPrefix) || !strings.Contains(fault, "index out of range") {
		t.Fatalf("a runtime panic gives %q, want a reason starting %q that keeps Go's", fault, faultPrefix)
	}
	if got := refused(refusal("tabs")); got != "tabs" {
		t.Fatalf("a refusal gives %q, want its own reason", got)
	}
}
