package openapi

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/authspec/authspec/suites"
)

// A hand-written suite for the Swagger Petstore 3.0: it reaches some
// operations by `operation:`, others by method and path only, proves a
// scope on one, and names a path the document does not have.
const petstoreSuite = `version: 1
name: Petstore by hand
environments:
  staging: { base_url: "http://127.0.0.1:8080/api/v3" }
  production: { base_url: "https://petstore3.swagger.io/api/v3" }
credentials:
  key: { type: api_key, header: api_key, key: "${KEY}" }
  reader: { type: bearer, token: "${READ_TOKEN}" }
scenarios:
  - name: reads a pet
    operation: GET /pet/{petId}
    auth: key
    request: { method: GET, path: /pet/10 }
    probes: [no_auth]
  - name: reader cannot add a pet
    kind: permission
    auth: reader
    request: { method: POST, path: /api/v3/pet, json: { name: doggie } }
  - name: inventory without a key is refused
    kind: failure
    only: [staging]
    request: { method: GET, path: /store/inventory }
  - name: an order, publicly
    request: { method: GET, path: "/store/order/${ORDER}" }
  - name: a path the document lacks
    auth: key
    request: { method: GET, path: /pets/all }
`

func TestCoverageGolden(t *testing.T) {
	d, err := Load(docPath("petstore3.yaml"), Security)
	if err != nil {
		t.Fatal(err)
	}
	d.File = "petstore3.yaml"
	s, errs := suites.Parse("suites/petstore.yaml", []byte(petstoreSuite))
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	c := Cover(d, []*suites.Suite{s})
	var text, js, md bytes.Buffer
	for _, w := range []func() error{func() error { return c.WriteText(&text) }, func() error { return c.WriteJSON(&js) },
		func() error { return c.WriteMarkdown(&md) }} {
		if err := w(); err != nil {
			t.Fatal(err)
		}
	}
	golden(t, "golden/coverage.txt", text.Bytes())
	golden(t, "golden/coverage.json", js.Bytes())
	golden(t, "golden/coverage.md", md.Bytes())

	// Unreached operations come first; reached ones carry their evidence.
	if c.Operations[0].Reached {
		t.Errorf("the first operation is reached: %+v", c.Operations[0])
	}
	byOp := map[string]OpCoverage{}
	for _, o := range c.Operations {
		byOp[o.Operation] = o
	}
	cases := []struct {
		op, env               string
		positive, neg, scoped *bool
	}{
		{"GET /pet/{petId}", "staging", ptr(true), ptr(true), ptr(false)},
		{"POST /pet", "production", ptr(false), ptr(false), ptr(true)},
		{"GET /store/inventory", "staging", ptr(false), ptr(true), nil},
		{"GET /store/inventory", "production", ptr(false), ptr(false), nil},
		{"GET /store/order/{orderId}", "production", ptr(true), nil, nil},
	}
	for _, tc := range cases {
		var got *EnvCoverage
		for i, e := range byOp[tc.op].Environments {
			if e.Environment == tc.env {
				got = &byOp[tc.op].Environments[i]
			}
		}
		if got == nil {
			t.Errorf("%s: no row for %s", tc.op, tc.env)
			continue
		}
		if got.Positive != *tc.positive || !samePtr(got.Negative, tc.neg) || !samePtr(got.Scope, tc.scoped) {
			b, _ := json.Marshal(got)
			t.Errorf("%s in %s: got %s", tc.op, tc.env, b)
		}
	}
	if len(c.Unmatched) != 1 || c.Unmatched[0].Scenario != "a path the document lacks" {
		t.Errorf("unmatched: %+v", c.Unmatched)
	}
}

func ptr(b bool) *bool { return &b }

func samePtr(a, b *bool) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}

// TestCoverageMutualTLS: the client certificate goes with every request,
// so a scenario without `auth:` proves an operation that mutual TLS may
// secure where its environment has one (as the generated "with the client
// certificate" scenario does), and nowhere else.
func TestCoverageMutualTLS(t *testing.T) {
	doc := `openapi: 3.1.0
info: {title: m, version: "1"}
components:
  securitySchemes:
    cert: {type: mutualTLS}
    bearer: {type: http, scheme: bearer}
paths:
  /admin:
    get: {security: [{cert: []}], responses: {"200": {description: ok}}}
  /either:
    get: {security: [{bearer: []}, {cert: []}], responses: {"200": {description: ok}}}
  /token:
    get: {security: [{bearer: []}], responses: {"200": {description: ok}}}
`
	suite := `version: 1
name: m
environments:
  withcert:
    base_url: https://127.0.0.1:8443
    tls: { cert_file: client.crt, key_file: client.key }
  plain: { base_url: "https://127.0.0.1:8444" }
scenarios:
  - name: admin with the client certificate
    operation: GET /admin
    request: { method: GET, path: /admin }
  - name: either with the client certificate
    request: { method: GET, path: /either }
  - name: token endpoint without credentials
    request: { method: GET, path: /token }
`
	d, err := Parse("m.yaml", []byte(doc), Security)
	if err != nil {
		t.Fatal(err)
	}
	s, errs := suites.Parse("suites/m.yaml", []byte(suite))
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	c := Cover(d, []*suites.Suite{s})
	want := map[string]bool{"GET /admin withcert": true, "GET /admin plain": false, "GET /either withcert": true,
		"GET /either plain": false, "GET /token withcert": false, "GET /token plain": false}
	seen := 0
	for _, o := range c.Operations {
		for _, e := range o.Environments {
			key := o.Operation + " " + e.Environment
			if _, ok := want[key]; ok {
				seen++
			}
			if e.Positive != want[key] {
				t.Errorf("%s: positive %v, want %v", key, e.Positive, want[key])
			}
		}
	}
	if seen != len(want) { // else a coverage without these rows would pass
		t.Errorf("%d of the %d operation × environment rows are in the coverage", seen, len(want))
	}
}
