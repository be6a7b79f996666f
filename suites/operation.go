package suites

import (
	"strings"

	"go.yaml.in/yaml/v3"
)

// httpMethods are the methods an OpenAPI operation may use.
var httpMethods = []string{"GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE", "QUERY"}

// operation reads `operation: "GET /pets/{petId}"`: a method and a path
// template, the way OpenAPI names an operation. The method is upper-cased.
func (d *decoder) operation(n *yaml.Node) (string, Pos) {
	raw := d.text(n, "operation")
	pos := d.pos(resolve(n))
	method, path, ok := strings.Cut(strings.TrimSpace(raw), " ")
	method, path = strings.ToUpper(method), strings.TrimSpace(path)
	switch {
	case raw == "":
		return "", pos
	case !ok || !strings.HasPrefix(path, "/"):
		d.errorf(n, `operation %q must be a method and a path template, like "GET /pets/{petId}"`, raw)
		return "", pos
	case !validMethod(method):
		d.errorf(n, "operation %q: unknown method %q; use one of %s", raw, method, quoteList(httpMethods))
		return "", pos
	}
	return method + " " + path, pos
}

func validMethod(m string) bool {
	for _, x := range httpMethods {
		if x == m {
			return true
		}
	}
	return false
}
