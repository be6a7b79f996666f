package suites

import (
	"fmt"
	"strings"
	"testing"

	"github.com/authspec/authspec/internal/benchsuite"
)

// auditCases are hand-written texts at the edges of YAML 1.2 and of
// yaml.v3's reading of it: whatever the fast parser makes of each (read or
// refused), the tree and the loaded suite are yaml.v3's.
var auditCases = []string{
	// plain scalars: ': ', ' #', a trailing ':', indicators
	"a: b:c\n", "a: b :c\n", "a: b #c\n", "a: b#c\n", "a: b:\n", "a: b: \n", "a:b: c\n", "a: -b\n", "a: --b\n",
	"a: ?b\n", "a: :b\n", "a: @b\n", "a: `b\n", "a: b@\n", "a: b`\n", "a: %b\n", "a: !b\n", "a: b!\n",
	"a: b  \n", "a: b  # c\n", "a : b\n", "a   :   b\n", "'a' : b\n", "\"a\"  : b\n", "a: 'b' \n", "a:  \"b\"  # c\n",
	"- -\n", "- -a\n", "- - -\n", "-a: b\n", "- ? a\n", "- : a\n", "? a\n", ": a\n", "a: -\n", "a: - \n",
	"a: x # c # d\n", "a: x #\n", "a: #\n", "a:#\n", "a: b\n#c\n", "a: b\n #c\n", "a: b\n  #c\nc: d\n",
	// numbers, booleans, nulls, timestamps in every spelling
	"a: [+1, -0, 0o17, 0x_1, 1_000, 1e3, .5, +.inf, .NaN, 0b101, 012, 08, 0x, 0o, 0b, -0x1F, +0x1F, 1e+3, 1E3, -.5e-3]\n",
	"a: [Yes, yes, YES, ON, On, on, y, Y, n, N, No, off, Off, OFF, True, TRUE, tRUE, False, FALSE, fAlse]\n",
	"a: [Null, NULL, nULL, null, ~, '~', \"null\", None, nil]\n",
	"a:\nb: ~\nc: null\nd: Null\ne: NULL\nf: ''\n",
	"a: [2001-12-14, 2001-12-14t21:59:43.10-05:00, 2001-12-14T21:59:43Z, 2001-12-14 21:59:43.10, 2001-12-14 21:59:43.10 -5, 2002-2-30, 1-2-3, 12345-1-1]\n",
	"2001-12-14: a\n1: b\n1.5: c\ntrue: d\n~: e\n",
	"- 2001-12-14\n- 9223372036854775807\n- 9223372036854775808\n- 18446744073709551615\n- 18446744073709551616\n- -9223372036854775808\n- -9223372036854775809\n",
	"a: [.inf, -.inf, +.Inf, .INF, .nAn, .Nan, +.nan, -.nan, ., .., .e, .1e1, 1., 1.e1, +., -.]\n",
	"a: [0b1_0, -0b1_0, 0o1_7, -0o17, 0b2, 0o8, 0_1, 0__, 1_, _1, 0x1_F, 0X1F, 0B1, 0O7]\n",
	"a: [<<, <, <<<, <<x]\n", "<<: {a: 1}\n", "a: <<\n",
	// double-quoted escapes
	"a: \"\\x41\\u00e9\\U0001F600\\N\\_\\L\\P\"\n", "a: \"\\0\\a\\b\\t\\n\\v\\f\\r\\e\\ \\\"\\/\\\\\"\n",
	"a: \"\\x4\"\n", "a: \"\\u00e\"\n", "a: \"\\U0011FFFF\"\n", "a: \"\\uD800\"\n", "a: \"\\uFFFE\"\n", "a: \"\\x00\"\n",
	"a: \"\\\t\"\n", "a: \"\\xZZ\"\n", "a: \"\\u+0e9\"\n", "a: \"\\x+1\"\n", "a: \"\\u-001\"\n", "a: \"\\U+0001F60\"\n",
	"a: \"x\ny\"\n", "a: \"x\n  y\"\n", "a: \"x\\\n  y\"\n", "a: \"x \n\n  y\"\n", "a: \"x\r\n  y\"\n",
	"a: 'x\n  y'\n", "a: 'x\n\n  y'\n", "a: 'it''s'\n", "a: ''''\n", "a: 'a''\n",
	"a: \"\\u00e9\": 1\n", "\"\\u00e9\": 1\n", "\"a\\tb\": 1\n",
	// block scalars
	"a: |\n  x\n", "a: |-\n  x\n", "a: |+\n  x\n", "a: >\n  x\n  y\n", "a: >-\n  x\n", "a: >+\n  x\n\n",
	"a: |2\n   x\n", "a: |1-\n  x\n", "a: |-2\n   x\n", "a: |\n  x\n\n\n", "a: |-\n  x\n\n\n", "a: |+\n  x\n\n\n",
	"a: |\n  x", "a: |-\n  x", "a: |+\n  x", "a: |\n  x\n ", "a: |\n  x\n  ", "a: |\n  x\n   ", "a: |+\n  x\n  \n  ",
	"a: |\n  x\n # c\nb: 1\n", "a: |\n  x\n  # c\nb: 1\n", "a: |\n  x\n# c\n", "a: |\n    x\n  y\n", "a: |\n  x\n    y\n  z\n",
	"a: |\n\n\n  x\n", "a: |\n \n  x\n", "a: |\n  x\n     \n  y\n", "a: |\n  x\n \n  y\n", "a: |x\n  y\n", "a: |#c\n  y\n",
	"a: |\n  x\r\n  y\r\n", "a: |\r\n  x\r\n\r\n", "- |\n x\n- |\n  y\n", "- - |\n   x\n", "a:\n- |\n x\n", "a: |\nb: c\n",
	"a: | \n  x\n", "a: |  # c\n  x\n", "a: |\n\tx\n", "a: |\n  x\n\ty\n", "a: |\n  ---\n", "a: |\n  ...\n",
	"a: |\n  \"x\": 'y' #z\n",
	"a: >\n  x\n   y\n  z\n", "a: >\n  x\n\n  y\n", "a: >\n  x\n  \n   y\n  z\n", "a: >-\n  x\n\n\n  y\n\n", "a: >+\n  x\n   \n\n",
	"a: >\n  x \n  y\n", "a: >\n   x\n  y\n", "a: >\n  x\n\n   y\n\n  z\n", "a: >\n   \n  x\n", "a: >\n  x\r\n  y\r\n\r\n  z", "- >\n x\n y\n", "a:\n  b: |\n   x\n  c: d\n", "a:\n  b: |\n  x\n", "-   a: |\n     x\n    b: 1\n",
	// flow collections
	"a: [[a, [b]], {c: [d, {e: f}]}]\n", "a: [a, b, ]\n", "a: {a: b, }\n", "a: [a: b]\n", "a: [a: b, c]\n", "a: {a}\n", "a: {a, b: c}\n",
	"a: {a: }\n", "a: {a: , b: c}\n", "a: {: b}\n", "a: [, a]\n", "a: [a,,b]\n", "a: {a: b c}\n", "a: [a b]\n", "a: ['a' b]\n",
	"a: [a]b\n", "a: [a] #c\n", "a: [a]#c\n", "a: [a] b\n", "a: {\"a\":b}\n", "a: {'a':b}\n", "a: {\"a\":\"b\",\"c\":[1,2]}\n",
	"a: {a:b}\n", "a: [a:b]\n", "a: [http://x]\n", "a: {u: http://x:80/y}\n", "a: [a#b]\n", "a: [a #b\n  ]\n", "a: [a,#b\n  c]\n",
	"a: [\"a\":b]\n", "a: [? a]\n", "a: {? a: b}\n", "a: [-a, -, - a]\n", "a: [-]\n", "a: [a-, b]\n", "a: [*]\n", "a: [&]\n",
	"a: [a\n  ]\n", "a: [a,\n b]\n", "a: [a,\n  b]\n", "a: {a: b,\n c: d}\n", "a: {a:\n   b}\n", "a: {a\n  : b}\n",
	"a: [\n  ]\n", "a: [\n]\n", "- [a,\n  b]\n", "- [a,\n b]\n", "- k: [a,\n   b]\n", "- k: [a,\n  b]\n", "[a, b]\n", "{a: b}\n",
	"a: [a, [b,\n  c]]\n", "a: {b: [\n  c]}\n", "a: [{b: c}, {d: e}]\n", "a: [{}, [], {}]\n", "a: {[a]: b}\n", "a: {{a: b}: c}\n",
	"a: [\"a\" , 'b' ,c ]\n", "a: [ a , b ]\n", "a: {a:  b ,c :d}\n", "a: [a, b]   # c\n", "a: [a, b]\t\n",
	// duplicate keys, long keys
	"a: 1\na: 2\n", "a:\n  b: 1\n  b: 2\n", "a: {b: 1, b: 2}\n", "- a: 1\n  a: 2\n", "1: a\n01: b\n", "a: 1\n'a': 2\n",
	strings.Repeat("k", 1000) + ": v\n", strings.Repeat("k", 1024) + ": v\n", strings.Repeat("k", 1025) + ": v\n",
	"'" + strings.Repeat("k", 1022) + "': v\n", "a: {" + strings.Repeat("k", 1023) + ": v}\n", strings.Repeat("é", 600) + ": v\n",
	// tabs, BOM, CRLF, markers
	"a: b\t\n", "a: b\t# c\n", "a:\tb\n", "a: \"b\tc\"\n", "\ufeffa: b\n", "a: b\r\nc: d\r\n", "a: b\r\n", "a: |\r\n  b\r\n",
	"---\na: b\n", "--- \na: b\n", "--- # c\na: b\n", "---\na: b\n...\n", "a: b\n...\n", "a: b\n---\n", "--- |\n  x\n",
	"--- [a]\n", "---a: b\n", "...a: b\n", "a: ---\n", "a: ...\n", "- ---\n", "- ...\n", "a:\n  ---: b\n", "# c\n---\n# d\na: b\n",
	"a:\n---\n", "a: |\n  x\n---\n", "a: |\n  x\n...\n", "a: [b,\n---\n  c]\n", "a: [b,\n...\n  c]\n", " ---\na: 1\n",
	// sequences and mappings
	"- # c\n  a: 1\n", "-# c\n", "- #c\n- x\n", "-\n  a: 1\n", "-\n- x\n", "- \n  - x\n", "key:\n- a\n- b\nc: d\n",
	"key:\n- a\n -b\n", "key:\n- a\nother:\n- b\n", "key:\n  - a\n  - b\n", "key:\n - a\n - b\n", "k:\n-\n- a\n",
	"- a: 1\n  b: 2\n-  c: 3\n   d: 4\n-   e: 5\n    f: 6\n", "- a: 1\n   b: 2\n", "- a: 1\n b: 2\n", "-   - a\n    - b\n",
	"- - a\n  - b\n- c\n", "- - - a\n    - b\n  - c\n", "a:\n  - b:\n    - c\n    d: e\n", "a:\n  b:\n  - c\n  d: e\n",
	"a:\n    b: 1\n  c: 2\n", "a:\n  b: 1\n c: 2\n", "a: &x\n  b: 1\nc: *x\n", " a: 1\n b: 2\n", "  - a\n  - b\n",
	"- a\n-  b\n-   c\n", "-  - a\n   - b\n", "- a:\n  - b\n", "- a:\n  b: c\n", "- a:\n    b: c\n", "- a:\n   - b\n",
	// anchors, aliases, merge keys
	"a: &x 1\nb: *x\n", "a: &x\n  k: v\nb:\n  <<: *x\n", "a: &x {k: v}\nb: &y {j: w}\nc:\n  <<: [*x, *y]\n",
	"b: *x\na: &x 1\n", "a: &x [*x]\n", "a: &x &y 1\n", "a: &x *y\n", "a: *x \n", "a: *x# c\n", "a: *x:\n", "&x a: 1\n",
	"a: &x-y_z 1\nb: *x-y_z\n", "a: &x 1\nb: [*x, *x]\nc: {k: *x}\n", "a: &x 1\n*x : 2\n", "a: &x\n- 1\nb: *x\n",
	"- &x a\n- *x\n", "- &x\n  a: 1\n- *x\n", "a: &x 'q'\nb: *x\n", "a: &x\n\n  b: 1\n", "a: &x # c\n  b: 1\n",
	"a: &é 1\n", "a: &x] 1\n", "a: [&x 1, *x]\n", "a: &x {b: &y 1}\nc: *y\n", "<<: &x {a: 1}\n", "a: {<<: {b: 1}}\n",
	"a: &x |\n  t\nb: *x\n", "a: &x\n  b: &x v\nc: *x\n", "- &x\n  - &x v\n- *x\n", "a: &x\n  b: &x [v]\n  c: *x\n", "a:\n  &x b: 1\n", "- &x\n- *x\n", "a: &x\n",
	// odd starts
	"\n\n\na: 1\n", "# c\n\n  # d\na: 1\n", "a: 1\n\n\n", "a: 1", "a:", "- a", "-", "a", "'a'", "[a]", "", "\n", "---", "# c",
	"a: 1\n# c", "a: \"x\"", "a: [x]", "a: |", "a: |\n", "a: >", "a: &x", "a: *x", "a: 'x", "a: \"x",
}

// addAuditSeeds gives the fuzz tests every audit case, alone (for
// FuzzFastYAML) or also in a suite (for FuzzParse).
func addAuditSeeds(f *testing.F, inSuite bool) {
	for _, text := range auditCases {
		f.Add([]byte(text))
		if inSuite && !hasNaN(text) {
			f.Add([]byte(auditSuite(text)))
		}
	}
}

// Whatever the fast parser makes of a text, the tree and the loaded suite
// are yaml.v3's; a suite around each text reaches the decoder's paths too.
func TestFastYAMLAudit(t *testing.T) {
	read := 0
	for _, text := range auditCases {
		if checkFast(t, []byte(text)) {
			read++
		}
		sameAsYAMLv3(t, []byte(text))
		if !hasNaN(text) {
			sameAsYAMLv3(t, []byte(auditSuite(text)))
		}
	}
	t.Logf("the fast parser reads %d of %d texts", read, len(auditCases))
}

// hasNaN: text may hold a NaN, which as a JSON value is never equal to
// itself (reflect.DeepEqual), whichever parser read it.
func hasNaN(text string) bool { return strings.Contains(strings.ToLower(text), ".nan") }

// auditSuite puts text in a suite: as the JSON body of a request.
func auditSuite(text string) string {
	indented := "        " + strings.ReplaceAll(strings.TrimSuffix(text, "\n"), "\n", "\n        ") + "\n"
	return fmt.Sprintf("version: 1\nname: x\nenvironments: { s: { base_url: \"http://127.0.0.1\" } }\nscenarios:\n  - name: a\n    request:\n      path: /\n      method: POST\n      json:\n%s    expect: { status: 200 }\n", indented)
}

// deepMistakes are edits of one scenario: a typo'd key, wrong types, an
// unknown key deep in a request or expect, an outdented key, YAML errors,
// and values the fast parser reads (quoted escapes, block scalars).
var deepMistakes = []struct{ old, new string }{
	{"    expect:\n      status: 200", "    expct:\n      status: 200"},
	{"      status: 200", "      status: [200, x]"},
	{"    kind: happy", "    kind: {a: 1}"},
	{"path: /bearer }", "path: /bearer, bdy: x }"},
	{"      body: { authenticated: true }", "      body: { authenticated: true }\n      hedaers: { a: b }"},
	{"    request: { method: GET, path: /bearer }", "    request: { method: GET }\n    path: /bearer"},
	{"path: /bearer }", "path: /bearer"},
	{"    auth: tok\n", "     auth: tok\n"},
	{"    auth: tok\n", "    auth: tok\n    auth: tok\n"},
	{"    auth: tok\n", "    auth:\ttok\n"},
	{"    auth: tok\n", "    auth: *nope\n"},
	{"    auth: tok\n", "    auth: \"t\\u00e9k\"\n    only: \"\\x41\"\n"},
	{"      body: { authenticated: true }", "      body: |\n        text\n      headers: 3"},
	{"      body: { authenticated: true }", "      body: >\n        a\n         b\n      x: 1"},
}

// A mistake deep in a file of 1,000 scenarios (read a chunk at a time) and
// in one of 5 is reported as with yaml.v3 alone, at the same line and
// column.
func TestFastYAMLAuditDeepMistakes(t *testing.T) {
	big := string(benchsuite.Text("bench", "http://127.0.0.1:1", 0, 1000))
	small := string(benchsuite.Text("bench", "http://127.0.0.1:1", 0, 5))
	for _, m := range deepMistakes {
		for _, c := range []struct {
			text string
			nth  int
		}{{big, 700}, {small, 3}} {
			i := -1
			for range c.nth {
				i += 1 + strings.Index(c.text[i+1:], m.old)
			}
			text := c.text[:i] + m.new + c.text[i+len(m.old):]
			if _, errs := Parse("f.yaml", []byte(text)); len(errs) == 0 && !strings.Contains(m.new, "\\u") && !strings.Contains(m.new, "\t") {
				t.Errorf("no error for %q", m.new)
			}
			sameAsYAMLv3(t, []byte(text))
		}
	}
}
