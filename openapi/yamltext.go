package openapi

import (
	"encoding/json"
	"strings"

	"github.com/authspec/authspec/internal/lazyre"
)

// plain matches scalars YAML reads back as the same string without quotes.
var plain = lazyre.New(`^[A-Za-z_/.$][A-Za-z0-9_./{}$:@+ -]*$`)

// reserved are plain scalars YAML would read as something else.
var reserved = map[string]bool{"true": true, "false": true, "yes": true, "no": true, "on": true, "off": true,
	"null": true, "~": true, "y": true, "n": true}

// yamlString writes s as a YAML scalar that reads back as the string s:
// plain when that is safe, else double-quoted (JSON's quoting is YAML's).
func yamlString(s string) string {
	if plain.MatchString(s) && !reserved[strings.ToLower(s)] && !strings.HasSuffix(s, " ") &&
		!strings.HasSuffix(s, ":") && !strings.Contains(s, ": ") && !strings.Contains(s, " #") {
		return s
	}
	b, _ := json.Marshal(s)
	return string(b)
}

func yamlKey(s string) string { return yamlString(s) }

// flowValue writes a JSON value on one line: JSON is YAML flow syntax.
func flowValue(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return "{}"
	}
	return string(b)
}

// oneLine keeps text from the document on one comment line.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// flowList writes names as a YAML flow sequence.
func flowList(xs []string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = yamlString(x)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}
