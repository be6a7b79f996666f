package runner

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/suites"
)

// A step sees only what the steps before it captured: its own captures
// are stored once it is judged. A ${name} that a step refers to and only
// that step or a later one captures is missing when the step is sent
// (unless the environment defines it too), which preflight and the run
// say with the step that captures it, instead of letting the step find
// out, undiagnosed, at run time.

// stepNeeds walks n steps of scenario sc in order and calls need with each
// ${name} that step i (0-based) refers to and that no step before it
// captured: the names step i needs from the environment when it is built.
// step(i) gives step i, the request it sends (a probe's or a matrix
// cell's, in a test case) and the names it needs besides (its
// credential's missing variables), walked after its request's and
// expectation's and needed whatever was captured: a credential is
// resolved in the environment, never from a capture (a captured token is
// sent with auth: none and a header written).
// Preflight, a test case's missing variables and the message that names a
// late capture all read what was captured before a step here.
func stepNeeds(sc *suites.Scenario, n int, step func(i int) (*suites.Step, *suites.Request, []string), need func(i int, name string, pos suites.Pos)) {
	var seen []string // captured by the steps before step i
	for i := range n {
		st, req, more := step(i)
		ref := func(name string, pos suites.Pos) {
			if !slices.Contains(seen, name) {
				need(i, name, pos)
			}
		}
		suites.RequestRefs(sc, req, ref)
		suites.ExpectRefs(&st.Expect, ref)
		for _, name := range more {
			need(i, name, suites.Pos{})
		}
		for _, cp := range st.Capture {
			seen = append(seen, cp.Name)
		}
	}
}

// stepAt is stepNeeds' view of c's steps as sent.
func (c *testCase) stepAt(i int) (*suites.Step, *suites.Request, []string) {
	return c.steps[i].step, c.steps[i].req, nil
}

// captureFrom is the first step, from the 0-based step i on, that
// captures name, and that capture; ok is false when none does.
func captureFrom(steps []*suites.Step, i int, name string) (int, suites.Capture, bool) {
	for j := i; j < len(steps); j++ {
		for _, cp := range steps[j].Capture {
			if cp.Name == name {
				return j, cp, true
			}
		}
	}
	return 0, suites.Capture{}, false
}

// lateCapture is why name, which the 0-based step i refers to, is missing
// when a step from i on captures it: "; step 2 captures it (at
// s.yaml:11:19), after step 1 uses it: a step sees only what the steps
// before it captured". "" when no step from i on captures it.
func lateCapture(steps []*suites.Step, i int, name string) string {
	j, cp, ok := captureFrom(steps, i, name)
	if !ok {
		return ""
	}
	when := "after"
	if j == i {
		when = "as"
	}
	return string(secret.Litf("; step %d captures %s (at %s), %s step %d uses it: a step sees only what the steps before it captured",
		j+1, name, posText(cp.Pos), when, i+1))
}

// lateCaptures says, for each of names missing in c that a step captures
// only at or after the first step that uses it, why it is missing: what
// the case's message adds to the environment's words
// (env.MissingMessage), and the diagnosis's evidence, which names the
// step that uses it and where, and the step that captures it, where and
// from what. A name no step captures is said as the environment says it
// (missingEvidence), with the env files looked in; those files say nothing
// about a capture, so they are listed only for such a name.
func lateCaptures(c *testCase, names []string) (msg string, evidence []string) {
	steps := make([]*suites.Step, len(c.steps))
	for i, s := range c.steps {
		steps[i] = s.step
	}
	var late []string
	// A name missing in c is first referred to before any step captures
	// it: stepNeeds leaves out no first use.
	stepNeeds(c.sc, len(c.steps), c.stepAt, func(i int, name string, at suites.Pos) {
		if !slices.Contains(names, name) || slices.Contains(late, name) {
			return
		}
		j, cp, ok := captureFrom(steps, i, name)
		if !ok {
			return
		}
		late = append(late, name)
		msg += lateCapture(steps, i, name)
		itself := ", before step %[4]d captures it from %[5]s (at %[6]s)"
		if j == i {
			itself = " and captures it itself, from %[5]s (at %[6]s): its own captures are stored once it is judged"
		}
		evidence = append(evidence, string(secret.Litf("variable %[1]s: step %[2]d uses it (at %[3]s)"+itself,
			name, i+1, posText(at), j+1, cp.From, posText(cp.Pos))))
	})
	var rest []string
	for _, name := range names {
		if !slices.Contains(late, name) {
			rest = append(rest, name)
		}
	}
	if len(rest) > 0 {
		evidence = append(evidence, missingEvidence(c.st.env, rest, "not set or empty")...)
	}
	return msg, evidence
}

// stepMissing says why names are missing when step i (0-based) of c is
// built, found only then, as the case's message and its diagnosis's
// evidence: a capture of an earlier step whose value the response held
// empty is named with the step and the path it was captured from, and
// the evidence says where step i uses it (preflight let the case run, the
// variable being captured); any other variable as the environment says
// it, with the env files looked in.
func stepMissing(c *testCase, i int, names []string, captures map[string]suites.Var) (string, []string) {
	var rest, out, evidence []string
	for _, name := range names {
		if _, ok := captures[name]; !ok {
			rest = append(rest, name)
			continue
		}
		for j := i - 1; j >= 0; j-- { // the last capture before step i is the one it sees
			if k := slices.IndexFunc(c.steps[j].step.Capture, func(cp suites.Capture) bool { return cp.Name == name }); k >= 0 {
				cp := c.steps[j].step.Capture[k]
				out = append(out, string(secret.Litf("%s is empty: step %d captured it from %s (at %s), which the response held empty",
					name, j+1, cp.From, posText(cp.Pos))))
				evidence = append(evidence, string(secret.Litf("variable %s: step %d captured it empty from %s (at %s); step %d uses it (at %s)",
					name, j+1, cp.From, posText(cp.Pos), i+1, posText(firstUse(c, i, name)))))
				break
			}
		}
	}
	if len(rest) > 0 {
		out = append(out, c.st.env.MissingMessage(rest))
		evidence = append(evidence, missingEvidence(c.st.env, rest, "not set or empty when step "+strconv.Itoa(i+1)+" was built")...)
	}
	return strings.Join(out, string(secret.Lit("; "))), evidence
}

// firstUse is where step i (0-based) of c first refers to name: its
// request, else its expectation.
func firstUse(c *testCase, i int, name string) suites.Pos {
	var at suites.Pos
	ref := func(n string, pos suites.Pos) {
		if n == name && at.Line == 0 {
			at = pos
		}
	}
	suites.RequestRefs(c.sc, c.steps[i].req, ref)
	suites.ExpectRefs(&c.steps[i].step.Expect, ref)
	return at
}

// posText is a place in a suite as messages write it: file:line:col.
func posText(p suites.Pos) string { return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col) }
