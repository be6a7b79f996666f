package results

// CauseGroup is one most-likely cause that several failed or errored test
// cases share, with the test cases it explains.
type CauseGroup struct {
	Cause   Cause
	Results []*Result
}

// CauseGroups returns the first causes that explain two or more failed or
// errored test cases, in the order of their first test case. Two causes are
// the same when code and message are: the message names the credential,
// variable and environment, so one rejected ADMIN_PASSWORD read from one
// env file is one group however many scenarios used it.
func (r *Report) CauseGroups() []CauseGroup {
	index := map[[2]string]int{}
	var all []CauseGroup
	for _, res := range r.Results {
		if res.Status != Failed && res.Status != Errored || len(res.Diagnosis) == 0 {
			continue
		}
		c := res.Diagnosis[0]
		k := [2]string{c.Code, c.Message}
		i, ok := index[k]
		if !ok {
			i = len(all)
			index[k] = i
			all = append(all, CauseGroup{Cause: c})
		}
		all[i].Results = append(all[i].Results, res)
	}
	var out []CauseGroup
	for _, g := range all {
		if len(g.Results) > 1 {
			out = append(out, g)
		}
	}
	return out
}
