package vocab_test

import (
	"slices"
	"testing"

	"github.com/authspec/authspec/suites"
	"github.com/authspec/authspec/vocab"

	_ "github.com/authspec/authspec/internal/golden" // accepts go test -update
)

// The tables agree with each other and with the suite model: every type
// has its fields, every required or primary field is one the type takes,
// and every field the model stores is a field some type takes.
func TestTablesAgree(t *testing.T) {
	for _, typ := range vocab.CredTypes {
		fields, ok := vocab.CredFields[typ]
		if !ok || fields[0] != vocab.FieldType {
			t.Errorf("%s: fields %v, want a list that starts with %q", typ, fields, vocab.FieldType)
		}
		for _, f := range vocab.RequiredFields[typ] {
			if !slices.Contains(fields, f) {
				t.Errorf("%s requires %q, which it does not take", typ, f)
			}
		}
		if f, ok := vocab.PrimaryField[typ]; ok && !slices.Contains(fields, f) {
			t.Errorf("%s: primary field %q is not one it takes", typ, f)
		}
	}
	if len(vocab.CredFields) != len(vocab.CredTypes) {
		t.Errorf("CredFields has %d types, CredTypes %d", len(vocab.CredFields), len(vocab.CredTypes))
	}
	taken := map[string]bool{}
	for _, fs := range vocab.CredFields {
		for _, f := range fs {
			taken[f] = true
		}
	}
	for _, f := range (&suites.Credential{}).StringFields() {
		if !taken[f.Name] {
			t.Errorf("the model stores field %q, which no credential type takes", f.Name)
		}
	}
}
