package diagnose

import (
	"encoding/json"
	"slices"
	"testing"
)

// TestWalkRowsEachDecide: every row of walkFirst and walkSkips decides
// something. A body of its shape is read one way with the row and another
// without it, so a row that no longer fits its shape (or is no longer
// asked) fails here, and a new envelope's row comes with its body.
func TestWalkRowsEachDecide(t *testing.T) {
	cases := []struct {
		shape, body, with, without string
	}{
		{"a JSON-RPC error's serialized exception", `{"jsonrpc":"2.0","id":1,"error":{"code":200,"message":"Odoo Server Error","data":{"name":"odoo.exceptions.AccessDenied","message":"Access Denied"}}}`,
			"Access Denied", ""},
		{"a text the named envelopes judge", `{"ok":false,"message":"Invalid API key"}`, "", "Invalid API key"},
		{"a link", `{"ok":false,"error":{"code":9,"errors":["https://docs.example.com/errors/invalid-api-key"]}}`, "", "https://docs.example.com/errors/invalid-api-key"},
		{"a payload under data", `{"ok":false,"data":{"message":"Invalid API key"}}`, "", "Invalid API key"},
		{"another error's object", `{"ok":false,"result":{"problem":{"type":"validation_error","message":"Invalid API key"}}}`, "", "Invalid API key"},
	}
	rows := append(slices.Clone(walkFirst), walkSkips...)
	if len(cases) != len(rows) {
		t.Errorf("%d rows, %d cases: each row needs its body here", len(rows), len(cases))
	}
	for _, c := range cases {
		var doc map[string]any
		if err := json.Unmarshal([]byte(c.body), &doc); err != nil {
			t.Fatalf("%s: %v", c.shape, err)
		}
		without := walker{first: dropRow(walkFirst, c.shape), skips: dropRow(walkSkips, c.shape)}
		if len(without.first)+len(without.skips) != len(rows)-1 {
			t.Errorf("no row %q", c.shape)
			continue
		}
		if got := envelopeWalk.read(doc); got != c.with {
			t.Errorf("%s: read %q, want %q", c.shape, got, c.with)
		}
		if got := without.read(doc); got != c.without {
			t.Errorf("%s: without the row read %q, want %q", c.shape, got, c.without)
		}
	}
}

// dropRow is rows without the one of that shape.
func dropRow(rows []walkRow, shape string) []walkRow {
	return slices.DeleteFunc(slices.Clone(rows), func(r walkRow) bool { return r.shape == shape })
}
