package report

import (
	"bytes"
	"encoding/json"
	"testing"
)

// indentJSON writes what json.Indent writes, for anything encoding/json
// encodes: strings with quotes, backslashes, brackets and commas, empty
// and nested lists and objects.
func FuzzIndentJSON(f *testing.F) {
	for _, s := range []string{"", `a "quoted" word`, `back\slash\`, `{[,:]}`, "line\nbreak\ttab", `\"`, "ünïcødé ✓", "<&>"} {
		f.Add(s, 3)
	}
	f.Fuzz(func(t *testing.T, s string, n int) {
		n = min(max(n, 0), 5)
		v := map[string]any{"s": s, s: []any{s, n, map[string]any{}, []string{}, map[string]any{"k": []any{nil, true, 1.5, s}}}}
		for range n {
			v = map[string]any{s: v, "list": []any{v}}
		}
		var compact bytes.Buffer
		enc := json.NewEncoder(&compact)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(v); err != nil {
			t.Fatal(err)
		}
		var want bytes.Buffer
		if err := json.Indent(&want, compact.Bytes(), "", "  "); err != nil {
			t.Fatal(err)
		}
		var got bytes.Buffer
		if err := indentJSON(&got, compact.Bytes()); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Errorf("indentJSON(%s) =\n%s\nwant\n%s", compact.Bytes(), got.Bytes(), want.Bytes())
		}
	})
}
