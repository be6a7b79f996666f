package openapi

import (
	"fmt"
	"testing"
)

// overrideDocs declare a parameter on the path item and again, with
// another sample, on one of its operations: the operation's replaces the
// path item's where it stood; the other operation keeps the path item's.
var overrideDocs = map[string]string{
	"openapi3": `openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /pets/{id}:
    parameters:
      - {name: id, in: path, required: true, schema: {type: string}, example: from-path}
      - {name: trace, in: header, schema: {type: string}, example: t1}
    get:
      parameters:
        - {name: limit, in: query, schema: {type: integer}, example: 5}
        - {name: id, in: path, required: true, schema: {type: integer}, example: 42}
      responses: {"200": {description: ok}}
    delete:
      responses: {"204": {description: gone}}
`,
	"swagger2": `swagger: "2.0"
info: {title: t, version: "1"}
paths:
  /pets/{id}:
    parameters:
      - {name: id, in: path, required: true, type: string, x-example: from-path}
      - {name: trace, in: header, type: string, x-example: t1}
    get:
      parameters:
        - {name: limit, in: query, type: integer, default: 5}
        - {name: id, in: path, required: true, type: integer, default: 42}
      responses: {"200": {description: ok}}
    delete:
      responses: {"204": {description: gone}}
`,
}

func TestOperationParameterOverridesPathItem(t *testing.T) {
	want := map[string]string{
		"GET /pets/{id}":    "path id=42 (integer), header trace=t1 (string), query limit=5 (integer)",
		"DELETE /pets/{id}": "path id=from-path (string), header trace=t1 (string)",
	}
	for name, doc := range overrideDocs {
		d, err := Parse(name+".yaml", []byte(doc), Samples)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for key, w := range want {
			o := d.Operation(key)
			if o == nil {
				t.Fatalf("%s: no operation %s", name, key)
			}
			got := ""
			for i, p := range o.Params {
				if i > 0 {
					got += ", "
				}
				got += fmt.Sprintf("%s %s=%v (%s)", p.In, p.Name, p.Value, p.Type)
			}
			if got != w {
				t.Errorf("%s %s: parameters %s, want %s", name, key, got, w)
			}
		}
	}
}
