package diagnose

import (
	"testing"
	"time"
)

// edu2CanvasAGS: Canvas's answer from an LTI Advantage service (AGS,
// NRPS) that refuses the tool's access token: render_error in
// app/controllers/lti/ims/concerns/lti_services.rb builds
// {"errors":{"type":<status>,"message":<words>}}.
func edu2CanvasAGS(status, msg string) string {
	return `{"errors":{"type":"` + status + `","message":"` + msg + `"}}`
}

// edu2OneRoster: the OneRoster 1.1 status envelope (imsx_StatusInfo) the
// specification's REST binding defines, with the code minor it names for
// the case; the description is the spec's wording for that code, not
// bytes captured from one server.
func edu2OneRoster(desc, minor string) string {
	return `{"imsx_codeMajor":"failure","imsx_severity":"error","imsx_description":"` + desc + `","imsx_CodeMinor":{"imsx_codeMinorField":[{"imsx_codeMinorFieldName":"TargetEndSystem","imsx_codeMinorFieldValue":"` + minor + `"}]}}`
}

// edu2MoodleToken: login/token.php's answer to a moodle_exception (an
// AJAX_SCRIPT: error, errorcode and nulls, status 200), the message the
// language string of lang/en/webservice.php at the commit cited.
func edu2MoodleToken(msg, code string) string {
	return "{\n    \"error\": \"" + msg + "\",\n    \"errorcode\": \"" + code + "\",\n    \"stacktrace\": null,\n    \"debuginfo\": null,\n    \"reproductionlink\": null\n}"
}

// roundedu2Cases: a second held-out round on education and learning
// platforms: Canvas LMS's LTI Advantage services and OAuth2 token endpoint,
// Moodle's AJAX service, token.php and REST exceptions not in the corpora
// before, Moodle's LTI 1.3 platform token endpoint, Google Classroom's
// scope answers, Khan Academy's OAuth 1 API, Open edX's JWT
// authentication, and OneRoster 1.1's status envelope.
// Canvas's and Moodle's answers are built from the servers' own source at
// the commits cited (the error maps and language strings), so the words
// are the servers'; the envelopes of Classroom and OneRoster are their
// documented shapes. Expectations were set from docs/diagnosis.md before
// the diagnosis code was read. First run, before any fix: first cause
// right in 32 of 37 (refusals 17 of 22, token endpoints 9 of 9,
// non-refusals 6 of 6 given no cause). Misses: Canvas AGS's token "not
// linked to a Tool associated with this Context" (credential_rejected, not
// permission_denied); "the 'aud' is invalid" (credential_rejected, not
// jwt_wrong_audience); Moodle's AJAX batch [{"error":true,"exception":
// {…servicerequireslogin}}] read as no refusal; token.php's
// passwordisexpired and restoredaccountresetpassword read as no refusal.
// After the readings the misses lacked: 37 of 37, none on the blind
// expectations (a credential not linked to the context, course or site
// addressed; a JWT claim's short name, quoted or named claim, said
// invalid; an exception object beside a failure flag, also first of a
// batch; a session said logged out or expired; a password said expired,
// or to be reset or changed before a token, as a 2xx's error text beside
// a password code).
func roundedu2Cases(now time.Time) []provCase {
	const (
		ags        = "https://github.com/instructure/canvas-lms/blob/0384291bf2a95ca8dc5adf5e581e8dffeaef1539/app/controllers/lti/ims/concerns/lti_services.rb"
		agsCtx     = "https://github.com/instructure/canvas-lms/blob/0e06d2b1bf236ac5d8e6aded1caf482bebc0d3c2/app/controllers/lti/ims/concerns/advantage_services.rb"
		moodleLang = "https://github.com/moodle/moodle/blob/005b2bc8a0659e6a076e39c68056ca6c27368826/lang/en/webservice.php"
		oneRoster  = "https://www.imsglobal.org/oneroster-v11-final-specification"
		edxJWT     = "https://github.com/openedx/edx-drf-extensions/blob/07115be9e6c41761dc5e629e6e9fedf76d54b022/edx_rest_framework_extensions/auth/jwt/authentication.py"
	)
	json := jsonCT
	agsPath := "/api/lti/courses/1432/line_items"
	toolJWT := func(claims map[string]any) *Credential { return bearer("LTI_ACCESS_TOKEN", makeJWT(claims)) }
	live := map[string]any{"iss": "https://canvas.instructure.com", "sub": "10000000000042", "aud": "https://canvas.instructure.com/login/oauth2/token",
		"iat": now.Add(-time.Minute).Unix(), "exp": now.Add(time.Hour).Unix(), "scopes": "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem"}
	with := func(k string, v any) map[string]any {
		c := map[string]any{}
		for key, val := range live {
			c[key] = val
		}
		c[k] = v
		return c
	}
	moodlePass := apiKey("MOODLE_PASSWORD", "Mdl-ci-Pass-2026!", "", "password")
	moodleTok := apiKey("MOODLE_WSTOKEN", "4f7c2a9e1b3d5f60718293a4b5c6d7e8", "", "wstoken")
	rest := func(fn string) string {
		return "/webservice/rest/server.php?wsfunction=" + fn + "&moodlewsrestformat=json"
	}
	oneRosterTok := bearer("ONEROSTER_TOKEN", "or_7Kq2LmN9pR4sT6vW8yZ1aB3cD5eF7gH9")
	gTok := bearer("GOOGLE_ACCESS_TOKEN", "ya29.a0AfB_byC7kQ2mN9pR4sT6vW8yZ1aB3cD5eF7gH9jK2lM4nP6qR8sT0uV2wX4yZ6aB8cD0eF2gH4jK6lM8nP0q")
	return []provCase{
		// Canvas LTI Advantage services (AGS line items).
		{src: ags, name: "Canvas AGS 401 Missing access token, nothing sent", status: 401, header: json(),
			body: edu2CanvasAGS("unauthorized", "Missing access token"), method: "POST", path: agsPath, want: NoCredentialsSent},
		// The tool's token is a JWT whose exp has passed: the catalog's
		// jwt_expired (token_expired is for opaque tokens).
		{src: ags, name: "Canvas AGS 401 Access token expired", status: 401, header: json(),
			body: edu2CanvasAGS("unauthorized", "Access token expired"), cred: toolJWT(with("exp", now.Add(-10*time.Minute).Unix())), path: agsPath, want: JWTExpired},
		{src: ags, name: "Canvas AGS 401 Unknown or inactive Developer Key", status: 401, header: json(),
			body: edu2CanvasAGS("unauthorized", "Unknown or inactive Developer Key"), cred: toolJWT(live), path: agsPath, want: CredentialRejected},
		// The token's scopes do not cover the service: known, not allowed.
		{src: ags, name: "Canvas AGS 401 Insufficient permissions", status: 401, header: json(),
			body: edu2CanvasAGS("unauthorized", "Insufficient permissions"), cred: toolJWT(live), method: "POST", path: agsPath, want: PermissionDenied},
		// The developer key is not turned on in this account: not enabled
		// for this API, in the words "invalid" (credential_rejected).
		{src: agsCtx, name: "Canvas AGS 401 Invalid Developer Key", status: 401, header: json(),
			body: edu2CanvasAGS("unauthorized", "Invalid Developer Key"), cred: toolJWT(live), path: agsPath, want: CredentialRejected},
		// A valid token whose tool is not installed in this course: the
		// credential is known and may not reach this context.
		{src: agsCtx, name: "Canvas AGS 401 Access Token not linked to a Tool associated with this Context", status: 401, header: json(),
			body: edu2CanvasAGS("unauthorized", "Access Token not linked to a Tool associated with this Context"), cred: toolJWT(live), path: agsPath, want: PermissionDenied},
		// JwtValidator's words for an aud that is not the token endpoint's
		// (a trailing slash, instructure/canvas-lms#1925).
		{src: ags, name: "Canvas AGS 401 Invalid access token field/s: the 'aud' is invalid", status: 401, header: json(),
			body: edu2CanvasAGS("unauthorized", "Invalid access token field/s: the 'aud' is invalid"), cred: toolJWT(with("aud", "https://canvas.instructure.com/login/oauth2/token/")), path: agsPath, want: JWTWrongAudience},
		{src: ags, name: "Canvas AGS 401 Access token invalid - signature likely incorrect", status: 401, header: json(),
			body: edu2CanvasAGS("unauthorized", "Access token invalid - signature likely incorrect"), cred: toolJWT(live), path: agsPath, want: CredentialRejected},

		// Moodle's AJAX service (lib/ajax/service.php) to a session whose
		// login ended: the session expired or was logged out.
		{src: moodleLang, name: "Moodle AJAX 200 servicerequireslogin", status: 200, header: json(),
			body: `[{"error":true,"exception":{"message":"Web service is not available (the session has been logged out or has expired)","errorcode":"servicerequireslogin","link":"https:\/\/moodle.example.edu\/","moreinfourl":"https:\/\/docs.moodle.org\/405\/en\/error\/webservice\/servicerequireslogin"}}]`,
			cred: headerCred("Cookie", "MOODLE_SESSION", "MoodleSession=9f3c2e1a7b5d4c6e8f0a1b3c5d7e9f12"), method: "POST",
			path: "/lib/ajax/service.php?sesskey=Qx7Lm2Np9R&info=core_course_get_enrolled_courses_by_timeline_classification", want: TokenExpired},
		// token.php: the password's own lifetime ran out. The password is
		// the credential to change (credential_rejected's fix), not a token
		// to refresh.
		{src: moodleLang, name: "Moodle token.php 200 passwordisexpired", status: 200, header: json(),
			body: edu2MoodleToken("Password is expired.", "passwordisexpired"), cred: moodlePass, path: "/login/token.php?username=ci-bot&service=moodle_mobile_app", want: CredentialRejected},
		{src: moodleLang, name: "Moodle token.php 200 restoredaccountresetpassword", status: 200, header: json(),
			body: edu2MoodleToken("Restored account need to reset password before getting a token.", "restoredaccountresetpassword"), cred: moodlePass, path: "/login/token.php?username=ci-bot&service=moodle_mobile_app", want: CredentialRejected},
		// The login is right; the user may not create a token for this
		// service.
		{src: moodleLang, name: "Moodle token.php 200 cannotcreatetoken", status: 200, header: json(),
			body: edu2MoodleToken("No permission to create web service token for the service local_sis_sync.", "cannotcreatetoken"), cred: moodlePass, path: "/login/token.php?username=ci-bot&service=local_sis_sync", want: PermissionDenied},
		// REST exceptions (status 200): a capability the token's user lacks,
		// and a course the user is not enrolled in.
		{src: "https://github.com/moodle/moodle/blob/005b2bc8a0659e6a076e39c68056ca6c27368826/lang/en/error.php", name: "Moodle 200 required_capability_exception nopermissions", status: 200, header: json(),
			body: `{"exception":"required_capability_exception","errorcode":"nopermissions","message":"Sorry, but you do not currently have permissions to do that (Manage activities)."}`,
			cred: moodleTok, method: "POST", path: rest("core_course_create_modules"), want: PermissionDenied},
		{src: "https://github.com/moodle/moodle/blob/005b2bc8a0659e6a076e39c68056ca6c27368826/lang/en/error.php", name: "Moodle 200 require_login_exception requireloginerror (Not enrolled)", status: 200, header: json(),
			body: `{"exception":"require_login_exception","errorcode":"requireloginerror","message":"Course or activity not accessible. (Not enrolled)"}`,
			cred: moodleTok, path: rest("mod_assign_get_assignments"), want: PermissionDenied},

		// Google Classroom.
		{src: "https://github.com/googleworkspace/python-samples/issues/191", name: "Classroom 403 Request had insufficient authentication scopes", status: 403, header: jsonCT("Content-Type", "application/json; charset=UTF-8"),
			body: "{\n  \"error\": {\n    \"code\": 403,\n    \"message\": \"Request had insufficient authentication scopes.\",\n    \"errors\": [\n      {\n        \"message\": \"Insufficient Permission\",\n        \"domain\": \"global\",\n        \"reason\": \"insufficientPermissions\"\n      }\n    ],\n    \"status\": \"PERMISSION_DENIED\",\n    \"details\": [\n      {\n        \"@type\": \"type.googleapis.com/google.rpc.ErrorInfo\",\n        \"reason\": \"ACCESS_TOKEN_SCOPE_INSUFFICIENT\",\n        \"domain\": \"googleapis.com\",\n        \"metadata\": {\n          \"method\": \"google.classroom.v1.Courses.ListCourses\",\n          \"service\": \"classroom.googleapis.com\"\n        }\n      }\n    ]\n  }\n}\n",
			cred: gTok, path: "/v1/courses?pageSize=10&alt=json", want: ServerInsufficientScope},
		// An administrator's token may not add this user to the course
		// directly (Access.Errors: CannotDirectAddUser). The message is the
		// code as the reference names it.
		{src: "https://developers.google.com/classroom/reference/Access.Errors", name: "Classroom 403 @CannotDirectAddUser", status: 403, header: json(),
			body: eduGoogleError(403, "@CannotDirectAddUser", "PERMISSION_DENIED", ""), cred: gTok, method: "POST", path: "/v1/courses/123456789/students", want: PermissionDenied},

		// Khan Academy's OAuth 1 API: the signature did not verify (the
		// answer quoted in Khan/khan-api#99, its base string redacted there;
		// the one here is built for the request modelled).
		{src: "https://github.com/Khan/khan-api/issues/99", name: "Khan Academy 401 OAuth error. Invalid signature.", status: 401, header: ctHeader("text/html; charset=utf-8"),
			body:   "OAuth error. Invalid signature. Expected signature base string: POST&https%3A%2F%2Fwww.khanacademy.org%2Fapi%2Finternal%2Fdiscussions%2Fag5zfmtoYW4tYWNhZGVteXIO%2Freplies&oauth_consumer_key%3DQx7Lm2Np9RtVb8Nc%26oauth_nonce%3D48213907%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D1444660000%26oauth_version%3D1.0",
			cred:   headerCred("Authorization", "KHAN_OAUTH", `OAuth oauth_consumer_key="Qx7Lm2Np9RtVb8Nc", oauth_nonce="48213907", oauth_signature="k3Yq%2B9Lm2Np7RtVb8Nc1Mf6Gh5J%3D", oauth_signature_method="HMAC-SHA1", oauth_timestamp="1444660000", oauth_version="1.0"`),
			method: "POST", path: "/api/internal/discussions/ag5zfmtoYW4tYWNhZGVteXIO/replies", want: CredentialRejected},

		// Open edX (edx-drf-extensions' JwtAuthentication, DRF's detail
		// envelope, drf-jwt's JWT challenge): a JWT without the username
		// claim the platform maps to a user, and a JWT cookie without the
		// CSRF token the cookie path enforces.
		{src: edxJWT, name: "Open edX 401 JWT must include a preferred_username or username claim", status: 401,
			header: json("WWW-Authenticate", `JWT realm="api"`), body: `{"detail":"JWT must include a preferred_username or username claim!"}`,
			cred: headerCred("Authorization", "EDX_JWT", "JWT "+makeJWT(map[string]any{"iss": "https://courses.example.edu/oauth2", "aud": "openedx", "sub": "svc-sync", "exp": now.Add(time.Hour).Unix()})),
			path: "/api/enrollment/v1/enrollment", want: CredentialRejected},
		{src: edxJWT, name: "Open edX 403 CSRF Failed: CSRF token missing (JWT cookie)", status: 403, header: json(),
			body: `{"detail":"CSRF Failed: CSRF token missing."}`,
			cred: headerCred("Cookie", "EDX_JWT_COOKIE", "edx-jwt-cookie-header-payload="+makeJWT(map[string]any{"preferred_username": "ci-bot", "exp": now.Add(time.Hour).Unix()})), method: "POST",
			path: "/api/enrollment/v1/enrollment", want: RequiredHeaderMissing},

		// OneRoster 1.1 (ClassLink, Infinite Campus, PowerSchool serve it).
		{src: oneRoster, name: "OneRoster 401 unauthorisedrequest", status: 401, header: json(),
			body: edu2OneRoster("The request was not correctly authorised.", "unauthorisedrequest"), cred: oneRosterTok, path: "/ims/oneroster/v1p1/students", want: CredentialRejected},
		{src: oneRoster, name: "OneRoster 403 forbidden", status: 403, header: json(),
			body: edu2OneRoster("This is used to indicate that the server can be reached and process the request but refuses to take any further action.", "forbidden"), cred: oneRosterTok, path: "/ims/oneroster/v1p1/users", want: PermissionDenied},
		{src: oneRoster, name: "OneRoster 429 server_busy", status: 429, header: json(),
			body: edu2OneRoster("The server is receiving too many requests. Retry at a later time.", "server_busy"), cred: oneRosterTok, path: "/ims/oneroster/v1p1/enrollments", want: RateLimited},
	}
}

// roundedu2Tokens: platform token endpoints: Canvas's (its error map,
// lib/canvas/oauth/request_error.rb, and the LTI client-credentials
// provider's words) and Moodle's LTI 1.3 endpoint (mod/lti/token.php,
// which answers the bare error code with spaces before the colons).
func roundedu2Tokens() []tokenCase {
	const (
		canvasErr = "https://github.com/instructure/canvas-lms/blob/06763dd5190da4e2db2439e1637fc8804ff34ec8/lib/canvas/oauth/request_error.rb"
		canvasJWK = "https://github.com/instructure/canvas-lms/blob/00b222d77ee43d046e6aee0347c4ed5b27e1741f/lib/canvas/oauth/asymmetric_client_credentials_provider.rb"
		moodleLTI = "https://github.com/moodle/moodle/blob/27cbb5965ea34dc142a519cfa72be8cdab353156/mod/lti/token.php"
	)
	return []tokenCase{
		{src: canvasErr, name: "Canvas token 401 invalid_client unknown client", status: 401,
			body: `{"error":"invalid_client","error_description":"unknown client"}`, want: CredentialRejected},
		{src: canvasErr, name: "Canvas token 401 invalid_client invalid client", status: 401,
			body: `{"error":"invalid_client","error_description":"invalid client"}`, want: CredentialRejected},
		{src: canvasErr, name: "Canvas token 400 invalid_request refresh_token not found", status: 400,
			body: `{"error":"invalid_request","error_description":"refresh_token not found"}`, want: CredentialRejected},
		// The refresh token was issued to another developer key.
		{src: canvasErr, name: "Canvas token 400 invalid_grant incorrect client", status: 400,
			body: `{"error":"invalid_grant","error_description":"incorrect client"}`, want: CredentialRejected},
		{src: "https://github.com/dmitry-viskov/pylti1.3/issues/21", name: "Canvas token 400 unsupported_grant_type not currently supported", status: 400,
			body: `{"error":"unsupported_grant_type","error_description":"The grant_type you requested is not currently supported"}`, want: PermissionDenied},
		// The client assertion's signature does not verify against the
		// key's registered JWK: the client's credential is refused.
		{src: canvasJWK, name: "Canvas token 400 invalid_request JWS signature invalid.", status: 400,
			body: `{"error":"invalid_request","error_description":"JWS signature invalid."}`, want: CredentialRejected},
		{src: moodleLTI, name: "Moodle LTI token 400 invalid_client (bare)", status: 400,
			body: "{\n  \"error\" : \"invalid_client\"\n}", want: CredentialRejected},
		// None of the scopes asked for is permitted to the tool.
		{src: moodleLTI, name: "Moodle LTI token 400 invalid_scope (bare)", status: 400,
			body: "{\n  \"error\" : \"invalid_scope\"\n}", want: PermissionDenied},
		{src: moodleLTI, name: "Moodle LTI token 400 unsupported_grant_type (bare)", status: 400,
			body: "{\n  \"error\" : \"unsupported_grant_type\"\n}", want: PermissionDenied},
	}
}

// roundedu2NonRefusals: answers the same servers send that are no
// refusal: a missing parameter and an unknown course (Moodle, 200 with an
// exception), a context that does not exist (Canvas AGS 404), a course
// that cannot change and an entity that already exists (Classroom), an
// unknown object (OneRoster 404).
func roundedu2NonRefusals() []fpCase {
	return []fpCase{
		{src: "https://github.com/moodle/moodle/blob/005b2bc8a0659e6a076e39c68056ca6c27368826/lang/en/error.php", name: "Moodle 200 missingparam A required parameter was missing", status: 200, header: jsonCT(),
			body: `{"exception":"moodle_exception","errorcode":"missingparam","message":"A required parameter (courseid) was missing"}`, path: "/webservice/rest/server.php?wsfunction=core_enrol_get_enrolled_users&moodlewsrestformat=json"},
		{src: "https://github.com/moodle/moodle/blob/005b2bc8a0659e6a076e39c68056ca6c27368826/lang/en/error.php", name: "Moodle 200 invalidcourseid", status: 200, header: jsonCT(),
			body: `{"exception":"moodle_exception","errorcode":"invalidcourseid","message":"You are trying to use an invalid course ID"}`, path: "/webservice/rest/server.php?wsfunction=core_course_get_contents&moodlewsrestformat=json"},
		{src: "https://github.com/instructure/canvas-lms/blob/0e06d2b1bf236ac5d8e6aded1caf482bebc0d3c2/app/controllers/lti/ims/concerns/advantage_services.rb", name: "Canvas AGS 404 Context not found", status: 404, header: jsonCT(),
			body: edu2CanvasAGS("not_found", "Context not found"), path: "/api/lti/courses/999999/line_items"},
		{src: "https://developers.google.com/classroom/reference/Access.Errors", name: "Classroom 400 FAILED_PRECONDITION @CourseNotModifiable", status: 400, header: jsonCT(),
			body: eduGoogleError(400, "@CourseNotModifiable", "FAILED_PRECONDITION", ""), path: "/v1/courses/123456789/courseWork"},
		{src: "https://developers.google.com/classroom/reference/Request.Errors", name: "Classroom 409 ALREADY_EXISTS Requested entity already exists", status: 409, header: jsonCT(),
			body: eduGoogleError(409, "Requested entity already exists", "ALREADY_EXISTS", ""), path: "/v1/courses/123456789/students"},
		{src: "https://www.imsglobal.org/oneroster-v11-final-specification", name: "OneRoster 404 unknownobject", status: 404, header: jsonCT(),
			body: edu2OneRoster("The request was not fulfilled because the object is not known.", "unknownobject"), path: "/ims/oneroster/v1p1/classes/c-00042"},
	}
}

// TestHeldoutRoundedu2: see roundedu2Cases.
func TestHeldoutRoundedu2(t *testing.T) {
	runHeldoutRound(t, heldoutRound{name: "roundedu2", cases: roundedu2Cases(time.Now()), tokens: roundedu2Tokens(), nonRefusals: roundedu2NonRefusals(), gathered: 37})
}
