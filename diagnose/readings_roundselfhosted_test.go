package diagnose

import "testing"

// TestRoundselfhostedReadings: the readings the roundselfhosted round
// added, each in words another server could send for the same thing, with
// the neighbour it must leave alone.
func TestRoundselfhostedReadings(t *testing.T) {
	tok := bearer("USER_TOKEN", "ut_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	login := basicCred("ci-bot", "Vb7nM3kQ9wE2rT5yUi8o")
	pass := apiKey("MEDIA_PASSWORD", "Hq7vLm2XpR9sTz4K", "", "p")
	userScheme := headerCred("Authorization", "USER_TOKEN", "user_token q56hqkniwot8wntb3z1qarka5atf365taaa2uyjrn")
	appHeader := headerCred("X-App-Token", "APP_TOKEN", "dGhpcyBpcyBhbiBhcHAgdG9rZW4gZm9yIGNp")
	runReadings(t, []readingCase{
		// A failure flag inside an API's response object, and an error
		// object's text under a flag read as the flag's own text.
		{"a flag failed in an API's -response object", 200, nil, `{"music-response":{"status":"failed","version":"1.16.1","error":{"code":40,"message":"Wrong username or password"}}}`, pass, CredentialRejected, nil},
		{"an error object's text under ok false", 200, nil, `{"ok":false,"error":{"code":12,"message":"Wrong username or password"}}`, login, CredentialRejected, nil},
		{"data not found under the flag is no refusal", 200, nil, `{"subsonic-response":{"status":"failed","version":"1.16.1","error":{"code":70,"message":"Album not found"}}}`, pass, "", nil},
		{"a missing parameter under the flag is no refusal", 200, nil, `{"status":"failed","error":{"code":10,"message":"Required parameter is missing: id"}}`, pass, "", nil},
		// An identity not authorized for the operation it asked for.
		{"user not authorized for this action", 401, nil, `{"message":"User is not authorized for this action"}`, tok, PermissionDenied, nil},
		{"client not permitted for the requested operation", 401, nil, `{"error":"Client is not permitted for the requested operation"}`, tok, PermissionDenied, nil},
		{"a user not authorized, nothing named, stays refused", 401, nil, `{"errors":[{"message":"user not authorized"}]}`, tok, CredentialRejected, []string{PermissionDenied}},
		// A parameter named for a session, user or app token said missing.
		{"missing parameter session_token, nothing sent", 400, nil, `{"error":"Missing parameter session_token"}`, nil, NoCredentialsSent, nil},
		{"parameter user_token is missing, nothing sent", 400, nil, `["ERROR_LOGIN_PARAMETERS_MISSING","parameter user_token is missing"]`, nil, NoCredentialsSent, nil},
		{"a missing page token is the request's", 400, nil, `{"error":"Missing parameter page_token"}`, nil, "", nil},
		// The app's own token or key missing beside the user's credential.
		{"missing application token beside a user token", 400, nil, `{"error":"missing parameter app_token"}`, tok, RequiredHeaderMissing, nil},
		{"missing parameter app_key beside a login", 401, nil, `{"message":"Missing parameter app_key."}`, login, RequiredHeaderMissing, nil},
		{"the app token sent in the wrong header is misplaced", 401, nil, `{"error":"Missing parameter app_token"}`, appHeader, CredentialInWrongPlace, []string{RequiredHeaderMissing}},
		// A scheme word of letters joined by underscores is the header's
		// syntax, not whitespace inside the credential.
		{"user_token scheme word, no whitespace", 401, nil, `{"error":"invalid user token"}`, userScheme, CredentialRejected, []string{WhitespaceInCredential}},
		{"a key with digits before a space is still whitespace", 401, nil, `{"error":"Invalid API key"}`, headerCred("Authorization", "API_KEY", "sk_live_4eC39HqLyjWDarjtT1 zdp7dc"), WhitespaceInCredential, nil},
		// Nothing configured matches the caller's own IP address.
		{"your IP address does not match any allowed range", 400, nil, `{"message":"Your IP address (198.51.100.4) does not match any allowed range"}`, tok, IPRestricted, nil},
		{"no registered application matching your IP address", 400, nil, `{"error":"There is no registered application matching your IP address"}`, tok, IPRestricted, nil},
		{"an IP field that does not match a format is the request's", 400, nil, `{"message":"The ip_address field does not match the format 192.0.2.x"}`, tok, "", nil},
		{"your IP address does not match the one registered for this key", 403, nil, `{"error":"Your IP address does not match the one registered for this key"}`, tok, IPRestricted, nil},
		{"your IP address not matching the billing country is a fraud check's", 400, nil, `{"message":"Your IP address does not match the country of your billing address"}`, tok, "", []string{IPRestricted}},
		// A login with a password or credentials said switched off.
		{"authentication with username and password is disabled", 403, nil, `{"message":"Authentication with username and password is disabled"}`, login, DeprecatedAuthMethod, nil},
		{"login with credentials has been turned off", 400, nil, `{"error":"Login with credentials has been turned off, use a token"}`, login, DeprecatedAuthMethod, nil},
		// The server does not take the credential where it came.
		{"token passed in the URL is not accepted", 401, nil, `{"error":"Personal tokens passed in the URL are not accepted"}`, apiKey("API_TOKEN", "pt_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4", "", "token"), CredentialInWrongPlace, nil},
		{"cookie-based auth not supported, use header-based", 403, nil, `{"message":"Cookie-based sessions are not supported by the API. Use header-based authentication."}`, headerCred("Cookie", "SESSION", "sid=Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5"), CredentialInWrongPlace, nil},
		{"a token in the query string that is invalid stays refused", 401, nil, `{"error":"Invalid token in query string"}`, apiKey("API_TOKEN", "pt_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4", "", "token"), CredentialRejected, []string{CredentialInWrongPlace}},
		{"a token provided in the query string said expired was read there", 401, nil, `{"error":"The token provided in the query string has expired"}`, apiKey("API_TOKEN", "pt_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4", "", "token"), CredentialRejected, []string{CredentialInWrongPlace}},
		{"a token passed in the URL said invalid was read there", 401, nil, `{"error":"The token passed in the URL is invalid"}`, apiKey("API_TOKEN", "pt_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4", "", "token"), CredentialRejected, []string{CredentialInWrongPlace}},
		// A token named with its kind by an underscore, said to seem wrong.
		{"user_token appears to be wrong on a 400", 400, nil, `{"error":"The user_token appears to be wrong"}`, userScheme, CredentialRejected, nil},
		{"session token seems wrong on a 400", 400, nil, `["ERROR_SESSION","parameter session_token seems wrong"]`, headerCred("Session-Token", "SESSION_TOKEN", "83af7e620c83a50a18d3eac2f6ed05a3"), CredentialRejected, nil},
		{"app_token seems invalid on a 400", 400, nil, `{"message":"The supplied app_token seems invalid"}`, userScheme, CredentialRejected, nil},
		{"a page token that seems wrong is the request's", 400, nil, `{"error":"The page_token seems wrong"}`, tok, "", nil},
		{"login with this account disabled is the account's", 401, nil, `{"message":"Login with this account is disabled"}`, login, CredentialRejected, []string{DeprecatedAuthMethod}},
	})
}
