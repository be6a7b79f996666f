package diagnose

import (
	"net/http"
	"slices"
	"strings"
)

// authError and its helpers read a decoded JSON body for an
// authentication, permission or rate limit error (AuthErrorBody,
// autherror.go, says which bodies count; the words are in
// autherrorwords.go).

func authError(doc any) string {
	if list, _ := doc.([]any); len(list) > 0 {
		// A list of results whose first is an error object (a Hue bridge's
		// [{"error":{…}}]): only that object's error counts.
		if first, _ := list[0].(map[string]any); first != nil {
			if eo, _ := first["error"].(map[string]any); eo != nil {
				return authError(map[string]any{"error": eo})
			}
			// A batch of calls whose first answer is flagged failed with
			// its exception beside ([{"error":true,"exception":{…}}],
			// Moodle's AJAX service).
			if failed, _ := first["error"].(bool); failed {
				return exceptionAuthError(first)
			}
		}
		return ""
	}
	m, ok := doc.(map[string]any)
	if !ok {
		return ""
	}
	// The named envelopes first, in their order (envelopeReaders), then
	// the walk of any other shape.
	for _, r := range envelopeReaders {
		if e := r.read(m); e != "" {
			return e
		}
	}
	// Any other shape: the words under a key of the API's own naming, at
	// its own depth (University of Waterloo's {"meta":{"status":403,
	// "message":"The provided API key has been banned"}}, Conduit's
	// error_info, a JSON-RPC error's data).
	if e := walkedEnvelopeError(m); e != "" {
		return e
	}
	return refusedText(m)
}

// responseObjectError: the envelope, or the failure flag, in a method's
// or an API's response object (responseObject).
func responseObjectError(m map[string]any) string {
	ro := responseObject(m)
	if ro == nil {
		return ""
	}
	if e := envelopeError(ro); e != "" {
		return e
	}
	return flaggedError(ro)
}

// errorObjectEnvelopeError: the envelope as an "error" object
// ({"error":{"error_code":5,"error_msg":"User authorization failed:
// invalid access_token (4)."}}, VK's API in a 200), or an "exception"
// object (2Checkout's {"exception":{"errorMsg":"Unauthorized",
// "httpStatus":"401"}}, a Java service's serialized exception).
func errorObjectEnvelopeError(m map[string]any) string {
	for _, k := range []string{"error", "exception"} {
		if eo, _ := m[k].(map[string]any); eo != nil {
			if e := envelopeError(eo); e != "" {
				return e
			}
		}
	}
	return ""
}

// statusObjectAuthError: a "status" object's envelope (statusObjectError).
func statusObjectAuthError(m map[string]any) string {
	so, _ := m["status"].(map[string]any)
	if so == nil {
		return ""
	}
	return statusObjectError(so)
}

// errorObjectWordKeys: errorObjectKeys, and "info", where MediaWiki's
// Action API puts an error object's words beside its code ({"error":
// {"code":"readapidenied","info":"You need read permission to use this
// module."}} in a 200). Only here: an "info" elsewhere (Amap's top-level
// "info" code) is read by its own envelope.
var errorObjectWordKeys = append(slices.Clone(errorObjectKeys), "info")

// errorObjectWords: an "error" object's text in strict words, or saying
// the caller lacks a permission for what it asked (ArcGIS REST's {"error":
// {"code":403,"message":"You do not have permissions to access this
// resource or perform this operation."}} in a 200, with or without the
// code): lacksPermissionPattern names the caller and what it lacks, as a
// 403 would say it; so do callerBarredPattern and anonymousRefusedPattern
// (MediaWiki's error object's "info" in a 200: "You have been blocked from
// editing.", "Anonymous users can't edit pages.").
func errorObjectWords(m map[string]any) string {
	eo, _ := m["error"].(map[string]any)
	if eo == nil {
		return ""
	}
	for _, k := range errorObjectWordKeys {
		e, _ := eo[k].(string)
		if l := strings.ToLower(e); refusedTextRE.MatchString(l) || graphQLDeniedRE.MatchString(l) || lacksPermissionRE.MatchString(l) || callerBarredRE.MatchString(l) {
			return e
		}
	}
	return ""
}

// refusalStatusError: a "status" that is a refusal's (refusalStatuses:
// Google Maps Platform's REQUEST_DENIED).
func refusalStatusError(m map[string]any) string {
	if st, _ := m["status"].(string); refusalStatuses[codeKey(st)] {
		return st
	}
	return ""
}

// standardErrorCode: an "error" that is an RFC 6750 code or a token
// endpoint's RFC 6749 refusal.
func standardErrorCode(m map[string]any) string {
	if e, _ := m["error"].(string); standardCode(e, bearerErrorCode) != "" || standardCode(e, tokenEndpointError) != "" {
		return e
	}
	return ""
}

// bareErrorText: a body that is nothing but an error's text (Bitstamp's
// v1 {"error":"Missing key, signature and nonce parameters"} in a 200)
// says the call failed as a flag would: its words decide, as under one.
func bareErrorText(m map[string]any) string {
	if e, _ := m["error"].(string); len(m) == 1 && envelopeRefusal(e) {
		return e
	}
	return ""
}

// errorStringList: the first of an "error" or "errors" list of strings,
// when it names a refused credential, a permission or a limit ({"error":
// ["EAPI:Invalid key"]}, as exchanges send).
func errorStringList(m map[string]any) string {
	for _, k := range []string{"error", "errors"} {
		if list, _ := m[k].([]any); len(list) > 0 {
			e, _ := list[0].(string)
			if l := strings.ToLower(e); authListRE.MatchString(l) || authListRE.MatchString(normalizeWords(e)) || limitCodeRE.MatchString(l) {
				return e
			}
		}
	}
	return ""
}

// graphQLFirstError: what the first GraphQL error says of a refusal, in
// its code, type, exception code or class name, its SAML failure, its
// category, the body of the REST service a gateway wraps, a rate limit
// or its message.
func graphQLFirstError(m map[string]any) string {
	first := firstErrorItem(m)
	if first == nil {
		return ""
	}
	ext, _ := first["extensions"].(map[string]any)
	code, _ := ext["code"].(string)
	typ, _ := first["type"].(string)
	// Graphene and Apollo Server 2 put the exception's code one level
	// down (Saleor's "extensions":{"exception":{"code":
	// "PermissionDenied"}}).
	exc, _ := ext["exception"].(map[string]any)
	excCode, _ := exc["code"].(string)
	// OpenCTI names the error's class beside its message ("name":
	// "AUTH_REQUIRED", "AuthRequired" in 5.0).
	name, _ := first["name"].(string)
	for _, c := range []string{code, typ, excCode, name} {
		if k := codeKey(c); unauthenticatedCodes[k] {
			return c
		}
		switch codeKey(c) {
		case "FORBIDDEN", "UNAUTHORIZED", "ACCESS_DENIED", "PERMISSION_DENIED", "INSUFFICIENT_SCOPES", "INVALID_JWT", "INVALID_HEADERS":
			return c
		}
	}
	if saml, _ := ext["saml_failure"].(bool); saml {
		return "saml_failure"
	}
	// The error's category, where a server files its errors by kind
	// rather than code (Magento's "category": "graphql-authorization",
	// Lighthouse's "authentication" and "authorization"): a refusal's
	// kind is the refusal, its message says which.
	if graphQLCategoryStatus(m) != 0 {
		if msg, _ := first["message"].(string); msg != "" {
			return msg
		}
		cat, _ := ext["category"].(string)
		return cat
	}
	// A GraphQL gateway over REST services (Apollo's data sources)
	// wraps the service's own refusal in extensions.response.body
	// (Airbnb's {"statusCode":400,"body":{"error":"invalid_key",
	// "error_message":"Invalid API key."}}): that body is read as
	// the answer.
	if resp, _ := ext["response"].(map[string]any); resp != nil {
		if inner, _ := resp["body"].(map[string]any); inner != nil {
			if e := authError(inner); e != "" {
				return e
			}
		}
	}
	// A rate limit named by the error's type or code (GitHub's
	// RATE_LIMITED, RATE_LIMIT, graphql_rate_limit) or its message.
	fcode, _ := first["code"].(string)
	for _, c := range []string{code, typ, fcode} {
		if limitCodeRE.MatchString(codeSpaces.Replace(strings.ToLower(c))) {
			return c
		}
	}
	// A header the server requires, said missing or expected and not
	// found (Hasura's "\"x-hasura-user-id\" header is expected but
	// not found"), refuses the request as a 400 would.
	msg, _ := first["message"].(string)
	if l := strings.ToLower(msg); graphQLDeniedRE.MatchString(l) || limitCodeRE.MatchString(l) || headerMissingRE.MatchString(l) {
		return msg
	}
	return ""
}

// flaggedError is the error text under m's failure flag (failedFlagKeys),
// in the keys that flag names or in its error object, or "" when none is
// flagged or the text says no refusal.
func flaggedError(m map[string]any) string {
	keys, refused := failedFlagKeys(m)
	for _, k := range keys {
		if e, _ := m[k].(string); refused(e) {
			return e
		}
		if e := flaggedErrorObject(m, refused); e != "" {
			return e
		}
	}
	return ""
}

// flaggedErrorObject: the error object under a false "ok" or "success"
// flag, when its name (a type or code written as words) refuses the
// credential or the caller in an envelope's words (apilayer's ipstack,
// weatherstack and others answer {"success":false,"error":{"code":101,
// "type":"missing_access_key","info":"You have not supplied an API Access
// Key. …"}} with a 200); its text (info, message) is read only when it
// has no such name. A validation error named so ("invalid_ip_address",
// "validation_error" about a field token_name) is the request's. With no
// "error" object, the first item of an "errors" list is read the same
// (Marketo's {"success":false,"errors":[{"code":"601","message":"Access
// token invalid"}]} in a 200); a code of digits alone names nothing. The
// text is read as the flag's own text would be (refused: the Subsonic
// API's {"status":"failed","error":{"code":40,"message":"Wrong username
// or password"}}), or in an envelope's words.
func flaggedErrorObject(m map[string]any, refused func(string) bool) string {
	eo, _ := m["error"].(map[string]any)
	if eo == nil {
		eo = firstErrorItem(m)
	}
	named := false
	for _, k := range []string{"type", "code"} {
		e, _ := eo[k].(string)
		if envelopeRefusal(e) {
			return e
		}
		named = named || strings.TrimFunc(e, func(r rune) bool { return r >= '0' && r <= '9' }) != ""
	}
	if named {
		return ""
	}
	for _, k := range []string{"info", "message", "description"} {
		if e, _ := eo[k].(string); envelopeRefusal(e) || refused(e) {
			return e
		}
	}
	return ""
}

// firstErrorItem is the first item of doc's "errors" list when it is an
// object (GraphQL's, JSON:API's, Strava's error lists), else nil: the
// item a server puts first is the one that says why.
func firstErrorItem(doc any) map[string]any {
	m, _ := doc.(map[string]any)
	errs, _ := m["errors"].([]any)
	if len(errs) == 0 {
		return nil
	}
	first, _ := errs[0].(map[string]any)
	return first
}

// graphQLUnauthenticated: the first GraphQL error of doc has the code
// UNAUTHENTICATED, which GraphQL servers (Apollo, Hasura, Shopify) give
// a request whose credential they did not accept, as a 401 says it: its
// message ("Sorry, you cannot list resources.") may read as a permission.
func graphQLUnauthenticated(doc any) bool {
	first := firstErrorItem(doc)
	ext, _ := first["extensions"].(map[string]any)
	code, _ := ext["code"].(string)
	name, _ := first["name"].(string)
	return unauthenticatedCodes[codeKey(code)] || unauthenticatedCodes[codeKey(name)]
}

// graphQLAuthCategories: a GraphQL error's category (codeKey, without a
// "graphql-" prefix) that files it as a refusal, and the refusal's
// status: a server that files its errors by kind tells the two steps
// apart, authentication (the caller not known, a 401) from authorization
// (known, and not allowed: a 403), as Lighthouse's AuthenticationException
// and AuthorizationException and Magento's graphql-authentication and
// graphql-authorization do. The error's words decide first; the category
// decides when they say no more (refusal, envelopeStatus403).
var graphQLAuthCategories = map[string]int{"AUTHENTICATION": http.StatusUnauthorized, "AUTHORIZATION": http.StatusForbidden}

// graphQLCategoryStatus is the refusal status the category of doc's first
// GraphQL error files it under (graphQLAuthCategories), or 0.
func graphQLCategoryStatus(doc any) int {
	ext, _ := firstErrorItem(doc)["extensions"].(map[string]any)
	cat, _ := ext["category"].(string)
	return graphQLAuthCategories[strings.TrimPrefix(codeKey(cat), "GRAPHQL_")]
}

// unauthenticatedCodes: a GraphQL error's code (or class name) that says
// the request is not authenticated, in the words servers use for it:
// Apollo's UNAUTHENTICATED, and the code that says authentication (a
// login) is required (OpenCTI's AUTH_REQUIRED, AuthRequired;
// AUTHENTICATION_REQUIRED, LOGIN_REQUIRED, NOT_AUTHENTICATED), or that
// authentication failed (Apollo Router's AUTH_ERROR for any JWT it
// refuses, Linear's AUTHENTICATION_ERROR).
var unauthenticatedCodes = map[string]bool{"UNAUTHENTICATED": true, "NOT_AUTHENTICATED": true, "AUTH_REQUIRED": true, "AUTHENTICATION_REQUIRED": true, "LOGIN_REQUIRED": true,
	"AUTH_ERROR": true, "AUTHENTICATION_ERROR": true}

// tokenEndpointError: an RFC 6749 section 5.2 error of a token endpoint
// that refuses the client or its grant (Zoho answers them with a 200):
// any of grantErrors but unsupported_grant_type, which says only that the
// server does not offer the flow.
func tokenEndpointError(e string) bool { return grantErrors[e] && e != "unsupported_grant_type" }

// graphQLFieldError: the first GraphQL error names a field (its path):
// the server ran the query up to that field, so it accepted the caller
// and refused only this part.
func graphQLFieldError(doc any) bool {
	path, _ := firstErrorItem(doc)["path"].([]any)
	return len(path) > 0
}

// statusObjectError reads the envelope a "status" object is: its code
// says the call failed and its text says why, in a message, in a
// description or first in a list of details (KSeF's authentication
// status in a 200, {"status":{"code":450,"description":"Uwierzytelnianie
// zakończone niepowodzeniem…","details":["Invalid token encoding."]}}).
func statusObjectError(so map[string]any) string {
	if e := envelopeError(so); e != "" {
		return e
	}
	if _, failed := failedCode(so, "code"); !failed {
		return ""
	}
	texts := []any{so["description"]}
	if details, _ := so["details"].([]any); len(details) > 0 {
		texts = append(texts, details[0])
	}
	for _, t := range texts {
		if e, _ := t.(string); envelopeRefusal(e) {
			return e
		}
	}
	return ""
}

// failedPairError: a body whose one member is a call's result said as a
// pair, a false success flag and then its message, under the call's own
// name ({"FLUSHALL":[false,"NOPERM this user has no permissions to run
// the 'flushall' command"]}, a command the store behind an HTTP gateway
// refused; {"login":[false,"invalid password"]}): the message, when it
// refuses as a failure flag's text would. A true flag, a pair of any
// other shape or a message about the request's data is an answer.
func failedPairError(m map[string]any) string {
	if len(m) != 1 {
		return ""
	}
	for _, v := range m {
		pair, _ := v.([]any)
		if len(pair) != 2 {
			return ""
		}
		if ok, isFlag := pair[0].(bool); !isFlag || ok {
			return ""
		}
		if e, _ := pair[1].(string); flaggedRefusal(e) || lacksPermissionRE.MatchString(strings.ToLower(e)) {
			return e
		}
	}
	return ""
}
