package openapi

import (
	"net/url"
	"strings"
)

// Match finds the operation a request reaches: method and path as a
// scenario writes them ("/pets/${pet_id}?x=1", or an absolute URL). A
// `${…}` segment matches any template segment and a `{param}` segment
// any value; a prefix that is one of the document's server paths
// (/api/v3) is ignored. The most literal match wins, so /pets/mine
// reaches /pets/mine before /pets/{id}.
func (d *Doc) Match(method, path string) *Operation {
	method = strings.ToUpper(strings.TrimSpace(method))
	if u, err := url.Parse(path); err == nil && u.Host != "" {
		path = u.Path
	}
	path, _, _ = strings.Cut(path, "?")
	candidates := []string{path}
	for _, s := range d.Servers {
		if u, err := url.Parse(s.URL); err == nil {
			if p := strings.TrimRight(u.Path, "/"); p != "" && strings.HasPrefix(path, p+"/") {
				candidates = append(candidates, strings.TrimPrefix(path, p))
			}
		}
	}
	var best *Operation
	bestScore := -1
	for _, p := range candidates {
		segs := splitPath(p)
		for _, o := range d.Operations {
			if o.Method != method {
				continue
			}
			if score, ok := matchSegments(splitPath(o.Path), segs); ok && score > bestScore {
				best, bestScore = o, score
			}
		}
	}
	return best
}

func splitPath(p string) []string {
	return strings.Split(strings.Trim(p, "/"), "/")
}

// matchSegments reports whether a request path fits a template, and how
// many segments matched literally.
func matchSegments(tmpl, req []string) (int, bool) {
	if len(tmpl) != len(req) {
		return 0, false
	}
	score := 0
	for i, t := range tmpl {
		r := req[i]
		switch {
		case t == r:
			score++
		case strings.Contains(t, "{") || strings.Contains(r, "${"):
			if r == "" {
				return 0, false
			}
		default:
			return 0, false
		}
	}
	return score, true
}
