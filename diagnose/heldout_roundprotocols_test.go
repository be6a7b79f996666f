package diagnose

import (
	"testing"
	"time"
)

// roundprotocolsCases: a held-out round on auth failures carried by other
// protocols' envelopes: GraphQL errors[] (Hasura's /v1/graphql, Magento,
// AWS AppSync, Apollo Server, graphql-shield, Shopify's throttle), SOAP
// and WS-Security faults (Salesforce's login and session faults, NetSuite
// SuiteTalk, Exchange Web Services, ONVIF cameras), JSON-RPC (Zabbix, the
// go-ethereum engine API's JWT check, Bitcoin Core, Odoo), OData v4 error
// objects (Dynamics 365) and XML-RPC faults (WordPress). Answers not in the
// corpora before: other endpoints, versions or codes of providers already
// there, and providers that were not. Gathered and given their expected
// first cause from the catalog before the diagnosis code was read; a
// comment says why when two codes could fit, and where a body is an
// envelope from the protocol's or provider's documented shape around the
// source's quoted words. First run, before any fix: first cause right in
// 23 of 41 (refusals 17 of 35, the throttle among them; non-refusals 6 of
// 6 given no cause). Misses: Magento's graphql-authorization "allowed for
// logged in customer", token sent and not (no cause); AppSync's "Unable
// to parse JWT token" and "Not Authorized to access" to a bare JWT
// (prefix_missing first); Salesforce's SOAP INVALID_LOGIN fault in a 500
// (no cause) and its INVALID_SESSION_ID "usually occurs after a session
// expires" (credential_rejected); NetSuite's "Invalid login attempt." fault
// in a 500 (no cause); ONVIF's ter:NotAuthorized "security token could not
// be authenticated" and "error processing the wsse:Security header" in a
// 400 (no cause); Zabbix's JSON-RPC "Not authorized.", "Not authorised."
// and "Session terminated, re-login" under 200 (no cause); geth's "stale
// token" and "future token" (credential_rejected); Odoo's JSON-RPC
// AccessDenied and AccessError under 200 (no cause); WordPress's XML-RPC
// faults "not allowed to edit this post" and "XML-RPC services are
// disabled" (no cause). After the readings the misses lacked: 38 of 41
// (refusals 32 of 35, non-refusals 6 of 6; the three left are pending,
// roundprotocolsPending says why): a JSON-RPC error's data read as the
// failed call's detail; a SOAP fault that refuses the caller read in the
// status SOAP gives faults (500, or 400 for a 1.2 Sender fault), its code
// read without its prefix (an invalid session, WS-Security's failed
// authentication); a SOAP or XML-RPC fault's text read as a failure
// flag's; a GraphQL error's authentication or authorization category; a
// request allowed only for logged-in users; a token said stale or from
// the future; a session said ended with a new login asked, or expiry said
// to be what usually causes the refusal; a GraphQL error on one field
// puts a bare token's missing scheme after the refusal.
func roundprotocolsCases(now time.Time) []provCase {
	const (
		geth     = "https://github.com/ethereum/go-ethereum/blob/fa97788c757a07c0dd038db5ef1a05ee9158e2e6/node/jwt_handler.go"
		bitcoin  = "https://github.com/bitcoin/bitcoin/blob/v27.0/src/httprpc.cpp"
		wpXMLRPC = "https://github.com/WordPress/wordpress-develop/blob/6.5.0/src/wp-includes/class-wp-xmlrpc-server.php"
	)
	json := jsonCT
	xml := func(ct string) map[string]string { return ctHeader(ct) }
	text := ctHeader("text/plain; charset=utf-8", "X-Content-Type-Options", "nosniff")
	soap11 := xml("text/xml; charset=utf-8")
	soap12 := xml("application/soap+xml; charset=utf-8")
	cognito := func(exp time.Duration) *Credential {
		return headerCred("Authorization", "APPSYNC_ID_TOKEN", makeJWT(map[string]any{"sub": "7d1e2c3b-4a5f-4e6d-8c7b-9a0f1e2d3c4b", "token_use": "id",
			"iss": "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Ab12Cd34E", "iat": now.Add(exp - time.Hour).Unix(), "exp": now.Add(exp).Unix()}))
	}
	engineJWT := func(iat time.Duration) *Credential {
		return bearer("ENGINE_JWT", makeJWT(map[string]any{"iat": now.Add(iat).Unix()}))
	}
	sfFault := func(code, msg, detail string) string {
		return `<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:sf="urn:fault.partner.soap.sforce.com" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><soapenv:Body><soapenv:Fault><faultcode>` + code + `</faultcode><faultstring>` + msg + `</faultstring><detail>` + detail + `</detail></soapenv:Fault></soapenv:Body></soapenv:Envelope>`
	}
	onvifFault := func(env, reason string) string {
		return `<?xml version="1.0" encoding="UTF-8"?><` + env + `:Envelope xmlns:` + env + `="http://www.w3.org/2003/05/soap-envelope" xmlns:ter="http://www.onvif.org/ver10/error"><` + env + `:Body><` + env + `:Fault><` + env + `:Code><` + env + `:Value>` + env + `:Sender</` + env + `:Value><` + env + `:Subcode><` + env + `:Value>ter:NotAuthorized</` + env + `:Value></` + env + `:Subcode></` + env + `:Code><` + env + `:Reason><` + env + `:Text xml:lang="en">` + reason + `</` + env + `:Text></` + env + `:Reason></` + env + `:Fault></` + env + `:Body></` + env + `:Envelope>`
	}
	zabbix := func(data string) string {
		return `{"jsonrpc":"2.0","error":{"code":-32602,"message":"Invalid params.","data":"` + data + `"},"id":1}`
	}
	wpLogin := basicCred("editor", "Wq8Z bV3k LmN0 pQrS 7tUv XyZa")
	zbxToken := bearer("ZABBIX_API_TOKEN", "b7e2f4a91c3d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7")
	dynToken := bearer("DATAVERSE_TOKEN", makeJWT(map[string]any{"aud": "https://contoso.crm4.dynamics.com", "iss": "https://sts.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47/",
		"appid": "51f81489-12ee-4a9e-aaae-a2591f45987d", "iat": now.Add(-10 * time.Minute).Unix(), "exp": now.Add(50 * time.Minute).Unix()}))
	return []provCase{
		// Hasura's GraphQL endpoint with an admin secret set and no JWT or
		// webhook mode: only the session variables were sent.
		// Hasura answers GraphQL errors with 200.
		{src: "https://github.com/hasura/graphql-engine/issues/4793", name: "Hasura /v1/graphql 200 access-denied admin secret required, only X-Hasura-User-Id sent", status: 200,
			header: json(), body: "{\n  \"errors\": [\n    {\n      \"extensions\": {\n        \"path\": \"$\",\n        \"code\": \"access-denied\"\n      },\n      \"message\": \"x-hasura-admin-secret/x-hasura-access-key required, but not found\"\n    }\n  ]\n}",
			method: "POST", path: "/v1/graphql", want: NoCredentialsSent},

		// Magento GraphQL: a customer token the server did not take (it
		// served the query as a guest). The token was sent: the server did
		// not accept it. (The made-up token had an exp in the past by
		// mistake in the blind run, which found no cause either way; it is
		// now the hour-long customer token the case means.)
		{src: "https://github.com/magento/magento2/issues/36570", name: "Magento GraphQL 200 graphql-authorization allowed for logged in customer, a customer token sent", status: 200,
			header: json(), body: "{\n    \"errors\": [\n        {\n            \"message\": \"The request is allowed for logged in customer\",\n            \"extensions\": {\n                \"category\": \"graphql-authorization\"\n            },\n            \"locations\": [\n                {\n                    \"line\": 2,\n                    \"column\": 3\n                }\n            ],\n            \"path\": [\n                \"customerCart\"\n            ]\n        }\n    ]\n}",
			cred:   bearer("MAGENTO_CUSTOMER_TOKEN", makeJWT(map[string]any{"uid": 42, "utypid": 3, "iat": now.Add(-time.Minute).Unix(), "exp": now.Add(time.Hour).Unix()})),
			method: "POST", path: "/graphql", want: CredentialRejected},
		// The same answer to a request without a token, as Magento answers a
		// guest (the bytes; the guest is the catalog's nothing sent).
		{src: "https://github.com/magento/magento2/issues/36570", name: "Magento GraphQL 200 graphql-authorization allowed for logged in customer, nothing sent", status: 200,
			header: json(), body: `{"errors":[{"message":"The request is allowed for logged in customer","extensions":{"category":"graphql-authorization"},"locations":[{"line":2,"column":3}],"path":["customerCart"]}]}`,
			method: "POST", path: "/graphql", want: NoCredentialsSent},

		// AWS AppSync (Cognito user pools mode).
		{src: "https://github.com/aws-amplify/amplify-js/issues/4373", name: "AppSync 401 UnauthorizedException Valid authorization header not provided, nothing sent", status: 401,
			header: json("x-amzn-ErrorType", "UnauthorizedException"), body: "{\n  \"errors\" : [ {\n    \"errorType\" : \"UnauthorizedException\",\n    \"message\" : \"Valid authorization header not provided.\"\n  } ]\n}",
			method: "POST", path: "/graphql", want: NoCredentialsSent},
		// AppSync's own shape for a field the caller's identity may not
		// read (the envelope is AppSync's, with the message).
		{src: "https://github.com/aws-amplify/amplify-android/issues/2124", name: "AppSync 200 Unauthorized Not Authorized to access syncReviews on type", status: 200,
			header: json(), body: `{"data":{"syncReviews":null},"errors":[{"path":["syncReviews"],"data":null,"errorType":"Unauthorized","errorInfo":null,"locations":[{"line":2,"column":3,"sourceName":null}],"message":"Not Authorized to access syncReviews on type ModelReviewConnection"}]}`,
			cred: cognito(time.Hour), method: "POST", path: "/graphql", want: PermissionDenied},

		// Apollo Server 2: an AuthenticationError thrown while building the
		// context is answered 400 with the errors nested under "error"
		// (graphql-js#2885 shows the shape; the words are Apollo's docs').
		{src: "https://github.com/graphql/graphql-js/issues/2885", name: "Apollo Server 400 Context creation failed UNAUTHENTICATED, a token sent", status: 400,
			header: json(), body: "{\"error\":{\"errors\":[{\"message\":\"Context creation failed: you must be logged in to query this schema\",\"extensions\":{\"code\":\"UNAUTHENTICATED\"}}]}}\n",
			cred: bearer("API_TOKEN", "gql_Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e"), method: "POST", path: "/graphql", want: CredentialRejected},
		{src: "https://github.com/apollographql/apollo-server/issues/3600", name: "Apollo Server 200 UNAUTHENTICATED you must be logged in, nothing sent", status: 200,
			header: json(), body: "{\n    \"errors\": [\n      {\n        \"message\": \"you must be logged in to query this schema\",\n        \"extensions\": {\n          \"code\": \"UNAUTHENTICATED\"\n        }\n      }\n    ],\n    \"data\": null\n}",
			method: "POST", path: "/graphql", want: NoCredentialsSent},
		// graphql-shield's fallback refuses an unauthenticated request with
		// a code that says nothing (INTERNAL_SERVER_ERROR); its words do.
		{src: "https://github.com/maticzav/graphql-shield/issues/1176", name: "graphql-shield 200 Not Authorised! as INTERNAL_SERVER_ERROR, nothing sent", status: 200,
			header: json(), body: "{\n  \"errors\": [\n    {\n      \"message\": \"Not Authorised!\",\n      \"extensions\": {\n        \"code\": \"INTERNAL_SERVER_ERROR\",\n        \"exception\": {\n          \"stacktrace\": [\n            \"Error: Not Authorised!\",\n            \"    at normalizeOptions (/home/kike/prs/projects/rpbb/node_modules/graphql-shield/src/shield.ts:34:7)\"\n          ]\n        }\n      }\n    }\n  ],\n  \"data\": null\n}",
			method: "POST", path: "/graphql", want: NoCredentialsSent},
		// Shopify Admin GraphQL's cost bucket is empty: the body is the
		// documented THROTTLED answer, with the numbers.
		{src: "https://github.com/gnikyt/Basic-Shopify-API/issues/90", name: "Shopify Admin GraphQL 200 THROTTLED cost bucket", status: 200,
			header: json(), body: `{"errors":[{"message":"Throttled","extensions":{"code":"THROTTLED","documentation":"https://shopify.dev/api/usage/rate-limits"}}],"extensions":{"cost":{"requestedQueryCost":102,"actualQueryCost":null,"throttleStatus":{"maximumAvailable":1000.0,"currentlyAvailable":89,"restoreRate":50.0}}}}`,
			cred: apiKey("SHOPIFY_ADMIN_TOKEN", "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", "X-Shopify-Access-Token", ""), method: "POST", path: "/admin/api/2024-01/graphql.json", want: RateLimited},

		// Salesforce SOAP API: login() with a wrong password or without the
		// security token (username and password travel in the envelope;
		// modelled as the login's Basic pair). Salesforce answers faults 500.
		{src: "https://github.com/apexsharp/apexsharp/issues/20", name: "Salesforce SOAP 500 INVALID_LOGIN LoginFault", status: 500,
			header: soap11, body: `<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:sf="urn:fault.enterprise.soap.sforce.com" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><soapenv:Body><soapenv:Fault><faultcode>INVALID_LOGIN</faultcode><faultstring>INVALID_LOGIN: Invalid username, password, security token; or user locked out.</faultstring><detail><sf:LoginFault xsi:type="sf:LoginFault"><sf:exceptionCode>INVALID_LOGIN</sf:exceptionCode><sf:exceptionMessage>Invalid username, password, security token; or user locked out.</sf:exceptionMessage></sf:LoginFault></detail></soapenv:Fault></soapenv:Body></soapenv:Envelope>`,
			cred: basicCred("integration@acme.example", "Wq8ZbV3kLmN0pQrS"), method: "POST", path: "/services/Soap/u/59.0", want: CredentialRejected},
		// A session id in the SessionHeader that the server no longer
		// knows; its words say this usually follows an expiry or a logout,
		// so token_expired (as the REST 'Session expired or invalid'). The
		// fault envelope is Salesforce's, around the words.
		{src: "https://github.com/vdesabou/kafka-docker-playground/issues/7669", name: "Salesforce SOAP 500 sf:INVALID_SESSION_ID Illegal Session, session not found", status: 500,
			header: soap11, body: sfFault("sf:INVALID_SESSION_ID", "INVALID_SESSION_ID: Invalid Session ID found in SessionHeader: Illegal Session. Session not found, missing session hash: 2b35c8ce52f845a5831e2710af4b2a4fe360321f3e5649b4432be246dcf505da\nThis error usually occurs after a session expires or a user logs out. Decoder: DataInDbSessionKeyDecoder",
				`<sf:UnexpectedErrorFault xsi:type="sf:UnexpectedErrorFault"><sf:exceptionCode>INVALID_SESSION_ID</sf:exceptionCode><sf:exceptionMessage>Invalid Session ID found in SessionHeader: Illegal Session. Session not found, missing session hash: 2b35c8ce52f845a5831e2710af4b2a4fe360321f3e5649b4432be246dcf505da
This error usually occurs after a session expires or a user logs out. Decoder: DataInDbSessionKeyDecoder</sf:exceptionMessage></sf:UnexpectedErrorFault>`),
			cred: bearer("SF_SESSION_ID", "00D5g000004Xy2Z!AQ4AQFp1xWq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0"), method: "POST", path: "/services/Soap/u/59.0", want: TokenExpired},

		// NetSuite SuiteTalk SOAP with token-based authentication: the
		// fault's code and string are the issue's; the detail is NetSuite's
		// documented invalidCredentialsFault.
		{src: "https://github.com/netsuitephp/netsuite-php/issues/121", name: "NetSuite SuiteTalk 500 Server.userException Invalid login attempt (TBA)", status: 500,
			header: soap11, body: `<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><soapenv:Body><soapenv:Fault><faultcode>soapenv:Server.userException</faultcode><faultstring>Invalid login attempt.</faultstring><detail><platformFaults:invalidCredentialsFault xmlns:platformFaults="urn:faults_2022_1.platform.webservices.netsuite.com"><platformFaults:code>INVALID_LOGIN_ATTEMPT</platformFaults:code><platformFaults:message>Invalid login attempt.</platformFaults:message></platformFaults:invalidCredentialsFault><ns1:hostname xmlns:ns1="http://xml.apache.org/axis/">partners012.prod-nlbos.core.ns.internal</ns1:hostname></detail></soapenv:Fault></soapenv:Body></soapenv:Envelope>`,
			cred:   headerCred("Authorization", "NETSUITE_TBA", `OAuth realm="4567890_SB1", oauth_consumer_key="ck_9f8e7d6c5b4a", oauth_token="tk_1a2b3c4d5e6f", oauth_signature_method="HMAC-SHA256", oauth_signature="Zm9vYmFyYmF6cXV4"`),
			method: "POST", path: "/services/NetSuitePort_2022_1", want: CredentialRejected},

		// Exchange Web Services: the service account authenticated and is
		// not allowed to impersonate the mailbox (the detail after the
		// issue's cut is EWS's documented ResponseCode element).
		{src: "https://github.com/OfficeDev/ews-managed-api/issues/223", name: "EWS 500 ErrorImpersonateUserDenied", status: 500,
			header: soap11, body: "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\">\n  <s:Body>\n    <s:Fault>\n      <faultcode xmlns:a=\"http://schemas.microsoft.com/exchange/services/2006/types\">a:ErrorImpersonateUserDenied</faultcode>\n      <faultstring xml:lang=\"en-US\">The account does not have permission to impersonate the requested user.</faultstring>\n      <detail>\n        <e:ResponseCode xmlns:e=\"http://schemas.microsoft.com/exchange/services/2006/errors\">ErrorImpersonateUserDenied</e:ResponseCode>\n        <e:Message xmlns:e=\"http://schemas.microsoft.com/exchange/services/2006/errors\">The account does not have permission to impersonate the requested user.</e:Message>\n      </detail>\n    </s:Fault>\n  </s:Body>\n</s:Envelope>",
			cred:   bearer("EWS_TOKEN", makeJWT(map[string]any{"aud": "https://outlook.office365.com", "roles": []string{"full_access_as_app"}, "iat": now.Add(-5 * time.Minute).Unix(), "exp": now.Add(55 * time.Minute).Unix()})),
			method: "POST", path: "/EWS/Exchange.asmx", want: PermissionDenied},

		// ONVIF cameras answer a WS-Security UsernameToken they refuse with
		// a SOAP 1.2 Sender fault, subcode ter:NotAuthorized, and HTTP 400
		// (ONVIF Core's fault table). The token travels in the envelope;
		// modelled as the camera user's Basic pair.
		{src: "https://github.com/Quedale/OnvifDeviceManager/issues/19", name: "ONVIF 400 ter:NotAuthorized Sender not Authorized. Invalid username or password!", status: 400,
			header: soap12, body: `<?xml version="1.0" encoding="utf-8" standalone="yes" ?><s:Envelope xmlns:sc="http://www.w3.org/2003/05/soap-encoding" xmlns:s="http://www.w3.org/2003/05/soap-envelope" xmlns:ter="http://www.onvif.org/ver10/error" xmlns:wsnt="http://docs.oasis-open.org/wsn/b-2" xmlns:wsrf-bf="http://docs.oasis-open.org/wsrf/bf-2" xmlns:d="http://schemas.xmlsoap.org/ws/2005/04/discovery"><s:Body><s:Fault><s:Code><s:Value>s:Sender</s:Value><s:Subcode><s:Value>ter:NotAuthorized</s:Value></s:Subcode></s:Code><s:Reason><s:Text xml:lang="en">Sender not Authorized. Invalid username or password! You still have 24 attempt(s).</s:Text></s:Reason></s:Fault></s:Body></s:Envelope>`,
			cred: basicCred("onvif", "Wq8ZbV3kLmN0"), method: "POST", path: "/onvif/media_service", want: CredentialRejected},
		{src: "https://github.com/cdavis-code/easy_onvif_workspace/issues/54", name: "ONVIF 400 ter:NotAuthorized The security token could not be authenticated or authorized", status: 400,
			header: soap12, body: onvifFault("SOAP-ENV", "The security token could not be authenticated or authorized"),
			cred: basicCred("admin", "Wq8ZbV3kLmN0"), method: "POST", path: "/onvif/ptz_service", want: CredentialRejected},
		// A camera that wants a security header even for the time of day:
		// the request had none.
		{src: "https://github.com/agsh/onvif/issues/301", name: "ONVIF 400 ter:NotAuthorized error processing the wsse:Security header, nothing sent", status: 400,
			header: soap12, body: onvifFault("env", "An error was discovered processing the &lt;wsse:Security&gt; header."),
			method: "POST", path: "/onvif/device_service", want: NoCredentialsSent},

		// Zabbix API (JSON-RPC 2.0 over HTTP 200).
		{src: "https://github.com/intellitrend/zabbixapi-php/issues/15", name: "Zabbix 7.2 200 -32602 Not authorized., an API token sent", status: 200,
			header: json(), body: zabbix("Not authorized."), cred: zbxToken, method: "POST", path: "/api_jsonrpc.php", want: CredentialRejected},
		{src: "https://github.com/HenriWahl/Nagstamon/issues/269", name: "Zabbix 3.0 200 -32602 Not authorised., auth null", status: 200,
			header: json(), body: zabbix("Not authorised."), method: "POST", path: "/api_jsonrpc.php", want: NoCredentialsSent},
		// The session the token named has ended: re-login is the fix, so
		// the catalog's token_expired (a session's lifetime ran out).
		{src: "https://github.com/HenriqueCaires/ZabbixApi/pull/49", name: "Zabbix 200 -32602 Session terminated, re-login, please.", status: 200,
			header: json(), body: "{\n    \"jsonrpc\": \"2.0\",\n    \"error\": {\n        \"code\": -32602,\n        \"message\": \"Invalid params.\",\n        \"data\": \"Session terminated, re-login, please.\"\n    },\n    \"id\": \"1\"\n}",
			cred: bearer("ZABBIX_SESSION", "c6162932116ce1cc065d16414632ccc4"), method: "POST", path: "/api_jsonrpc.php", want: TokenExpired},

		// go-ethereum's authenticated RPC (engine API, port 8551) answers
		// its JWT check with http.Error's text.
		{src: "https://github.com/ethereum/go-ethereum/issues/26326", name: "geth authrpc 401 missing token, nothing sent", status: 401,
			header: text, body: "missing token\n", method: "POST", path: "/", want: NoCredentialsSent},
		// The token's iat is older than the 60 seconds geth allows: a token
		// minted once and reused. No exp, so nothing to read locally; the
		// server's word for it is stale, which the catalog's token_expired
		// covers (its lifetime ran out; get a fresh one).
		{src: geth, name: "geth authrpc 401 stale token (iat two minutes old)", status: 401,
			header: text, body: "stale token\n", cred: engineJWT(-2 * time.Minute), method: "POST", path: "/", want: TokenExpired},
		// An exp in the past (geth checks it when present): read locally.
		{src: geth, name: "geth authrpc 401 token is expired (exp in the past)", status: 401,
			header: text, body: "token is expired\n", cred: bearer("ENGINE_JWT", makeJWT(map[string]any{"iat": now.Add(-10 * time.Second).Unix(), "exp": now.Add(-5 * time.Second).Unix()})),
			method: "POST", path: "/", want: JWTExpired},
		// Signed with another secret than the node's jwtsecret file: the
		// JWT library's error, as http.Error writes it.
		{src: "https://github.com/ethereum/go-ethereum/issues/27380", name: "geth authrpc 401 signature is invalid (another jwtsecret)", status: 401,
			header: text, body: "signature is invalid\n", cred: engineJWT(0), method: "POST", path: "/", want: CredentialRejected},
		// iat ahead of the server's clock: the catalog's clock case.
		{src: geth, name: "geth authrpc 401 future token (iat two minutes ahead)", status: 401,
			header: text, body: "future token\n", cred: engineJWT(2 * time.Minute), method: "POST", path: "/", want: JWTNotYetValid},

		// Bitcoin Core's JSON-RPC server: a wrong rpcpassword, and nothing,
		// both get an empty 401 with its Basic challenge.
		{src: bitcoin, name: "Bitcoin Core 401 empty, Basic realm jsonrpc, wrong rpcpassword", status: 401,
			header: map[string]string{"WWW-Authenticate": `Basic realm="jsonrpc"`}, cred: basicCred("bitcoinrpc", "Wq8ZbV3kLmN0pQrS7tUv"), method: "POST", path: "/", want: CredentialRejected},
		{src: bitcoin, name: "Bitcoin Core 401 empty, Basic realm jsonrpc, nothing sent", status: 401,
			header: map[string]string{"WWW-Authenticate": `Basic realm="jsonrpc"`}, method: "POST", path: "/", want: NoCredentialsSent},

		// Odoo's external JSON-RPC (execute_kw with uid and password in the
		// params; modelled as the user's Basic pair). The envelope is
		// Odoo's JSON-RPC error serialisation around the sources' words.
		{src: "https://github.com/Intechnity-com/OdooJsonRpcClient/issues/11", name: "Odoo JSON-RPC 200 odoo.exceptions.AccessError not allowed to access this document", status: 200,
			header: json(), body: protoOdooError("odoo.exceptions.AccessError", `Sorry, you are not allowed to access this document. Only users with the following access level are currently allowed to do that:\n- Employees / Officer\n- Employees / Manager`),
			cred: basicCred("api-user", "Wq8ZbV3kLmN0pQrS"), method: "POST", path: "/jsonrpc", want: PermissionDenied},

		// Dynamics 365 / Dataverse Web API (OData v4 error objects; the
		// bodies are the Web API's error shape around the sources' words).
		{src: "https://github.com/rappen/FetchXMLBuilder/issues/770", name: "Dataverse 403 0x80040220 Principal user is missing prvRead privilege", status: 403,
			header: json("OData-Version", "4.0"), body: `{"error":{"code":"0x80040220","message":"Principal user (Id=af6d214e-90b6-ec11-983f-00224883c651, type=8, roleCount=4, privilegeCount=783, accessMode=0), is missing prvReadac_articledudossier privilege (Id=c2401db4-999b-4f5a-91a9-fdfc6e9bb76d) on OTC=10725 for entity 'ac_articledudossier' (LocalizedName='Article du séjour'). context.Caller=af6d214e-90b6-ec11-983f-00224883c651"}}`,
			cred: dynToken, path: "/api/data/v9.2/ac_articledudossiers", want: PermissionDenied},
		// The app's token is valid, but no application user exists for it
		// in this environment (AlexaCRM's answer in the thread): the caller
		// is known and refused, so permission_denied over credential_rejected.
		{src: "https://github.com/AlexaCRM/php-crm-toolkit/issues/94", name: "Dataverse 403 0x80072560 The user is not a member of the organization", status: 403,
			header: json("OData-Version", "4.0"), body: `{"error":{"code":"0x80072560","message":"The user is not a member of the organization."}}`,
			cred: dynToken, path: "/api/data/v9.1/accounts", want: PermissionDenied},
		// A token for another resource: Dataverse answers an empty 401 whose
		// challenge names its authority and resource. No expect_claims, so
		// credential_rejected (the header is the Web API docs').
		{src: "https://learn.microsoft.com/en-us/power-apps/developer/data-platform/authenticate-oauth", name: "Dataverse 401 empty, Bearer challenge with authorization_uri, token for another resource", status: 401,
			header: map[string]string{"WWW-Authenticate": `Bearer authorization_uri=https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/oauth2/authorize, resource_id=https://contoso.crm4.dynamics.com/`},
			cred:   bearer("DATAVERSE_TOKEN", makeJWT(map[string]any{"aud": "https://graph.microsoft.com", "iat": now.Add(-10 * time.Minute).Unix(), "exp": now.Add(50 * time.Minute).Unix()})),
			path:   "/api/data/v9.2/WhoAmI", want: CredentialRejected},

		// WordPress XML-RPC faults (HTTP 200).
		{src: "https://github.com/org2blog/org2blog/issues/162", name: "WordPress XML-RPC 200 fault 403 Incorrect username or password.", status: 200,
			header: xml("text/xml; charset=UTF-8"), body: protoXMLRPCFault("403", "Incorrect username or password."), cred: wpLogin, method: "POST", path: "/xmlrpc.php", want: CredentialRejected},
		{src: wpXMLRPC, name: "WordPress XML-RPC 200 fault 401 Sorry, you are not allowed to edit this post.", status: 200,
			header: xml("text/xml; charset=UTF-8"), body: protoXMLRPCFault("401", "Sorry, you are not allowed to edit this post."), cred: wpLogin, method: "POST", path: "/xmlrpc.php", want: PermissionDenied},
	}
}

// roundprotocolsNonRefusals: answers of the same servers and envelopes
// that refuse nothing: a JSON-RPC invalid-params error about the data, a
// missing block, an unknown GraphQL field, a missing record in Odoo and in
// Dataverse, an XML-RPC call with too few arguments.
func roundprotocolsNonRefusals() []fpCase {
	return []fpCase{
		{src: "https://www.zabbix.com/documentation/current/en/manual/api#error-handling", name: "Zabbix 200 -32602 Invalid params. No groups for host", status: 200, header: jsonCT(), path: "/api_jsonrpc.php",
			body: "{\n    \"jsonrpc\": \"2.0\",\n    \"error\": {\n        \"code\": -32602,\n        \"message\": \"Invalid params.\",\n        \"data\": \"No groups for host \\\"Linux server\\\".\"\n    },\n    \"id\": 7\n}"},
		{src: "https://github.com/bitcoin/bitcoin/blob/v27.0/src/httprpc.cpp", name: "Bitcoin Core 500 -5 Block not found", status: 500, header: jsonCT(), path: "/",
			body: "{\"result\":null,\"error\":{\"code\":-5,\"message\":\"Block not found\"},\"id\":\"curltest\"}\n"},
		// A misspelled field gets these bytes; the issue's own cause was a
		// role without select permission, which nothing in them says.
		{src: "https://github.com/hasura/graphql-engine/issues/4575", name: "Hasura 200 validation-failed field not found in type query_root", status: 200, header: jsonCT(), path: "/v1/graphql",
			body: `{"errors":[{"extensions":{"path":"$.selectionSet.movies","code":"validation-failed"},"message":"field \"movies\" not found in type: 'query_root'"}]}`},
		{src: "https://github.com/odoo/odoo/blob/17.0/odoo/exceptions.py", name: "Odoo JSON-RPC 200 MissingError Record does not exist or has been deleted", status: 200, header: jsonCT(), path: "/jsonrpc",
			body: `{"jsonrpc": "2.0", "id": 9, "error": {"code": 200, "message": "Odoo Server Error", "data": {"name": "odoo.exceptions.MissingError", "debug": "", "message": "Record does not exist or has been deleted.\n(Record: res.partner(4242,), User: 2)", "arguments": ["Record does not exist or has been deleted.\n(Record: res.partner(4242,), User: 2)"], "context": {}}}}`},
		{src: "https://learn.microsoft.com/en-us/power-apps/developer/data-platform/webapi/compose-http-requests-handle-errors", name: "Dataverse 404 0x80040217 account With Id Does Not Exist", status: 404, header: jsonCT("OData-Version", "4.0"), path: "/api/data/v9.2/accounts(00000000-0000-0000-0000-000000000001)",
			body: `{"error":{"code":"0x80040217","message":"account With Id = 00000000-0000-0000-0000-000000000001 Does Not Exist"}}`},
		{src: "https://github.com/WordPress/wordpress-develop/blob/6.5.0/src/wp-includes/class-wp-xmlrpc-server.php", name: "WordPress XML-RPC 200 fault 400 Insufficient arguments", status: 200, header: ctHeader("text/xml; charset=UTF-8"), path: "/xmlrpc.php",
			body: protoXMLRPCFault("400", "Insufficient arguments passed to this XML-RPC method.")},
	}
}

// TestHeldoutRoundprotocols reports top-1 on the protocol-envelope round:
// the refusals as runProviderCases serves them, and the non-refusals,
// which must get no cause.
func TestHeldoutRoundprotocols(t *testing.T) {
	runHeldoutRound(t, heldoutRound{name: "roundprotocols", cases: roundprotocolsCases(time.Now()), nonRefusals: roundprotocolsNonRefusals(), pending: roundprotocolsPending()})
}

// protoXMLRPCFault: WordPress's XML-RPC fault (IXR_Error's serialisation)
// with its code and words.
func protoXMLRPCFault(code, msg string) string {
	return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<methodResponse>\n  <fault>\n    <value>\n      <struct>\n        <member>\n          <name>faultCode</name>\n          <value><int>" + code + "</int></value>\n        </member>\n        <member>\n          <name>faultString</name>\n          <value><string>" + msg + "</string></value>\n        </member>\n      </struct>\n    </value>\n  </fault>\n</methodResponse>\n"
}

// protoOdooError: Odoo's JSON-RPC error serialisation of an exception of
// class name with message msg.
func protoOdooError(name, msg string) string {
	return `{"jsonrpc": "2.0", "id": 7, "error": {"code": 200, "message": "Odoo Server Error", "data": {"name": "` + name + `", "debug": "Traceback (most recent call last):\n  File \"/usr/lib/python3/dist-packages/odoo/http.py\", line 1584, in _serve_db\n    return service_model.retrying(self._serve_ir_http, self.env)\n` + name + `: ` + msg + `\n", "message": "` + msg + `", "arguments": ["` + msg + `"], "context": {}}}}`
}

// lateRoundprotocolsCases: answers gathered after the fixes above, looked
// at for the first time and run once before any change: late: first cause
// right in 8 of 10 (refusals 6 of 8, non-refusals 2 of 2). Misses: Apollo
// Router's 400 AUTH_ERROR "JWT header should be prefixed with 'Bearer'"
// to a bare token, and Hasura's 200 "\"x-hasura-user-id\" header is
// expected but not found" (no cause either). After the readings they
// lacked (a GraphQL server's 400 whose first error's code says
// authentication failed, AUTH_ERROR or AUTHENTICATION_ERROR; a header said
// expected and not found, also in a GraphQL error): 10 of 10.
func lateRoundprotocolsCases(now time.Time) []provCase {
	const (
		router = "https://github.com/apollographql/router/blob/27d8f600c5f2bead656b5ee81adc422b7b15922b/apollo-router/src/plugins/authentication/"
		zbx    = "https://github.com/vulnersCom/zabbix-threat-control/issues/62"
	)
	json := jsonCT
	// The router's graphql::Error as it serializes one: message and
	// extensions.code (its tests compare that, ignoring an error id).
	routerErr := func(msg string) string {
		return `{"errors":[{"message":"` + msg + `","extensions":{"code":"AUTH_ERROR"}}]}`
	}
	routerJWT := func(claims map[string]any) *Credential { return bearer("ROUTER_JWT", makeJWT(claims)) }
	return []provCase{
		// Apollo Router's JWT authentication, its tests' answers (statuses
		// from its mod.rs).
		// A Rhai script that requires authentication, nothing sent.
		{src: router + "tests.rs", name: "Apollo Router 401 AUTH_ERROR The request is not authenticated, nothing sent", status: 401,
			header: json(), body: routerErr("The request is not authenticated"), method: "POST", path: "/", want: NoCredentialsSent},
		{src: router + "tests.rs", name: "Apollo Router 400 AUTH_ERROR JWT header should be prefixed with Bearer, a bare token", status: 400,
			header: json(), body: routerErr("Value of 'authorization' JWT header should be prefixed with 'Bearer'"),
			cred: headerCred("Authorization", "ROUTER_JWT", makeJWT(map[string]any{"sub": "u-7", "exp": now.Add(time.Hour).Unix()})), method: "POST", path: "/", want: PrefixMissing},
		{src: router + "tests.rs", name: "Apollo Router 401 AUTH_ERROR Cannot decode JWT (a signature that is no base64)", status: 401,
			header: json(), body: routerErr("Cannot decode JWT: Base64 error: Invalid last symbol 66, offset 42."),
			cred: bearer("ROUTER_JWT", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1LTciLCJleHAiOjQxMDI0NDQ4MDB9.Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9jB"), method: "POST", path: "/", want: CredentialRejected},
		// The issuer check answers 500 (mod.rs), the audience check 401.
		{src: router + "tests.rs", name: "Apollo Router 500 AUTH_ERROR Invalid issuer", status: 500,
			header: json(), body: routerErr("Invalid issuer: the token's `iss` was 'hallo', but signed with a key from JWKS configured to only accept from 'hello'"),
			cred: routerJWT(map[string]any{"iss": "hallo", "exp": now.Add(time.Hour).Unix()}), method: "POST", path: "/", want: JWTWrongIssuer},
		{src: router + "tests.rs", name: "Apollo Router 401 AUTH_ERROR Invalid audience", status: 401,
			header: json(), body: routerErr("Invalid audience: the token's `aud` was 'AAAA', but 'goodbye, hello' was expected"),
			cred: routerJWT(map[string]any{"aud": "AAAA", "exp": now.Add(time.Hour).Unix()}), method: "POST", path: "/", want: JWTWrongAudience},

		// Hasura in JWT mode reading the token from a cookie, none sent.
		{src: "https://github.com/hasura/graphql-engine/issues/7272", name: "Hasura 200 invalid-headers Could not find access_token in Cookie header, nothing sent", status: 200,
			header: json(), body: "{\n    \"errors\": [\n        {\n            \"extensions\": {\n                \"path\": \"$\",\n                \"code\": \"invalid-headers\"\n            },\n            \"message\": \"Could not find access_token in Cookie header\"\n        }\n    ]\n}",
			method: "POST", path: "/v1/graphql", want: NoCredentialsSent},
		// A valid JWT whose claims lack a session variable a permission
		// reads: the server names the header it expected (the catalog's
		// required_header_missing, as its words say).
		{src: "https://github.com/hasura/graphql-engine/issues/4179", name: "Hasura 200 not-found x-hasura-user-id header is expected but not found", status: 200,
			header: json(), body: "{\n  \"errors\": [\n    {\n      \"extensions\": {\n        \"path\": \"$\",\n        \"code\": \"not-found\"\n      },\n      \"message\": \"\\\"x-hasura-user-id\\\" header is expected but not found\"\n    }\n  ]\n}",
			cred:   bearer("HASURA_JWT", makeJWT(map[string]any{"sub": "42", "https://hasura.io/jwt/claims": map[string]any{"x-hasura-default-role": "user", "x-hasura-allowed-roles": []string{"user"}}, "exp": now.Add(time.Hour).Unix()})),
			method: "POST", path: "/v1/graphql", want: RequiredHeaderMissing},

		// Zabbix 6.4's user.login with a wrong password (the login's pair
		// travels in the params; modelled as the Basic pair).
		{src: zbx, name: "Zabbix 6.4 200 -32602 Incorrect user name or password or account is temporarily blocked", status: 200,
			header: json(), body: `{"jsonrpc":"2.0","error":{"code":-32602,"message":"Invalid params.","data":"Incorrect user name or password or account is temporarily blocked."},"id":1}`,
			cred: basicCred("Admin", "Wq8ZbV3kLmN0pQrS"), method: "POST", path: "/api_jsonrpc.php", want: CredentialRejected},
	}
}

// lateRoundprotocolsNonRefusals: a SOAP fault about the request's data in
// its 500, and a JSON-RPC invalid-params error about a parameter's name.
func lateRoundprotocolsNonRefusals() []fpCase {
	return []fpCase{
		// The fault's code and string are the issue's; the envelope is
		// Salesforce's.
		{src: "https://github.com/developerforce/Force.com-Toolkit-for-PHP/issues/25", name: "Salesforce SOAP 500 sf:INVALID_FIELD No such column on entity Lead", status: 500,
			header: ctHeader("text/xml; charset=utf-8"), path: "/services/Soap/u/59.0",
			body: `<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:sf="urn:fault.partner.soap.sforce.com" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><soapenv:Body><soapenv:Fault><faultcode>sf:INVALID_FIELD</faultcode><faultstring>INVALID_FIELD: No such column &apos;&apos; on entity &apos;Lead&apos;. If you are attempting to use a custom field, be sure to append the &apos;__c&apos; after the custom field name. Please reference your WSDL or the describe call for the appropriate names.</faultstring></soapenv:Fault></soapenv:Body></soapenv:Envelope>`},
		{src: "https://github.com/home-assistant/core/issues/90341", name: "Zabbix 7.0 200 -32602 Invalid parameter unexpected parameter user", status: 200,
			header: jsonCT(), path: "/api_jsonrpc.php",
			body: `{"jsonrpc":"2.0","error":{"code":-32602,"message":"Invalid params.","data":"Invalid parameter \"/\": unexpected parameter \"user\"."},"id":"1"}`},
	}
}

// TestHeldoutRoundprotocolsLate: see lateRoundprotocolsCases.
func TestHeldoutRoundprotocolsLate(t *testing.T) {
	runProviderCases(t, "roundprotocols late answers", lateRoundprotocolsCases(time.Now()))
	runFalsePositives(t, "roundprotocols late non-refusals", lateRoundprotocolsNonRefusals())
}
