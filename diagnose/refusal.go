package diagnose

import (
	"net/http"
	"strings"

	"github.com/authspec/authspec/internal/lazyre"
)

// refusal reads the answer as a 401 (the credential was not accepted) or
// a 403 (accepted, not allowed): the status a validation error wraps
// (nestedRefusal), its own status, or for a 2xx or 400 that
// carries an auth error in its body (a GraphQL UNAUTHENTICATED, a chat
// API's {"ok": false}), what the error says: a 401's own definition
// (authentication expected and failed) first, then words that the caller
// may not (callerRefusedPattern) before the credential's own fault
// (credentialFaultPattern) before a bare "forbidden". A GraphQL error on one field
// of a query the server ran is a 403: the caller was accepted, unless the
// error itself says the caller is not authenticated (Fly.io's "You must be
// authenticated to view this." on one field): then nobody was.
func (a *analysis) refusal() int {
	st := a.ex.StatusCode
	if a.toLogin != "" {
		return http.StatusUnauthorized // sent to log in: the request was not authenticated
	}
	if a.nestedRefusal() {
		return a.srv.nestedRefusal // the refusal the validation error wraps
	}
	if st == http.StatusUnauthorized || st == http.StatusForbidden || st != http.StatusBadRequest && (st < 200 || st >= 300) && !a.refusedEnvelope() {
		return st
	}
	if a.srv.unauthenticated && st < 300 {
		return http.StatusUnauthorized // the server's own code for a 401, whatever its words
	}
	if s := grpcRefusal(a.ex.ResponseHeader); s != 0 && st < 300 {
		return s // the gRPC status of a trailers-only answer, whatever its HTTP status
	}
	// The normalized words too: a refusal in another language ("无权限",
	// "権限がありません") says what the English one would.
	words := strings.ToLower(a.srv.authError) + " " + a.srv.text + " " + a.srv.norm
	switch {
	case authnFailedDefinitionRE.MatchString(words), unauthorizedRequestRE.MatchString(words):
		return http.StatusUnauthorized // the 401's own meaning, whatever refusal words come before it
	case callerRefusedRE.MatchString(words):
		return http.StatusForbidden // the caller is known and may not
	case credentialFault(words):
		return http.StatusUnauthorized // "Forbidden - a valid key must be sent" names the key
	}
	if m := httpRefusalRE.FindString(words); m != "" { // found once, then read
		if http403RE.MatchString(m) {
			return http.StatusForbidden
		}
		return http.StatusUnauthorized
	}
	switch {
	case refusedRE.MatchString(words):
		return http.StatusForbidden
	case unauthenticatedRE.MatchString(words):
		return http.StatusUnauthorized
	case a.srv.fieldError:
		return http.StatusForbidden
	}
	if st < 300 {
		if s := a.sentRefusal(); s != 0 {
			return s
		}
	}
	switch {
	case st < 300 && a.srv.envelope403:
		// A 2xx whose envelope says 403 beside words that do not say which
		// refusal ("Access denied", "Zugriff verweigert"): the envelope's
		// own status decides, as the answer's would.
		return http.StatusForbidden
	case st < 300, a.refusedEnvelope():
		// A 2xx, or a 400 envelope (aria2's JSON-RPC), whose error says
		// the credential was refused: its words, not its status.
		return http.StatusUnauthorized
	}
	return st
}

// grpcRefusal is the refusal a gRPC status header says (grpc-status 16,
// UNAUTHENTICATED, is a 401's; 7, PERMISSION_DENIED, a 403's), or 0.
func grpcRefusal(h http.Header) int {
	switch strings.TrimSpace(h.Get("Grpc-Status")) {
	case "16":
		return http.StatusUnauthorized
	case "7":
		return http.StatusForbidden
	}
	return 0
}

// sentRefusals: a 2xx's refusal whose words say no more than a refusal,
// read by how the credential was sent; the first row whose request and
// words fit (the answer's auth error, trimmed and lower-cased) gives the
// refusal's status. Words that name the credential are its refusal
// (refusal reads them first).
var sentRefusals = []struct {
	sent   func(*analysis) bool
	words  *lazyre.Regexp
	status int
}{
	// "Access denied" alone to an HTTP Basic login. A server that reads
	// Basic refuses a wrong password with a 401 and its challenge (a
	// browser's login prompt depends on it), so a 2xx says the login
	// passed and the call itself was denied: NZBGet's JSON-RPC and
	// XML-RPC answer a user whose rank lacks the method with
	// {"error":{"code":401,"message":"Access denied"}} or a fault of the
	// same words, the 401 in the code notwithstanding. To a token the
	// same words may be the token's.
	{sent: sentPassword, words: accessDeniedOnlyRE, status: http.StatusForbidden},
}

// sentRefusal is the status the first of sentRefusals that fits gives, or
// 0.
func (a *analysis) sentRefusal() int {
	s := strings.TrimRight(strings.ToLower(strings.TrimSpace(a.srv.authError)), ".! ")
	for _, r := range sentRefusals {
		if r.sent(a) && r.words.MatchString(s) {
			return r.status
		}
	}
	return 0
}

// accessDeniedOnlyRE: "Access denied" and nothing else, after at most an
// error's own label; a label that names the login ("HTTP Basic: Access
// denied.", Rails' refusal of a Basic password) says what was refused.
var accessDeniedOnlyRE = lazyre.New(`^((json-?rpc |rpc )?error: )?access (is )?denied$`)

var (
	// authnFailedDefinitionRE: the answer quotes a 401's own definition,
	// that authentication was expected and failed or was not given (the
	// textbook wording, Wikipedia's list of status codes and the pages that
	// copy it: "used when authentication is required and has failed or has
	// not yet been provided"; LiveCoinWatch's "…where authentication is
	// expected but has failed or has not been provided."; "authentication
	// was needed but was not supplied"): no caller was known, whatever "not
	// authorized" says beside it.
	authnFailedDefinitionRE = lazyre.New(`\bauthentication (is |was )?(expected|required|needed),? (but|and) (it )?(has |was )?(failed|not (yet )?(been )?(provided|given|supplied|sent))\b`)
	unauthorizedRequestRE   = lazyre.New(unauthorizedRequestPattern)
	// refusedRE: words that name a permission (a privilege is one: "No
	// privileges." under a 200's failure flag), not the login.
	refusedRE         = lazyre.New(`forbidden|permission|privilege|scope|not_allowed|not allowed|` + operationUnauthorizedPattern)
	unauthenticatedRE = lazyre.New(`unauthenticated|not authenticated|must be authenticated|authentication[_ ](error|required|failed)|` + loginRequiredPattern)
)

// nestedRefusalStatus is the refusal status (401 or 403) that an error
// nested in a JSON body carries below its top level: WordPress answers a
// parameter an anonymous caller may not use ("status=future") with a 400
// rest_invalid_param whose details hold rest_forbidden_status and
// {"status":401}; an "error" object's code says it as well. It is 0 when no nested error says so, and 401 when one
// says 401 whatever the others say (the credential comes before the
// permission).
func nestedRefusalStatus(doc any) int {
	found := 0
	var walk func(v any, depth int)
	walk = func(v any, depth int) {
		if depth > 6 || found == http.StatusUnauthorized {
			return
		}
		switch t := v.(type) {
		case map[string]any:
			if depth > 0 {
				for _, k := range []string{"status", "statusCode", "status_code", "httpStatus", "http_status"} {
					if n, ok := t[k].(float64); ok && (n == 401 || n == 403) && (found == 0 || n == 401) {
						found = int(n)
					}
				}
			}
			for k, e := range t {
				// An error object's own code, where it gives the refusal's
				// status (Imgur's 400 {"data":{"error":{"code":403,
				// "message":"Forbidden","type":"ImgurException"}}}): a
				// code beside other keys may be the API's own number.
				if eo, _ := e.(map[string]any); k == "error" && eo != nil {
					if n, ok := eo["code"].(float64); ok && (n == 401 || n == 403) && (found == 0 || n == 401) {
						found = int(n)
					}
				}
				walk(e, depth+1)
			}
		case []any:
			for _, e := range t {
				walk(e, depth+1)
			}
		}
	}
	walk(doc, 0)
	return found
}

// envelopeStatus403: a JSON body's own status, at its top, is 403 (Forbidden)
// in whichever key the API names it ({"code":403,"message":"Access
// denied"} in a 200), or its first GraphQL error is filed as an
// authorization's ({"errors":[{"extensions":{"category":
// "graphql-authorization"}}]}, graphQLCategoryStatus).
func envelopeStatus403(doc any) bool {
	m, _ := doc.(map[string]any)
	for _, k := range []string{"code", "status", "statusCode", "status_code", "httpStatus", "http_status"} {
		if n, ok := numericCode(m[k]); ok && n == http.StatusForbidden {
			return true
		}
	}
	return graphQLCategoryStatus(m) == http.StatusForbidden
}

// nestedRefusal: a validation answer (400, 422) that wraps a refusal's
// status in an error of its body (nestedRefusalStatus): the refusal is the
// answer, whatever the validation around it says.
func (a *analysis) nestedRefusal() bool {
	st := a.ex.StatusCode
	return (st == http.StatusBadRequest || st == http.StatusUnprocessableEntity) && a.srv.nestedRefusal != 0
}
