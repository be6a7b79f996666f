package diagnose

import "testing"

// TestPageHeadlineAndBareToken: words that read one way in a JSON body
// read the same in a page's headline (its title or first heading), and a
// bare "missing token" as a sentence of its own is the credential's place
// found empty, as "token is missing" is.
func TestPageHeadlineAndBareToken(t *testing.T) {
	key := apiKey("API_KEY", "key_9f8e7d6c5b4a3210", "X-API-Key", "")
	html := map[string]string{"Content-Type": "text/html"}
	page := func(title, h1 string) string {
		return "<html><head><title>" + title + "</title></head><body><h1>" + h1 + "</h1></body></html>"
	}
	runReadings(t, []readingCase{
		{"Twitch: missing oauth token, in JSON", 400, nil, `{"status":400,"message":"missing oauth token"}`, nil, NoCredentialsSent, nil},
		{"missing oauth token as a page's title", 400, html, page("missing oauth token", "Error"), nil, NoCredentialsSent, nil},
		{"paraphrase: missing OAuth token as a page's only heading", 400, html, "<html><body><h1>Missing OAuth token</h1><p>See the documentation.</p></body></html>", nil, NoCredentialsSent, nil},
		{"illegal API signature as a page's heading", 400, html, page("Error", "Illegal API signature"), key, CredentialRejected, nil},
		{"neighbour: a page about an illegal character in a field", 400, html, page("Bad Request", "Illegal character in field name"), key, "", nil},
		{"Twitch bare: missing token", 400, nil, `{"status":400,"message":"missing token"}`, nil, NoCredentialsSent, nil},
		{"paraphrase: Missing token.", 401, nil, `{"error":"Missing token."}`, nil, NoCredentialsSent, nil},
		{"neighbour: a missing CSRF token is not the credential's place", 403, nil, `{"error":"missing CSRF token"}`, key, CredentialRejected, []string{CredentialInWrongPlace, NoCredentialsSent}},
		{"neighbour: a missing page token is the request's data", 400, nil, `{"message":"missing page token"}`, key, "", nil},
	})
}

// TestPagePointsToAuthorization: an unmarked page whose headline points
// to the API's authorization issues or errors is the API's own refusal,
// not a proxy's page; a bare "Forbidden." stays a proxy's.
func TestPagePointsToAuthorization(t *testing.T) {
	key := apiKey("API_KEY", "key_9f8e7d6c5b4a3210", "X-API-Key", "")
	html := map[string]string{"Content-Type": "text/html"}
	runReadings(t, []readingCase{
		{"Lambda: troubleshooting Function URL authorization issues, as a title", 403, html, `<html><head><title>Forbidden. For troubleshooting Function URL authorization issues, see: https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html</title></head><body></body></html>`, key, PermissionDenied, []string{BlockedByProxy}},
		{"paraphrase: see the documentation on authorization errors, as a heading", 403, html, `<html><head><title>Error</title></head><body><h1>Forbidden. See https://api.example.com/docs/auth for authorization errors.</h1></body></html>`, key, PermissionDenied, []string{BlockedByProxy}},
		{"paraphrase: an authorization problem", 403, html, `<html><head><title>Forbidden: an authorization problem with this request</title></head><body></body></html>`, key, PermissionDenied, []string{BlockedByProxy}},
		{"neighbour: a bare Forbidden. stays a proxy's page", 403, html, `<html><head><title>Error</title></head><body><h1>Forbidden.</h1></body></html>`, key, BlockedByProxy, nil},
	})
}
