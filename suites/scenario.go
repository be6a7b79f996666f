package suites

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/authspec/authspec/assert"
	"github.com/authspec/authspec/vocab"
	"go.yaml.in/yaml/v3"
)

var retryKeys = []string{"attempts", "delay", "on"}

var settingKeys = []string{"timeout", "retry", "headers", "follow_redirects"}

var scenarioKeys = append([]string{"name", "description", "kind", "auth", "only", "skip",
	"request", "expect", "capture", "steps", "probes", "probe_status", "matrix",
	"requires_scope", "operation"}, settingKeys...)

// settings merges the keys in m over base: a scenario's headers add to the
// defaults', everything else replaces.
func (d *decoder) settings(m fieldMap, base Settings, where string) Settings {
	out := base
	// Scenarios without headers of their own share the defaults'; clipped,
	// so that an append never writes into them.
	out.Headers = slices.Clip(base.Headers)
	if f, ok := m.get("timeout"); ok {
		out.Timeout = d.duration(f.val, "timeout")
	}
	if f, ok := m.get("follow_redirects"); ok {
		b := d.boolean(f.val, "follow_redirects")
		out.FollowRedirects = &b
	}
	if f, ok := m.get("headers"); ok {
		out.Headers = slices.Clone(out.Headers)
		for _, p := range d.headerPairs(f.val, where+" headers") {
			out.Headers = setPair(out.Headers, p)
		}
	}
	if f, ok := m.get("retry"); ok {
		out.Retry = d.retry(f.val)
	}
	return out
}

// setPair replaces a header of the same name (case-insensitive) or appends.
func setPair(ps []Pair, p Pair) []Pair {
	for i := range ps {
		if strings.EqualFold(ps[i].Name, p.Name) {
			ps[i] = p
			return ps
		}
	}
	return append(ps, p)
}

func (d *decoder) retry(n *yaml.Node) *Retry {
	m := d.mapping(n, "in retry", retryKeys...)
	r := &Retry{Attempts: 1}
	if f, ok := m.get("attempts"); ok {
		// Not a number is one error, not also "got 0".
		before := len(d.errs)
		if r.Attempts = d.integer(f.val, "retry attempts"); len(d.errs) == before && (r.Attempts < 1 || r.Attempts > 100) {
			d.errorf(f.val, "retry attempts must be between 1 and 100, got %d", r.Attempts)
		}
	}
	if f, ok := m.get("delay"); ok {
		r.Delay = d.duration(f.val, "retry delay")
	}
	if f, ok := m.get("on"); ok {
		for _, v := range d.strs(f.val, "retry on") {
			if v.Raw == "network" {
				r.Network = true
				continue
			}
			var code int
			if _, err := fmt.Sscanf(v.Raw, "%d", &code); err != nil || code < 100 || code > 599 || fmt.Sprint(code) != v.Raw {
				d.errs = append(d.errs, Error{Pos: v.Pos, Msg: fmt.Sprintf("retry on: %q is neither a status code nor \"network\"", v.Raw)})
				continue
			}
			r.On = append(r.On, code)
		}
	} else {
		r.On, r.Network = []int{502, 503, 504}, true
	}
	return r
}

func (d *decoder) scenario(n *yaml.Node, s *Suite) *Scenario {
	n = resolve(n)
	name := ""
	if n.Kind == yaml.MappingNode {
		if v := lookupKey(n, "name"); v != nil {
			name = v.Value
		}
	}
	where := "in the scenario at line " + strconv.Itoa(n.Line)
	if name != "" {
		where = quotedAfter("in scenario ", name)
	}
	m := d.mapping(n, where, scenarioKeys...)
	if m == nil {
		return nil
	}
	sc := &Scenario{Name: name, Pos: d.pos(n), Kind: vocab.KindHappy}
	if f, ok := m.get("name"); ok {
		sc.Name = d.text(f.val, "name")
		sc.Pos = d.pos(f.key)
	}
	if sc.Name == "" {
		d.errorf(n, "scenario has no name: add `name: …`")
	}
	if f, ok := m.get("kind"); ok {
		sc.Kind = d.text(f.val, "kind")
		if !slices.Contains(vocab.Kinds, sc.Kind) {
			d.errorf(f.val, "unknown kind %q %s%s; use one of %s", sc.Kind, where, suggest(sc.Kind, vocab.Kinds), quoteList(vocab.Kinds))
		}
	}
	if f, ok := m.get("auth"); ok {
		sc.Auth, sc.AuthPos = d.text(f.val, "auth"), d.pos(f.val)
	}
	if f, ok := m.get("operation"); ok {
		sc.Operation, sc.OperationPos = d.operation(f.val)
	}
	if f, ok := m.get("only"); ok {
		for _, e := range d.strs(f.val, "only") {
			sc.Only = append(sc.Only, e.Raw)
			if s.Environment(e.Raw) == nil && len(s.Environments) > 0 {
				d.errs = append(d.errs, Error{Pos: e.Pos, Msg: fmt.Sprintf("only: no environment %q in this suite%s", e.Raw, suggest(e.Raw, envNames(s)))})
			}
		}
	}
	if f, ok := m.get("skip"); ok {
		if sc.Skip = d.text(f.val, "skip"); sc.Skip == "" {
			d.errorf(f.val, "skip needs a reason, e.g. `skip: waiting for API-123`")
		}
	}
	if f, ok := m.get("requires_scope"); ok {
		sc.RequiresScope = d.texts(f.val, "requires_scope")
	}
	sc.Settings = d.settings(m, s.Defaults, where)

	_, hasReq := m.get("request")
	_, hasSteps := m.get("steps")
	_, hasMatrix := m.get("matrix")
	switch count(hasReq, hasSteps, hasMatrix) {
	case 0:
		d.errorf(n, "scenario %q needs a request (or steps, or a matrix)", sc.Name)
	case 1:
	default:
		d.errorf(n, "scenario %q has more than one of request, steps and matrix; keep one", sc.Name)
	}
	switch {
	case hasReq:
		sc.Steps = []*Step{d.step(m, where, false)}
	case hasSteps:
		for _, k := range []string{"expect", "capture"} {
			if f, ok := m.get(k); ok {
				d.errorf(f.key, "%s belongs to each step when a scenario has steps", k)
			}
		}
		list := resolve(m.val("steps"))
		if list.Kind != yaml.SequenceNode || len(list.Content) == 0 {
			d.errorf(list, "steps must be a non-empty list")
		} else {
			for i, c := range list.Content {
				sm := d.mapping(c, fmt.Sprintf("in step %d of scenario %q", i+1, sc.Name), "name", "request", "expect", "auth", "capture")
				if sm == nil {
					continue
				}
				if _, ok := sm.get("request"); !ok {
					d.errorf(c, "step %d of scenario %q needs a request", i+1, sc.Name)
				}
				sc.Steps = append(sc.Steps, d.step(sm, fmt.Sprintf("in step %d of scenario %q", i+1, sc.Name), true))
			}
		}
	case hasMatrix:
		for _, k := range []string{"expect", "capture", "auth"} {
			if f, ok := m.get(k); ok {
				d.errorf(f.key, "%s does not apply to a matrix: each matrix request states its expect, and matrix.credentials the auth", k)
			}
		}
		sc.Matrix = d.matrix(m.val("matrix"), where)
	}
	if f, ok := m.get("probes"); ok {
		sc.Probes = d.probes(f.val)
		switch {
		case len(sc.Probes) == 0:
		case !hasReq:
			d.errorf(f.key, "probes need a single-request scenario; %q has steps or a matrix", sc.Name)
		case sc.Auth == "" || sc.Auth == vocab.CredNone:
			d.errorf(f.key, "probes test a credential, but scenario %q uses none (add auth: …)", sc.Name)
		}
	}
	sc.ProbeStatus = defaultProbeStatus
	if f, ok := m.get("probe_status"); ok {
		sc.ProbeStatus = d.status(f.val, "probe_status")
		if sc.ProbeStatus.AllowsSuccess() {
			// A probe sends what the API must refuse: one that passes on a
			// 2xx would hide the security failure it exists to find.
			d.errorf(f.val, "probe_status %s allows a 2xx; probes expect a refusal, e.g. [401, 403]", sc.ProbeStatus)
		}
	}
	return sc
}

// defaultProbeStatus is what a probe expects unless probe_status says
// otherwise; compiled once, not per scenario.
var defaultProbeStatus = assert.MustStatus(401)

func count(bs ...bool) int {
	n := 0
	for _, b := range bs {
		if b {
			n++
		}
	}
	return n
}

func envNames(s *Suite) []string {
	var out []string
	for _, e := range s.Environments {
		out = append(out, e.Name)
	}
	return out
}

func (d *decoder) probes(n *yaml.Node) []string {
	if n.Kind == yaml.ScalarNode && n.Value == "all" {
		return append([]string(nil), vocab.Probes...)
	}
	var out []string
	for _, p := range d.strs(n, "probes") {
		if !slices.Contains(vocab.Probes, p.Raw) {
			d.errs = append(d.errs, Error{Pos: p.Pos, Msg: fmt.Sprintf("unknown probe %q%s; use %s or all", p.Raw, suggest(p.Raw, vocab.Probes), quoteList(vocab.Probes))})
			continue
		}
		out = append(out, p.Raw)
	}
	return out
}

func (d *decoder) status(n *yaml.Node, what string) assert.Status {
	st, err := assert.ParseStatus(d.value(n))
	if err != nil {
		d.errorf(n, "%s: %v", what, err)
	}
	return st
}

// step reads request, expect, capture and (for a step of a multi-step
// scenario, ownAuth) auth.
func (d *decoder) step(m fieldMap, where string, ownAuth bool) *Step {
	st := &Step{}
	if f, ok := m.get("request"); ok {
		st.Pos = d.pos(f.key)
		st.Request = d.request(f.val, where)
	}
	if f, ok := m.get("auth"); ok && ownAuth {
		st.Auth, st.AuthSet, st.AuthPos = d.text(f.val, "auth"), true, d.pos(f.val)
	}
	if f, ok := m.get("expect"); ok {
		st.Expect = d.expect(f.val, where)
	}
	if f, ok := m.get("capture"); ok {
		for _, e := range d.entries(f.val, where+" capture") {
			c := Capture{Name: e.key.Value, From: d.text(e.val, "capture"), Pos: d.pos(e.val)}
			if !validName(c.Name) {
				d.errorf(e.key, "capture name %q must be a variable name (letters, digits, '_')", c.Name)
			}
			if h, ok := strings.CutPrefix(c.From, "header:"); ok {
				if c.Header = strings.TrimSpace(h); c.Header == "" {
					d.errorf(e.val, "capture %q: header: needs a header name, e.g. `header:Location`", c.Name)
				}
			} else if err := assert.ValidPath(c.From); err != nil {
				d.errorf(e.val, "capture %q: %v", c.Name, err)
			}
			st.Capture = append(st.Capture, c)
		}
	}
	return st
}

var requestKeys = []string{"method", "path", "url", "query", "headers", "json", "form", "body"}

func (d *decoder) request(n *yaml.Node, where string) Request {
	m := d.mapping(n, "in the request of "+strings.TrimPrefix(where, "in "), requestKeys...)
	r := Request{Pos: d.pos(n), Method: String{Raw: "GET", Pos: d.pos(n)}}
	if f, ok := m.get("method"); ok {
		r.Method = d.field(f, "method")
		r.Method.Raw = strings.ToUpper(r.Method.Raw)
		if !isToken(r.Method.Raw) {
			d.errorf(f.val, "method %q is not an HTTP method", r.Method.Raw)
		}
	}
	d.strings(m, CredField{"path", &r.Path}, CredField{"url", &r.URL})
	if m != nil && r.Path.IsSet() == r.URL.IsSet() && !d.movedOut(n, "path", "url") {
		d.errorf(n, "a request needs exactly one of path (joined to base_url) or url (absolute)")
	}
	if f, ok := m.get("query"); ok {
		r.Query = d.pairs(f.val, "in query")
	}
	if f, ok := m.get("headers"); ok {
		r.Headers = d.headerPairs(f.val, "in request headers")
	}
	bodies := 0
	if f, ok := m.get("json"); ok {
		r.JSON = &JSONValue{Pos: d.pos(f.val), Value: d.jsonValue(f.val)}
		bodies++
	}
	if f, ok := m.get("form"); ok {
		r.Form = d.pairs(f.val, "in form")
		bodies++
	}
	if f, ok := m.get("body"); ok {
		b := d.field(f, "body")
		r.Body = &b
		bodies++
	}
	if bodies > 1 {
		d.errorf(n, "a request takes at most one of json, form and body")
	}
	return r
}

func isToken(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// quotedAfter is prefix followed by %q of s, in one allocation when s needs
// no escaping (a scenario's or environment's name nearly always): built for
// every scenario, fmt's printer was 4 % of a folder lint's CPU.
func quotedAfter(prefix, s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f || c == '"' || c == '\\' {
			return prefix + strconv.Quote(s)
		}
	}
	return prefix + `"` + s + `"`
}
