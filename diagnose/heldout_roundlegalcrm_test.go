package diagnose

import (
	"testing"
	"time"
)

// vtigerError: vtiger's webservice.php writeErrorOutput: HTTP 200,
// Content-type application/json, a State object with success false and the
// WebServiceException's two public fields (code, message), encoded by the
// bundled Zend encoder with its __className line commented out.
func vtigerError(code, msg string) string {
	return `{"success":false,"error":{"code":"` + code + `","message":"` + msg + `"}}`
}

// legalcrmPardot: the Pardot (Account Engagement) v3/v4 XML error as
// ruby-pardot's own tests serve it (a 200 from the fake, the API's XML
// declaration and indentation).
func legalcrmPardot(code, msg string) string {
	return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rsp stat=\"fail\" version=\"1.0\">\n   <err code=\"" + code + "\">" + msg + "</err>\n</rsp>\n"
}

// roundlegalcrmCases: a held-out round on legal and CRM platforms, answers
// not in any corpus before: vtiger CRM's webservice session errors (200
// envelopes), SugarCRM's REST v10 and its token endpoint, SuiteCRM's V8
// API (league/oauth2-server), EspoCRM's API (401s without a body, reasons
// in X-Status-Reason), Salesforce's Account Engagement (Pardot) API v3/v4
// XML errors and its v5 missing business-unit header, Dynamics 365
// (Dataverse) Web API's discovery challenge, Clio Platform's rate limit,
// and PACER's authentication service. vtiger's, EspoCRM's and SugarCRM's
// need_login answers are built from the servers' own source at the
// commits cited (so the words and statuses are the servers'); Pardot's XML
// codes are its published error list served as ruby-pardot's tests serve
// them; Dataverse's and Clio's are their documentation's (each case says
// so). Expectations were set from docs/diagnosis.md before the diagnosis
// code was read. First run, before any fix: first cause right in 28 of 40
// (refusals 14 of 25, token endpoints 4 of 5, non-refusals 10 of 10 given
// no cause; two Dataverse answers measured then, both right, were found in
// roundprotocols' corpus already and taken out). Misses: Pardot's 200 XML
// <rsp stat="fail"><err code> read as no failure at all (6: invalid key,
// IP not activated, daily limit, authentication mechanism, permissions,
// Access Denied); EspoCRM's reasons in X-Status-Reason not read (an IP not
// allowed and a failed-login lockout read permission_denied from the bare
// 403) and its two-factor second step read credential_rejected; vtiger's
// "Session Identifier provided is Invalid" (code INVALID_SESSIONID) and
// "Session has been invalidated to due lack activity" (SESSION_LEFT_IDLE)
// in a 200 envelope read as no refusal; PACER's 200 loginResult with
// errorDescription read as no refusal at its token endpoint. After the
// readings the misses lacked: 39 of 40 (refusals 24 of 25, tokens 5 of 5,
// non-refusals 10 of 10), none on the blind expectations; Pardot's bare
// "Access Denied" pending (roundlegalcrmPending). The readings: an <err>
// element's text in an XML envelope that says it failed; a session id
// written as one word (SESSIONID) in an error code; a session ended for
// being idle or for inactivity (token_expired); the server's words in a
// reason header (X-Status-Reason, X-Error-Message, X-Error …), the whole
// message without a body; the login's second step said required; failed
// login attempts said over their limit (rate_limited); the authentication
// method or mechanism itself said invalid or unknown; a login's parts said
// wrong as a list ("Invalid username, password, or one-time passcode");
// and at a token endpoint, a 2xx without a token whose words refuse the
// login, its description also in camelCase keys (errorDescription,
// errorMessage).
func roundlegalcrmCases(now time.Time) []provCase {
	const (
		vt       = "https://github.com/vtiger-crm/vtigercrm/blob/31a494c26b62f32043294996a38dbe9cd58f2332/"
		sugarTst = "https://github.com/betobaz/sugarcrb/blob/cb4c523f31e4a28c060c474a90b8341f986dd1c1/test/sugarcrb_test.rb"
		sugarExc = "https://github.com/mikesugarcrm/sugar_13/blob/cf884f3d7fa7f6ff3e71c9048b4dfcee57dbdb52/include/api/SugarApiException.php"
		espoAuth = "https://github.com/espocrm/espocrm/blob/2cde9d980f84cfc3caa1adf3275a0817e1e49bfa/application/Espo/Core/Api/Auth.php"
		espoHook = "https://github.com/espocrm/espocrm/blob/2cde9d980f84cfc3caa1adf3275a0817e1e49bfa/application/Espo/Core/Authentication/Hook/Hooks/"
		pardotKB = "https://github.com/pardot/api-docs/blob/0a3ec6d27b4e689dd2f62e81fd1cc02b071f43af/docs/kb/error-codes-messages.md"
		rubyPdot = "https://github.com/pardot/ruby-pardot/blob/e14145d7852f66a57882dc806f9b415c31e82180/spec/pardot/http_spec.rb"
	)
	json := jsonCT
	xml := func() map[string]string { return ctHeader("text/xml; charset=utf-8") }
	vtSession := apiKey("VTIGER_SESSION", "3c9f1a2b7e5d4c6a8b0e", "", "sessionName")
	sugarToken := headerCred("OAuth-Token", "SUGAR_ACCESS_TOKEN", "7d1c6e2a-9b4f-4e3a-8c5d-2f1e0a9b8c7d")
	suiteToken := bearer("SUITECRM_TOKEN", makeJWT(map[string]any{"aud": "9b0a4f6e-1c2d-4e3f-8a7b-6c5d4e3f2a1b", "sub": "1",
		"iat": now.Add(-10 * time.Minute).Unix(), "exp": now.Add(50 * time.Minute).Unix(), "scopes": []string{}}))
	espoKey := apiKey("ESPO_API_KEY", "f3a9c1e7b5d24a6c8e0b1d3f5a7c9e2b", "X-Api-Key", "")
	pardotAuth := headerCred("Authorization", "PARDOT_AUTH", "Pardot api_key=9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d, user_key=0f1e2d3c4b5a69788796a5b4c3d2e1f0")
	pardotBearer := headerCred("Authorization", "PARDOT_AUTH", "Bearer 00D5g000004xYzA!AQ0AQLm3kFzv8Pq2hR7tN1cXbW9sJ4eD6uY0iOa")
	return []provCase{
		// vtiger CRM's webservice.php, a session name in the query.
		{src: vt + "include/Webservices/SessionManager.php", name: "vtiger 200 INVALID_SESSIONID Session Identifier provided is Invalid", status: 200,
			header: json(), body: vtigerError("INVALID_SESSIONID", "Session Identifier provided is Invalid"), cred: vtSession,
			path: "/webservice.php?operation=query&query=select+*+from+Leads%3B", want: CredentialRejected},
		// No sessionName at all: the typo "Authencation" is vtiger's.
		{src: vt + "webservice.php", name: "vtiger 200 AUTHENTICATION_REQUIRED Authencation required, nothing sent", status: 200,
			header: json(), body: vtigerError("AUTHENTICATION_REQUIRED", "Authencation required"),
			path: "/webservice.php?operation=query&query=select+*+from+Leads%3B", want: NoCredentialsSent},
		{src: vt + "include/Webservices/SessionManager.php", name: "vtiger 200 SESSION_EXPIRED Session has life span over", status: 200,
			header: json(), body: vtigerError("SESSION_EXPIRED", "Session has life span over please login again"), cred: vtSession,
			path: "/webservice.php?operation=retrieve&id=4x12", want: TokenExpired},
		// A session ended for idleness: the catalog's token_expired (a
		// session whose lifetime ran out), not a refused credential.
		{src: vt + "include/Webservices/SessionManager.php", name: "vtiger 200 SESSION_LEFT_IDLE Session has been invalidated to due lack activity", status: 200,
			header: json(), body: vtigerError("SESSION_LEFT_IDLE", "Session has been invalidated to due lack activity"), cred: vtSession,
			path: "/webservice.php?operation=retrieve&id=4x12", want: TokenExpired},
		// The login operation: the access key (md5 of the challenge token
		// and the user's key) refused.
		{src: vt + "include/Webservices/Login.php", name: "vtiger 200 INVALID_USER_CREDENTIALS Invalid username or password (login)", status: 200,
			header: json(), body: vtigerError("INVALID_USER_CREDENTIALS", "Invalid username or password"),
			cred: apiKey("VTIGER_ACCESS_KEY", "5f4dcc3b5aa765d61d8327deb882cf99", "", "accessKey"), method: "POST", path: "/webservice.php?operation=login&username=admin", want: CredentialRejected},

		// SugarCRM REST v10: the token in the OAuth-Token header refused
		// (SugarApiExceptionInvalidGrant, 401).
		{src: sugarTst, name: "SugarCRM 401 invalid_grant The access token provided is invalid (OAuth-Token)", status: 401,
			header: json(), body: `{"error":"invalid_grant","error_message":"The access token provided is invalid."}`, cred: sugarToken,
			method: "POST", path: "/rest/v10/Accounts", want: CredentialRejected},
		// No token: SugarApiExceptionNeedLogin (401, need_login) with
		// RestService's default words; the envelope is the one Sugar
		// writes for every API exception (error, error_message).
		{src: sugarExc, name: "SugarCRM 401 need_login No valid authentication for user, nothing sent", status: 401,
			header: json(), body: `{"error":"need_login","error_message":"No valid authentication for user."}`, path: "/rest/v10/Contacts", want: NoCredentialsSent},

		// SuiteCRM V8 (league/oauth2-server's ResourceServer).
		{src: "https://github.com/SuiteCRM/SuiteCRM/issues/8358", name: "SuiteCRM V8 401 access_denied Access token could not be verified", status: 401,
			header: ctHeader("application/vnd.api+json"), body: "{\n    \"error\": \"access_denied\",\n    \"message\": \"The resource owner or authorization server denied the request.\",\n    \"hint\": \"Access token could not be verified\"\n}",
			cred: suiteToken, path: "/Api/V8/module/Accounts/1b2c3d4e-5f60-7182-93a4-b5c6d7e8f901", want: CredentialRejected},
		// A token the server revoked (logged out, or the client deleted):
		// BearerTokenValidator's hint, in the payload the issue above shows.
		{src: "https://github.com/thephpleague/oauth2-server/blob/8184f771d43ea7305ddbb893d0daf6f0352ec5fd/src/AuthorizationValidators/BearerTokenValidator.php", name: "SuiteCRM V8 401 access_denied Access token has been revoked", status: 401,
			header: json(), body: `{"error":"access_denied","message":"The resource owner or authorization server denied the request.","hint":"Access token has been revoked"}`,
			cred: suiteToken, path: "/Api/V8/module/Contacts", want: CredentialRejected},
		// The issue quotes the start of this body; the hint is
		// BearerTokenValidator's words for a request without the header.
		{src: "https://github.com/SuiteCRM/SuiteCRM/issues/8251", name: "SuiteCRM V8 401 access_denied Missing Authorization header, nothing sent", status: 401,
			header: json(), body: `{"error":"access_denied","message":"The resource owner or authorization server denied the request.","hint":"Missing \"Authorization\" header"}`,
			path: "/Api/V8/module/Accounts", want: NoCredentialsSent},

		// EspoCRM: a failed login is a 401 with no body (no dialog for an
		// API key); a refusing hook's Forbidden puts its words in
		// X-Status-Reason.
		{src: espoAuth, name: "EspoCRM 401 empty body, an API key sent", status: 401, header: ctHeader("application/json"), body: "",
			cred: espoKey, path: "/api/v1/Account", want: CredentialRejected},
		// Nothing sent, a GET without X-Requested-With or Referer: the
		// Basic challenge with an empty realm.
		{src: espoAuth, name: "EspoCRM 401 Basic realm empty, nothing sent", status: 401, header: ctHeader("application/json", "WWW-Authenticate", `Basic realm=""`), body: "",
			path: "/api/v1/Account", want: NoCredentialsSent},
		{src: espoHook + "IpAddressWhitelist.php", name: "EspoCRM 403 X-Status-Reason Not allowed IP address", status: 403,
			header: ctHeader("application/json", "X-Status-Reason", "Not allowed IP address 203.0.113.7, user: api-sync."), body: "",
			cred: espoKey, path: "/api/v1/Account", want: IPRestricted},
		// Too many failed logins from this address: a limit the server
		// counts, which the catalog's rate_limited names ("limit exceeded"
		// words); the password may also be wrong, but the lockout is what
		// refuses now.
		{src: espoHook + "FailedAttemptsLimit.php", name: "EspoCRM 403 X-Status-Reason Max failed login attempts exceeded", status: 403,
			header: ctHeader("application/json", "X-Status-Reason", "Max failed login attempts exceeded for IP address 203.0.113.7."), body: "",
			cred: basicCred("api-sync", "Wq8ZbV3kLmN0pQrS"), path: "/api/v1/App/user", want: RateLimited},
		{src: "https://github.com/espocrm/espocrm/blob/2cde9d980f84cfc3caa1adf3275a0817e1e49bfa/application/Espo/Core/Action/Actions/ConvertCurrency.php", name: "EspoCRM 403 X-Status-Reason No 'edit' access", status: 403,
			header: ctHeader("application/json", "X-Status-Reason", "No 'edit' access."), body: "",
			cred: espoKey, method: "POST", path: "/api/v1/Action", want: PermissionDenied},
		// Two-factor login: the password was right, the one-time code
		// (the Espo-Authorization-Code header) was not sent: the catalog's
		// required_header_missing names a one-time password.
		{src: espoAuth, name: "EspoCRM 401 second-step-required enterTotpCode", status: 401,
			header: ctHeader("application/json", "X-Status-Reason", "second-step-required"),
			body:   `{"status":"secondStepRequired","message":"enterTotpCode","view":null,"token":null,"data":null}`,
			cred:   basicCred("api-sync", "Wq8ZbV3kLmN0pQrS"), path: "/api/v1/App/user", want: RequiredHeaderMissing},

		// Salesforce Account Engagement (Pardot). API v5: the business
		// unit header missing beside a Salesforce token (amp-labs'
		// connector tests serve this body with 400).
		{src: "https://github.com/amp-labs/connectors/blob/30bbef6d8fc52b2cbd45c8394b626130212ff94e/providers/salesforce/test/pardot/read/emails/err-missing-header.json", name: "Pardot v5 400 code 181 Pardot-Business-Unit-Id header not found", status: 400,
			header: json(), body: "{\n  \"code\": 181,\n  \"message\": \"A required header is missing: Pardot-Business-Unit-Id header not found on request.\"\n}",
			cred: pardotBearer, path: "/api/v5/objects/emails?fields=id", want: RequiredHeaderMissing},
		{src: rubyPdot, name: "Pardot v3 200 XML err 15 Invalid API key or user key", status: 200,
			header: xml(), body: legalcrmPardot("15", "Invalid API key or user key"), cred: pardotAuth,
			path: "/api/prospect/version/3/do/query?format=simple", want: CredentialRejected},
		// The codes below: the published error list's words, in the same
		// XML and status as the case above.
		{src: pardotKB, name: "Pardot v4 200 XML err 53 Client IP address/location must be activated", status: 200,
			header: xml(), body: legalcrmPardot("53", "Client IP address/location must be activated before accessing API"), cred: pardotAuth,
			path: "/api/prospect/version/4/do/query", want: IPRestricted},
		{src: pardotKB, name: "Pardot v4 200 XML err 122 Daily API rate limit met", status: 200,
			header: xml(), body: legalcrmPardot("122", "Daily API rate limit met"), cred: pardotAuth,
			path: "/api/prospect/version/4/do/query", want: RateLimited},
		// The list's problem: "This authentication method has been
		// deprecated" (credentials in the query string, or the old login);
		// the catalog's deprecated_auth_method.
		{src: pardotKB, name: "Pardot v4 200 XML err 126 Invalid authentication mechanism", status: 200,
			header: xml(), body: legalcrmPardot("126", "Invalid authentication mechanism"),
			cred: apiKey("PARDOT_API_KEY", "9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d", "", "api_key"), path: "/api/prospect/version/4/do/query", want: DeprecatedAuthMethod},
		{src: pardotKB, name: "Pardot v4 200 XML err 46 This API user lacks sufficient permissions", status: 200,
			header: xml(), body: legalcrmPardot("46", "This API user lacks sufficient permissions for the requested operation"), cred: pardotAuth,
			method: "POST", path: "/api/user/version/4/do/create", want: PermissionDenied},

		// Dynamics 365 / Dataverse Web API: the discovery answer the docs describe ("Discover the authority
		// at run time"): a request without a token gets a Bearer challenge
		// naming the authority and the resource, and no body.
		{src: "https://learn.microsoft.com/en-us/power-apps/developer/data-platform/authenticate-oauth", name: "Dataverse 401 Bearer authorization_uri resource_id, nothing sent", status: 401,
			header: map[string]string{"WWW-Authenticate": "Bearer authorization_uri=https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/oauth2/authorize, resource_id=https://contoso.crm.dynamics.com/"},
			path:   "/api/data/v9.2/WhoAmI", want: NoCredentialsSent},
		// Clio Platform: its rate limit page's response body.
		{src: "https://docs.developers.clio.com/api-docs/clio-platform/rate-limits", name: "Clio Platform 429 Too Many Requests", status: 429,
			header: json(), body: "{\n\"message\": \"Too Many Requests\"\n}", cred: bearer("CLIO_TOKEN", "22478-UXD6mhtCx4yG7qZbLFs9WaKe1pJ3nR"), path: "/api/v4/matters", want: RateLimited},
	}
}

// roundlegalcrmPending: measured blind with the rest, left out of the
// passing table. Pardot's error 49 "Access Denied" in a 200 was expected
// permission_denied (the credentials went in the header the documented
// way, so the list's other reason, a forbidden way of passing them, was
// ruled out) and reads credential_rejected: bare "Access denied" is
// deliberately no permission word (authzRE's comment: many APIs refuse a
// bad credential so), and a 200 carries no status to tell a 403's meaning
// from a 401's. The same two words mean both; no reading is forced.
func roundlegalcrmPending() []provCase {
	return []provCase{
		{src: "https://github.com/pardot/api-docs/blob/0a3ec6d27b4e689dd2f62e81fd1cc02b071f43af/docs/kb/error-codes-messages.md", name: "Pardot v4 200 XML err 49 Access Denied", status: 200,
			header: ctHeader("text/xml; charset=utf-8"), body: legalcrmPardot("49", "Access Denied"),
			cred: headerCred("Authorization", "PARDOT_AUTH", "Pardot api_key=9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d, user_key=0f1e2d3c4b5a69788796a5b4c3d2e1f0"),
			path: "/api/emailClick/version/4/do/query", want: PermissionDenied},
	}
}

// roundlegalcrmTokens: token endpoints of the same servers: SugarCRM's
// oauth2/token refusing a password grant (a Spanish-language instance),
// SuiteCRM's access_token endpoint (league/oauth2-server v7's payload:
// error, message, hint), and PACER's authentication service, which answers
// 200 with a loginResult other than "0" and no token.
func roundlegalcrmTokens() []tokenCase {
	return []tokenCase{
		{src: "https://github.com/betobaz/sugarcrb/blob/cb4c523f31e4a28c060c474a90b8341f986dd1c1/test/sugarcrb_test.rb", name: "SugarCRM token 401 need_login Debe especificar un usuario y contraseña válidos",
			status: 401, body: `{"error":"need_login","error_message":"Debe especificar un usuario y contrase\u00f1a v\u00e1lidos."}`, want: CredentialRejected},
		{src: "https://github.com/SuiteCRM/SuiteCRM/issues/10268", name: "SuiteCRM token 401 invalid_client Client authentication failed",
			status: 401, body: `{"error":"invalid_client","message":"Client authentication failed"}`, want: CredentialRejected},
		// The catalog: unsupported_grant_type is a client not allowed the
		// grant (permission_denied), unless the words say it was refused.
		{src: "https://github.com/SuiteCRM/SuiteCRM/issues/7623", name: "SuiteCRM token 400 unsupported_grant_type",
			status: 400, body: `{"error":"unsupported_grant_type","message":"The authorization grant type is not supported by the authorization server.","hint":"Check that all required parameters have been provided"}`, want: PermissionDenied},
		// A password grant with the wrong password: league's
		// invalidCredentials at the version whose payload the issues show.
		{src: "https://github.com/thephpleague/oauth2-server/blob/8184f771d43ea7305ddbb893d0daf6f0352ec5fd/src/Exception/OAuthServerException.php", name: "SuiteCRM token 401 invalid_credentials The user credentials were incorrect",
			status: 401, body: `{"error":"invalid_credentials","message":"The user credentials were incorrect."}`, want: CredentialRejected},
		// juriscraper reads loginResult and errorDescription; the words are
		// the PACER Authentication API User Guide's for a wrong password or
		// one-time passcode.
		{src: "https://github.com/freelawproject/juriscraper/blob/8446197f3885164fd337624490cf466d8817d775/juriscraper/pacer/http.py", name: "PACER cso-auth 200 loginResult 13 Invalid username, password, or one-time passcode",
			status: 200, body: `{"loginResult": "13", "errorDescription": "Invalid username, password, or one-time passcode."}`, want: CredentialRejected},
	}
}

// roundlegalcrmNonRefusals: answers of the same servers that refuse
// nothing: a record or resource not found, a field left empty, a
// validation error, an invalid id, a missing query parameter, a server
// error. They must get no cause.
func roundlegalcrmNonRefusals() []fpCase {
	const (
		vt  = "https://github.com/vtiger-crm/vtigercrm/blob/31a494c26b62f32043294996a38dbe9cd58f2332/include/Webservices/"
		amp = "https://github.com/amp-labs/connectors/blob/30bbef6d8fc52b2cbd45c8394b626130212ff94e/providers/"
	)
	return []fpCase{
		{src: vt + "Delete.php", name: "vtiger 200 RECORD_NOT_FOUND Record you are trying to access is not found", status: 200, header: jsonCT(),
			body: vtigerError("RECORD_NOT_FOUND", "Record you are trying to access is not found"), path: "/webservice.php?operation=delete&id=4x999"},
		{src: vt + "EntityMeta.php", name: "vtiger 200 MANDATORY_FIELDS_MISSING lastname does not have a value", status: 200, header: jsonCT(),
			body: vtigerError("MANDATORY_FIELDS_MISSING", "lastname does not have a value"), path: "/webservice.php?operation=create"},
		{src: amp + "capsule/test/read/not-found.json", name: "Capsule 404 Could not find resource", status: 404, header: jsonCT(),
			body: "{\n  \"message\": \"Could not find resource\"\n}", path: "/api/v2/parties/999999"},
		{src: amp + "capsule/test/write/unprocessable-payload.json", name: "Capsule 422 Validation Failed dueOn is required", status: 422, header: jsonCT(),
			body: "{\n  \"message\": \"Validation Failed\",\n  \"errors\": [\n    {\n      \"message\": \"dueOn is required\",\n      \"resource\": \"task\",\n      \"field\": \"dueOn\"\n    }\n  ]\n}", path: "/api/v2/tasks"},
		{src: amp + "copper/test/not-found.json", name: "Copper 404 not_found", status: 404, header: jsonCT(),
			body: "{\n  \"error\": \"not_found\"\n}", path: "/developer_api/v1/projects/search"},
		{src: amp + "copper/test/invalid-params.json", name: "Copper 422 Invalid input Unrecognized attributes specified", status: 422, header: jsonCT(),
			body: "{\n  \"success\": false,\n  \"status\": 422,\n  \"message\": \"Invalid input: Validation errors: Base: Unrecognized attributes specified: pageSize\"\n}", path: "/developer_api/v1/projects/search"},
		{src: amp + "nutshell/test/err-internal-server.json", name: "Nutshell 500 Internal Server Error", status: 500, header: jsonCT(),
			body: "{\n  \"code\": 500,\n  \"message\": \"Internal Server Error\"\n}", path: "/rest/accounts"},
		{src: amp + "dynamicsbusiness/test/err-missing-environment.xml", name: "Business Central 404 NoEnvironment Environment does not exist", status: 404, header: ctHeader("application/xml"),
			body: "<error xmlns=\"http://docs.oasis-open.org/odata/ns/metadata\">\n    <code>NoEnvironment</code>\n    <message>Environment does not exist.</message>\n</error>", path: "/v2.0/production/api/v2.0/companies"},
		{src: amp + "salesforce/test/pardot/read/emails/err-missing-query.json", name: "Pardot v5 400 code 13 required parameters missing: fields", status: 400, header: jsonCT(),
			body: "{\n  \"code\": 13,\n  \"message\": \"One or more required parameters are missing: fields\"\n}", path: "/api/v5/objects/emails"},
		{src: "https://github.com/pardot/api-docs/blob/0a3ec6d27b4e689dd2f62e81fd1cc02b071f43af/docs/kb/error-codes-messages.md", name: "Pardot v4 200 XML err 3 Invalid prospect ID", status: 200, header: ctHeader("text/xml; charset=utf-8"),
			body: legalcrmPardot("3", "Invalid prospect ID"), path: "/api/prospect/version/4/do/read/id/99999999"},
	}
}

// TestHeldoutRoundLegalcrm reports top-1 on the legal and CRM round: the
// refusals as runProviderCases serves them, the token endpoints, and the
// non-refusals, which must get no cause.
func TestHeldoutRoundLegalcrm(t *testing.T) {
	runHeldoutRound(t, heldoutRound{name: "roundlegalcrm", cases: roundlegalcrmCases(time.Now()), tokens: roundlegalcrmTokens(),
		nonRefusals: roundlegalcrmNonRefusals(), pending: roundlegalcrmPending()})
}

// lateRoundlegalcrmCases: answers gathered after the readings landed,
// looked at for the first time, expectations set from the catalog, run
// once before any change: late: first cause right in 5 of 7 (refusals 4 of
// 6, non-refusals 1 of 1). The two misses are left pending
// (lateRoundlegalcrmPending), not fixed.
func lateRoundlegalcrmCases(now time.Time) []provCase {
	const (
		league = "https://github.com/thephpleague/oauth2-server/blob/8184f771d43ea7305ddbb893d0daf6f0352ec5fd/src/AuthorizationValidators/BearerTokenValidator.php"
		vtLog  = "https://github.com/vtiger-crm/vtigercrm/blob/31a494c26b62f32043294996a38dbe9cd58f2332/include/Webservices/Login.php"
	)
	accessDenied := func(hint string) string {
		return `{"error":"access_denied","message":"The resource owner or authorization server denied the request.","hint":"` + hint + `"}`
	}
	vtLogin := apiKey("VTIGER_ACCESS_KEY", "5f4dcc3b5aa765d61d8327deb882cf99", "", "accessKey")
	return []provCase{
		// SuiteCRM V8: league 7's "Access token is invalid" is what a JWT
		// that fails validation (its exp past) gets; read locally first.
		{src: league, name: "SuiteCRM V8 401 access_denied Access token is invalid (exp past)", status: 401,
			header: jsonCT(), body: accessDenied("Access token is invalid"),
			cred: bearer("SUITECRM_TOKEN", makeJWT(map[string]any{"aud": "9b0a4f6e-1c2d-4e3f-8a7b-6c5d4e3f2a1b", "sub": "1", "iat": now.Add(-2 * time.Hour).Unix(), "exp": now.Add(-time.Hour).Unix()})),
			path: "/Api/V8/module/Accounts", want: JWTExpired},
		{src: league, name: "SuiteCRM V8 401 access_denied Access token is not signed", status: 401,
			header: jsonCT(), body: accessDenied("Access token is not signed"),
			cred: bearer("SUITECRM_TOKEN", "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiIxIn0."), path: "/Api/V8/module/Accounts", want: CredentialRejected},
		// vtiger's login operation refusing the user itself.
		{src: vtLog, name: "vtiger 200 AUTHENTICATION_REQUIRED Given user is inactive (login)", status: 200,
			header: jsonCT(), body: vtigerError("AUTHENTICATION_REQUIRED", "Given user is inactive"), cred: vtLogin,
			method: "POST", path: "/webservice.php?operation=login&username=former.rep", want: CredentialRejected},
		// Pardot's lockout after failed logins: the catalog's limit on
		// attempts ("too many failed login attempts" reads rate_limited).
		{src: "https://github.com/pardot/api-docs/blob/0a3ec6d27b4e689dd2f62e81fd1cc02b071f43af/docs/kb/error-codes-messages.md", name: "Pardot v4 200 XML err 131 account locked due to too many failed login attempts", status: 200,
			header: ctHeader("text/xml; charset=utf-8"), body: legalcrmPardot("131", "Your account is locked due to too many failed login attempts. Reset your password at https://pi.pardot.com/user/passwordReset"),
			cred: headerCred("Authorization", "PARDOT_AUTH", "Pardot api_key=9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d, user_key=0f1e2d3c4b5a69788796a5b4c3d2e1f0"),
			path: "/api/prospect/version/4/do/query", want: RateLimited},
	}
}

// lateRoundlegalcrmPending: the late misses, left out of the passing table.
// vtiger's ACCESSKEY_UNDEFINED "Access key for the user is undefined" (the
// login's user has no access key): an error code that names the refusal
// is read first, and "accesskey" is written as one word and "undefined" is
// no verdict the envelope words know (it is JavaScript's word for a
// program's own fault as often); a key said undefined is the catalog's
// credential_rejected (not set up), no reading forced in the time left.
// EspoCRM's "Max code count exceeded." (two-factor codes by e-mail sent
// more often than its limit allows) reads permission_denied from the
// bare 403: "max … count exceeded" is as often a field's or a plan's
// limit ("Max attachment count exceeded"), and nothing in the words says
// the count is of requests.
func lateRoundlegalcrmPending() []provCase {
	const vtLog = "https://github.com/vtiger-crm/vtigercrm/blob/31a494c26b62f32043294996a38dbe9cd58f2332/include/Webservices/Login.php"
	vtLogin := apiKey("VTIGER_ACCESS_KEY", "5f4dcc3b5aa765d61d8327deb882cf99", "", "accessKey")
	return []provCase{
		{src: vtLog, name: "vtiger 200 ACCESSKEY_UNDEFINED Access key for the user is undefined (login)", status: 200,
			header: jsonCT(), body: vtigerError("ACCESSKEY_UNDEFINED", "Access key for the user is undefined"), cred: vtLogin,
			method: "POST", path: "/webservice.php?operation=login&username=admin", want: CredentialRejected},
		// EspoCRM: two-factor codes by e-mail sent more often than allowed.
		{src: "https://github.com/espocrm/espocrm/blob/2cde9d980f84cfc3caa1adf3275a0817e1e49bfa/application/Espo/Core/Authentication/TwoFactor/Email/Util.php", name: "EspoCRM 403 X-Status-Reason Max code count exceeded", status: 403,
			header: ctHeader("application/json", "X-Status-Reason", "Max code count exceeded."), body: "",
			cred: basicCred("api-sync", "Wq8ZbV3kLmN0pQrS"), path: "/api/v1/App/user", want: RateLimited},
	}
}

// lateRoundlegalcrmNonRefusals: Pardot v5's record not found on a delete.
func lateRoundlegalcrmNonRefusals() []fpCase {
	return []fpCase{
		{src: "https://github.com/amp-labs/connectors/blob/30bbef6d8fc52b2cbd45c8394b626130212ff94e/providers/salesforce/test/pardot/delete/err-not-found.json", name: "Pardot v5 404 code 109 The requested record was not found", status: 404,
			header: jsonCT(), body: "{\n  \"code\": 109,\n  \"message\": \"The requested record was not found.\"\n}", path: "/api/v5/objects/prospects/55434595"},
	}
}

// TestHeldoutRoundLegalcrmLate: see lateRoundlegalcrmCases.
func TestHeldoutRoundLegalcrmLate(t *testing.T) {
	runProviderCases(t, "roundlegalcrm late answers", lateRoundlegalcrmCases(time.Now()))
	runFalsePositives(t, "roundlegalcrm late non-refusals", lateRoundlegalcrmNonRefusals())
	runPending(t, lateRoundlegalcrmPending())
}
