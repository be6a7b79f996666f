// Package benchsuite writes the suite authspec's benchmarks load and run
// (bench/compare, and suites' parsing benchmarks): one text, so that the
// numbers of both speak of the same suite.
package benchsuite

import (
	"fmt"
	"strings"
)

// Text is a suite named name of n scenarios numbered from first, shaped
// like the ones teams write: each a GET of go-httpbin's /bearer with a
// bearer token, a status and a body assertion. baseURL is written as is
// (a URL or a ${VAR}).
func Text(name, baseURL string, first, n int) []byte {
	var b strings.Builder
	b.WriteString("version: 1\nname: " + name + "\n")
	b.WriteString("environments:\n  local:\n    base_url: " + baseURL + "\n")
	b.WriteString("credentials:\n  tok:\n    type: bearer\n    token: ${BENCH_TOKEN}\n")
	b.WriteString("defaults:\n  headers: { Accept: application/json }\n")
	b.WriteString("scenarios:\n")
	for i := first; i < first+n; i++ {
		fmt.Fprintf(&b, "  - name: token reads /bearer %d\n    kind: happy\n    auth: tok\n    request: { method: GET, path: /bearer }\n    expect:\n      status: 200\n      body: { authenticated: true }\n", i)
	}
	return []byte(b.String())
}
