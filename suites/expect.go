package suites

import (
	"fmt"
	"slices"
	"strings"

	"github.com/authspec/authspec/assert"
	"go.yaml.in/yaml/v3"
)

var expectKeys = []string{"status", "headers", "body", "body_contains", "body_not_contains", "max_duration"}

func (d *decoder) expect(n *yaml.Node, where string) Expect {
	var e Expect
	m := d.mapping(n, "in expect of "+strings.TrimPrefix(where, "in "), expectKeys...)
	if f, ok := m.get("status"); ok {
		e.Status = d.status(f.val, "status")
	}
	if f, ok := m.get("headers"); ok {
		for _, h := range d.entries(f.val, "in expect headers") {
			e.Headers = append(e.Headers, d.check(h, "header"))
		}
	}
	if f, ok := m.get("body"); ok {
		for _, b := range d.entries(f.val, "in expect body") {
			c := d.check(b, "body path")
			if err := assert.ValidPath(c.Path); err != nil {
				d.errorf(b.key, "body path %q: %v", c.Path, err)
			}
			e.Body = append(e.Body, c)
		}
	}
	if f, ok := m.get("body_contains"); ok {
		e.BodyContains = d.strs(f.val, "body_contains")
	}
	if f, ok := m.get("body_not_contains"); ok {
		e.BodyNotContains = d.strs(f.val, "body_not_contains")
	}
	if f, ok := m.get("max_duration"); ok {
		e.MaxDuration = d.duration(f.val, "max_duration")
	}
	return e
}

// check reads `path: value` (equals) or `path: { op: arg, … }`.
func (d *decoder) check(f field, what string) Check {
	c := Check{Path: f.key.Value, Pos: d.pos(f.key)}
	v := resolve(f.val)
	if v.Kind != yaml.MappingNode || !looksLikeOps(v) {
		m, err := assert.NewMatcher(string(assert.OpEquals), d.value(v))
		if err != nil {
			d.errorf(v, "%s %q: %v", what, c.Path, err)
		}
		c.Matchers = append(c.Matchers, m)
		return c
	}
	for _, op := range d.entries(v, fmt.Sprintf("in %s %q", what, c.Path)) {
		m, err := assert.NewMatcher(op.key.Value, d.value(op.val))
		if err != nil {
			d.errorf(op.key, "%s %q: %v", what, c.Path, err)
			continue
		}
		c.Matchers = append(c.Matchers, m)
	}
	return c
}

// looksLikeOps tells an operator mapping ({contains: x}) from an object to
// compare with equals. Any key that is, or nearly is, an operator makes it
// an operator mapping, so a misspelt operator is reported, not compared.
func looksLikeOps(n *yaml.Node) bool {
	for i := 0; i < len(n.Content); i += 2 {
		k := n.Content[i].Value
		if slices.Contains(assert.Ops, k) || suggest(k, assert.Ops) != "" {
			return true
		}
	}
	return false
}

func (d *decoder) matrix(n *yaml.Node, where string) *Matrix {
	m := d.mapping(n, "in matrix", "credentials", "requests")
	if m == nil {
		return nil
	}
	mx := &Matrix{Pos: d.pos(n)}
	if f, ok := m.get("credentials"); ok {
		for _, c := range d.strs(f.val, "matrix credentials") {
			mx.Credentials = append(mx.Credentials, c.Raw)
			mx.credPos = append(mx.credPos, c.Pos)
		}
	}
	if len(mx.Credentials) == 0 {
		d.errorf(n, "a matrix needs `credentials: [..]`")
	}
	f, ok := m.get("requests")
	if !ok {
		d.errorf(n, "a matrix needs `requests:` (name: { request: …, expect: [status per credential] })")
		return mx
	}
	for _, r := range d.entries(f.val, "in matrix requests") {
		rm := d.mapping(r.val, fmt.Sprintf("in matrix request %q", r.key.Value), "request", "expect")
		row := MatrixRow{Name: r.key.Value, Pos: d.pos(r.key)}
		if rf, ok := rm.get("request"); ok {
			row.Request = d.request(rf.val, fmt.Sprintf("in matrix request %q", row.Name))
		} else if rm != nil {
			d.errorf(r.key, "matrix request %q needs a request", row.Name)
		}
		if ef, ok := rm.get("expect"); ok {
			list := resolve(ef.val)
			if list.Kind != yaml.SequenceNode {
				d.errorf(list, "matrix expect must be a list with one status per credential")
			} else {
				for _, c := range list.Content {
					row.Expect = append(row.Expect, d.status(c, "matrix expect"))
				}
				if len(row.Expect) != len(mx.Credentials) {
					d.errorf(list, "matrix request %q has %d expectations for %d credentials (%s)", row.Name, len(row.Expect), len(mx.Credentials), strings.Join(mx.Credentials, ", "))
				}
			}
		} else if rm != nil {
			d.errorf(r.key, "matrix request %q needs expect: [status per credential]", row.Name)
		}
		mx.Rows = append(mx.Rows, row)
	}
	if len(mx.Rows) == 0 {
		d.errorf(f.key, "a matrix needs at least one request under `requests:`")
	}
	return mx
}
