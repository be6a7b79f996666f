package openapi

import "testing"

// TestSecurityDetail: what coverage and run read is the same as with
// samples, but no parameter or body is read.
func TestSecurityDetail(t *testing.T) {
	for _, tc := range docs {
		full, err := Load(docPath(tc.file), Samples)
		if err != nil {
			t.Fatal(err)
		}
		sec, err := Load(docPath(tc.file), Security)
		if err != nil {
			t.Fatal(err)
		}
		if len(sec.Operations) != len(full.Operations) || len(sec.Schemes) != len(full.Schemes) {
			t.Fatalf("%s: %d operations, %d schemes with Security; %d, %d with Samples", tc.name,
				len(sec.Operations), len(sec.Schemes), len(full.Operations), len(full.Schemes))
		}
		for i, o := range sec.Operations {
			f := full.Operations[i]
			if o.Key() != f.Key() || o.Secured() != f.Secured() || o.Scoped() != f.Scoped() || len(o.Success) != len(f.Success) {
				t.Errorf("%s %s: differs from the Samples read", tc.name, o.Key())
			}
			if o.Params != nil || o.Body != nil {
				t.Errorf("%s %s: Security read parameters or a body", tc.name, o.Key())
			}
		}
	}
}
