package diagnose

import (
	"testing"
	"time"
)

// enterpriseCases: a held-out round on enterprise software APIs (Box,
// DocuSign, Dataverse / Dynamics 365, Business Central, ServiceNow,
// Salesforce Bulk API and Commerce Cloud, Marketing Cloud, SAP BTP / CAP /
// SuccessFactors, Xero, NCR Counterpoint, Accela) and healthcare (FHIR
// servers behind CMS's DPC, Italy's FSE gateway, Ukraine's eHealth).
// Gathered and given their expected first cause from the catalog before the
// diagnosis code was read; a comment says why when two codes could fit.
// First run, before any fix: first cause right in 38 of 40 (refusals 25
// of 27, token endpoint refusals 7 of 7, non-refusals 6 of 6 given the
// right code or none). Misses: Marketing Cloud's legacy token endpoint
// refusing an OAuth 2.0 integration read as a refused credential; NCR
// Counterpoint's "No APIKey provided ... via an "APIKey" header" with the
// key sent in that very header read as a credential in the wrong place.
// 40 of 40 after two general readings: a credential said not eligible for
// the legacy way of authenticating is that method refused; an answer that
// finds no credential but names the header it was sent in (after in, via,
// through) looked there and refused it. TestMetamorphic on these answers
// added a third: a key "not found or disabled" is an unknown key, as "not
// found or invalid" was.
func enterpriseCases(now time.Time) []provCase {
	_ = now
	box := bearer("BOX_ACCESS_TOKEN", "T9cE5asGnuyYCCqIZFoWjFHvNbvVqHjl")
	xero := bearer("XERO_ACCESS_TOKEN", "eyXr8Qm2LkT9wXy7NbV3cD1fG4hJ6kP0sRuVzA5bE7gI9mO1qS3tU")
	docusign := bearer("DOCUSIGN_ACCESS_TOKEN", "eyJ0eXAiOiJNVCIsImFsZyI6IlJTMjU2Iiwia2lkIjoiNjgxODVmZjEtNGU1MS00Y2U5LWFmMWMtNjg5ODEyMjAzMzE3In0")
	dataverse := bearer("DATAVERSE_TOKEN", "dv_9f8e7d6c5b4a39281706f5e4d3c2b1a0f9e8d7c6b5a4")
	servicenow := basicCred("integration.user", "Sn0w-Int3gr4tion!2024")
	sfSession := "00D5g000004FzaB!AQ4AQFj8Yx.nUvK2rLbS7wPq3mZtC9hE1oDgJfA6iR0sTuVyW"
	sapToken := bearer("SAP_BTP_TOKEN", "sapbtp_7Hq2LmN9pR4sT6vX8zB1cD3fG5hJ7kL9")
	fse := bearer("FSE_BEARER_JWT", "fse_4f2b9c1d7e6a5b8c3d0e9f1a2b7c6d5e4f3a2b1c")
	json := jsonCT
	return []provCase{
		// Box.
		{src: "https://github.com/box/box-node-sdk/issues/157", name: "Box 401 invalid_token challenge, empty body, with Box-Request-Id", status: 401,
			header: map[string]string{"WWW-Authenticate": `Bearer realm="Service", error="invalid_token", error_description="The access token provided is invalid."`, "Box-Request-Id": "0g81ogj572gd15m289a3m0ovs66"},
			cred:   box, path: "/2.0/folders/0/items", want: ServerInvalidToken},
		{src: "https://github.com/box/box-windows-sdk-v2/issues/264", name: "Box 403 insufficient_scope challenge", status: 403,
			header: map[string]string{"WWW-Authenticate": `Bearer realm="Service", error="insufficient_scope", error_description="The request requires higher privileges than provided by the access token."`},
			cred:   box, path: "/2.0/users?user_type=managed", want: ServerInsufficientScope},
		// The former Box View API took its key as "Token <key>".
		{src: "https://github.com/seanrose/broadcast/issues/17", name: "Box View 401 Invalid token", status: 401,
			header: json(), body: `{"message": "Invalid token", "type": "error", "request_id": "56b9bca86fad47fdb28d9f5d88863e6f"}`,
			cred: headerCred("Authorization", "BOX_VIEW_API_KEY", "Token 8b0a7c6d5e4f3a2b1c0d9e8f7a6b5c4d"), method: "POST", path: "/1/sessions", want: CredentialRejected},

		// Xero (TokenExpired in a problem-like body).
		{src: "https://github.com/freakboy3742/pyxero/pull/337", name: "Xero 401 Detail TokenExpired: token expired at", status: 401,
			header: json(), body: `{"Type":null,"Title":"Unauthorized","Status":401,"Detail":"TokenExpired: token expired at 04/09/2023 05:16:59","Instance":"6489df60-8891-470e-9268-a9a43f5da71e","Extensions":{}}`,
			cred: xero, path: "/api.xro/2.0/Invoices", want: TokenExpired},

		// DocuSign: the OAuth token is refused with the legacy message about a
		// username and password; a bearer token was sent.
		{src: "https://github.com/docusign/docusign-esign-csharp-client/issues/300", name: "DocuSign 401 USER_AUTHENTICATION_FAILED Invalid access token", status: 401,
			header: json(), body: `{"errorCode":"USER_AUTHENTICATION_FAILED","message":"One or both of Username and Password are invalid. Invalid access token"}`,
			cred: docusign, method: "POST", path: "/restapi/v2.1/accounts/7b3c1d2e/envelopes", want: CredentialRejected},

		// The profile call sends a bearer token; the integrator key (the
		// client) is not known: credential_rejected, though the words also
		// say "not specified".
		{src: "https://github.com/docusign/passport-docusign/blob/master/test/strategy.profile.test.js", name: "DocuSign 400 PARTNER_AUTHENTICATION_FAILED integrator key not found", status: 400,
			header: json(), body: `{"error":{"errorCode":"PARTNER_AUTHENTICATION_FAILED","message":"The specified Integrator Key was not found or is disabled. An Integrator key was not specified."}}`,
			cred: docusign, path: "/oauth/userinfo", want: CredentialRejected},

		// Dataverse / Dynamics 365. The token is Entra's and valid; the
		// environment does not know the user (or application user), or an
		// admin restricted the app: permission_denied (the server knows who
		// calls). The issue shows no status; Dataverse answers 403 for both.
		{src: "https://github.com/microsoft/powercat-business-approvals-kit/issues/135", name: "Dataverse 403 0x80072560 user is not a member of the organization", status: 403,
			header: json(), body: "{\n  \"error\": {\n    \"code\": \"0x80072560\",\n    \"message\": \"The user is not a member of the organization.\"\n  }\n}",
			cred: dataverse, path: "/api/data/v9.2/WhoAmI", want: PermissionDenied},
		{src: "https://github.com/microsoft/PowerPlatform-DataverseServiceClient/issues/528", name: "Dataverse 403 0x80095ffc access restricted for this application Id", status: 403,
			header: json(), body: `{"error":{"code":"0x80095ffc","message":"Access to Dataverse API is restricted for this application Id : '<guid>'. Please contact your administrator for more information."}}`,
			cred: dataverse, path: "/api/data/v9.2/accounts", want: PermissionDenied},
		{src: "https://github.com/microsoft/nav-docker/issues/570", name: "Business Central 401 Authentication_InvalidCredentials server rejected the client credentials", status: 401,
			header: json(), body: "{\n  \"error\": {\n    \"code\": \"Authentication_InvalidCredentials\",\n    \"message\": \"The server has rejected the client credentials.  CorrelationId:  c32f628c-2b96-48c1-8b4b-7440366a21ef.\"\n  }\n}",
			cred: bearer("BC_ACCESS_TOKEN", "bc_5d4c3b2a19f8e7d6c5b4a3928170f6e5d4c3b2a1"), path: "/BC/api/v2.0/companies", want: CredentialRejected},

		// ServiceNow. A Basic pair was sent; "Required to provide Auth
		// information" could read as nothing sent, but credentials were.
		{src: "https://github.com/panoramicdata/ServiceNow.Api/issues/16", name: "ServiceNow 401 User Not Authenticated with Basic sent", status: 401,
			header: json("WWW-Authenticate", `Basic realm="Service-now"`), body: `{"error":{"message":"User Not Authenticated","detail":"Required to provide Auth information"},"status":"failure"}`,
			cred: servicenow, path: "/api/now/table/incident?sysparm_limit=1", want: CredentialRejected},
		// The KB's page shows the body with markdown escapes (kb\_knowledge);
		// the answer carries kb_knowledge.
		{src: "https://support.servicenow.com/kb?id=kb_article_view&sysparm_article=KB0744425", name: "ServiceNow 403 Insufficient rights to query records", status: 403,
			header: json(), body: "{\n    \"error\": {\n        \"detail\": \"No permission to read table 'kb_knowledge'\",\n        \"message\": \"Insufficient rights to query records\"\n    },\n    \"status\": \"failure\"\n}",
			cred: servicenow, path: "/api/now/stats/kb_knowledge?sysparm_count=true", want: PermissionDenied},

		// Salesforce. "expired or invalid" reads as expired, as Paddle's
		// "expired or invalid" does in the payments round.
		{src: "https://github.com/forcedotcom/postman-salesforce-apis/issues/40", name: "Salesforce 401 INVALID_SESSION_ID Session expired or invalid (object, indented)", status: 401,
			header: json(), body: "    {\n        \"message\": \"Session expired or invalid\",\n        \"errorCode\": \"INVALID_SESSION_ID\"\n    }",
			cred: bearer("SF_ACCESS_TOKEN", sfSession), path: "/services/data/v51.0/sobjects", want: TokenExpired},
		{src: "https://github.com/SFDO-Tooling/MetaDeploy/blob/main/metadeploy/multisalesforce/tests/views.py", name: "Salesforce 403 API_DISABLED_FOR_ORG REST API not enabled", status: 403,
			header: json(), body: `[{"message":"The REST API is not enabled for this Organization.","errorCode":"API_DISABLED_FOR_ORG"}]`,
			cred: bearer("SF_ACCESS_TOKEN", sfSession), path: "/services/data/v45.0/sobjects", want: PermissionDenied},
		{src: "https://github.com/amp-labs/connectors/blob/main/providers/salesforce/internal/crm/core/errors_test.go", name: "Salesforce 403 INSUFFICIENT_ACCESS_OR_READONLY insufficient access rights on object", status: 403,
			header: json(), body: `[{"message":"insufficient access rights on object","errorCode":"INSUFFICIENT_ACCESS_OR_READONLY"}]`,
			cred: bearer("SF_ACCESS_TOKEN", sfSession), method: "PATCH", path: "/services/data/v59.0/sobjects/Lead/00Q5g00000AbCdE", want: PermissionDenied},
		// The Bulk API takes the session in X-SFDC-Session and answers 400
		// with an XML error.
		{src: "https://github.com/heroku/salesforce-bulk/issues/44", name: "Salesforce Bulk API 400 InvalidSessionId (XML)", status: 400,
			header: map[string]string{"Content-Type": "application/xml"}, body: "<?xml version=\"1.0\" encoding=\"UTF-8\"?><error\n   xmlns=\"http://www.force.com/2009/06/asyncapi/dataload\">\n <exceptionCode>InvalidSessionId</exceptionCode>\n <exceptionMessage>Invalid session id</exceptionMessage>\n</error>",
			cred: headerCred("X-SFDC-Session", "SF_SESSION_ID", sfSession), method: "POST", path: "/services/async/40.0/job", want: CredentialRejected},
		// Commerce Cloud account manager: the API client is known, the role
		// may not be assigned. The issue shows the body only; 403 assumed.
		{src: "https://github.com/SalesforceCommerceCloud/sfcc-ci/issues/60", name: "Salesforce Commerce Cloud 403 AccessDeniedException cannot access role", status: 403,
			header: json(), body: `{"errors":[{"message":"Cannot access com.demandware.am.common.model.Role bm_user for assigning to user XXXXXXXXXXXXXXXXXXX","code":"AccessDeniedException","fieldErrors":null}]}`,
			cred: bearer("SFCC_ACCESS_TOKEN", "sfcc_2b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e"), method: "PUT", path: "/dw/rest/v1/users/1234/roles/bm_user", want: PermissionDenied},
		// Marketing Cloud: the legacy token endpoint refuses an integration
		// created for OAuth 2.0 (/v2/token). The issue shows Node's print of
		// the parsed body; fields and strings as printed, JSON punctuation
		// restored; its status is not shown (the SDK raised on a non-2xx).
		{src: "https://github.com/salesforce-marketingcloud/FuelSDK-Node/issues/20", name: "Marketing Cloud 401 errorcode 10007 not eligible for the legacy /v1/requestToken", status: 401,
			header: json(), body: `{"message":"This integration is not eligible to use the legacy /v1/requestToken endpoint because the integration uses enhanced OAuth 2.0 functionality. To obtain a token for this integration, use the applicable Marketing Cloud OAuth 2.0 endpoint for authentication. For a web or public app, use /v2/authorize and then /v2/token. For a server-to-server integration, use /v2/token.","errorcode":10007,"documentation":""}`,
			cred: apiKey("SFMC_CLIENT_SECRET", "mc_s3cr3t_9f8e7d6c5b4a3928170f6e5d", "", "clientSecret"), method: "POST", path: "/v1/requestToken", want: DeprecatedAuthMethod},

		// SAP.
		// A CAP service on BTP opened in a browser: no token reached it.
		{src: "https://github.com/SAP-samples/cap-sflight/issues/28", name: "SAP CAP OData 401 XML error Unauthorized, nothing sent", status: 401,
			header: map[string]string{"Content-Type": "application/xml"}, body: "<error xmlns=\"http://docs.oasis-open.org/odata/ns/metadata\">\n<code>401</code>\n<message>Unauthorized</message>\n</error>",
			path: "/processor/Travel", want: NoCredentialsSent},
		{src: "https://github.com/sap-tutorials/Tutorials/issues/6674", name: "SAP Business Rules 401 empty body, bare Bearer challenge, a token sent", status: 401,
			header: map[string]string{"WWW-Authenticate": "Bearer", "Content-Length": "0", "Server": "SAP"},
			cred:   sapToken, method: "POST", path: "/rules-service/rest/v2/rule-services", want: CredentialRejected},
		// The company id in the user name is not known to this data center:
		// the credential belongs to another account.
		{src: "https://github.com/SAP-archive/cloud-sfsf-benefits-ext/issues/3", name: "SuccessFactors 401 Company not found (Basic)", status: 401,
			header: map[string]string{"Content-Type": "text/plain"}, body: "Company [HCPPAR01] not found.",
			cred: basicCred("sfadmin@HCPPAR01", "Sf-Adm1n-Pa55!"), path: "/odata/v2/$metadata", want: CredentialRejected},

		// Retail and government ERP.
		// The key was sent in the APIKey header the message names; an expired
		// key gets the same words (issue 153). credential_rejected rather than
		// no_credentials_sent.
		{src: "https://github.com/NCRCounterpointAPI/APIGuide/issues/21", name: "NCR Counterpoint 401 ERROR_INVALID_APIKEY No APIKey provided (key sent)", status: 401,
			header: json(), body: "{\n  \"ErrorCode\": \"ERROR_INVALID_APIKEY\",\n  \"Message\": \"No APIKey provided. This request requires a valid, not expired APIKey value to be passed in via an \\\"APIKey\\\" header value.\"\n}",
			cred: apiKey("COUNTERPOINT_APIKEY", "cp_8f3c2a1b4d5e6f708192a3b4c5d6e7f8a9b0c1d2", "APIKey", ""), path: "/Customers", want: CredentialRejected},
		{src: "https://github.com/Accela-Inc/developer-forum/issues/36", name: "Accela 403 forbidden not authorized to operate on the requested resource", status: 403,
			header: json("x-accela-resp-code", "forbidden", "x-accela-resp-message", "You are not authorized to operate on the requested resource"),
			body:   `{"status":403,"code":"forbidden","message":"You are not authorized to operate on the requested resource","traceId":"rest-141027202841594-b4e9e97a"}`,
			cred:   headerCred("x-accela-appid", "ACCELA_APP_ID", "635442545792218073"), path: "/v4/records/PALOALTO-12REV-00000-00206", want: PermissionDenied},

		// Oracle Cloud Infrastructure signs each request (Signature scheme);
		// "not provided or was incorrect" with a signature sent.
		{src: "https://github.com/hitrov/oci-arm-host-capacity/issues/101", name: "OCI 401 NotAuthenticated with a signature sent, compartment query", status: 401,
			header: json(), body: "{\n    \"code\": \"NotAuthenticated\",\n    \"message\": \"The required information to complete authentication was not provided or was incorrect.\"\n}",
			cred: headerCred("Authorization", "OCI_SIGNATURE", `Signature version="1",keyId="ocid1.tenancy.oc1..aaaa/ocid1.user.oc1..aaaa/20:3b:97:13",algorithm="rsa-sha256",headers="(request-target) date host",signature="Gcv0dWm2GfQeT5xM1yZ8"`), path: "/20160918/instances?compartmentId=ocid1.tenancy.oc1..aaaa", want: CredentialRejected},

		// Healthcare.
		// The curl sent a bearer token; "Credentials are required" is said
		// of any refused token. credential_rejected.
		{src: "https://github.com/CMSgov/dpc-app/pull/2673", name: "CMS DPC 401 OperationOutcome MSG_AUTH_REQUIRED with a token sent", status: 401,
			header: map[string]string{"Content-Type": "application/fhir+json"}, body: "{\n  \"resourceType\": \"OperationOutcome\",\n  \"issue\": [\n    {\n      \"severity\": \"error\",\n      \"code\": \"exception\",\n      \"details\": {\n        \"coding\": [\n          {\n            \"system\": \"http://hl7.org/fhir/ValueSet/operation-outcome\",\n            \"code\": \"MSG_AUTH_REQUIRED\"\n          }\n        ],\n        \"text\": \"HTTP 401 Unauthorized, Credentials are required to access this resource.\"\n      }\n    }\n  ]\n}",
			cred: bearer("DPC_ACCESS_TOKEN", "dpc_4d3c2b1a0f9e8d7c6b5a49382716f5e4"), path: "/api/v1/Organization/foo", want: CredentialRejected},
		{src: "https://github.com/ministero-salute/it-fse-support/issues/2195", name: "Italy FSE gateway 401 TokenAuthenticationFailed with invalid_token challenge", status: 401,
			header: map[string]string{"Content-Type": "application/problem+json", "WWW-Authenticate": `Bearer realm="FSE-JWT-Signature", error="invalid_token", error_description="Token invalid"`, "GovWay-Transaction-ErrorType": "TokenAuthenticationFailed"},
			body:   `{"type":"https://govway.org/handling-errors/401/TokenAuthenticationFailed.html","title":"TokenAuthenticationFailed","status":401,"detail":"Invalid token","govway_id":"38f0b66f-a425-11f0-bbf0-005056ae54fa"}`,
			cred:   fse, method: "POST", path: "/govway/rest/in/FSE/gateway/v1/documents/validation", want: ServerInvalidToken},
		{src: "https://github.com/ministero-salute/it-fse-support/issues/153", name: "Italy FSE gateway 401 TokenAuthenticationFailed body only", status: 401,
			header: map[string]string{"Content-Type": "application/problem+json"},
			body:   "{\n    \"type\": \"https://govway.org/handling-errors/401/TokenAuthenticationFailed.html\",  \n    \"title\": \"TokenAuthenticationFailed\",  \n    \"status\": 401, \n    \"detail\": \"Invalid token\",  \n    \"govway_id\": \"0e701485-c24d-11ed-a9a6-005056ae7395\"  \n}\n",
			cred:   fse, method: "POST", path: "/govway/rest/in/FSE/gateway/v1/documents/validation", want: CredentialRejected},
		// The token had expired (the maintainers' answer), but the words say
		// invalid; "type":"access_denied" names the class, not a permission.
		{src: "https://github.com/ehealth-ua/api-spec/issues/376", name: "Ukraine eHealth 401 Invalid access token, type access_denied", status: 401,
			header: json(), body: "{\n    \"meta\": {\n        \"url\": \"http://api.ehealth-ukraine.org:8000/admin/roles\",\n        \"code\": 401,\n        \"request_id\": \"c5eb5703-0cc7-46ae-9161-8cc795da34c0#16312\",\n        \"type\": \"object\"\n    },\n    \"error\": {\n        \"message\": \"Invalid access token\",\n        \"type\": \"access_denied\"\n    }\n}",
			cred: bearer("EHEALTH_MIS_TOKEN", "ehua_6b5a49382716f5e4d3c2b1a0f9e8d7c6"), path: "/admin/roles", want: CredentialRejected},
	}
}

// enterpriseTokenCases: token endpoint refusals of the category (SAP
// XSUAA, athenahealth, Epic, Reapit, ServiceNow).
func enterpriseTokenCases() []tokenCase {
	return []tokenCase{
		{src: "https://github.com/sap-tutorials/Tutorials/issues/5061", name: "SAP XSUAA token 401 unauthorized Bad credentials", status: 401,
			body: `{"error":"unauthorized","error_description":"Bad credentials"}`, want: CredentialRejected},
		{src: "https://github.com/SAP/cloud-sdk-java/issues/703", name: "SAP XSUAA token 401 invalid_client Bad credentials", status: 401,
			body: `{"error":"invalid_client","error_description":"Bad credentials"}`, want: CredentialRejected},
		{src: "https://github.com/athenahealth/apiserver-athenaFlex/issues/319", name: "athenaPractice token 401 Bad credentials (SECURITY_INVALID_CREDENTIALS), no error field", status: 401,
			body: `{"message":"Bad credentials (SECURITY_INVALID_CREDENTIALS)","id":401}`, want: CredentialRejected},
		// The status is not shown; invalid_client is a 401 (RFC 6749).
		{src: "https://github.com/athenahealth/apiserver-athenaFlex/issues/346", name: "athenaPractice token invalid_client User name or password is invalid", status: 401,
			body: `{ "error": "invalid_client", "error_description": "User name or password is invalid" }`, want: CredentialRejected},
		{src: "https://github.com/smart-on-fhir/client-js/issues/87", name: "Epic token 400 invalid_grant with a null description", status: 400,
			body: `{ "error": "invalid_grant",  "error_description": null}`, want: CredentialRejected},
		{src: "https://github.com/reapit/foundations/issues/8855", name: "Reapit token invalid_client alone", status: 401,
			body: "{\n    \"error\": \"invalid_client\"\n}", want: CredentialRejected},
		// ServiceNow answers a wrong client secret or user password with
		// server_error/access_denied (the docs' fix: check the credentials).
		// access_denied would read as a permission at a token endpoint, but
		// the error is server_error and the cause a refused secret.
		{src: "https://github.com/demisto/content-docs/issues/1301", name: "ServiceNow token 401 server_error access_denied", status: 401,
			body: `{"error_description": "access_denied", "error": "server_error"}`, want: CredentialRejected},
	}
}

// enterpriseNonRefusals: answers that look alike but are not refusals of
// the credential: a real rate limit behind a 403, an eligibility error in a
// 200, FHIR OperationOutcomes for an unsupported operation and a missing
// route whose URL says authorize.
func enterpriseNonRefusals() []fpCase {
	return []fpCase{
		{src: "https://egnyte.github.io/integrations-cookbook/throttling.html", name: "Egnyte 403 ERR_403_DEVELOPER_OVER_QPS, Retry-After", status: 403,
			header: map[string]string{"X-Mashery-Error-Code": "ERR_403_DEVELOPER_OVER_QPS", "Retry-After": "1"}, want: RateLimited},
		{src: "https://github.com/masslight/ottehr/issues/3469", name: "Claim.MD eligibility 200 error 42 unable to respond at current time", status: 200, header: jsonCT(),
			body: "{\n  \"elig\": {\n    \"ins_sex\": \"X\",\n    \"error\": [\n      {\n        \"error_code\": \"42\",\n        \"error_mesg\": \"Unable to respond at current time\"\n      }\n    ],\n    \"ins_name_l\": \"XXX\",\n    \"ins_name_f\": \"XXXX\",\n    \"elig_result_time\": \"1659\",\n    \"ins_number\": \"XXXXX\",\n    \"elig_result_date\": \"20250801\",\n    \"ins_dob\": \"20240701\",\n    \"eligid\": \"172148597\"\n  }\n}"},
		{src: "https://github.com/amp-labs/connectors/blob/main/providers/salesforce/internal/crm/core/errors_test.go", name: "Salesforce 403 REQUEST_LIMIT_EXCEEDED daily api request limit exceeded", status: 403, header: jsonCT(),
			body: `[{"message":"daily api request limit exceeded","errorCode":"REQUEST_LIMIT_EXCEEDED"}]`, want: RateLimited},
		{src: "https://github.com/amp-labs/connectors/blob/main/providers/salesforce/internal/crm/core/errors_test.go", name: "Salesforce 400 INVALID_FIELD No such column", status: 400, header: jsonCT(),
			body: `[{"message":"No such column 'foo__c' on entity 'Lead'","errorCode":"INVALID_FIELD"}]`},
		// The issue shows no status; an unsupported operation is a 4xx.
		{src: "https://github.com/GoogleCloudPlatform/java-docs-samples/issues/1907", name: "Google Healthcare FHIR 400 OperationOutcome not-supported unsupported resource type", status: 400,
			header: map[string]string{"Content-Type": "application/fhir+json; charset=utf-8"},
			body:   "{\n  \"issue\": [\n    {\n      \"code\": \"not-supported\",\n      \"details\": {\n        \"text\": \"bad_resource_type\"\n      },\n      \"diagnostics\": \"unsupported resource type\",\n      \"severity\": \"error\"\n    }\n  ],\n  \"resourceType\": \"OperationOutcome\"\n}"},
		{src: "https://github.com/bluehalo/node-fhir-server-core/issues/226", name: "node-fhir-server-core 404 OperationOutcome Invalid url /4_0_0/authorize", status: 404,
			header: map[string]string{"Content-Type": "application/fhir+json"},
			body:   `{"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"not-found","details":{"text":"Invalid url: /4_0_0/authorize"}}]}`},
	}
}

// TestHeldoutEnterprise runs the refusals as the runner analyzes them, the
// token endpoint refusals as the runner reads a client credentials refusal,
// and the non-refusals.
func TestHeldoutEnterprise(t *testing.T) {
	cases := enterpriseCases(time.Now())
	if n := len(cases) + len(enterpriseTokenCases()) + len(enterpriseNonRefusals()); n < 40 {
		t.Fatalf("%d cases, want at least 40", n)
	}
	runProviderCases(t, "enterprise held-out corpus", cases)
	runTokenCases(t, enterpriseTokenCases())
	runFalsePositives(t, "enterprise non-refusals", enterpriseNonRefusals())
}

// lateEnterpriseCases: answers of the same category gathered after the
// round's readings, run once unchanged before any further reading;
// expectations from the catalog. First run: 2 of 5. Misses: Business
// Central's 400s "You do not have the following permissions on Page …"
// and "the current permissions prevented the action" got no cause; a
// NetSuite SOAP paste that starts at an end tag (no XML reader reads it)
// got none either, and is replaced by a whole paste of the same answer.
// 5 of 5 after two general readings: a caller who does not have "the
// following" (required, necessary) permissions on something, and
// permissions said to prevent the action, are permission_denied.
func lateEnterpriseCases() []provCase {
	bc := bearer("BC_ACCESS_TOKEN", "bc_9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d")
	return []provCase{
		// NetSuite SOAP answers 200 with a failed status. The late run used
		// issue 249's paste, which starts at the header's end tag (no
		// server sends that, and no XML reader reads it); issue 234's paste
		// of the same answer for another record type, whole (its terminal
		// wrapped two lines), replaces it.
		{src: "https://github.com/NetSweet/netsuite/issues/234", name: "NetSuite SOAP 200 INSUFFICIENT_PERMISSION Permission Violation", status: 200,
			header: map[string]string{"Content-Type": "text/xml; charset=utf-8"},
			body:   "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\" xmlns:xsi=\"http://ww\nw.w3.org/2001/XMLSchema-instance\">\n  <soapenv:Header>\n    <platformMsgs:documentInfo xmlns:platformMsgs=\"urn:messages_2011_2.platform.webservices.netsuite.com\">\n      <platformMsgs:nsId>WEBSERVICES_3918306_040420164643089021190929591_ef2d07f2b5af</platformMsgs:nsId>\n    </platformMsgs:documentInfo>\n  </soapenv:Header>\n  <soapenv:Body>\n    <searchResponse xmlns=\"urn:messages_2011_2.platform.webservices.netsuite.com\">\n      <platformCore:searchResult xmlns:platformCore=\"urn:core_2011_2.platform.webservices.netsuite.com\">\n        <platformCore:status isSuccess=\"false\">\n          <platformCore:statusDetail type=\"ERROR\">\n            <platformCore:code>INSUFFICIENT_PERMISSION</platformCore:code>\n            <platformCore:message>Permission Violation: You need  the 'Lists -&gt; Accounts' permission to access this page. Please contact y\nour account administrator.</platformCore:message>\n          </platformCore:statusDetail>\n        </platformCore:status>\n      </platformCore:searchResult>\n    </searchResponse>\n  </soapenv:Body>\n</soapenv:Envelope>",
			cred:   headerCred("Authorization", "NETSUITE_TBA", `OAuth realm="4567890", oauth_consumer_key="ck_9f8e7d6c5b4a", oauth_token="tk_1a2b3c4d5e6f", oauth_signature_method="HMAC-SHA256", oauth_signature="Zm9vYmFyYmF6cXV4"`),
			method: "POST", path: "/services/NetSuitePort_2011_2", want: PermissionDenied},
		// The request sent the authorization code as the bearer token (the
		// maintainers' answer), which the answer cannot show; its status is
		// not shown either (athena's sandbox answers these 403). By the
		// catalog, a 403 that says "Not authorized" is a permission.
		{src: "https://github.com/athenahealth/apiserver-athenaFlex/issues/136", name: "athenaPractice FHIR 403 OperationOutcome (XML) processing Not authorized", status: 403,
			header: map[string]string{"Content-Type": "application/fhir+xml;charset=UTF-8"},
			body:   "<OperationOutcome xmlns=\"http://hl7.org/fhir\"><text>\n\t\t<status value=\"generated\" />\n\t\t<div xmlns=\"http://www.w3.org/1999/xhtml\">\n\t\t\t<table width=\"100%\">\n\t\t\t\t<tbody>\n\t\t\t\t\t<tr>\n\t\t\t\t\t\t<td width=\"25%\"><span class=\"text-muted\">Outcome null</span></td>\n\t\t\t\t\t\t<td width=\"42%\">\n\t\t\t\t\t\t\t<span class=\"text-muted\"><table><thead><tr><th>#</th><th>Severity</th><th>Type</th><th>Detail</th></tr></thead><tbody><tr><td>1</td><td>ERROR</td><td>PROCESSING</td><td>Not authorized</td></tr></tbody></table></span>\n\t\t\t\t\t\t</td>\n\t\t\t\t\t</tr>\n\t\t\t\t</tbody>\n\t\t\t</table>\n\t\t</div>\n\t</text>\n\t<issue>\n\t\t<severity value=\"error\" /><code value=\"processing\"/><diagnostics value=\"Not authorized\"/></issue></OperationOutcome>",
			cred:   bearer("ATHENA_ACCESS_TOKEN", "eyAthena7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1"), path: "/demoAPIServer/fhir/Schedule", want: PermissionDenied},
		{src: "https://github.com/MicrosoftDocs/dynamics365smb-devitpro-pb/issues/1966", name: "Business Central 400 Internal_ServerError You do not have the following permissions", status: 400,
			header: jsonCT(), body: "{\n  \"error\": {\n    \"code\": \"Internal_ServerError\",\n    \"message\": \"You do not have the following permissions on Page APIV2 - Customers: Execute.\\r\\n\\r\\nTo view details about your permissions, see the Effective Permissions page. To report a problem, refer to the following server session ID: '130'.  CorrelationId:  3cbf983e-9336-4a80-b51f-7e7edfa1c42c.\"\n  }\n}",
			cred: bc, path: "/v2.0/tenant/Production/api/v2.0/companies(7b3c1d2e)/customers", want: PermissionDenied},
		// The status is not shown; Business Central answered its sister
		// (issue 1966 above) with a 400.
		{src: "https://github.com/hougaard/Simple-Object-Designer/issues/149", name: "Business Central 400 Internal_ServerError the current permissions prevented the action", status: 400,
			header: jsonCT(), body: "{\n    \"error\": {\n        \"code\": \"Internal_ServerError\",\n        \"message\": \"Sorry, the current permissions prevented the action. (TableData AssetSOD Read: My Customizations)  CorrelationId:  7dc93223-e051-416e-b98d-f2fd053fd990.\"\n    }\n}",
			cred: bc, path: "/v2.0/tenant/Sandbox/api/hougaard/SOD/v2.0/companies(7b3c1d2e)/assets", want: PermissionDenied},
		// The token was issued for another resource (the maintainers'
		// answer); the answer says only Unauthorized.
		{src: "https://github.com/microsoft/AL/issues/1982", name: "Business Central 401 Unauthorized (token for another resource)", status: 401,
			header: jsonCT(), body: `{"message":"Unauthorized"}`,
			cred: bc, path: "/v1.0/api/beta/companies", want: CredentialRejected},
	}
}

// TestHeldoutEnterpriseLate: see lateEnterpriseCases.
func TestHeldoutEnterpriseLate(t *testing.T) {
	runProviderCases(t, "enterprise late answers", lateEnterpriseCases())
}
