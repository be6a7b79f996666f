package runner

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/authspec/authspec/diagnose"
	"github.com/authspec/authspec/results"
	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/suites"
)

// drift checks the answer to a request sent without credentials against
// what the suite's OpenAPI document declares about its operation
// (Options.Declared): a secured operation that answers 2xx did not check
// credentials (a security failure, whatever the step expected) unless the
// 2xx refuses the request in the API's own style (answer2xx); a public
// one that answers 401 or 403 disagrees with its document (spec_drift).
// It records the failure and reports true when there is one.
func (p *plan) drift(c *testCase, i int, s caseStep, in *answer2xx, fails []results.Failure, r *results.Result) bool {
	b, ex, want := in.b, in.ex, in.want
	d, ok := p.opt.Declared[s.req.Pos]
	if !ok || !withoutCredentials(s, b.req, d) {
		return false
	}
	code := ex.resp.StatusCode
	op, at := secret.Lit(d.Operation), secret.Lit(posString(d.Document))
	// authspec's words, the status included: a secret that is one of them
	// ("secured", a short "200") does not rewrite them at the sink.
	status := secret.Lit(strconv.Itoa(code))
	got := string(status)
	var f results.Failure
	var cause diagnose.Cause
	switch {
	case d.Secured && code/100 == 2:
		if _, refused := in.refused(); refused {
			// Refused in its body ({"ok": false, "error": "not_authed"}):
			// the API checked; the step is judged on that answer.
			return false
		}
		msg := secret.Textf("security failure: %s answered %s to a request without credentials, but the OpenAPI document declares it secured by %s (%s)",
			op, status, secret.Lit(strings.Join(d.Schemes, " or ")), at)
		f = results.Failure{Path: "status", Expected: string(secret.Lit("401 or 403 (the OpenAPI document declares the operation secured)")), Actual: got, Message: string(msg)}
		cause = diagnose.Cause{Code: diagnose.CredentialNotChecked,
			Message: string(secret.Textf("%s accepted a request without credentials (got %s) although the OpenAPI document requires %s: the API did not check the credential — a security failure in the API, not a client problem",
				op, status, secret.Lit(strings.Join(d.Schemes, " or ")))),
			Evidence: []string{string(secret.Textf("the OpenAPI document declares %s secured at %s", op, at)),
				string(secret.Lit("the request carried no credential (no auth, no credential header or query parameter)"))}}
		r.Kind = results.SecurityFailure
		r.Diagnosis = []diagnose.Cause{cause}
	case d.Public && (code == http.StatusUnauthorized || code == http.StatusForbidden):
		msg := secret.Textf("%s answered %s to a request without credentials, but the OpenAPI document declares it public (%s)", op, status, at)
		f = results.Failure{Path: "status", Expected: string(secret.Lit("an answer without credentials (the OpenAPI document declares the operation public)")), Actual: got, Message: string(msg)}
		cause = diagnose.Cause{Code: diagnose.SpecDrift,
			Message:  string(secret.Textf("%s refused a request without credentials (%s) although the OpenAPI document declares it public (security: [] or an empty alternative): the API and its document disagree", op, status)),
			Evidence: []string{string(secret.Textf("the OpenAPI document declares %s public at %s", op, at))}}
		r.Kind = results.AssertionFailure
		r.Diagnosis = append([]diagnose.Cause{cause}, p.analyze(c, s, want, b, ex, in.sent)...)
	default:
		return false
	}
	f.Step = i + 1
	r.Failures = append(r.Failures, f)
	for _, other := range fails {
		if other.Path != "status" { // the drift says what the status means
			other.Step = i + 1
			r.Failures = append(r.Failures, other)
		}
	}
	r.Status = results.Failed
	r.Message = stepPrefix(c, i) + f.Message
	return true
}

// withoutCredentials reports whether a request went without any: no
// credential of the suite and none written by hand where the document's
// schemes carry them.
func withoutCredentials(s caseStep, req *http.Request, d suites.DeclaredOperation) bool {
	if s.auth != "" {
		return false
	}
	for _, h := range d.Headers {
		if req.Header.Get(h) != "" {
			return false
		}
	}
	q := req.URL.Query()
	for _, name := range d.Query {
		if q.Has(name) {
			return false
		}
	}
	return true
}

func posString(p suites.Pos) string {
	if p.Line == 0 {
		return p.File
	}
	return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col)
}
