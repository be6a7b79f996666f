package cli

import (
	"os"
	"path/filepath"
	"strconv"

	"github.com/authspec/authspec/diagnose"
	"github.com/authspec/authspec/openapi"
	"github.com/authspec/authspec/secret"
	"github.com/authspec/authspec/suites"
)

// declare reads the OpenAPI document each suite names (`openapi:`), once
// per document, and returns what the documents declare about the
// operations the suites' requests reach (the runner checks answers
// against it) and a warning for each scenario that reaches none. A
// document that cannot be read is an error at the suite's `openapi:`;
// errors in a document are positioned in the document.
func declare(ss []*suites.Suite) (suites.Declared, []diagnose.Finding, error) {
	var declared suites.Declared
	var findings []diagnose.Finding
	var errs suites.Errors
	docs := map[string]*openapi.Doc{}
	for _, s := range ss {
		if !s.OpenAPI.IsSet() {
			continue
		}
		file := s.OpenAPI.Raw
		if !filepath.IsAbs(file) {
			file = filepath.Join(s.Dir, filepath.FromSlash(file))
		}
		d, seen := docs[file]
		if !seen {
			if _, err := os.Stat(file); err != nil {
				errs = append(errs, suites.Error{Pos: s.OpenAPI.At(),
					Msg: string(secret.Textf("openapi: cannot read the document %s (%s): write its path relative to this suite", secret.Lit(s.OpenAPI.Raw), secret.Lit(filepath.ToSlash(file))))})
				docs[file] = nil
				continue
			}
			var err error
			d, err = loadOpenAPI(file, openapi.Security)
			if err != nil {
				errs = append(errs, asErrors(err)...)
			}
			docs[file] = d
		}
		if d == nil {
			continue
		}
		ops, strays := openapi.Declare(d, s)
		if declared == nil {
			declared = suites.Declared{}
		}
		for pos, o := range ops {
			declared[pos] = o
		}
		for _, st := range strays {
			msg := secret.Textf("scenario %s reaches no operation of the OpenAPI document %s: its method and path match none; name one with operation: \"METHOD /path\"",
				secret.Lit(strconv.Quote(st.Scenario)), secret.Lit(d.File))
			if st.Named != "" {
				msg = secret.Textf("scenario %s: operation %s is not in the OpenAPI document %s",
					secret.Lit(strconv.Quote(st.Scenario)), secret.Lit(strconv.Quote(st.Named)), secret.Lit(d.File))
			}
			findings = append(findings, diagnose.Finding{File: st.Pos.File, Line: st.Pos.Line, Col: st.Pos.Col,
				Severity: diagnose.SeverityWarning, Code: diagnose.SpecDrift, Message: string(msg)})
		}
	}
	return declared, findings, errs.Err()
}

// asErrors keeps a document's positioned errors as they are.
func asErrors(err error) suites.Errors {
	if es, ok := err.(suites.Errors); ok {
		return es
	}
	return suites.Errors{{Msg: err.Error()}}
}
