package diagnose

import "strings"

// formFields names the fields of a 400 or 422 whose JSON body maps the
// request body's fields to their errors: Django REST framework's
// {"password":["This password is too short."]}, Laravel's and Rails'
// {"message":"…","errors":{"token":["…"]}}, GitLab's {"message":{"password":
// […]}}. Such an answer is a form that failed validation: a field named
// token or password is data the request carried (a password reset token,
// a new password), not the credential the suite placed in a header.
//
// GitHub's {"message":"Validation Failed","errors":[{"resource":"PublicKey",
// "field":"key","code":"custom","message":"key is invalid…"}]} is the same
// form in a list: each error names its field.
func formFields(doc any) []string {
	m, _ := doc.(map[string]any)
	if len(m) == 0 {
		return nil
	}
	if names := listedFields(m["errors"]); len(names) > 0 {
		return names
	}
	for _, k := range []string{"errors", "message"} {
		if inner, ok := m[k].(map[string]any); ok {
			return fieldNames(inner)
		}
	}
	return fieldNames(m)
}

// fieldNames: the keys of m when every value is a list of strings and
// one key at least names a field, not the list itself ({"errors":["missing
// client token"]} is Vault's list of errors, no form).
func fieldNames(m map[string]any) []string {
	var names []string
	field := false
	for k, v := range m {
		list, ok := v.([]any)
		if !ok || len(list) == 0 {
			return nil
		}
		for _, e := range list {
			if _, ok := e.(string); !ok {
				return nil
			}
		}
		names = append(names, k)
		field = field || !listKeys[strings.ToLower(k)]
	}
	if !field {
		return nil
	}
	return names
}

// listKeys name a body's list of errors or messages, not a field; or its
// links to documentation (OneSignal's {"errors":[…],"reference":[…]}).
var listKeys = map[string]bool{"errors": true, "error": true, "messages": true, "message": true, "detail": true, "details": true,
	"reference": true, "references": true, "links": true, "help": true, "docs": true, "documentation": true}

// formInvalid: the answer is a form's field errors, and the credential
// the suite sent is not one of those fields (not in the body, nor in a
// header or query parameter of that name). A 403 counts too, read only
// when its words say nothing of access (fieldsOnly403).
func (a *analysis) formInvalid() bool {
	st := a.ex.StatusCode
	if st != 400 && st != 422 && st != 403 || len(a.srv.fields) == 0 || len(a.sent.body) > 0 {
		return false
	}
	for _, f := range a.srv.fields {
		for _, p := range append(append([]placed{}, a.sent.headers...), a.sent.query...) {
			if strings.EqualFold(p.where, f) {
				return false
			}
		}
		for _, q := range a.sent.authQuery {
			if strings.EqualFold(q, f) {
				return false
			}
		}
	}
	return true
}

// listedFields: the fields of a list of errors in which every error is an
// object naming its field ("field": "key"), or nil.
func listedFields(v any) []string {
	list, _ := v.([]any)
	var names []string
	for _, e := range list {
		o, _ := e.(map[string]any)
		f, _ := o["field"].(string)
		if f == "" {
			return nil
		}
		names = append(names, f)
	}
	return names
}

// fieldsOnly403: a 403 whose body is a form's field errors about the
// request's data, in any of the shapes formFields reads (a list of errors
// each naming its field, Linode's {"errors":[{"reason":"The following
// entity_ids are not valid - [999999999]","field":"entity_ids"}]}; a map
// of fields to their messages, Django REST framework's or Laravel's), in
// words that say nothing of credentials or access: a validation error
// answered with 403, not a permission. Scope headers every answer carries
// (X-OAuth-Scopes) do not make it one; a field error about a permission
// does.
func (a *analysis) fieldsOnly403() bool {
	return a.ex.StatusCode == 403 && a.formInvalid() && !authWordRE.MatchString(a.srv.text) && !a.ruleMatches()
}
