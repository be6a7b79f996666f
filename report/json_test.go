package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/authspec/authspec/results"
)

func decodeJSON(t *testing.T, out string) map[string]any {
	t.Helper()
	var doc map[string]any
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("JSON does not parse: %v", err)
	}
	return doc
}

// strings collects every string (keys and values) in a decoded document.
func allStrings(v any, out *strings.Builder) {
	switch v := v.(type) {
	case string:
		out.WriteString(v + "\n")
	case []any:
		for _, e := range v {
			allStrings(e, out)
		}
	case map[string]any:
		for k, e := range v {
			out.WriteString(k + "\n")
			allStrings(e, out)
		}
	}
}

func hasKeys(t *testing.T, where string, m map[string]any, keys ...string) {
	t.Helper()
	for _, k := range keys {
		if _, ok := m[k]; !ok {
			t.Errorf("%s lacks %q", where, k)
		}
	}
}

func TestJSONSchema(t *testing.T) {
	out, r := render(t, JSON)
	doc := decodeJSON(t, out)
	hasKeys(t, "report", doc, "schema_version", "started_at", "duration_ms", "totals", "results")
	if doc["schema_version"] != float64(1) || doc["started_at"] != "2026-11-22T10:00:00Z" || doc["duration_ms"] != float64(2500) {
		t.Errorf("header: %v %v %v", doc["schema_version"], doc["started_at"], doc["duration_ms"])
	}
	tot := doc["totals"].(map[string]any)
	hasKeys(t, "totals", tot, "passed", "failed", "errors", "skipped")
	if tot["passed"] != float64(5) || tot["failed"] != float64(4) || tot["errors"] != float64(2) || tot["skipped"] != float64(1) {
		t.Errorf("totals %v", tot)
	}
	results := doc["results"].([]any)
	if len(results) != len(r.Results) {
		t.Fatalf("%d results, want %d", len(results), len(r.Results))
	}
	statuses := map[string]bool{}
	for i, x := range results {
		res := x.(map[string]any)
		hasKeys(t, "result", res, "suite", "file", "line", "environment", "scenario", "kind", "probe",
			"status", "duration_ms", "steps", "failures", "diagnosis", "warnings")
		for _, list := range []string{"steps", "failures", "diagnosis", "warnings"} {
			if _, ok := res[list].([]any); !ok {
				t.Errorf("result %d: %s is %v, want a list", i, list, res[list])
			}
		}
		if res["scenario"] != r.Results[i].Name {
			t.Errorf("scenario %q, want the test case name %q", res["scenario"], r.Results[i].Name)
		}
		statuses[res["status"].(string)] = true
		for _, s := range res["steps"].([]any) {
			hasKeys(t, "step", s.(map[string]any), "method", "url", "status_code", "duration_ms")
		}
		for _, f := range res["failures"].([]any) {
			hasKeys(t, "failure", f.(map[string]any), "message")
		}
		for _, d := range res["diagnosis"].([]any) {
			dm := d.(map[string]any)
			hasKeys(t, "diagnosis", dm, "cause", "message", "evidence")
			if _, ok := dm["evidence"].([]any); !ok {
				t.Errorf("evidence is %v, want a list", dm["evidence"])
			}
		}
		for _, w := range res["warnings"].([]any) {
			hasKeys(t, "warning", w.(map[string]any), "cause", "message")
		}
	}
	for _, s := range []string{"passed", "failed", "error", "skipped"} {
		if !statuses[s] {
			t.Errorf("no result with status %q", s)
		}
	}
	probe := results[2].(map[string]any)
	if probe["probe"] != "previous" || probe["line"] != float64(31) || probe["kind"] != "happy" {
		t.Errorf("probe result: %v", probe)
	}
	if d := probe["diagnosis"].([]any)[0].(map[string]any); d["cause"] != "credential_not_checked" {
		t.Errorf("diagnosis: %v", d)
	}
	url := probe["steps"].([]any)[0].(map[string]any)["url"].(string)
	if !strings.Contains(url, "?api_key=[ADMIN_PASSWORD sha256:") {
		t.Errorf("url not redacted: %s", url)
	}

	var all strings.Builder
	allStrings(doc, &all)
	noSecrets(t, r.Redactor, all.String())
}

func TestJSONEmptyListsNotNull(t *testing.T) {
	var b bytes.Buffer
	r := &results.Report{Results: []*results.Result{{Name: "x", Status: results.Passed}}}
	if err := JSON(&b, r); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(b.String(), "null") {
		t.Errorf("null in JSON:\n%s", b.String())
	}
	var empty bytes.Buffer
	if err := JSON(&empty, &results.Report{}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(empty.String(), `"results": []`) {
		t.Errorf("no results must be []:\n%s", empty.String())
	}
}
