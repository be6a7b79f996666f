package diagnose

import (
	"net/http"
	"strings"
	"testing"
	"time"
)

// roundhealth2Cases: a second held-out round on health, telehealth and
// device-cloud APIs, answers not in the corpora before: Dexcom Share
// (its recorded cassettes, byte for byte), Tandem t:connect, Dentrix
// Enterprise's API gateway, Ukraine's eHealth central component, Italy's
// FSE gateway, NHS England's BaRS and Immunisation FHIR APIs, the Dutch
// Nictiz FHIR guidance, New Zealand's Shared Digital Health Record,
// MediRecords, CMS DPC's earlier answer and Medplum's FHIR server. Gathered
// and given their expected first cause from the catalog before the
// diagnosis code was read; a comment says why when two codes could fit,
// and where a body or status is not byte for byte from its source.
// First run, before any fix: first cause right in 32 of 41 (refusals 21
// of 29, token endpoints 6 of 6, non-refusals 5 of 6 given no cause).
// Misses: a session id said not found in a 500 (Dexcom's
// SessionIdNotFound); an identity provider's 401 and "Cannot
// Authenticate" quoted inside a 500; a scope said not allowed for the
// client type, and for the user's role, in 422s; "has not provided a token
// or it has expired or is otherwise invalid" read token_expired, with a
// token and with none; "Not authorized to access this resource" on a 401
// read permission_denied; a resource "restricted due to invalid scopes"
// on a 401 read a plain refusal; a search method's exact-match rule on a
// 403 read permission_denied. After the readings the misses lacked: 41 of
// 41 (a value the request carried, quoted back as not found, on any status;
// "cannot authenticate" the account or key named; a scope not allowed for
// the client type or role; a credential said absent, expired or otherwise
// invalid in one breath, also under a FHIR issue code expired; "not
// authorized to access this resource" off a 401 only; access restricted
// due to the token's scopes; a search too broad for the method, a rule
// every caller meets). None on the blind expectations.
func roundhealth2Cases(now time.Time) []provCase {
	const (
		dexTape   = "https://github.com/gagebenne/pydexcom/blob/22600fdb9f69402e641890109ed971b239c9b46b/tests/cassettes/"
		dentrix   = "https://hsps.pro/DentrixEnterprise/APIHelp/html/Authentication_Errors.htm"
		imms      = "https://github.com/NHSDigital/immunisation-fhir-api/commit/6af66a4b20327abac0ec86139fd85ff263a7a7a5"
		nictiz    = "https://informatiestandaarden.nictiz.nl/wiki/FHIR:Vissue-MM-3096_FHIR_Error_handling_examples"
		medplum   = "https://github.com/medplum/medplum/blob/57af4deb5e3b6cef56bdabd568cc842bd0e1d9db/packages/core/src/outcomes.ts"
		sdhr      = "https://build.fhir.org/ig/tewhatuora/fhir-sdhr/branches/uat/"
		dexSessID = "7c2f4a91-3b6e-4d8a-9f15-e2a07b4c3d58"
		inferno   = "https://github.com/inferno-framework/inferno-reference-server/blob/7bcb58c6d8d53d590b6de5d863f1201935588710/src/main/java/org/mitre/fhir/authorization/"
	)
	fhirJSON := func(extra ...string) map[string]string {
		return ctHeader("application/fhir+json; charset=utf-8", extra...)
	}
	fhirXML := ctHeader("application/fhir+xml; charset=utf-8")
	dexHeader := jsonCT("Server", "cloudflare", "CF-Cache-Status", "DYNAMIC", "CF-Ray", "8a6738c6a87d4cb2-PHL")
	dexSession := apiKey("DEXCOM_SESSION_ID", dexSessID, "", "sessionId")
	dexLogin := basicCred("glucose-share-ci", "Wq8ZbV3kLmN0pQr!")
	medplumToken := bearer("MEDPLUM_ACCESS_TOKEN", makeJWT(map[string]any{"iss": "https://api.medplum.com/", "sub": "c2f4a91b-3b6e-4d8a-9f15-e2a07b4c3d58", "exp": now.Add(time.Hour).Unix()}))
	ehealthToken := bearer("EHEALTH_ACCESS_TOKEN", "VHo3VDNVaG1UL2hxeXFySEhYVnZVdz09")
	nhsToken := bearer("NHS_ACCESS_TOKEN", "Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws")
	mp := func(id, code, text string) string {
		return `{"resourceType":"OperationOutcome","id":"` + id + `","issue":[{"severity":"error","code":"` + code + `","details":{"text":"` + text + `"}}]}`
	}
	imm := func(code, ecode, diag string) string {
		return `{"resourceType":"OperationOutcome","id":"a5abca2a-4eda-41da-b2cc-95d48c6b791d","meta":{"profile":["https://simplifier.net/guide/UKCoreDevelopment2/ProfileUKCore-OperationOutcome"]},"issue":[{"severity":"error","code":"` + code + `","details":{"coding":[{"system":"https://fhir.nhs.uk/Codesystem/http-error-codes","code":"` + ecode + `"}]},"diagnostics":"` + diag + `"}]}`
	}
	nictizXML := func(id, text string) string {
		return "<OperationOutcome xmlns=\"http://hl7.org/fhir\">\n<id value=\"" + id + "\" />\n<issue>\n<severity value=\"error\"/>\n<code value=\"security\"/>\n<details>\n<text value=\"" + text + "\"/>\n</details>\n</issue>\n</OperationOutcome>"
	}
	return []provCase{
		// Dexcom Share answers every fault with a 500 and a FaultException
		// (the cassettes unfolded from YAML, the session id and the account
		// name replaced by made-up ones). A session id the server does not
		// know, sent in the query as the API reads it: unknown to the
		// server, so refused (no word says expired).
		{src: dexTape + "test_glucose_reading/TestGlucoseReading/test_get_current_glucose_reading_session_expired.yaml", name: "Dexcom Share 500 SessionIdNotFound Failed to find session object", status: 500,
			header: dexHeader, body: dexFault("SessionIdNotFound", "Failed to find session object. [SessionId = "+dexSessID+"]", "2024-07-21T00:54:48.155248347", "5", "2", "2", "ObjectNotFound", "Database", "Severe"),
			cred: dexSession, method: "POST", path: "/ShareWebServices/Services/Publisher/ReadPublisherLatestGlucoseValues?maxCount=1&minutes=10", want: CredentialRejected},
		// A wrong password to the login endpoint (the login sends the
		// account and password in a JSON body; modelled as the Basic pair
		// the suite would hold).
		{src: "https://github.com/gagebenne/pydexcom/blob/5436391b3abf1ce930e4cb2a2bdedf6fd5f053e2/tests/cassettes/TestDexcom.test_dexcom%5Bpassword-username%5D.yaml", name: "Dexcom Share 500 AccountPasswordInvalid Publisher account password failed", status: 500,
			header: dexHeader, body: dexFault("AccountPasswordInvalid", "Publisher account password failed", "2023-08-02T20:32:29.242", "13", "4", "1", "InvalidPassword", "Validation", "Minor"),
			cred: dexLogin, method: "POST", path: "/ShareWebServices/Services/General/AuthenticatePublisherAccount", want: CredentialRejected},
		// The same wrong login a year later: the identity provider's 401
		// quoted inside a 500 that also says "Time out issue".
		{src: dexTape + "test_dexcom/TestDexcom/test_dexcom%5Busername-None-password%5D.yaml", name: "Dexcom Share 500 SSO_InternalError Keycloak 401 Cannot Authenticate by AccountName", status: 500,
			header: dexHeader, body: dexFault("SSO_InternalError", "Synchronization of SSO account during authenticate call failed Time out issue.  AccountName=glucose-share-ci Error encountered accessing Keycloak endpoint: UAM_ERROR: HttpStatus='401 UNAUTHORIZED(401)' Msg=Cannot Authenticate by AccountName='glucose-share-ci'", "2024-07-21T00:59:41.396118418", "15", "1", "2", "SingleSignOn", "System", "Severe"),
			cred: dexLogin, method: "POST", path: "/ShareWebServices/Services/General/AuthenticatePublisherAccount", want: CredentialRejected},

		// Tandem t:connect's mobile API: an opaque token, said expired.
		{src: "https://github.com/jwoglom/tconnectsync/issues/6", name: "t:connect 401 invalid_token Invalid token: access token has expired", status: 401,
			header: jsonCT(), body: `{"statusCode":401,"status":401,"code":401,"message":"Invalid token: access token has expired","name":"invalid_token"}`,
			cred: bearer("TCONNECT_ACCESS_TOKEN", "Rk9x2LmQ7pZ4sT6vW8yB1aC3dE5fG7hJ"), path: "/cloud/upload/getlasteventuploaded?sn=11111111", want: TokenExpired},

		// Dentrix Enterprise's API (an Apigee gateway): the page gives the
		// bodies, not the status; 401 is what Apigee answers with them.
		{src: dentrix, name: "Dentrix Enterprise 401 fault Access Token expired", status: 401,
			header: jsonCT(), body: "{\n    \"fault\": {\n        \"faultstring\": \"Access Token expired\",\n        \"detail\": {\n            \"errorcode\": \"keymanagement.service.access_token_expired\"\n        }\n    }\n}",
			cred: bearer("DENTRIX_ACCESS_TOKEN", "Ab3De5Fg7Hj9Kl1Mn3Pq5Rs7Tu9Vw1Xy"), path: "/GetPatients", want: TokenExpired},
		{src: dentrix, name: "Dentrix Enterprise 401 fault Invalid access token", status: 401,
			header: jsonCT(), body: "{\n    \"fault\": {\n        \"faultstring\": \"Invalid access token\",\n        \"detail\": {\n            \"errorcode\": \"oauth.v2.InvalidAccessToken\"\n        }\n    }\n}",
			cred: bearer("DENTRIX_ACCESS_TOKEN", "Ab3De5Fg7Hj9Kl1Mn3Pq5Rs7Tu9Vw1Xy"), path: "/GetCCDAXml", want: CredentialRejected},

		// Ukraine's eHealth central component.
		{src: "https://github.com/ehealth-ua/api-spec/issues/371", name: "eHealth UA 401 Invalid access token, type access_denied", status: 401,
			header: jsonCT(), body: "{\n    \"meta\": {\n        \"url\": \"http://api.ehealth-ukraine.org:8000/admin/roles\",\n        \"code\": 401,\n        \"request_id\": \"2233f015-d0d7-4307-89db-9e2fe829ddda#432535\",\n        \"type\": \"object\"\n    },\n    \"error\": {\n        \"message\": \"Invalid access token\",\n        \"type\": \"access_denied\"\n    }\n}",
			cred: ehealthToken, path: "/admin/roles", want: CredentialRejected},
		// The scope the token lacks is named ("Missing allowances:
		// role:read"): the server says which scope, so
		// server_insufficient_scope rather than a bare permission_denied.
		{src: "https://github.com/ehealth-ua/api-spec/issues/179", name: "eHealth UA 403 Your scope does not allow, Missing allowances role:read", status: 403,
			header: jsonCT(), body: "{\n  \"meta\": {\n    \"url\": \"https://api.ehealth.world:443/admin/roles\",\n    \"type\": \"object\",\n    \"request_id\": \"djh15rfee000lujbvhp6diaas93sjnuk\",\n    \"code\": 403\n  },\n  \"error\": {\n    \"type\": \"forbidden\",\n    \"message\": \"Your scope does not allow to access this resource. Missing allowances: role:read\"\n  }\n}",
			cred: ehealthToken, path: "/admin/roles", want: ServerInsufficientScope},
		// The authorization step refuses scopes the client type may not ask
		// for: a known client not allowed this scope (the catalog's
		// permission_denied at a token endpoint), whatever the 422 says of
		// the request.
		{src: "https://github.com/ehealth-ua/api-spec/issues/556", name: "eHealth UA 422 Scope is not allowed by client type", status: 422,
			header: jsonCT(), body: `{"meta":{"url":"http://api-svc.mithril/oauth/apps/authorize","type":"object","request_id":"783dfcf0-c0a1-46f2-80c8-5b90efbb9b1e#100442","code":422},"error":{"type":"request_malformed","message":"Scope is not allowed by client type.","invalid":[{"rules":[{"rule":"json"}],"entry_type":"request"}]}}`,
			cred: ehealthToken, method: "POST", path: "/oauth/apps/authorize", want: PermissionDenied},
		// The same step refusing scopes the user's role may not have (the
		// thread quotes the browser's tree view; the JSON is rebuilt from
		// it in the server's order).
		{src: "https://github.com/ehealth-ua/api-spec/issues/322", name: "eHealth UA 422 User requested scope that is not allowed by role based access policies", status: 422,
			header: jsonCT(), body: `{"meta":{"url":"http://api-svc.mithril/oauth/apps/authorize","type":"object","request_id":"36b1ca07-e1b6-466b-87d5-74c30bc5a6f2#84441","code":422},"error":{"type":"request_malformed","message":"User requested scope that is not allowed by role based access policies.","invalid":[{"rules":[{"rule":"json"}],"entry_type":"request"}]}}`,
			cred: ehealthToken, method: "POST", path: "/oauth/apps/authorize", want: PermissionDenied},

		// Italy's Fascicolo Sanitario Elettronico gateway (GovWay): a JWT
		// whose aud and iss were wrong, answered only "Invalid token"
		// (Content-Type not in the thread: GovWay's problem+json).
		{src: "https://github.com/ministero-salute/it-fse-support/issues/710", name: "FSE gateway 401 TokenAuthenticationFailed Invalid token", status: 401,
			header: ctHeader("application/problem+json"), body: `{"type":"https://govway.org/handling-errors/401/TokenAuthenticationFailed.html","title":"TokenAuthenticationFailed","status":401,"detail":"Invalid token","govway_id":"bf30f9e0-f0c7-11ee-9223-005056ae7395"}`,
			cred:   bearer("FSE_AUTH_TOKEN", makeJWT(map[string]any{"iss": "auth:jwt-issuer", "aud": "FSE_Gateway", "sub": "PROVAX00X00X000Y^^^&2.16.840.1.113883.2.9.4.3.2&ISO", "exp": now.Add(time.Hour).Unix()})),
			method: "POST", path: "/govway/rest/in/FSE/gateway/v1/documents/validation", want: CredentialRejected},

		// NHS England BaRS: the receiver's 401 example (its placeholders as
		// published).
		{src: "https://packages2.fhir.org/xig/resource/uk.nhsdigital.bars.r4%7C1.37.0/OperationOutcome/401Unauthorised.json", name: "NHS BaRS 401 REC_UNAUTHORIZED deemed you unauthorized", status: 401,
			header: fhirJSON(), body: "{\n  \"resourceType\": \"OperationOutcome\",\n  \"id\": \"58977ddf-a021-46c4-bbb2-a7fa662f48e0\",\n  \"meta\": {\n    \"profile\": [\n      \"https://fhir.hl7.org.uk/StructureDefinition/UKCore-OperationOutcome\"\n    ]\n  },\n  \"issue\": [\n    {\n      \"severity\": \"error\",\n      \"code\": \"security\",\n      \"details\": {\n        \"coding\": [\n          {\n            \"system\": \"https://fhir.nhs.uk/Codesystem/http-error-codes\",\n            \"code\": \"REC_UNAUTHORIZED\"\n          }\n        ]\n      },\n      \"diagnostics\": \"<Receiver Identifier (ODS?)> deemed you unauthorized to make this request: <further diagnostics information, error message/error text>\"\n    }\n  ]\n}",
			cred: nhsToken, method: "POST", path: "/booking-and-referral/FHIR/R4/$process-message", want: CredentialRejected},
		// NHS Immunisation FHIR API's documented examples. The 401 offers
		// three faults (none sent, expired, invalid): with a token sent the
		// 401 refuses it; "expired" is one guess of three, so not
		// token_expired. With nothing sent, it is the missing token.
		{src: imms, name: "NHS Immunisation 401 SEND_UNAUTHORIZED not provided, expired or invalid, a token sent", status: 401,
			header: fhirJSON(), body: imm("expired", "SEND_UNAUTHORIZED", "The sender has not provided a token or it has expired or is otherwise invalid."),
			cred: nhsToken, path: "/immunisation-fhir-api/FHIR/R4/Immunization/f400ad2c-62d9-4f98-bc35-a146caf14dee", want: CredentialRejected},
		{src: imms, name: "NHS Immunisation 401 SEND_UNAUTHORIZED not provided, expired or invalid, nothing sent", status: 401,
			header: fhirJSON(), body: imm("expired", "SEND_UNAUTHORIZED", "The sender has not provided a token or it has expired or is otherwise invalid."),
			path: "/immunisation-fhir-api/FHIR/R4/Immunization/f400ad2c-62d9-4f98-bc35-a146caf14dee", want: NoCredentialsSent},
		// "check your credentials and permissions" beside "does not have
		// permissions": a known sender not allowed.
		{src: imms, name: "NHS Immunisation 403 forbidden does not have permissions, check your credentials and permissions", status: 403,
			header: fhirJSON(), body: imm("forbidden", "SEND_UNAUTHORIZED", "The sender does not have permissions to access this resource. Please check your credentials and permissions."),
			cred: nhsToken, method: "POST", path: "/immunisation-fhir-api/FHIR/R4/Immunization", want: PermissionDenied},

		// Nictiz's error handling examples (XML; the narrative, "...",
		// left out).
		{src: nictiz, name: "Nictiz FHIR 401 security Not authorized to access this resource (XML)", status: 401,
			header: fhirXML, body: nictizXML("01464674-b4b6-11eb-8529-0242ac130003", "Not authorized to access this resource"),
			cred: bearer("FHIR_ACCESS_TOKEN", "Lq2Ws9Ab3De5Fg7Hj9Kl1Mn3Pq5Rs7Tu"), path: "/fhir/Practitioner/86475712701", want: CredentialRejected},
		{src: nictiz, name: "Nictiz FHIR 403 security Read access forbidden (XML)", status: 403,
			header: fhirXML, body: nictizXML("131sasdffa-ds32-2380-2343-131s12334234", "Read access forbidden"),
			cred: bearer("FHIR_ACCESS_TOKEN", "Lq2Ws9Ab3De5Fg7Hj9Kl1Mn3Pq5Rs7Tu"), path: "/fhir/Patient/20118482245", want: PermissionDenied},

		// New Zealand's Shared Digital Health Record: the examples name
		// their case, not the status (401 and 429 are what they stand for).
		{src: sdhr + "OperationOutcome-APIError-Unauthorised.json", name: "NZ SDHR 401 suppressed UNAUTHORISED Unauthorised.", status: 401,
			header: fhirJSON(), body: "{\n  \"resourceType\" : \"OperationOutcome\",\n  \"id\" : \"APIError-Unauthorised\",\n  \"issue\" : [{\n    \"severity\" : \"error\",\n    \"code\" : \"suppressed\",\n    \"details\" : {\n      \"coding\" : [{\n        \"code\" : \"UNAUTHORISED\"\n      }]\n    },\n    \"diagnostics\" : \"Unauthorised.\"\n  }]\n}",
			cred: bearer("SDHR_ACCESS_TOKEN", makeJWT(map[string]any{"iss": "https://auth.integration.covid19.health.nz", "scope": "system/Condition.r", "exp": now.Add(time.Hour).Unix()})), path: "/fhir/Condition?patient=ZKC4633", want: CredentialRejected},
		{src: sdhr + "OperationOutcome-OperationOutcomeRateLimitExceeded.xml", name: "NZ SDHR 429 throttled exceeding the allocated rate limit", status: 429,
			header: fhirJSON(), body: "{\n  \"resourceType\" : \"OperationOutcome\",\n  \"id\" : \"OperationOutcomeRateLimitExceeded\",\n  \"issue\" : [\n    {\n      \"severity\" : \"error\",\n      \"code\" : \"throttled\",\n      \"details\" : {\n        \"text\" : \"Request has been throttled due to exceeding the allocated rate limit.\"\n      }\n    }\n  ]\n}",
			cred: bearer("SDHR_ACCESS_TOKEN", "Mn3Pq5Rs7Tu9Vw1XyAb3De5Fg7Hj9Kl1"), path: "/fhir/Condition?patient=ZKC4633", want: RateLimited},

		// MediRecords' forbidden example (its narrative left out): a
		// warning-severity issue, the user lacks the rights.
		{src: "https://fhir.medirecords.com/OperationOutcome-1a4884df-2423-4d19-be19-2125ae67cccf.json.html", name: "MediRecords 403 forbidden The user does not have the rights to perform this action", status: 403,
			header: fhirJSON(), body: "{\n  \"resourceType\" : \"OperationOutcome\",\n  \"id\" : \"1a4884df-2423-4d19-be19-2125ae67cccf\",\n  \"meta\" : {\n    \"profile\" : [\n      \"https://fhir.medirecords.com/StructureDefinition/mr-operation-outcome-core\"\n    ]\n  },\n  \"issue\" : [\n    {\n      \"severity\" : \"warning\",\n      \"code\" : \"forbidden\",\n      \"diagnostics\" : \"Forbidden. The user does not have the rights to perform this action.\"\n    }\n  ]\n}",
			cred: bearer("MEDIRECORDS_TOKEN", "Tu9Vw1XyAb3De5Fg7Hj9Kl1Mn3Pq5Rs7"), method: "PUT", path: "/fhir/r4/Patient/4a1b2c3d", want: PermissionDenied},

		// CMS DPC before it answered an OperationOutcome: the bare sentence
		// in text/plain to a token it did not accept.
		{src: "https://github.com/CMSgov/dpc-app/pull/927", name: "DPC 401 text/plain Credentials are required to access this resource., a token sent", status: 401,
			header: ctHeader("text/plain"), body: "Credentials are required to access this resource.",
			cred: bearer("DPC_ACCESS_TOKEN", makeJWT(map[string]any{"iss": "https://sandbox.dpc.cms.gov/api", "exp": now.Add(5 * time.Minute).Unix()})), path: "/api/v1/Organization/foo", want: CredentialRejected},

		// Medplum's FHIR server: its OperationOutcomes as the server
		// serializes them (compact JSON; statuses from its getStatus).
		{src: medplum, name: "Medplum 401 login Unauthorized, a token sent", status: 401,
			header: fhirJSON(), body: mp("unauthorized", "login", "Unauthorized"), cred: medplumToken, path: "/fhir/R4/Patient", want: CredentialRejected},
		{src: medplum, name: "Medplum 401 login Unauthorized, nothing sent", status: 401,
			header: fhirJSON(), body: mp("unauthorized", "login", "Unauthorized"), path: "/fhir/R4/Patient", want: NoCredentialsSent},
		{src: medplum, name: "Medplum 403 forbidden Forbidden", status: 403,
			header: fhirJSON(), body: mp("forbidden", "forbidden", "Forbidden"), cred: medplumToken, method: "POST", path: "/fhir/R4/Project", want: PermissionDenied},
		{src: "https://github.com/medplum/medplum/blob/00ebe42275d82f210c0190c7ebfd42e606c6c1d7/packages/core/src/outcomes.ts", name: "Medplum (early) 403 access-denied Access Denied", status: 403,
			header: fhirJSON(), body: mp("access-denied", "access-denied", "Access Denied"), cred: medplumToken, path: "/fhir/R4/AccessPolicy", want: PermissionDenied},
		{src: medplum, name: "Medplum 429 throttled Too Many Requests", status: 429,
			header: fhirJSON(), body: mp("too-many-requests", "throttled", "Too Many Requests"), cred: medplumToken, path: "/fhir/R4/Observation", want: RateLimited},

		// Inferno's SMART reference server (a HAPI server behind a bearer
		// check): its exceptions rendered as HAPI renders a thrown
		// exception (an OperationOutcome whose diagnostics is the message;
		// the rendering modelled, the words from its source). A token it
		// does not know is echoed back after the sentence.
		{src: inferno + "exception/InvalidBearerTokenException.java", name: "Inferno reference FHIR 401 Bearer token is invalid or not supplied, a token sent", status: 401,
			header: fhirJSON(), body: hapiOutcome("Bearer token is invalid or not supplied Supplied Bearer Token: Kx7Qm2Lp9Zt4Rv8Nb3Wc6Yd1"),
			cred: bearer("INFERNO_ACCESS_TOKEN", "Kx7Qm2Lp9Zt4Rv8Nb3Wc6Yd1"), path: "/reference-server/r4/Patient/85", want: CredentialRejected},
		{src: inferno + "exception/InvalidBearerTokenException.java", name: "Inferno reference FHIR 401 Bearer token is invalid or not supplied, nothing sent", status: 401,
			header: fhirJSON(), body: hapiOutcome("Bearer token is invalid or not supplied Supplied Bearer Token: null"), path: "/reference-server/r4/Patient/85", want: NoCredentialsSent},
		// A token whose scopes do not cover the resource: the server says
		// the token's scopes are why, on a 401.
		{src: inferno + "exception/InvalidScopesException.java", name: "Inferno reference FHIR 401 Access to Resource restricted due to invalid scopes", status: 401,
			header: fhirJSON(), body: hapiOutcome("Access to Resource Observation is restricted due to invalid scopes"),
			cred: bearer("INFERNO_ACCESS_TOKEN", "Kx7Qm2Lp9Zt4Rv8Nb3Wc6Yd1.cGF0aWVudC9QYXRpZW50LnJlYWQ="), path: "/reference-server/r4/Observation?patient=85", want: ServerInsufficientScope},
	}
}

// hapiOutcome is the OperationOutcome a HAPI FHIR server answers for a
// thrown server exception: one error issue whose diagnostics is the
// exception's message.
func hapiOutcome(msg string) string {
	return `{"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"processing","diagnostics":"` + msg + `"}]}`
}

// dexFault is Dexcom Share's FaultException body as its cassettes record
// it: the message, and the same fault again as an OnlineException element.
func dexFault(code, msg, thrown, typ, cat, sev, typeStr, catStr, sevStr string) string {
	attr := func(s string) string { return strings.ReplaceAll(s, `"`, `\"`) }
	sub := `<OnlineException DateThrownLocal=\"` + thrown + `\" DateThrown=\"` + thrown + `Z\" ErrorCode=\"` + code + `\" Type=\"` + typ + `\" Category=\"` + cat + `\" Severity=\"` + sev +
		`\" TypeString=\"` + typeStr + `\" CategoryString=\"` + catStr + `\" SeverityString=\"` + sevStr + `\" HostName=\"\" HostIP=\"\" Id=\"{55555555-5555-5555-5555-555555555555}\" Message=\"` + attr(msg) +
		`\" FullText=\"com.dexcom.udp.common.data.exception.OnlineException: ` + attr(msg) + `\" />`
	return `{"Code":"` + code + `","Message":"` + msg + `","SubCode":"` + sub + `","TypeName":"FaultException"}`
}

// roundhealth2TokenCases: token endpoints of the round.
func roundhealth2TokenCases() []tokenCase {
	const infernoAuth = "https://github.com/inferno-framework/inferno-reference-server/blob/7bcb58c6d8d53d590b6de5d863f1201935588710/src/main/java/org/mitre/fhir/authorization/AuthorizationController.java"
	return []tokenCase{
		// Inferno's SMART reference token endpoint (its OAuth2Exception
		// handler: error and error_description; the key order modelled).
		// The client's secret or signed assertion refused is the client's
		// credential; scopes it may not have are permission_denied.
		{src: infernoAuth, name: "Inferno reference token 401 invalid_client Client Secret invalid or not supplied", status: 401,
			body: `{"error":"invalid_client","error_description":"Client Secret invalid or not supplied"}`, want: CredentialRejected},
		{src: infernoAuth, name: "Inferno reference token 401 invalid_client Client assertion invalid or not supplied", status: 401,
			body: `{"error":"invalid_client","error_description":"Client assertion invalid or not supplied"}`, want: CredentialRejected},
		{src: infernoAuth, name: "Inferno reference token 400 invalid_grant Client Assertion JWT failed signature verification", status: 400,
			body: `{"error":"invalid_grant","error_description":"Client Assertion JWT failed signature verification"}`, want: CredentialRejected},
		{src: infernoAuth, name: "Inferno reference token 400 invalid_scope scopes invalid for bulk data", status: 400,
			body: `{"error":"invalid_scope","error_description":"The following scopes are invalid for bulk data : patient/*.read,"}`, want: PermissionDenied},
		// A refresh token the server does not hold: the grant refused
		// (credential_rejected; no word says it expired).
		{src: infernoAuth, name: "Inferno reference token 400 invalid_grant Refresh Token was not found", status: 400,
			body: `{"error":"invalid_grant","error_description":"Refresh Token 3f9c2a71-5b8d-4e6f-a1c0-9d7e2b4f6a18 was not found"}`, want: CredentialRejected},
		// Dentrix Enterprise's AccessToken: the client id or secret is
		// wrong (the page's own {0} placeholder kept; status as above).
		{src: "https://hsps.pro/DentrixEnterprise/APIHelp/html/Authentication_Errors.htm", name: "Dentrix Enterprise token 401 fault Invalid client identifier", status: 401,
			body: "{\n    \"fault\": {\n        \"faultstring\": \"Invalid client identifier {0}\",\n        \"detail\": {\n            \"errorcode\": \"oauth.v2.InvalidClientIdentifier\"\n        }\n    }\n}", want: CredentialRejected},
	}
}

// roundhealth2NonRefusals: the same servers' answers that are not about
// the credential and must get no cause.
func roundhealth2NonRefusals() []fpCase {
	const imms = "https://github.com/NHSDigital/immunisation-fhir-api/commit/fef14c6504d5a105ce7bd5068b29bb9296995df2"
	fhirJSON := ctHeader("application/fhir+json; charset=utf-8")
	return []fpCase{
		// eHealth's declarations search refuses broad searches with a 403
		// every caller meets: a rule of the method, not the credential.
		{src: "https://github.com/ehealth-ua/api-spec/issues/135", name: "eHealth UA 403 forbidden This API method returns only exact match results", status: 403,
			header: jsonCT(), body: "{\n            \"meta\" : {\n                \"url\" : \"http://api.ehealth.world/api/declarations\",\n                \"type\" : \"object\",\n                \"request_id\" : \"7eq127uea164k9rrt4d67kjvqaoilmqs\",\n                \"code\" : 403\n            },\n            \"error\" : {\n                \"type\" : \"forbidden\",\n                \"message\" : \"This API method returns only exact match results, please retry with more specific search parameters\"\n            }\n        }",
			path: "/api/declarations?status=active"},
		{src: imms, name: "NHS Immunisation 400 INVALID the provided event ID is missing or not in the expected format", status: 400,
			header: fhirJSON, body: `{"resourceType": "OperationOutcome", "id": "f400ad2c-62d9-4f98-bc35-a146caf14dee", "meta": {"profile": ["https://simplifier.net/guide/UKCoreDevelopment2/ProfileUKCore-OperationOutcome"]}, "issue": [{"severity": "error", "code": "invalid", "details": {"coding": [{"system": "https://fhir.nhs.uk/Codesystem/http-error-codes", "code": "INVALID"}]}, "diagnostics": "the provided event ID is either missing or not in the expected format."}]}`,
			path: "/immunisation-fhir-api/FHIR/R4/Immunization/not-an-id"},
		{src: "https://github.com/NHSDigital/immunisation-fhir-api/pull/1084", name: "NHS Immunisation 400 INVARIANT only accepts FHIR Immunization Resources", status: 400,
			header: fhirJSON, body: `{"resourceType": "OperationOutcome", "id": "a7dc58e7-4033-43e6-b34e-cf7ee7bbc567", "meta": {"profile": ["https://simplifier.net/guide/UKCoreDevelopment2/ProfileUKCore-OperationOutcome"]}, "issue": [{"severity": "error", "code": "invariant", "details": {"coding": [{"system": "https://fhir.nhs.uk/Codesystem/http-error-codes", "code": "INVARIANT"}]}, "diagnostics": "Validation errors: This service only accepts FHIR Immunization Resources (i.e. resourceType must equal 'Immunization')"}]}`,
			path: "/immunisation-fhir-api/FHIR/R4/Immunization"},
		{src: "https://github.com/medplum/medplum/blob/57af4deb5e3b6cef56bdabd568cc842bd0e1d9db/packages/core/src/outcomes.ts", name: "Medplum 404 not-found Not found", status: 404,
			header: fhirJSON, body: `{"resourceType":"OperationOutcome","id":"not-found","issue":[{"severity":"error","code":"not-found","details":{"text":"Not found"}}]}`, path: "/fhir/R4/Patient/2b8c6f4e-1d3a-4c5b-9e7f-0a1b2c3d4e5f"},
		{src: "https://github.com/medplum/medplum/blob/57af4deb5e3b6cef56bdabd568cc842bd0e1d9db/packages/core/src/outcomes.ts", name: "Medplum 412 multiple-matches Multiple resources found matching condition", status: 412,
			header: fhirJSON, body: `{"resourceType":"OperationOutcome","id":"multiple-matches","issue":[{"severity":"error","code":"multiple-matches","details":{"text":"Multiple resources found matching condition"}}]}`, path: "/fhir/R4/Patient?identifier=http://example.com|123"},
		// Dexcom Share's login answers a malformed account id with its
		// default session id and a 200 (the cassette's answer to an empty
		// accountId): a 2xx the client must read, no refusal words.
		{src: "https://github.com/gagebenne/pydexcom/blob/59a80304e5cdac048da9218fd6bf9f4683e61bf1/tests/cassettes/test_dexcom/TestDexcom/test_dexcom%5BNone--password%5D.yaml", name: "Dexcom Share 200 default session id", status: 200,
			header: jsonCT(), body: `"00000000-0000-0000-0000-000000000000"`, path: "/ShareWebServices/Services/General/LoginPublisherAccountById"},
	}
}

// TestHeldoutRoundhealth2 reports top-1 on the second health round: the
// refusals, the token endpoint's answer, and the non-refusals, which must
// get no cause.
func TestHeldoutRoundhealth2(t *testing.T) {
	runHeldoutRound(t, heldoutRound{name: "roundhealth2", cases: roundhealth2Cases(time.Now()), tokens: roundhealth2TokenCases(), nonRefusals: roundhealth2NonRefusals()})
}

// lateRoundhealth2Cases: answers gathered after the readings above,
// looked at for the first time and given their expected first cause from
// the catalog before they were run once: late: first cause right in 4
// of 6 (refusals 3 of 4, token endpoint 0 of 1, non-refusal 1 of 1),
// measured before any change. Misses: eHealth's "Authorization header is
// not set or doesn't contain Bearer token" under its error type
// access_denied read permission_denied (a header said not set now vetoes
// the 401's authorization reading, authHeaderNotSetPattern); its token
// endpoint's error object {"type":"invalid_grant","message":"Token
// expired."} was not read (TokenAnswer now reads an object under
// "error"). 6 of 6 after.
func lateRoundhealth2Cases() []provCase {
	const fse = "https://github.com/ministero-salute/it-fse-support/issues/"
	fseToken := bearer("FSE_AUTH_TOKEN", "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJQUk9WQVgwMFgwMFgwMDBZIn0.c2lnbmF0dXJlLWZzZS1sYXRl")
	ehealthToken := bearer("EHEALTH_ACCESS_TOKEN", "Rnc2RGtwSi9jejRNNUprUFB4UUdpdz09")
	return []provCase{
		// The FSE gateway's content authorization refusing a validation
		// call (the thread's cause: the signature JWT signed with the
		// authentication certificate); the words say the content is not
		// authorized, the catalog's 403 reading is a caller not allowed.
		{src: fse + "183", name: "FSE gateway 403 AuthorizationContentDeny Unauthorized request content", status: 403,
			header: ctHeader("application/problem+json"), body: "{\n    \"type\": \"https://govway.org/handling-errors/403/AuthorizationContentDeny.html\",\n    \"title\": \"AuthorizationContentDeny\",\n    \"status\": 403,\n    \"detail\": \"Unauthorized request content\",\n    \"govway_id\": \"0141518a-c95e-11ed-adb9-005056ae54fa\"\n}",
			cred: fseToken, method: "POST", path: "/govway/rest/in/FSE/gateway/v1/documents/validation", want: PermissionDenied},
		// A regional middleware in front of the gateway, to a Bearer JWT
		// it did not accept.
		{src: fse + "1226", name: "FSE middleware 401 Invalid Authorization header, a Bearer JWT sent", status: 401,
			header: jsonCT(), body: "{\n  \"govway_id\" : \"20241107150019\",\n  \"detail\" : \"Invalid Authorization header\",\n  \"title\" : \"Error\",\n  \"type\" : \"midlleware-401\",\n  \"status\" : 401\n}",
			cred: fseToken, method: "POST", path: "/api/v1/documents/validation", want: CredentialRejected},
		// eHealth to a token sent as a query parameter named Authorization
		// (the meta url echoes it): it reads the header.
		{src: "https://github.com/ehealth-ua/api-spec/issues/298", name: "eHealth UA 401 Authorization header is not set or doesn't contain Bearer token, the token in the query", status: 401,
			header: jsonCT(), body: `{"meta":{"url":"http://api.ehealth-ukraine.org:8000/api/declaration_requests/3bafc83d-1c50-46bd-bf28-d30ef60a69a9/actions/approve?Authorization=Bearer%20Rnc2RGtwSi9jejRNNUprUFB4UUdpdz09","code":401,"request_id":"6beac2fa-c5a4-4b6c-9a9a-0887368c6979#63614","type":"object"},"error":{"message":"Authorization header is not set or doesn't contain Bearer token","type":"access_denied"}}`,
			cred: ehealthToken, place: func(r *http.Request, c *Credential) {
				q := r.URL.Query()
				q.Set("Authorization", "Bearer "+c.Values[0].Value)
				r.URL.RawQuery = q.Encode()
			}, method: "PATCH", path: "/api/declaration_requests/3bafc83d-1c50-46bd-bf28-d30ef60a69a9/actions/approve", want: CredentialInWrongPlace},
		// Dexcom Share's login by account id, the account's password wrong
		// (the cassette's answer; the id replaced by a made-up one).
		{src: "https://github.com/gagebenne/pydexcom/blob/59a80304e5cdac048da9218fd6bf9f4683e61bf1/tests/cassettes/test_dexcom/TestDexcom/test_dexcom%5BNone-55555555-5555-5555-5555-555555555555-password%5D.yaml", name: "Dexcom Share 500 SSO_InternalError Cannot Authenticate by AccountId", status: 500,
			header: jsonCT("Server", "cloudflare", "CF-Ray", "8a67a04698a94cb6-PHL"), body: dexFault("SSO_InternalError", "Synchronization of SSO account during authenticate call failed Time out issue.  AccountId=2b8c6f4e-1d3a-4c5b-9e7f-0a1b2c3d4e5f Error encountered accessing Keycloak endpoint: UAM_ERROR: HttpStatus='401 UNAUTHORIZED(401)' Msg=Cannot Authenticate by AccountId='2b8c6f4e-1d3a-4c5b-9e7f-0a1b2c3d4e5f'", "2024-07-21T02:05:27.661335708", "15", "1", "2", "SingleSignOn", "System", "Severe"),
			cred: basicCred("2b8c6f4e-1d3a-4c5b-9e7f-0a1b2c3d4e5f", "Wq8ZbV3kLmN0pQr!"), method: "POST", path: "/ShareWebServices/Services/General/LoginPublisherAccountById", want: CredentialRejected},
	}
}

// lateRoundhealth2TokenCases: eHealth's token endpoint to a refresh token
// past its life (its own envelope, the error's type invalid_grant).
func lateRoundhealth2TokenCases() []tokenCase {
	return []tokenCase{
		{src: "https://github.com/ehealth-ua/api-spec/issues/221", name: "eHealth UA token 401 invalid_grant Token expired.", status: 401,
			body: `{"meta":{"url":"http://api-svc.mithril/oauth/tokens","type":"object","request_id":"bead1590-e3c3-4621-ac63-199ca2953347#58075","code":401},"error":{"type":"invalid_grant","message":"Token expired."}}`, want: TokenExpired},
	}
}

// lateRoundhealth2NonRefusals: Dexcom Share's 500 to an account id that is
// not a UUID: a validation fault, no credential's.
func lateRoundhealth2NonRefusals() []fpCase {
	return []fpCase{
		{src: "https://github.com/gagebenne/pydexcom/blob/22600fdb9f69402e641890109ed971b239c9b46b/tests/cassettes/test_dexcom/TestDexcom/test_dexcom%5BNone-1-password%5D.yaml", name: "Dexcom Share 500 InvalidArgument UUID has to be represented by standard 36-char representation", status: 500,
			header: jsonCT(), body: dexFault("InvalidArgument", "Missing required field(s): JSON parse error: Cannot deserialize value of type `java.util.UUID` from String \\\"1\\\": UUID has to be represented by standard 36-char representation", "2024-07-21T00:59:38.570650991", "10", "4", "2", "InvalidArgument", "Validation", "Severe"),
			path: "/ShareWebServices/Services/General/LoginPublisherAccountById"},
	}
}

// TestHeldoutRoundhealth2Late: see lateRoundhealth2Cases.
func TestHeldoutRoundhealth2Late(t *testing.T) {
	runProviderCases(t, "roundhealth2 late answers", lateRoundhealth2Cases())
	runTokenCases(t, lateRoundhealth2TokenCases())
	runFalsePositives(t, "roundhealth2 late non-refusals", lateRoundhealth2NonRefusals())
}
