package diagnose

import (
	"testing"
)

// missclassCases: a fresh set gathered to measure the class-wide changes
// of readings_missclass_test.go, none in a corpus before (grepped by
// provider and by the body's words), each given its expected first cause
// from the catalog before any change was made and before it was run. The
// two classes the rounds still mended one answer at a time
// (heldout_missanalysis_test.go counts them): A, a refusal whose words sit
// in a shape the rows do not read (an XML attribute, a JSON-RPC error's
// data, a Conduit error_info, a MediaWiki info, an envelope's meta or
// metadata, a 400 that speaks of the key); B, a family whose nouns or
// verbs were as narrow as the answer that asked for it ("is not valid for
// passed", "credentials may be denied or suspended", "has been banned",
// "it has been invalidated"). Neighbours that must keep their reading or
// stay without a cause are in the set too.
//
// Before any change (main at 1ed909f): first cause right in 16 of 23
// (refusals 11 of 18, non-refusals 5 of 5 given no cause). Misses (A):
// Flickr's <err msg="Invalid API Key …"/> in a 200 <rsp stat="fail">, no
// cause (the attribute was not read); Zabbix's 200 JSON-RPC error whose
// words are in its data, no cause; Conduit's 200 error_info, no cause;
// MediaWiki's 200 error info, no cause. (B): Stack Exchange's 400 "`key`
// is not valid for passed `access_token`, token not found." read
// not_found_hides_permission (the hidden-404 row left access keys alone,
// not access tokens); its 400 "Access token …, it has been invalidated",
// no cause; Bing Maps' 403 "Your credentials may be denied or
// suspended.", permission_denied (the stopped families lacked
// "credentials", a modal verb and a second state between).
//
// After the changes (readings_missclass_test.go): 23 of 23 (18 of 18, 5
// of 5), 22 of 23 on the blind expectations (Zabbix's "Session terminated,
// re-login, please." is token_expired on main since roundprotocols; its
// comment says why the expectation follows). Measured with
// `go test ./diagnose -run 'TestHeldoutMissclass$' -count=1 -v | grep 'right in'`.
// Said plainly: the set was gathered and its expectations written before
// any change and before it was run; the changes were chosen from the
// classes the rounds recorded, and checked against this set's misses, so
// 23 of 23 is the set's score after seeing them, not a blind rate.
func missclassCases() []provCase {
	const (
		flickrXML   = "https://github.com/alexis-mignon/python-flickr-api/issues/8"
		flickrJSON  = "https://github.com/iatek/jquery-socialist/issues/13"
		rundeckXML  = "https://github.com/rundeck/rundeck/issues/2633"
		rundeckJSON = "https://github.com/rundeck/rundeck/issues/5423"
		zabbix      = "https://github.com/HenriqueCaires/ZabbixApi/pull/49"
		conduit     = "https://github.com/sourcegraph/sourcegraph-public-snapshot/issues/8357"
		seKey       = "https://github.com/soscripted/sox/issues/367"
		seHTTP      = "https://github.com/lucjon/Py-StackExchange/issues/50"
		bingInvalid = "https://github.com/NASAWorldWind/WebWorldWind/issues/72"
		bingDenied  = "https://github.com/openlayers/openlayers/issues/5901"
		mwOAuth     = "https://github.com/ProfessionalWiki/MediaWiki-MCP-Server/pull/444"
		uwaterloo   = "https://github.com/uwaterloo/OpenData/issues/108"
		petitions   = "https://github.com/WhiteHouse/petitions/issues/85"
		vtigerToken = "https://github.com/CompuMasterGmbH/cammUtils-vTigerNetApi/issues/22"
		vtigerPerm  = "https://github.com/vtiger-crm/vtigercrm/issues/23"
		dolibarr    = "https://github.com/Dolibarr/dolibarr/issues/25405"
		pixabay     = "https://github.com/Swinject/SwinjectMVVMExample/issues/6"
		unsplash    = "https://github.com/unsplash/unsplash-js/issues/129"
	)
	json := jsonCT
	xml := func() map[string]string { return ctHeader("text/xml; charset=utf-8") }
	flickrKey := apiKey("FLICKR_API_KEY", "edfc1f1241674b67803fb5203490a67f", "", "api_key")
	// Stack Exchange: an app key and a user's access token, both in the
	// query; every error is an HTTP 400 whose error_id names the kind.
	seToken := apiKey("SE_ACCESS_TOKEN", "q1Xw9Zt7Vb3Nc8Md2Lk5Jh4Gf6Ds", "", "access_token")
	seBody := func(id, msg, name string) string {
		return `{"error_id":` + id + `,"error_message":"` + msg + `","error_name":"` + name + `"}`
	}
	bingKey := apiKey("BING_MAPS_KEY", "AqTGBsziZHIJYYxgivLBf0hVdrAk9mWO5cQcb8Yux8sW5M8c8opEC2lZqKR1ZZXf", "", "key")
	vtigerSession := apiKey("VTIGER_SESSION", "7e2c15e9564a1b3fb543d", "", "sessionName")
	// vtiger's webservice.php answers every error with 200 and its
	// {"success":false,"error":{"code":…,"message":…}} (the issues quote
	// the code and message; the envelope is the one vtiger writes,
	// vtigerError).
	vtigerBody := vtigerError
	conduitToken := "api-x4kq7wz2n5mv8rt3yb6cjh9pdfgl"
	return []provCase{
		// A: Flickr's REST answers 200 with <rsp stat="fail"> and the
		// error's words in the msg attribute of <err>.
		{src: flickrXML, name: "Flickr 200 XML err msg Invalid API Key (Key has invalid format)", status: 200, header: xml(),
			body: "<rsp stat=\"fail\">\n<err code=\"100\" msg=\"Invalid API Key (Key has invalid format)\"/>\n</rsp>",
			cred: flickrKey, path: "/services/rest/", want: CredentialRejected},
		// The same refusal in Flickr's JSON format.
		{src: flickrJSON, name: "Flickr 200 JSON stat fail Invalid API Key", status: 200, header: json(),
			body: `{"stat":"fail", "code":100, "message":"Invalid API Key (Key has invalid format)"}`,
			cred: flickrKey, path: "/services/rest/", want: CredentialRejected},

		// A: Rundeck's XML error (the issue omits the closing </result>,
		// added here; the status is the 403 its API answers an ACL refusal
		// with, as rundeck-cli's issues show).
		{src: rundeckXML, name: "Rundeck 403 XML Not authorized for action Run", status: 403, header: xml(),
			body: "<result error='true' apiversion='20'>\n  <error code='api.error.item.unauthorized'>\n    <message>Not authorized for action \"Run\" for Job ID 532e59ed-256c-4ce7-9ea5-9c17bf90ec4c</message>\n  </error>\n</result>",
			cred: apiKey("RUNDECK_TOKEN", "0FZN9Zqf0N0Fe988QYWK1oJDj2NLpSj3", "X-Rundeck-Auth-Token", ""), method: "POST",
			path: "/api/20/job/532e59ed-256c-4ce7-9ea5-9c17bf90ec4c/run", want: PermissionDenied},
		// Its neighbour in JSON (the second example).
		{src: rundeckJSON, name: "Rundeck 403 JSON Not authorized for action admin", status: 403, header: json(),
			body: `{"apiversion":31,"error":true,"errorCode":"api.error.item.unauthorized","message":"Not authorized for action \"admin\" for User xyz"}`,
			cred: apiKey("RUNDECK_TOKEN", "0FZN9Zqf0N0Fe988QYWK1oJDj2NLpSj3", "X-Rundeck-Auth-Token", ""),
			path: "/api/31/user/xyz/tokens", want: PermissionDenied},

		// A: Zabbix's JSON-RPC error, 200, its words in the error's data.
		// Blind expectation credential_rejected ("Session terminated" says
		// the session is no longer accepted, a logout ends it too); changed
		// to token_expired after the blind run: roundprotocols, landed
		// meanwhile, reads a session said ended with a new login asked
		// (sessionEndedPattern, this very sentence) as its lifetime run out,
		// which the catalog's token_expired says of a session ("the
		// server's own words say an opaque token or session expired").
		{src: zabbix, name: "Zabbix 200 JSON-RPC data Session terminated, re-login, please.", status: 200, header: json(),
			body: "{\n    \"jsonrpc\": \"2.0\",\n    \"error\": {\n        \"code\": -32602,\n        \"message\": \"Invalid params.\",\n        \"data\": \"Session terminated, re-login, please.\"\n    },\n    \"id\": \"1\"\n}",
			cred: bearer("ZABBIX_TOKEN", "b2f9a4c7e1d3f5a8c0e2b4d6f8a1c3e5"), method: "POST", path: "/api_jsonrpc.php", want: TokenExpired},

		// A: Phabricator's Conduit answers 200 with result null and its
		// words in error_info (the issue quotes code and words; the
		// envelope is Conduit's), quoting the token sent.
		{src: conduit, name: "Conduit 200 ERR-INVALID-AUTH API token is not valid", status: 200, header: json(),
			body: `{"result":null,"error_code":"ERR-INVALID-AUTH","error_info":"API token \"` + conduitToken + `\" is not valid."}`,
			cred: apiKey("CONDUIT_TOKEN", conduitToken, "", "api.token"), path: "/api/user.whoami", want: CredentialRejected},

		// A and B: Stack Exchange's 400s that speak of the token.
		{src: seKey, name: "Stack Exchange 400 error_id 403 key is not valid for passed access_token", status: 400, header: json(),
			body: seBody("403", "`key` is not valid for passed `access_token`, token not found.", "access_denied"),
			cred: seToken, path: "/2.2/questions/63251/linked", want: CredentialRejected},
		{src: seHTTP, name: "Stack Exchange 400 error_id 406 access token invalidated", status: 400, header: json(),
			body: seBody("406", "Access token sent over non-HTTPS request, it has been invalidated", "access_token_compromised"),
			cred: seToken, path: "/2.2/questions", want: CredentialRejected},

		// A: Bing Maps' envelope, the words in errorDetails (the issue's
		// JSONP callback left out).
		{src: bingInvalid, name: "Bing Maps 401 InvalidCredentials errorDetails", status: 401, header: json(),
			body: `{"authenticationResultCode":"InvalidCredentials","brandLogoUri":"http:\/\/dev.virtualearth.net\/Branding\/logo_powered_by.png","copyright":"Copyright © 2017 Microsoft and its suppliers. All rights reserved.","errorDetails":["Access was denied. You may have entered your credentials incorrectly, or you might not have access to the requested resource or operation."],"resourceSets":[],"statusCode":401,"statusDescription":"Unauthorized","traceId":"a32b43659ea6455d85fc0fb6a950c516|DB40080942|7.7.0.0|"}`,
			cred: bingKey, path: "/REST/v1/Imagery/Metadata/Aerial", want: CredentialRejected},
		// B: the key "denied or suspended", on a 403: the credential stopped.
		{src: bingDenied, name: "Bing Maps 403 DeniedCredentials denied or suspended", status: 403, header: json(),
			body: `{"authenticationResultCode":"DeniedCredentials","brandLogoUri":"http:\/\/dev.virtualearth.net\/Branding\/logo_powered_by.png","copyright":"Copyright © 2016 Microsoft and its suppliers. All rights reserved.","errorDetails":["The request was forbidden.  Your credentials may be denied or suspended."],"resourceSets":[],"statusCode":403,"statusDescription":"Forbidden","traceId":"1d54b91e760b4888b92d78b1b8cfd927|DB40051719|7.7.0.0|"}`,
			cred: bingKey, path: "/REST/v1/Imagery/Metadata/Aerial", want: CredentialRejected},

		// A: MediaWiki's Action API answers 200 with its error's words in
		// info (the PR quotes code and words; the envelope and the
		// MediaWiki-API-Error header are MediaWiki's).
		{src: mwOAuth, name: "MediaWiki 200 mwoauth-invalid-authorization info", status: 200,
			header: json("MediaWiki-API-Error", "mwoauth-invalid-authorization"),
			body:   `{"error":{"code":"mwoauth-invalid-authorization","info":"The authorization headers in your request are not valid: Invalid access token","*":"See https://www.mediawiki.org/w/api.php for API usage."}}`,
			cred:   bearer("MEDIAWIKI_TOKEN", "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.bWVkaWF3aWtp.c2lnbmF0dXJl"), path: "/w/api.php", want: CredentialRejected},

		// A and B: the words in meta.message; the issue shows the body
		// only, served as a 200 (the envelope carries its own status).
		{src: uwaterloo, name: "uWaterloo 200 meta status 403 API key has been banned", status: 200, header: json(),
			body: "{\n  \"meta\":{\n    \"requests\":0,\n    \"timestamp\":1393392973,\n    \"status\":403,\n    \"message\":\"The provided API key has been banned\",\n    \"method_id\":1381,\n    \"method\":{\n\n    }\n  }\n}",
			cred: apiKey("UW_API_KEY", "ead3606c6f096657ebd283b58bf316b6", "", "key"), path: "/v2/foodservices/locations.json", want: CredentialRejected},
		// A: the words two objects deep, on the 401 the comment reports.
		{src: petitions, name: "We the People 401 metadata responseInfo key not valid", status: 401, header: json(),
			body: "{\n    \"metadata\": {\n        \"responseInfo\": {\n            \"status\": 400,\n            \"developerMessage\": \"401 Unauthorized: Invalid key.\",\n            \"userMessage\": \"The key provided is not valid.\",\n            \"errorCode\": \"85\",\n            \"moreInfo\": \"See issue #85 on github: https://github.com/whitehouse/petitions/issues/85\"\n        }\n    }\n}",
			cred: apiKey("PETITIONS_KEY", "e8b3d1f7a2c94e6b5d0f", "", "key"), method: "POST", path: "/v1/signatures.json", want: CredentialRejected},

		// vtiger: a session token "invalid or expired" (credential_rejected:
		// the server does not tell which), and an operation denied.
		{src: vtigerToken, name: "vtiger 200 INVALID_AUTH_TOKEN Specified token is invalid or expired", status: 200, header: json(),
			body: vtigerBody("INVALID_AUTH_TOKEN", "Specified token is invalid or expired"), cred: vtigerSession,
			path: "/webservice.php", want: CredentialRejected},
		{src: vtigerPerm, name: "vtiger 200 ACCESS_DENIED Permission to perform the operation is denied", status: 200, header: json(),
			body: vtigerBody("ACCESS_DENIED", "Permission to perform the operation is denied"), cred: vtigerSession,
			method: "POST", path: "/webservice.php", want: PermissionDenied},

		// Dolibarr (Restler's envelope) to a request with no key.
		{src: dolibarr, name: "Dolibarr 401 No parameter HTTP_DOLAPIKEY, nothing sent", status: 401, header: json(),
			body:   "{\n    \"error\": {\n        \"code\": 401,\n        \"message\": \"Unauthorized: Failed to login to API. No parameter 'HTTP_DOLAPIKEY' on HTTP header (and no parameter DOLAPIKEY in URL).\"\n    }\n}",
			method: "POST", path: "/api/index.php/stockmovements", want: NoCredentialsSent},

		// A: Pixabay's 400 in plain text that names the key (the comment
		// quotes it; the content type is not shown).
		{src: pixabay, name: "Pixabay 400 text Invalid API key", status: 400, header: ctHeader("text/html; charset=utf-8"),
			body: "[ERROR 400] Invalid API key. Note: This value is case-sensitive.",
			cred: apiKey("PIXABAY_KEY", "1234567-9f3c2b7a1e5d8c4f6a0e9b2d3", "", "key"), path: "/api/", want: CredentialRejected},
		// Neighbour: Unsplash's own scheme word (Client-ID) and its errors
		// array of strings; the token is refused (the words), not the
		// scheme.
		{src: unsplash, name: "Unsplash 401 errors OAuth error access token is invalid, Client-ID scheme", status: 401, header: json(),
			body: "{\n  \"errors\": [\n    \"OAuth error: The access token is invalid\"\n  ]\n}",
			cred: headerCred("Authorization", "UNSPLASH_AUTH", "Client-ID 5b9e1c7a3f2d8e4b6c0a9f1d3e5b7c2a"), path: "/photos/random", want: CredentialRejected},
	}
}

// missclassNonRefusals: answers of the same servers and shapes that are
// no refusal and must get no cause.
func missclassNonRefusals() []fpCase {
	return []fpCase{
		// Rundeck's documented error for an API version it no longer serves.
		{src: "https://github.com/rundeck/rundeck/blob/22e3d4db176ffcc17417b89dfe53f9792f6a37ab/docs/en/api/rundeck-api.md", name: "Rundeck 400 XML api-version-unsupported",
			status: 400, header: ctHeader("text/xml; charset=utf-8"),
			body: "<result error=\"true\" apiversion=\"2\">\n    <error code=\"api-version-unsupported\">\n        <message>\n        Unsupported API Version \"1\". API Request: /rundeck/api/1/project/test/jobs. Reason: Minimum supported version: 2\n        </message>\n    </error>\n</result>",
			path: "/rundeck/api/1/project/test/jobs"},
		// Flickr's error 1 of flickr.photos.getInfo, in its <rsp> envelope.
		{src: "https://www.flickr.com/services/api/flickr.photos.getInfo.html", name: "Flickr 200 XML err Photo not found", status: 200,
			header: ctHeader("text/xml; charset=utf-8"), body: "<rsp stat=\"fail\">\n<err code=\"1\" msg=\"Photo not found\"/>\n</rsp>", path: "/services/rest/"},
		// MediaWiki's error for a page that does not exist (built from its
		// documented code and words in its error envelope).
		{src: "https://www.mediawiki.org/wiki/API:Errors_and_warnings", name: "MediaWiki 200 missingtitle", status: 200,
			header: jsonCT("MediaWiki-API-Error", "missingtitle"),
			body:   `{"error":{"code":"missingtitle","info":"The page you specified doesn't exist.","*":"See https://www.mediawiki.org/w/api.php for API usage."}}`, path: "/w/api.php"},
		// Stack Exchange's bad_parameter (its documented error, in the
		// envelope of its other errors).
		{src: "https://api.stackexchange.com/docs/error-handling", name: "Stack Exchange 400 bad_parameter", status: 400, header: jsonCT(),
			body: `{"error_id":400,"error_message":"site is required","error_name":"bad_parameter"}`, path: "/2.2/questions"},
		// Dolibarr's 404 for a third party that does not exist (the
		// handler's RestException in Restler's envelope).
		{src: "https://github.com/Dolibarr/dolibarr/blob/develop/htdocs/societe/class/api_thirdparties.class.php", name: "Dolibarr 404 Thirdparty not found", status: 404,
			header: jsonCT(), body: `{"error":{"code":404,"message":"Not Found: Thirdparty not found"}}`, path: "/api/index.php/thirdparties/999"},
	}
}

// TestHeldoutMissclass: see missclassCases.
func TestHeldoutMissclass(t *testing.T) {
	runHeldoutRound(t, heldoutRound{name: "missclass", cases: missclassCases(), nonRefusals: missclassNonRefusals(), gathered: 23})
}
