package suites

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// chunkHead is a suite's top without its scenarios.
const chunkHead = "version: 1\nname: x\nenvironments: { s: { base_url: \"http://127.0.0.1\" } }\ncredentials:\n  tok: { type: bearer, token: t-123456789 }\n"

// TestChunkedMatchesWhole: a scenarios block parsed a chunk at a time
// reads exactly as the file parsed whole (suite and errors), for every
// layout here and every suite file in testdata and examples; the layouts
// the cutting cannot vouch for fall back to the whole parse.
func TestChunkedMatchesWhole(t *testing.T) {
	many := func(n int, item string) string { return strings.Repeat(item, n) }
	cases := []struct {
		name    string
		text    string
		chunked bool // the file is read a chunk at a time (not parsed whole)
	}{
		{"indented items", chunkHead + "scenarios:\n  - name: a\n    request: { path: /a }\n  - name: b\n    request: { path: /b }\n", true},
		{"items at column 1", chunkHead + "scenarios:\n- name: a\n  request: { path: /a }\n", true},
		{"comments and blank lines between items", chunkHead + "scenarios: # all\n  # first\n  - name: a\n\n    request: { path: /a }\n# top-level comment\n  - name: b\n    request: { path: /b }\n", true},
		{"a key after the block", chunkHead + "scenarios:\n  - name: a\n    request: { path: /a }\nx-extra: 1\n", true},
		{"a block scalar", chunkHead + "scenarios:\n  - name: a\n    request:\n      path: /a\n      body: |\n        - not an item\n        line two\n", true},
		{"CRLF", strings.ReplaceAll(chunkHead+"scenarios:\n  - name: a\n    request: { path: /a }\n", "\n", "\r\n"), true},
		{"many chunks", chunkHead + "scenarios:\n" + many(3000, "  - name: s\n    request: { path: /s }\n    expect: { status: 200, body: { ok: true } }\n"), true},
		{"errors in several chunks", chunkHead + "scenarios:\n" + many(2000, "  - name: s\n    request: { path: /s, bad: 1 }\n"), true},
		{"an anchor used within its item", chunkHead + "scenarios:\n  - name: a\n    request: &r { path: /a }\n    steps: [ { request: *r } ]\n", false},
		{"an alias to the top", chunkHead + "x-req: &r { path: /a }\nscenarios:\n  - name: a\n    request: *r\n", false},
		{"a merge key", chunkHead + "x-req: &r { path: /a }\nscenarios:\n  - name: a\n    request: { <<: *r }\n", false},
		{"a flow list", chunkHead + "scenarios: [ { name: a, request: { path: /a } } ]\n", false},
		{"a YAML error in an item", chunkHead + "scenarios:\n  - name: a\n    request: { path: /a\n", false},
		{"a second document", chunkHead + "scenarios:\n  - name: a\n    request: { path: /a }\n---\nname: y\n", false},
		{"an item less indented", chunkHead + "scenarios:\n    - name: a\n      request: { path: /a }\n  - name: b\n", false},
		{"a tab", chunkHead + "scenarios:\n  - name: a\n    request: { path: \"/a\tb\" }\n", false},
		{"duplicate scenarios keys", chunkHead + "scenarios:\n  - name: a\n    request: { path: /a }\nscenarios:\n  - name: b\n    request: { path: /b }\n", true},
		{"no scenarios key", chunkHead, false},
		{"an empty block", chunkHead + "scenarios:\n\nx-y: 1\n", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if _, _, split := parseInChunks("f.yaml", []byte(c.text)); split != c.chunked {
				t.Errorf("read a chunk at a time: %v, want %v", split, c.chunked)
			}
			sameAsWhole(t, []byte(c.text))
			// Comments pad the file up to the size that Parse reads a
			// chunk at a time.
			padded := []byte(strings.Repeat("# padding\n", minChunkedFile/10) + c.text)
			s, errs := Parse("f.yaml", padded)
			ws, werrs := parseWhole("f.yaml", padded)
			if !reflect.DeepEqual(s, ws) || !reflect.DeepEqual(errs, werrs) {
				t.Errorf("Parse of a large file reads otherwise than parseWhole:\n%v\n%v", errs, werrs)
			}
		})
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "*", "*.yaml"))
	more, _ := filepath.Glob(filepath.Join("..", "examples", "*", "*.yaml"))
	files = append(files, more...)
	if len(files) < 30 {
		t.Fatalf("only %d suite files found", len(files))
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		t.Run(f, func(t *testing.T) { sameAsWhole(t, data) })
	}
}

// sameAsWhole checks that data, when it can be read a chunk at a time,
// reads as parsed whole.
func sameAsWhole(t *testing.T, data []byte) {
	t.Helper()
	s, errs, ok := parseInChunks("f.yaml", data)
	if !ok {
		return
	}
	ws, werrs := parseWhole("f.yaml", data)
	if !reflect.DeepEqual(errs, werrs) {
		t.Fatalf("errors differ:\nchunked: %v\nwhole:   %v", errs, werrs)
	}
	if !reflect.DeepEqual(s, ws) {
		t.Fatalf("suites differ:\nchunked: %+v\nwhole:   %+v", s, ws)
	}
}
