package diagnose

import (
	"bytes"
	"net/url"
	"strings"

	"github.com/authspec/authspec/internal/lazyre"
)

// Readings that hold an answer's words against the request: the place the
// credential went in, named as invalid; a route said gone under an error
// about the key.

// placeNamedInvalidRE: a word of refusal before a name, as an answer puts
// a parameter's or header's name after it ("Invalid Params: invalid
// code", "incorrect X-Partner-Token", "invalid x-api-key value"). The name
// ends the phrase: in "Invalid authorization code." the thing named is
// the code, not the Authorization header.
var placeNamedInvalidRE = lazyre.New(`\b(invalid|incorrect|wrong|unknown|unrecogni[sz]ed|bad|expired|revoked) ['"]?([a-z][a-z0-9_.-]*[a-z0-9])['"]?(\s*$|\s*[^a-z0-9\s]|\s+(header|parameter|param|field|value)s?\b)`)

// placeNamedThenInvalidRE: the same name before its verdict, perhaps
// with what it holds or is between them ("X-Api-Key is invalid",
// "x-partner-token header is not valid", "X-LINE-ChannelId data is
// invalid."). The name starts the phrase: "the api key is invalid" names
// a key, not an api_key parameter.
var placeNamedThenInvalidRE = lazyre.New(`(?:^|[^a-z0-9_.-])['"]?([a-z][a-z0-9_.-]*[a-z0-9])['"]?\s+((header|parameter|param|field|value|data)s?\s+)?(is|was|are) (invalid|incorrect|wrong|bad|unknown|unrecogni[sz]ed|not valid|expired|revoked)\b`)

// sentPlaceNamedInvalid: the answer calls invalid the very parameter,
// header or field the credential went in (Withings' "invalid code" to the
// authorization code sent as code, Last.fm's "invalid sk" to a session
// key sent as sk): it read the credential there and refused it, whatever
// the parameter is called. Another name said invalid ("invalid date") is
// the request's data.
func sentPlaceNamedInvalid(a *analysis) bool {
	var places []string
	for _, ps := range [][]placed{a.sent.headers, a.sent.query, a.sent.body} {
		for _, p := range ps {
			if p.where != "body" {
				places = append(places, p.where)
			}
		}
	}
	places = append(places, a.sent.authHeaders...)
	places = append(places, a.sent.authQuery...)
	places = append(places, a.sent.authBody...)
	var named []string
	for _, m := range placeNamedInvalidRE.FindAllStringSubmatch(a.srv.words, 8) {
		named = append(named, m[2])
	}
	for _, m := range placeNamedThenInvalidRE.FindAllStringSubmatch(a.srv.words, 8) {
		named = append(named, m[1])
	}
	for _, n := range named {
		for _, p := range places {
			if placeKey(p) == placeKey(n) {
				return true
			}
		}
	}
	return false
}

// loneValueInvalidRE: the whole answer is a value said invalid, naming
// nothing ("Invalid Value", "The value is invalid.").
var loneValueInvalidRE = lazyre.New(`^\s*(the )?(value (is|was) (invalid|not valid)|(invalid|bad|incorrect|wrong|illegal|unrecogni[sz]ed|unknown) value)\s*[.!]?\s*$`)

// onlyCredentialSent: the request's one value is the credential: it went
// in the query, every query parameter is one the credential went in, and
// there is no body. An answer calling "the value" invalid then speaks of
// the credential; with other parameters or a body it may be any of them.
func onlyCredentialSent(a *analysis) bool {
	if len(a.sent.query) == 0 || len(bytes.TrimSpace(a.ex.RequestBody)) > 0 {
		return false
	}
	u, err := url.Parse(a.ex.URL)
	if err != nil {
		return false
	}
	for name := range u.Query() {
		found := false
		for _, p := range a.sent.query {
			found = found || placeKey(p.where) == placeKey(name)
		}
		if !found {
			return false
		}
	}
	return true
}

// placeKey spells a parameter's or header's name one way (X-Api-Key,
// x_api_key).
func placeKey(name string) string {
	return strings.ReplaceAll(strings.ToLower(name), "-", "_")
}

// keyErrorRE: an error labelled as about the key or the authentication
// ("Application Key Error", "API key error", "Authentication error").
var keyErrorRE = lazyre.New(`\b(application |app |api |access |developer )?(key|auth\w*|token|credentials?) error\b`)

// routeGonePattern: the route, method or operation said retired ("This
// endpoint has been deprecated.", "This method has been retired.").
const routeGonePattern = `\b(endpoint|method|operation|route|resource)s? (has been|have been|is|was|are) (deprecated|retired|removed|discontinued|decommissioned|shut ?down)\b`

// endpointRetiredPattern: the endpoint or route itself said gone, in any
// server's words ("This endpoint has been retired", "This route was
// removed in v3"): the route changed, whatever the answer says about the
// key. A "method" or "operation" alone may be the way of authenticating
// ("this authentication method has been retired" is deprecated_auth_method's),
// and "deprecated" alone often warns of a route that still works: those
// read as the route only under an error about the key
// (endpointGoneInKeyWords).
const endpointRetiredPattern = `\b(endpoint|route|api version)s? (has been|have been|is|was|are) (retired|removed|discontinued|decommissioned|shut ?down)\b`

// endpointGoneInKeyWords: an error labelled as about the key says the
// route is gone (Eventbrite v1's {"error_type":"Application Key Error",
// "error_message":"This endpoint has been deprecated."}; any API whose
// error type names the key or the authentication): the route changed, not
// the key, so not deprecated_auth_method either. Only such a label makes a
// 2xx failure a refusal (failedEnvelope).
func endpointGoneInKeyWords(a *analysis) bool {
	return routeGoneRE.MatchString(a.srv.words) && keyErrorRE.MatchString(a.srv.words)
}

// endpointGone: the route the request calls is said retired, in the
// general words (endpointRetiredPattern) or under an error about the key.
func endpointGone(a *analysis) bool {
	return endpointRetiredRE.MatchString(a.srv.words) || endpointGoneInKeyWords(a)
}

var (
	routeGoneRE       = lazyre.New(routeGonePattern)
	endpointRetiredRE = lazyre.New(endpointRetiredPattern)
)

// notRouteGone: the answer is not a route said retired (endpointGone),
// which deprecates no way of authenticating.
func notRouteGone(a *analysis) bool { return !endpointGone(a) }
