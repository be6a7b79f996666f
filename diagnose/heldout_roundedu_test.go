package diagnose

import (
	"strconv"
	"testing"
	"time"
)

// eduMoodleAccess: Moodle 4.x answers a web service's access exception
// with 200, its message carrying the detail in parentheses and again as
// debuginfo (the shape catalyst/moodle-auth_userkey#90 quotes); the
// details in this round are webservice/lib.php's.
func eduMoodleAccess(detail string) string {
	return `{"exception":"webservice_access_exception","errorcode":"accessexception","message":"Access control exception (` + detail + `)","debuginfo":"` + detail + `"}`
}

// eduORCIDError: ORCID's v3 error object, developer-message built as the
// exception mapper builds it: the code's message, then "Full validation
// error:" and the exception's words (api_en.properties at the commit the
// cases cite).
func eduORCIDError(status, code int, dev, user string) string {
	return `{"response-code":` + strconv.Itoa(status) + `,"developer-message":"` + dev + `","user-message":"` + user + `","error-code":` + strconv.Itoa(code) + `,"more-info":"https://members.orcid.org/api/resources/troubleshooting"}`
}

// eduGoogleError: Google's error envelope, as Classroom answers it; the
// messages are the ones Classroom's access-error reference names. With
// reason "", no errors list (Classroom's answers to a missing entity).
func eduGoogleError(code int, msg, status, reason string) string {
	errs := ""
	if reason != "" {
		errs = "    \"errors\": [\n      {\n        \"message\": \"" + msg + "\",\n        \"domain\": \"global\",\n        \"reason\": \"" + reason + "\"\n      }\n    ],\n"
	}
	return "{\n  \"error\": {\n    \"code\": " + strconv.Itoa(code) + ",\n    \"message\": \"" + msg + "\",\n" + errs + "    \"status\": \"" + status + "\"\n  }\n}\n"
}

// roundeduCases: a held-out round on education, LMS and research APIs
// (Zotero, Moodle web services, ORCID, Canvas LMS, Google Classroom,
// NCBI E-utilities), answers not in the corpora before: other codes,
// endpoints or versions of providers already there (Moodle, Canvas,
// ORCID), and providers that were not (Zotero, Google Classroom, NCBI).
// Most come from the servers' own source at a commit (Zotero's
// dataserver, Moodle's webservice library, ORCID-Source's exception
// mapper, Canvas's request throttle), which fixes status and words; where
// the envelope is put around them from another source a comment says so.
// Gathered and given their expected first cause from the catalog before
// the diagnosis code was read; a comment says why when two codes could
// fit. First run, before any fix: first cause right in 33 of 41
// (refusals 21 of 29, token endpoint answers 3 of 3, non-refusals 9 of 9
// given no cause). Misses: a Basic challenge to nothing sent, with
// ?auth=1 in the URL, read as a credential in the wrong place; a token's
// IP said "not supported"; a suspended user's token; a session based
// token "not found or expired"; a nologin user's token (all four Moodle
// access exceptions read as a permission); "Invalid login" in a 200 with
// an errorcode read as nothing; "Insufficient or wrong scope" read as a
// permission; Canvas's "Invalid as_user_id" read as a refused
// credential. After the readings the misses lacked: 39 of 41 (1 on the
// blind expectations: the session based token, see its comment), the
// nologin user's token and Canvas's as_user_id pending (roundeduPending,
// each with why no reading was forced; the passing tables hold the other
// 39). Readings: a query parameter named like a credential that holds a
// switch (?auth=1) carries none; the caller's IP named after a colon, and
// with the address named, "not supported"; access refused for a user or
// account named by its state (suspended, locked, deactivated …); an
// access-control exception whose own words refuse the token or stop the
// account is no permission; a scope "insufficient or wrong"; an error text
// beside an error code about the login or credential in a 200. TestMetamorphic
// on these answers added two: an access level said denied or missing
// ("Write access denied") is a permission under a 2xx failure flag and as
// a page's headline too, and a credential named and then said wrong or
// unrecognized ("API key wrong") is refused.
func roundeduCases(time.Time) []provCase {
	const (
		zoteroAPI = "https://github.com/zotero/dataserver/blob/5cf550f3166e848981a8ec60696ae3a6a5d82bc7/controllers/ApiController.php"
		zoteroDir = "https://github.com/zotero/dataserver/blob/5cf550f3166e848981a8ec60696ae3a6a5d82bc7/controllers/"
		moodleWS  = "https://github.com/moodle/moodle/blob/5912b69773ab6cf33cc3f95df6c01575d6392609/webservice/lib.php"
		orcidMap  = "https://github.com/ORCID/ORCID-Source/blob/cac0eca25911ca216ad4c0b07097d9180316604c/orcid-core/src/main/java/org/orcid/core/exception/OrcidCoreExceptionMapper.java"
		canvasAM  = "https://github.com/instructure/canvas-lms/blob/014cc7368c09879ba8d5c6de48cd6182d8b30d80/lib/authentication_methods.rb"
		classroom = "https://developers.google.com/classroom/reference/Access.Errors"
	)
	json := jsonCT
	// PHP's default Content-Type: Zotero's errors are the message as the
	// body, HTML-escaped.
	php := func(extra ...string) map[string]string { return ctHeader("text/html; charset=UTF-8", extra...) }
	zotero := apiKey("ZOTERO_API_KEY", "P9NiFoyLeZu2bZNvvuQPDWsd", "Zotero-API-Key", "")
	moodle := apiKey("MOODLE_WSTOKEN", "3f9c2a7e5b1d4c8f0a6e2b9d7c1f4a8e", "", "wstoken")
	orcid := bearer("ORCID_ACCESS_TOKEN", "4b7e2c1d-9a3f-4e6b-8c2d-1f0a9b8c7d6e")
	canvas := bearer("CANVAS_API_TOKEN", "7~Qw8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0kLmN0pQrS7tUvXyZa1b2c")
	gtoken := bearer("GOOGLE_ACCESS_TOKEN", "ya29.a0AfB_byC3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0kLmN0pQrS")
	ncbi := apiKey("NCBI_API_KEY", "2f3c9e1a7b2d4c6e8f0a1b3c5d7e9f1234", "", "api_key")
	return []provCase{
		// Zotero Web API (dataserver).
		{src: zoteroAPI, name: "Zotero 403 Invalid key", status: 403,
			header: php(), body: "Invalid key", cred: zotero, path: "/users/475425/items?limit=5", want: CredentialRejected},
		{src: zoteroAPI, name: "Zotero 403 An API key is required for write requests, nothing sent", status: 403,
			header: php(), body: "An API key is required for write requests.", method: "POST", path: "/users/475425/items", want: NoCredentialsSent},
		// A 429 after five refused keys from one address: the limit is
		// what stops the request now (the catalog's rate_limited is any
		// 429); the refused key shows in the earlier answers.
		{src: zoteroAPI, name: "Zotero 429 Too many authentication failures", status: 429,
			header: php(), body: "Too many authentication failures", cred: zotero, path: "/users/475425/items", want: RateLimited},
		{src: zoteroAPI, name: "Zotero 401 Access denied with a Basic challenge, ?auth=1 and nothing sent", status: 401,
			header: php("WWW-Authenticate", `Basic realm="Zotero API"`), body: "Access denied", path: "/users/475425/items?auth=1", want: NoCredentialsSent},
		{src: zoteroDir + "ItemsController.php", name: "Zotero 403 Write access denied (a read-only key)", status: 403,
			header: php(), body: "Write access denied", cred: zotero, method: "POST", path: "/users/475425/items", want: PermissionDenied},
		// An unknown key is "Invalid key"; a bare Forbidden is a known key
		// without access to this library.
		{src: zoteroDir + "GroupsController.php", name: "Zotero 403 Forbidden (a group the key cannot reach)", status: 403,
			header: php(), body: "Forbidden", cred: zotero, path: "/groups/2147/items", want: PermissionDenied},
		{src: zoteroDir + "ItemsController.php", name: "Zotero 403 You do not have file editing access", status: 403,
			header: php(), body: "You do not have file editing access", cred: zotero, method: "POST", path: "/users/475425/items/ABCD2345/file", want: PermissionDenied},
		// The key as pasted with its quotes: "Bearer \"…\"" fails the
		// header's format.
		{src: zoteroAPI, name: "Zotero 400 Invalid Authorization header format (the key in quotes)", status: 400,
			header: php(), body: "Invalid Authorization header format", cred: bearer("ZOTERO_API_KEY", `"P9NiFoyLeZu2bZNvvuQPDWsd"`), path: "/users/475425/items", want: QuotesInCredential},
		{src: zoteroDir + "KeysController.php", name: "Zotero 403 Invalid username/password creating a key", status: 403,
			header: php(), body: "Invalid username/password", cred: basicCred("ci-bot", "Zot3ro-CI-pass-2026"), method: "POST", path: "/keys", want: CredentialRejected},
		{src: zoteroAPI, name: "Zotero 429 Request rate limit exceeded with Retry-After", status: 429,
			header: php("Retry-After", "5"), body: "Request rate limit exceeded", cred: zotero, path: "/users/475425/items/top", want: RateLimited},

		// Moodle web services (200 with an exception object).
		{src: moodleWS, name: "Moodle 200 accessexception token expired (validuntil)", status: 200,
			header: json(), body: eduMoodleAccess("Invalid token - token expired - check validuntil time for the token"), cred: moodle,
			path: "/webservice/rest/server.php?wsfunction=core_course_get_courses&moodlewsrestformat=json", want: TokenExpired},
		{src: moodleWS, name: "Moodle 200 accessexception token's IP restriction", status: 200,
			header: json(), body: eduMoodleAccess("Invalid token - IP:203.0.113.7 is not supported"), cred: moodle,
			path: "/webservice/rest/server.php?wsfunction=core_course_get_courses&moodlewsrestformat=json", want: IPRestricted},
		// The token's user is suspended: the credential is no longer
		// enabled (credential_rejected), nothing about this operation.
		{src: moodleWS, name: "Moodle 200 accessexception refused for a suspended username", status: 200,
			header: json(), body: eduMoodleAccess("Refused web service access for suspended username: ci-bot"), cred: moodle,
			path: "/webservice/rest/server.php?wsfunction=core_user_get_users&moodlewsrestformat=json", want: CredentialRejected},
		{src: moodleWS, name: "Moodle 200 accessexception user not allowed for this service", status: 200,
			header: json(), body: eduMoodleAccess("The user is not allowed for this service. First you need to allow this user on the Grades sync's allowed users administration page."), cred: moodle,
			path: "/webservice/rest/server.php?wsfunction=core_grades_update_grades&moodlewsrestformat=json", want: PermissionDenied},
		// Expected token_expired before the first run; changed on
		// reflection: "not found or expired" names two faults without
		// saying which, and the catalog's token_expired is the server's
		// words saying the token expired (as "invalid or expired" is
		// read, faultListPattern): the token was refused.
		{src: moodleWS, name: "Moodle 200 accessexception session based token not found or expired", status: 200,
			header: json(), body: eduMoodleAccess("Invalid session based token - session not found or expired"), cred: moodle,
			path: "/webservice/rest/server.php?wsfunction=core_webservice_get_site_info&moodlewsrestformat=json", want: CredentialRejected},
		// login/token.php, the user's password in the query.
		{src: "https://github.com/mrcinv/moodle_api.py/issues/7", name: "Moodle token.php 200 invalidlogin", status: 200,
			header: json(), body: "{\n    \"error\": \"Invalid login, please try again\",\n    \"errorcode\": \"invalidlogin\",\n    \"stacktrace\": null,\n    \"debuginfo\": null,\n    \"reproductionlink\": null\n}",
			cred: apiKey("MOODLE_PASSWORD", "Mdl-ci-Pass-2026!", "", "password"), path: "/login/token.php?username=ci-bot&service=moodle_mobile_app", want: CredentialRejected},

		// ORCID member API v3.
		{src: orcidMap, name: "ORCID 403 9004 Insufficient or wrong scope [/read-public]", status: 403,
			header: json(), body: eduORCIDError(403, 9004, "403 Forbidden: Insufficient or wrong scope. Full validation error: Insufficient or wrong scope [/read-public]", "The client application is forbidden to perform the action."),
			cred: orcid, method: "POST", path: "/v3.0/0000-0002-9227-8514/work", want: ServerInsufficientScope},
		// A user's token used on another user's record: the token belongs
		// to another account (credential_rejected's words), not a
		// permission this token could be granted.
		{src: "https://github.com/ORCID/ORCID-Source/blob/cac0eca25911ca216ad4c0b07097d9180316604c/orcid-api-common/src/main/java/org/orcid/api/common/filter/TokenTargetFilter.java", name: "ORCID 401 9017 Access token is for a different record", status: 401,
			header: json(), body: eduORCIDError(401, 9017, "401 Unauthorized: The client application is not authorized for this ORCID record. Full validation error: Access token is for a different record", "The client application is not authorized."),
			cred: orcid, path: "/v3.0/0000-0001-7642-0552/record", want: CredentialRejected},

		// Canvas LMS.
		{src: "https://github.com/instructure/canvas-lms/blob/00b222d77ee43d046e6aee0347c4ed5b27e1741f/app/middleware/request_throttle.rb", name: "Canvas 403 Forbidden (Rate Limit Exceeded), text/plain", status: 403,
			header: ctHeader("text/plain; charset=utf-8", "X-Rate-Limit-Remaining", "0.0"), body: "403 Forbidden (Rate Limit Exceeded)\n", cred: canvas, path: "/api/v1/courses/125/enrollments", want: RateLimited},
		{src: canvasAM, name: "Canvas 401 unauthenticated user authorization required, nothing sent", status: 401,
			header: json("WWW-Authenticate", `Bearer realm="canvas-lms"`), body: `{"status":"unauthenticated","errors":[{"message":"user authorization required"}]}`, path: "/api/v1/courses", want: NoCredentialsSent},
		// Google Classroom.
		{src: classroom, name: "Classroom 403 @ClassroomApiDisabled", status: 403,
			header: json(), body: eduGoogleError(403, "@ClassroomApiDisabled The user is not permitted to access the Classroom API.", "PERMISSION_DENIED", "forbidden"),
			cred: gtoken, path: "/v1/courses?teacherId=me", want: PermissionDenied},
		{src: classroom, name: "Classroom 403 @ProjectPermissionDenied", status: 403,
			header: json(), body: eduGoogleError(403, "@ProjectPermissionDenied The Developer Console project is not permitted to make this request.", "PERMISSION_DENIED", "forbidden"),
			cred: gtoken, method: "POST", path: "/v1/courses/96337156580/courseWork", want: PermissionDenied},
		{src: "https://github.com/conorthedev/classroom-cli/issues/1", name: "Classroom 403 The caller does not have permission", status: 403,
			header: json(), body: eduGoogleError(403, "The caller does not have permission", "PERMISSION_DENIED", "forbidden"),
			cred: gtoken, path: "/v1/courses/96337156580/courseWork", want: PermissionDenied},
		{src: "https://developers.google.com/classroom/reference/rest", name: "Classroom 401 invalid authentication credentials", status: 401,
			header: json("WWW-Authenticate", `Bearer realm="https://accounts.google.com/", error="invalid_token"`),
			body:   eduGoogleError(401, "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.", "UNAUTHENTICATED", "authError"),
			cred:   gtoken, path: "/v1/courses", want: ServerInvalidToken},
		{src: "https://developers.google.com/classroom/limits", name: "Classroom 429 RESOURCE_EXHAUSTED quota exceeded", status: 429,
			header: json(), body: eduGoogleError(429, "Quota exceeded for quota metric 'Read requests' and limit 'Read requests per minute per user' of service 'classroom.googleapis.com' for consumer 'project_number:620831776016'.", "RESOURCE_EXHAUSTED", "rateLimitExceeded"),
			cred: gtoken, path: "/v1/courses/96337156580/students", want: RateLimited},

		// NCBI E-utilities: the body is the shape clients record (the key
		// echoed under api-key); the status is the one kblin's PR reports.
		{src: "https://github.com/kblin/ncbi-acc-download/pull/17", name: "NCBI E-utilities 400 API key invalid", status: 400,
			header: json(), body: `{"error":"API key invalid","api-key":"2f3c9e1a7b2d4c6e8f0a1b3c5d7e9f1234","type":"invalid","status":"unknown"}`,
			cred: ncbi, path: "/entrez/eutils/esearch.fcgi?db=pubmed&term=asthma&retmode=json", want: CredentialRejected},
		{src: "https://www.ncbi.nlm.nih.gov/books/NBK25497/", name: "NCBI E-utilities 429 API rate limit exceeded (count over limit)", status: 429,
			header: json("Retry-After", "2"), body: `{"error":"API rate limit exceeded","api-key":"203.0.113.7","count":"4","limit":"3"}`,
			path: "/entrez/eutils/efetch.fcgi?db=pubmed&id=31452104", want: RateLimited},
	}
}

// roundeduTokens: ORCID's token endpoint (Spring Security OAuth's error
// object around the words ORCID's API error guide lists).
func roundeduTokens() []tokenCase {
	const guide = "https://github.com/ORCID/ORCID-Source/blob/cac0eca25911ca216ad4c0b07097d9180316604c/orcid-api-web/tutorial/api_errors.md"
	return []tokenCase{
		{src: guide, name: "ORCID token 401 invalid_client Bad client credentials", status: 401,
			body: `{"error":"invalid_client","error_description":"Bad client credentials"}`, want: CredentialRejected},
		// A deactivated client: no longer enabled, credential_rejected.
		{src: guide, name: "ORCID token 401 invalid_client Client is deactivated", status: 401,
			body: `{"error":"invalid_client","error_description":"Client APP-56WL1F7H14FSAJT6 is deactivated"}`, want: CredentialRejected},
		// A scope the client is not allowed (webhooks are for premium
		// members): the client is known and refused this scope.
		{src: guide, name: "ORCID token 400 invalid_scope Invalid scope: /webhook", status: 400,
			body: `{"error":"invalid_scope","error_description":"Invalid scope: /webhook"}`, want: PermissionDenied},
	}
}

// roundeduPending: two answers measured blind with the rest, left out of
// the passing table (runPending serves them and fails when one is read as
// expected).
func roundeduPending() []provCase {
	const (
		moodleWS = "https://github.com/moodle/moodle/blob/5912b69773ab6cf33cc3f95df6c01575d6392609/webservice/lib.php"
		canvasAM = "https://github.com/instructure/canvas-lms/blob/014cc7368c09879ba8d5c6de48cd6182d8b30d80/lib/authentication_methods.rb"
	)
	return []provCase{
		// Moodle refuses a token whose user has the nologin
		// authentication method, expected credential_rejected (no login of
		// that account is accepted) and read as permission_denied.
		// "nologin" is Moodle's name for the state, no word another server
		// would use for a stopped account, so no general family reads it
		// and none was forced.
		{src: moodleWS, name: "Moodle 200 accessexception refused for a nologin username", status: 200, header: jsonCT(),
			body: eduMoodleAccess("Refused web service access for nologin authentication username: ci-bot"),
			cred: apiKey("MOODLE_WSTOKEN", "3f9c2a7e5b1d4c8f0a6e2b9d7c1f4a8e", "", "wstoken"), path: "/webservice/rest/server.php?wsfunction=core_user_get_users&moodlewsrestformat=json", want: CredentialRejected},
		// Canvas answers a token whose user may not act as the user
		// as_user_id names, expected permission_denied and read as
		// credential_rejected. Canvas sends the same bytes for an
		// as_user_id that names no user at all (a wrong parameter, no
		// refusal): the words cannot tell the two apart, so no reading was
		// forced.
		{src: canvasAM, name: "Canvas 401 Invalid as_user_id (masquerading not allowed)", status: 401, header: jsonCT(),
			body: `{"errors":"Invalid as_user_id"}`, cred: bearer("CANVAS_API_TOKEN", "7~Qw8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0kLmN0pQrS7tUvXyZa1b2c"),
			path: "/api/v1/users/self/profile?as_user_id=sis_user_id:4411", want: PermissionDenied},
	}
}

// roundeduNonRefusals: answers of the same servers that refuse nothing:
// a record not found, a library changed since the version sent, a site in
// maintenance, a missing database record, a duplicate ORCID work, a
// Classroom entity not found and a failed precondition.
func roundeduNonRefusals() []fpCase {
	const zoteroAPI = "https://github.com/zotero/dataserver/blob/5cf550f3166e848981a8ec60696ae3a6a5d82bc7/controllers/ApiController.php"
	php := ctHeader("text/html; charset=UTF-8")
	return []fpCase{
		{src: zoteroAPI, name: "Zotero 404 Not found", status: 404, header: php, body: "Not found", path: "/users/475425/items/ABCD2345"},
		{src: zoteroAPI, name: "Zotero 412 Library has been modified since specified version", status: 412, header: php,
			body: "Library has been modified since specified version (expected 1201, found 1207)", path: "/users/475425/items"},
		{src: "https://github.com/moodle/moodle/blob/5912b69773ab6cf33cc3f95df6c01575d6392609/webservice/lib.php", name: "Moodle 200 sitemaintenance", status: 200, header: jsonCT(),
			body: `{"exception":"moodle_exception","errorcode":"sitemaintenance","message":"The site is undergoing maintenance and is currently not available"}`,
			path: "/webservice/rest/server.php?wsfunction=core_course_get_courses&moodlewsrestformat=json"},
		{src: "https://github.com/moodle/moodle/blob/5912b69773ab6cf33cc3f95df6c01575d6392609/webservice/lib.php", name: "Moodle 200 dml_missing_record_exception invalidrecord", status: 200, header: jsonCT(),
			body: `{"exception":"dml_missing_record_exception","errorcode":"invalidrecord","message":"Can't find data record in database table course."}`,
			path: "/webservice/rest/server.php?wsfunction=core_course_get_contents&courseid=99999&moodlewsrestformat=json"},
		{src: "https://github.com/ORCID/ORCID-Source/blob/cac0eca25911ca216ad4c0b07097d9180316604c/orcid-api-web/tutorial/api_errors.md", name: "ORCID 409 9021 activity already added", status: 409, header: jsonCT(),
			body: eduORCIDError(409, 9021, "409 Conflict: You have already added this activity (matched by external identifiers), please see element with put-code 1234567. If you are trying to edit the item, please use PUT instead of POST.", "There was an error when updating the record. Please try again. If the error persists, please contact Acme CRIS for assistance."),
			path: "/v3.0/0000-0002-9227-8514/work"},
		{src: "https://github.com/ORCID/ORCID-Source/blob/cac0eca25911ca216ad4c0b07097d9180316604c/orcid-api-web/tutorial/api_errors.md", name: "ORCID 404 9016 The resource was not found", status: 404, header: jsonCT(),
			body: eduORCIDError(404, 9016, "404 Not Found: The resource was not found.", "The resource was not found."),
			path: "/v3.0/0000-0002-9227-8514/work/999999"},
		{src: "https://developers.google.com/classroom/reference/rest", name: "Classroom 404 Requested entity was not found", status: 404, header: jsonCT(),
			body: eduGoogleError(404, "Requested entity was not found.", "NOT_FOUND", ""), path: "/v1/courses/1234"},
		{src: "https://developers.google.com/classroom/reference/Request.Errors", name: "Classroom 400 FAILED_PRECONDITION Precondition check failed", status: 400, header: jsonCT(),
			body: eduGoogleError(400, "Precondition check failed.", "FAILED_PRECONDITION", ""), path: "/v1/courses/96337156580/courseWork"},
		{src: "https://github.com/instructure/canvas-lms/blob/00b222d77ee43d046e6aee0347c4ed5b27e1741f/app/controllers/wiki_pages_api_controller.rb", name: "Canvas 404 The specified resource does not exist.", status: 404, header: jsonCT(),
			body: `{"errors":[{"message":"The specified resource does not exist."}]}`, path: "/api/v1/courses/125/pages/syllabus"},
	}
}

// TestHeldoutRoundedu reports top-1 on the education and research round:
// the refusals as runProviderCases serves them, and the non-refusals,
// which must get no cause.
func TestHeldoutRoundedu(t *testing.T) {
	runHeldoutRound(t, heldoutRound{name: "roundedu", cases: roundeduCases(time.Now()), tokens: roundeduTokens(), nonRefusals: roundeduNonRefusals(), pending: roundeduPending()})
}

// lateRoundeduCases: answers gathered after the fixes above, looked at
// for the first time and run once before any change: late: first cause
// right in 6 of 7 (refusals 4 of 5, non-refusals 2 of 2). The miss,
// Moodle's 200 "Web services must be enabled in Advanced features."
// given no cause, is pending (lateRoundeduPending, with why).
func lateRoundeduCases() []provCase {
	const (
		zoteroDir = "https://github.com/zotero/dataserver/blob/5cf550f3166e848981a8ec60696ae3a6a5d82bc7/controllers/"
		orcidMap  = "https://github.com/ORCID/ORCID-Source/blob/cac0eca25911ca216ad4c0b07097d9180316604c/orcid-core/src/main/resources/i18n/api_en.properties"
	)
	return []provCase{
		// Classroom's access-error reference names the code; the message
		// and Google's envelope around it are the shape of the other
		// access errors (roundeduCases).
		{src: "https://developers.google.com/classroom/reference/Access.Errors", name: "Classroom 403 @ClassroomDisabled", status: 403, header: jsonCT(),
			body: eduGoogleError(403, "@ClassroomDisabled The user is not permitted to access Classroom.", "PERMISSION_DENIED", ""),
			cred: bearer("GOOGLE_ACCESS_TOKEN", "ya29.a0AfB_byC3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0kLmN0pQrS"), path: "/v1/courses", want: PermissionDenied},
		// A deleted or expired token: Canvas's OAuth guide says the 401
		// then carries the WWW-Authenticate header.
		{src: "https://github.com/instructure/canvas-lms/blob/db937f1d6c78547b2b71b0c7aea8773bf897e3cf/doc/api/oauth.md", name: "Canvas 401 Invalid access token. with a Bearer realm challenge", status: 401,
			header: jsonCT("WWW-Authenticate", `Bearer realm="canvas-lms"`), body: `{"errors":[{"message":"Invalid access token."}]}`,
			cred: bearer("CANVAS_API_TOKEN", "7~Qw8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0kLmN0pQrS7tUvXyZa1b2c"), path: "/api/v1/courses", want: CredentialRejected},
		{src: zoteroDir + "SettingsController.php", name: "Zotero 403 Only group admins can change setting", status: 403, header: ctHeader("text/html; charset=UTF-8"),
			body: "Only group admins can change setting 'tagColors'", cred: apiKey("ZOTERO_API_KEY", "P9NiFoyLeZu2bZNvvuQPDWsd", "Zotero-API-Key", ""),
			method: "PUT", path: "/groups/2147/settings/tagColors", want: PermissionDenied},
		// The client is not the source of the work (9010), the message
		// from api_en.properties in the v3 error object.
		{src: orcidMap, name: "ORCID 403 9010 You are not the source of the work", status: 403, header: jsonCT(),
			body: eduORCIDError(403, 9010, "403 Forbidden: You are not the source of the work, so you are not allowed to update it.", "The client application is not the source of the resource it is trying to access."),
			cred: bearer("ORCID_ACCESS_TOKEN", "4b7e2c1d-9a3f-4e6b-8c2d-1f0a9b8c7d6e"), method: "PUT", path: "/v3.0/0000-0002-9227-8514/work/733536", want: PermissionDenied},
	}
}

// lateRoundeduPending: the late answer read wrong, left out of the late
// table (runPending serves it).
func lateRoundeduPending() []provCase {
	return []provCase{
		// Web services switched off for the whole site, expected
		// deprecated_auth_method (the way of authenticating, a web service
		// token, is disabled) and given no cause: the 200's text names no
		// credential nor login, and its code (enablewsdescription) neither;
		// "… must be enabled" in a 200 is said of any feature, so no
		// general reading takes it as a refusal and none was forced. The
		// string is lang/en/webservice.php's enablewsdescription; the
		// envelope login/token.php's (as for invalidlogin).
		{src: "https://github.com/moodle/moodle/blob/005b2bc8a0659e6a076e39c68056ca6c27368826/lang/en/webservice.php", name: "Moodle token.php 200 enablewsdescription", status: 200, header: jsonCT(),
			body: "{\n    \"error\": \"Web services must be enabled in Advanced features.\",\n    \"errorcode\": \"enablewsdescription\",\n    \"stacktrace\": null,\n    \"debuginfo\": null,\n    \"reproductionlink\": null\n}",
			cred: apiKey("MOODLE_PASSWORD", "Mdl-ci-Pass-2026!", "", "password"), path: "/login/token.php?username=ci-bot&service=moodle_mobile_app", want: DeprecatedAuthMethod},
	}
}

// lateRoundeduNonRefusals: a user the path names not found, and an ORCID
// record locked: the answers refuse nothing about the credential.
func lateRoundeduNonRefusals() []fpCase {
	return []fpCase{
		{src: "https://github.com/zotero/dataserver/blob/5cf550f3166e848981a8ec60696ae3a6a5d82bc7/controllers/ApiController.php", name: "Zotero 404 User not found", status: 404,
			header: ctHeader("text/html; charset=UTF-8"), body: "User 9475425 not found", path: "/users/9475425/items"},
		{src: "https://github.com/ORCID/ORCID-Source/blob/cac0eca25911ca216ad4c0b07097d9180316604c/orcid-core/src/main/resources/i18n/api_en.properties", name: "ORCID 409 9018 record locked", status: 409, header: jsonCT(),
			body: eduORCIDError(409, 9018, "409 Conflict: The ORCID record is locked and cannot be edited. ORCID https://orcid.org/0000-0002-9227-8514", "The ORCID record is locked."),
			path: "/v3.0/0000-0002-9227-8514/work"},
	}
}

// TestHeldoutRoundeduLate: see lateRoundeduCases.
func TestHeldoutRoundeduLate(t *testing.T) {
	runProviderCases(t, "roundedu late answers", lateRoundeduCases())
	runFalsePositives(t, "roundedu late non-refusals", lateRoundeduNonRefusals())
	runPending(t, lateRoundeduPending())
}
