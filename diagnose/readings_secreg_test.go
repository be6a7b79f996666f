package diagnose

import "testing"

// TestLateSecregReadings: the readings that let the late secreg answers
// keep their cause in any envelope (their words in an HTML page, an XML
// error, a 200 {"ok": false}) and a refused key in the Korean public data
// portal's XML header, each with the neighbour it must leave alone.
func TestLateSecregReadings(t *testing.T) {
	tok := headerCred("Authorization", "UPLOAD_TOKEN", "token 9f8e7d6c-5b4a-4321-8fed-cba987654321")
	key := apiKey("API_KEY", "Qw8ErTy7UiOpAsDfGhJkLzXcVbNm1234", "", "key")
	html := map[string]string{"Content-Type": "text/html"}
	xml := map[string]string{"Content-Type": "text/xml;charset=UTF-8"}
	portal := func(authMsg, code string) string {
		return `<OpenAPI_ServiceResponse><cmmMsgHeader><errMsg>SERVICE ERROR</errMsg><returnAuthMsg>` + authMsg +
			`</returnAuthMsg><returnReasonCode>` + code + `</returnReasonCode></cmmMsgHeader></OpenAPI_ServiceResponse>`
	}
	runReadings(t, []readingCase{
		// "Token required" opening an element's text, as it opens a JSON
		// string: nothing found where the token goes.
		{"token required as a page's heading, nothing sent", 400, html, `<html><head><title>Error</title></head><body><h1>Token required because branch is protected</h1></body></html>`, nil, NoCredentialsSent, nil},
		{"token required as a page's title, a token sent", 400, html, `<html><head><title>Token required because branch is protected</title></head><body></body></html>`, tok, CredentialInWrongPlace, nil},
		{"token required in an XML error, a token sent", 400, xml, `<?xml version="1.0" encoding="UTF-8"?><Error><Message>Token required because branch is protected</Message></Error>`, tok, CredentialInWrongPlace, nil},
		{"another token named required in a heading is data", 400, html, `<html><body><h1>Page token required to continue the listing</h1></body></html>`, tok, "", nil},
		// A feature only paid accounts have, whatever the envelope.
		{"paid accounts only, in a 200 ok:false", 200, nil, `{"error":"Searching is only available on paid accounts (membership or higher)","ok":false}`, key, PermissionDenied, nil},
		{"paid accounts only, as a 403 page's heading", 403, html, `<html><head><title>Error</title></head><body><h1>Searching is only available on paid accounts (membership or higher)</h1></body></html>`, key, PermissionDenied, []string{BlockedByProxy}},
		{"paid invoices only is the business's rule", 400, nil, `{"error":"Refunds are only available on paid invoices"}`, key, "", nil},
		// A service key the portal did not issue, in a 200 XML header.
		{"a service key not registered, in a 200 XML header", 200, xml, portal("SERVICE_KEY_IS_NOT_REGISTERED_ERROR", "30"), key, CredentialRejected, nil},
		{"no such service, in the same header", 200, xml, portal("NO_OPENAPI_SERVICE_ERROR", "12"), key, "", nil},
		{"a device token not registered is a push service's data", 200, xml, `<Error><Message>Registration token is not registered</Message></Error>`, key, "", nil},
	})
}
