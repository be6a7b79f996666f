package results

// CauseGroup is one most likely cause and the failed or errored test cases
// it explains.
type CauseGroup struct {
	// Cause is the cases' shared most likely cause; zero for the cases
	// without a diagnosis, which are grouped by Kind instead.
	Cause   Cause
	Kind    Kind
	Results []*Result
}

// Shared reports whether the group is one diagnosed cause behind two or
// more test cases: what a report says once instead of once per case.
func (g CauseGroup) Shared() bool { return g.Cause.Code != "" && len(g.Results) > 1 }

// CauseGroups groups the failed and errored test cases by their most
// likely cause, in the order of each group's first test case. Two causes
// are the same when code and message are, for the same credential of the
// same suite and environment: one rejected ADMIN_PASSWORD read from one env
// file is one group however many scenarios used it, while a rejected
// password and a rejected token are two. Many messages are a reading's
// own words, the same for every credential and server ("the server says it
// read the credential and does not accept it"), so the suite, environment
// and credential keep two servers' refusals of two credentials apart, and
// the evidence a group prints once (the fingerprint sent, the server's
// words) is that of the failures it lists. Test cases without a diagnosis
// are grouped by their Kind. A cause in the words of a preflight finding
// that several environments share (one value used by staging and
// production, whose words name both) is one cause across them: printed
// once, like the finding. Every reporter that groups failures reads
// these groups.
func (r *Report) CauseGroups() []CauseGroup {
	type key struct {
		code, message                  string
		suite, environment, credential string
		kind                           Kind
	}
	type words struct{ code, message string }
	acrossEnvs := map[words]bool{}
	for _, f := range Printed(r.Findings) {
		if f.Env == "" {
			acrossEnvs[words{f.Code, f.Message}] = true
		}
	}
	index := map[key]int{}
	var out []CauseGroup
	for _, res := range r.Results {
		if !res.Status.Bad() {
			continue
		}
		k := key{kind: res.Kind}
		if len(res.Diagnosis) > 0 {
			c := res.Diagnosis[0]
			k = key{code: c.Code, message: c.Message, suite: res.Suite, environment: res.Environment, credential: res.Credential}
			if acrossEnvs[words{c.Code, c.Message}] {
				k.environment = ""
			}
		}
		i, ok := index[k]
		if !ok {
			i = len(out)
			index[k] = i
			g := CauseGroup{Kind: res.Kind}
			if len(res.Diagnosis) > 0 {
				g = CauseGroup{Cause: res.Diagnosis[0]}
			}
			out = append(out, g)
		}
		out[i].Results = append(out[i].Results, res)
	}
	return out
}
