package diagnose

import "testing"

// roundstoragesignCases: a held-out round on file storage, media and
// e-signature APIs (Box, Dropbox, Uploadcare, Cloudinary, Backblaze B2,
// Vimeo, DocuSign eSignature, Adobe Acrobat Sign, eversign), answers not
// in the corpora before: other statuses, codes, endpoints or versions of
// providers already there, and providers that were not. Box's error
// reference gives each code with its message: those answers are the
// documented client-error envelope around the table's code and words (a
// comment says so where it matters). Gathered and given their expected
// first cause from the catalog before the diagnosis code was read; a
// comment says why when two codes could fit.
// First run, before any fix: first cause right in 24 of 40 (refusals 15
// of 28, token endpoints 3 of 4, non-refusals 6 of 8 given no cause).
// Misses: a location said blocked with no message (read as not allowed);
// an origin to safelist in the app's CORS settings (read as an IP
// allowlist); terms of service to accept (no cause); a team token that
// must name its member in a header (no cause); a user token on a team
// function (no cause); a suspended user on a 401 (read as not allowed);
// "Must provide HTTP header Authorization" with nothing sent (no cause); a
// project key marked as removed (read as not allowed); Simple auth over
// plain HTTP forbidden (no cause); a dotted scheme (Uploadcare.Simple)
// taken for whitespace inside the credential; a download cap exceeded
// (read as not allowed, after a missing scheme B2 does not use); a token
// said not to have a named scope (read as not allowed); a wrong API access
// point (no cause); a grant type unauthorized for the client (read as a
// rejected client); an upload session expired on 410 (read as an expired
// token); a storage limit reached (read as a rate limit).
// After the readings the misses lacked: 40 of 40, one on the blind
// expectations (the storage limit, gathered as a non-refusal, is read as
// permission_denied as the corpora read a 403 for what the account
// stores, and never as a rate). The readings: an Authorization header said
// to be provided, with nothing sent; a token without a scope it names; a
// transfer or transaction cap exceeded (a storage or file size limit is no
// rate); an origin to safelist in the app's CORS settings (not an IP
// allowlist); access from the caller's location blocked; another API
// access point than the account's; what the key belongs to marked as
// removed, or its user suspended; authentication refused over plain HTTP;
// a header named after "providing" or "sending"; a credential that does
// not work with this function; terms of service to accept first; a grant
// type unauthorized for the client at a token endpoint; a session said
// expired on 410 Gone is a resource's; a scheme with a dotted word
// (Uploadcare.Simple) is not whitespace inside the credential.
func roundstoragesignCases() []provCase {
	const (
		boxErrors = "https://github.com/box/developer.box.com/blob/0410949c9a7bb3ea0c23ed1e06da2ea747437082/content/guides/api-calls/permissions-and-errors/common-errors.md"
		dbxDocs   = "https://www.dropbox.com/developers/documentation/http/documentation"
		ucUpload  = "https://github.com/uploadcare/uploadcare-js-api-clients"
	)
	json := jsonCT
	text := func(extra ...string) map[string]string { return ctHeader("text/plain; charset=utf-8", extra...) }
	boxTok := bearer("BOX_ACCESS_TOKEN", "T9cE5asGnuyYCCqIZFoWjFHvNbvVqHjl")
	dbxTok := bearer("DROPBOX_ACCESS_TOKEN", "sl.BqW8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0kLmN0pQrS7tU")
	boxErr := func(status, code, msg string) string {
		return `{"type":"error","status":` + status + `,"code":"` + code + `","help_url":"https://developer.box.com/guides/api-calls/permissions-and-errors/common-errors/","message":"` + msg + `","request_id":"abcdef123456"}`
	}
	ucErr := func(status, content, code string) string {
		return `{"error":{"status_code":` + status + `,"content":"` + content + `","error_code":"` + code + `"}}`
	}
	ucPub := apiKey("UPLOADCARE_PUBLIC_KEY", "demopublickey9f3c1a2b", "", "pub_key")
	return []provCase{
		// Box: the envelope of the error reference around each code's
		// documented message.
		{src: boxErrors, name: "Box 403 access_denied_insufficient_permissions", status: 403,
			header: json(), body: boxErr("403", "access_denied_insufficient_permissions", "Access denied - insufficient permission"), cred: boxTok, method: "POST", path: "/2.0/folders", want: PermissionDenied},
		{src: boxErrors, name: "Box 403 forbidden_by_policy, blocked by Shield Access Policy", status: 403,
			header: json(), body: boxErr("403", "forbidden_by_policy", "Access denied - Blocked by Shield Access Policy"), cred: boxTok, path: "/2.0/files/12345/content", want: PermissionDenied},
		// The reference gives no message for this code: the location is the
		// caller's network, the catalog's ip_restricted.
		{src: boxErrors, name: "Box 403 access_from_location_blocked, no message", status: 403,
			header: json(), body: `{"type":"error","status":403,"code":"access_from_location_blocked","help_url":"https://developer.box.com/guides/api-calls/permissions-and-errors/common-errors/","message":"","request_id":"abcdef123456"}`,
			cred: boxTok, path: "/2.0/users/me", want: IPRestricted},
		// The app allows only some origins: the catalog's referrer_restricted
		// (a key that accepts only requests from allowed referrers).
		{src: boxErrors, name: "Box 403 cors_origin_not_whitelisted", status: 403,
			header: json(), body: boxErr("403", "cors_origin_not_whitelisted", "Access denied - Did you forget to safelist your origin in the CORS configuration of your app?"), cred: boxTok, path: "/2.0/folders/0/items", want: ReferrerRestricted},
		{src: boxErrors, name: "Box 400 terms_of_service_required", status: 400,
			header: json(), body: boxErr("400", "terms_of_service_required", "User must accept custom terms of service before action can be taken"), cred: boxTok, path: "/2.0/folders/0/items", want: PermissionDenied},
		// The body form of insufficient_scope (the corpora hold its
		// challenge form).
		{src: boxErrors, name: "Box 403 insufficient_scope in the body", status: 403,
			header: json(), body: boxErr("403", "insufficient_scope", "The request requires higher privileges than provided by the access token."), cred: boxTok, method: "POST", path: "/2.0/webhooks", want: ServerInsufficientScope},
		{src: boxErrors, name: "Box 429 rate_limit_exceeded with Retry-After", status: 429,
			header: json("Retry-After", "13"), body: boxErr("429", "rate_limit_exceeded", "Request rate limit exceeded, try again later."), cred: boxTok, path: "/2.0/search?query=report", want: RateLimited},

		// Storage full on a 403: gathered as a non-refusal (no cause); the
		// catalog's permission_denied names a plan's limits, and the corpora
		// read a 403 for what the account stores (a storage usage exceeded,
		// an object count over its quota) so, never as a rate. Moved here
		// after the blind run: one on the blind expectations.
		{src: boxErrors, name: "Box 403 storage_limit_exceeded", status: 403, header: json(), path: "/2.0/files/content", method: "POST", cred: boxTok,
			body: `{"type":"error","status":403,"code":"storage_limit_exceeded","help_url":"https://developer.box.com/guides/api-calls/permissions-and-errors/common-errors/","message":"Account storage limit reached","request_id":"abcdef123456"}`,
			want: PermissionDenied, never: []string{RateLimited}},

		// Dropbox.
		// A team token on a user endpoint: the answer names the header that
		// picks the member.
		{src: "https://github.com/rianhunter/dbxfs/issues/63", name: "Dropbox 400 team token without Dropbox-API-Select-User", status: 400,
			header: text(), body: `Error in call to API function "users/get_current_account": This API function operates on a single Dropbox account, but the OAuth 2 access token you provided is for an entire Dropbox Business team.  Since your API app key has team member file access permissions, you can operate on a team member's Dropbox by providing the "Dropbox-API-Select-User" HTTP header or "select_user" URL parameter to specify the exact user <https://www.dropbox.com/developers/documentation/http/teams>.`,
			cred: dbxTok, method: "POST", path: "/2/users/get_current_account", want: RequiredHeaderMissing},
		// A user token on a team function: the token is known and valid; it
		// is not allowed this operation (permission_denied rather than
		// credential_rejected: nothing says the token is bad).
		{src: "https://github.com/dropbox/dropbox-sdk-dotnet/issues/22", name: "Dropbox 400 DfB team management function, a user token", status: 400,
			header: text(), body: `Error in call to API function "team/get_info": This is a DfB team management function.  The OAuth 2 access token you provided is for a specific Dropbox user account and does not work with this function.`,
			cred: dbxTok, method: "POST", path: "/2/team/get_info", want: PermissionDenied},
		{src: dbxDocs, name: "Dropbox 401 invalid_access_token", status: 401,
			header: json(), body: `{"error_summary": "invalid_access_token/...", "error": {".tag": "invalid_access_token"}}`, cred: dbxTok, method: "POST", path: "/2/files/list_folder", want: CredentialRejected},
		// The account behind the token is suspended: check it in the console
		// (credential_rejected's "is it active, for this account").
		{src: dbxDocs, name: "Dropbox 401 user_suspended", status: 401,
			header: json(), body: `{"error_summary": "user_suspended/...", "error": {".tag": "user_suspended"}}`, cred: dbxTok, method: "POST", path: "/2/files/list_folder", want: CredentialRejected},
		{src: "https://github.com/laurent22/joplin/blob/dev/packages/lib/DropboxApi.js", name: "Dropbox 400 Must provide HTTP header Authorization, nothing sent", status: 400,
			header: text(), body: `Error in call to API function "files/create_folder_v2": Must provide HTTP header "Authorization" or URL parameter "authorization".`,
			method: "POST", path: "/2/files/create_folder_v2", want: NoCredentialsSent},
		{src: dbxDocs, name: "Dropbox 429 too_many_requests with Retry-After", status: 429,
			header: json("Retry-After", "300"), body: `{"error_summary": "too_many_requests/...", "error": {"reason": {".tag": "too_many_requests"}, "retry_after": 300}}`,
			cred: dbxTok, method: "POST", path: "/2/files/upload", want: RateLimited},
		{src: dbxDocs, name: "Dropbox 403 invalid_account_type endpoint", status: 403,
			header: json(), body: `{"error_summary": "invalid_account_type/endpoint/...", "error": {".tag": "invalid_account_type", "invalid_account_type": {".tag": "endpoint"}}}`,
			cred: dbxTok, method: "POST", path: "/2/files/search_v2", want: PermissionDenied},
		{src: dbxDocs, name: "Dropbox 403 paper_access_denied paper_disabled", status: 403,
			header: json(), body: `{"error_summary": "paper_access_denied/paper_disabled/...", "error": {".tag": "paper_access_denied", "paper_access_denied": {".tag": "paper_disabled"}}}`,
			cred: dbxTok, method: "POST", path: "/2/paper/docs/create", want: PermissionDenied},

		// Uploadcare Upload API (jsonerrors=1): the public key goes in the
		// form or query as pub_key.
		{src: ucUpload, name: "Uploadcare 403 ProjectPublicKeyInvalidError pub_key is invalid", status: 403,
			header: json(), body: ucErr("403", "pub_key is invalid.", "ProjectPublicKeyInvalidError"), cred: ucPub, method: "POST", path: "/base/?jsonerrors=1", want: CredentialRejected},
		{src: ucUpload, name: "Uploadcare 403 pub_key is required, nothing sent", status: 403,
			header: json(), body: ucErr("403", "pub_key is required.", "ProjectPublicKeyRequiredError"), method: "POST", path: "/base/?jsonerrors=1", want: NoCredentialsSent},
		// A removed project: the key is no longer active.
		{src: ucUpload, name: "Uploadcare 403 ProjectPublicKeyRemovedError", status: 403,
			header: json(), body: ucErr("403", "Project demopublickey9f3c1a2b is marked as removed.", "ProjectPublicKeyRemovedError"), cred: ucPub, method: "POST", path: "/base/?jsonerrors=1", want: CredentialRejected},
		// REST API: the documented words; the envelope is the REST API's
		// {"detail": …}. Simple auth is refused over plain HTTP: the method is
		// disabled there (deprecated_auth_method).
		{src: "https://uploadcare.com/api-refs/rest-api/v0.7.0/", name: "Uploadcare REST 400 Simple authentication over HTTP is forbidden", status: 400,
			header: json(), body: `{"detail":"Simple authentication over HTTP is forbidden. Please, use HTTPS or signed requests instead."}`,
			cred: headerCred("Authorization", "UPLOADCARE_SIMPLE_AUTH", "Uploadcare.Simple demopublickey9f3c1a2b:5f3c9e1a7b2d4c6e8f0a"), path: "/files/", want: DeprecatedAuthMethod},
		{src: "https://uploadcare.com/api-refs/rest-api/v0.7.0/", name: "Uploadcare REST 401 Incorrect authentication credentials", status: 401,
			header: json(), body: `{"detail":"Incorrect authentication credentials."}`,
			cred: headerCred("Authorization", "UPLOADCARE_SIMPLE_AUTH", "Uploadcare.Simple demopublickey9f3c1a2b:5f3c9e1a7b2d4c6e8f0a"), path: "/files/", want: CredentialRejected},

		// Cloudinary, nothing configured in the SDK: no api_key sent.
		{src: "https://github.com/cloudinary/cloudinary_npm/issues/570", name: "Cloudinary 401 Must supply api_key, nothing sent", status: 401,
			header: json(), body: `{"error":{"message":"Must supply api_key"}}`, method: "POST", path: "/v1_1/demo/image/upload", want: NoCredentialsSent},

		// Backblaze B2: a usage cap reached (the words from the B2 reference,
		// B2's error envelope).
		{src: "https://www.backblaze.com/apidocs/b2-download-file-by-id", name: "Backblaze B2 403 download_cap_exceeded", status: 403,
			header: json(), body: `{"code": "download_cap_exceeded", "message": "Cannot download file, download bandwidth or transaction (Class B) cap exceeded.", "status": 403}`,
			cred: headerCred("Authorization", "B2_AUTH_TOKEN", "4_0022623512fc8f80000000001_01a2b3c4_d5e6f7_acct_Wq8ZbV3kLmN0pQrS7tUvXyZa1b2="), path: "/b2api/v2/b2_download_file_by_id?fileId=4_z27c88f1d182b150646ff0b16", want: RateLimited},

		// Vimeo names the scope the token lacks (the issue quotes the words;
		// the envelope is Vimeo's error object).
		{src: "https://github.com/vimeo/vimeo.php/issues/100", name: "Vimeo 403 access token does not have the upload scope", status: 403,
			header: ctHeader("application/vnd.vimeo.error+json"), body: `{"error":"Your access token does not have the \"upload\" scope"}`,
			cred: bearer("VIMEO_ACCESS_TOKEN", "8f3c9e1a7b2d4c6e8f0a1b3c5d7e9f12"), method: "POST", path: "/me/videos", want: ServerInsufficientScope},

		// DocuSign eSignature.
		{src: "https://github.com/conductorone/baton-docusign", name: "DocuSign 400 HOURLY_APIINVOCATION_LIMIT_EXCEEDED", status: 400,
			header: json(), body: `{"errorCode":"HOURLY_APIINVOCATION_LIMIT_EXCEEDED","message":"The maximum number of hourly API invocations has been exceeded. The hourly limit is 3000."}`,
			cred: bearer("DOCUSIGN_ACCESS_TOKEN", "eyJ0eXAiOiJNVCIsImFsZyI6IlJTMjU2Iiwia2lkIjoiNjgxODVmZjEtNGU1MS00Y2U5LWFmMWMtNjg5ODEyMjAzMzE3In0"), path: "/restapi/v2.1/accounts/acct-1/users", want: RateLimited},
		// The code as a connector's test saw it; the message is DocuSign's
		// documented one for the code.
		{src: "https://developers.docusign.com/docs/esign-rest-api/reference/", name: "DocuSign 403 USER_LACKS_PERMISSIONS", status: 403,
			header: json(), body: `{"errorCode":"USER_LACKS_PERMISSIONS","message":"This user lacks sufficient permissions to access this resource."}`,
			cred: bearer("DOCUSIGN_ACCESS_TOKEN", "eyJ0eXAiOiJNVCIsImFsZyI6IlJTMjU2Iiwia2lkIjoiNjgxODVmZjEtNGU1MS00Y2U5LWFmMWMtNjg5ODEyMjAzMzE3In0"), method: "POST", path: "/restapi/v2.1/accounts/acct-1/connect", want: PermissionDenied},

		// Adobe Acrobat Sign (REST v5/v6): the issues quote code and message;
		// the envelope is Sign's {code, message}.
		// An account on the EU shard called at another access point: the
		// catalog's region_mismatch.
		{src: "https://github.com/haseebmukhtar/AdobeSign.Net/issues/6", name: "Acrobat Sign INVALID_API_ACCESS_POINT, an EU account", status: 400,
			header: json(), body: `{"code":"INVALID_API_ACCESS_POINT","message":"Request must be made to correct API access point (e.g. use GET /base_uris)."}`,
			cred: headerCred("Access-Token", "ADOBE_SIGN_INTEGRATION_KEY", "3AAABLblqZhAY6tBhRhWq8ZbV3kLmN0pQrS7tUvXyZa1b2c3"), method: "POST", path: "/api/rest/v5/agreements", want: RegionMismatch},
		{src: "https://github.com/cloud-elements/churros/pull/476", name: "Acrobat Sign 403 PERMISSION_DENIED deleting an envelope", status: 403,
			header: json(), body: `{"code":"PERMISSION_DENIED","message":"The API caller do not have the permission to execute this operation"}`,
			cred: bearer("ADOBE_SIGN_ACCESS_TOKEN", "3AAABLblqZhAY6tBhRhWq8ZbV3kLmN0pQrS7tUvXyZa1b2c3"), method: "DELETE", path: "/api/rest/v6/agreements/CBJCHBCAABAA4r6E", want: PermissionDenied},

		// eversign: the key is a query parameter; none was sent.
		{src: "https://github.com/eversign/eversign-node-sdk/issues/70", name: "eversign missing_access_key, nothing sent", status: 200,
			header: json(), body: `{"success":false,"error":{"code":101,"type":"missing_access_key","info":"You have not supplied an API Access Key. [Required format: access_key=YOUR_ACCESS_KEY]"}}`,
			path: "/api/document?business_id=1234", want: NoCredentialsSent},
	}
}

// roundstoragesignTokens: Box's token endpoint (the error reference's
// codes and descriptions in the OAuth form).
func roundstoragesignTokens() []tokenCase {
	const boxErrors = "https://github.com/box/developer.box.com/blob/0410949c9a7bb3ea0c23ed1e06da2ea747437082/content/guides/api-calls/permissions-and-errors/common-errors.md"
	return []tokenCase{
		{src: boxErrors, name: "Box token 400 unauthorized_client, app not authorized by the enterprise admin", status: 400,
			body: `{"error":"unauthorized_client","error_description":"This app is not authorized by the enterprise admin."}`, want: PermissionDenied},
		{src: boxErrors, name: "Box token 400 invalid_client, the client credentials are invalid", status: 400,
			body: `{"error":"invalid_client","error_description":"The client credentials are invalid"}`, want: CredentialRejected},
		{src: boxErrors, name: "Box token 400 invalid_request, grant type unauthorized for this client_id", status: 400,
			body: `{"error":"invalid_request","error_description":"The grant type is unauthorized for this client_id"}`, want: PermissionDenied},
		{src: boxErrors, name: "Box token 400 invalid_grant Invalid refresh token", status: 400,
			body: `{"error":"invalid_grant","error_description":"Invalid refresh token"}`, want: CredentialRejected},
	}
}

// roundstoragesignNonRefusals: the same servers' answers that are not
// about the credential.
func roundstoragesignNonRefusals() []fpCase {
	const boxErrors = "https://github.com/box/developer.box.com/blob/0410949c9a7bb3ea0c23ed1e06da2ea747437082/content/guides/api-calls/permissions-and-errors/common-errors.md"
	return []fpCase{
		{src: boxErrors, name: "Box 404 not_found with context_info", status: 404, header: jsonCT(), path: "/2.0/files/123",
			body: `{"type":"error","status":404,"code":"not_found","context_info":{"errors":[{"reason":"invalid_parameter","name":"item","message":"Invalid value 'f_123'. 'item' with value 'f_123' not found"}]},"help_url":"https://developer.box.com/guides/api-calls/permissions-and-errors/common-errors/","message":"Not Found","request_id":"abcdef123456"}`},
		{src: boxErrors, name: "Box 409 item_name_in_use", status: 409, header: jsonCT(), path: "/2.0/folders",
			body: `{"type":"error","status":409,"code":"item_name_in_use","help_url":"https://developer.box.com/guides/api-calls/permissions-and-errors/common-errors/","message":"Item with the same name already exists","request_id":"abcdef123456"}`},
		// An upload session, not a login session.
		{src: boxErrors, name: "Box 410 session_expired (an upload session)", status: 410, header: jsonCT(), path: "/2.0/files/upload_sessions/F971964745A5CD0C001BBE4E58196BFD",
			body: `{"type":"error","status":410,"code":"session_expired","help_url":"https://developer.box.com/guides/api-calls/permissions-and-errors/common-errors/","message":"","request_id":"abcdef123456"}`},
		{src: boxErrors, name: "Box 412 precondition_failed", status: 412, header: jsonCT(), path: "/2.0/files/123",
			body: `{"type":"error","status":412,"code":"precondition_failed","help_url":"https://developer.box.com/guides/api-calls/permissions-and-errors/common-errors/","message":"The resource has been modified. Retrieve the resource again and retry","request_id":"abcdef123456"}`},
		{src: "https://github.com/uploadcare/uploadcare-js-api-clients", name: "Uploadcare 400 FileSizeLimitExceededError", status: 400, header: jsonCT(), path: "/base/?jsonerrors=1",
			body: `{"error":{"status_code":400,"content":"File is too large.","error_code":"FileSizeLimitExceededError"}}`},
		{src: "https://www.dropbox.com/developers/documentation/http/documentation", name: "Dropbox 409 path/not_found on files/download", status: 409, header: jsonCT(), path: "/2/files/download",
			body: `{"error_summary": "path/not_found/...", "error": {".tag": "path", "path": {".tag": "not_found"}}, "user_message": "The file or folder could not be found."}`},
		{src: "https://www.dropbox.com/developers/documentation/http/documentation", name: "Dropbox 500 server error", status: 500, header: ctHeader("text/plain; charset=utf-8"), path: "/2/files/list_folder",
			body: `An error occurred on the Dropbox servers. Check status.dropbox.com for announcements about Dropbox service issues.`},
	}
}

// TestHeldoutRoundstoragesign reports top-1 on the storage, media and
// e-signature round: the refusals as runProviderCases serves them, the
// token endpoints', and the non-refusals, which must get no cause.
func TestHeldoutRoundstoragesign(t *testing.T) {
	runHeldoutRound(t, heldoutRound{name: "roundstoragesign", cases: roundstoragesignCases(),
		tokens: roundstoragesignTokens(), nonRefusals: roundstoragesignNonRefusals()})
}

// lateRoundstoragesignCases: answers gathered after the fixes above,
// looked at for the first time and run once before any change: late:
// first cause right in 5 of 6 (refusals 3 of 3, token endpoint 0 of 1,
// non-refusals 2 of 2). The miss: DocuSign's bare consent_required (no
// description) read as a refused client; the consent reading now reads the
// error code as well as the description, as the interaction reading does.
func lateRoundstoragesignCases() []provCase {
	tok := bearer("ACCESS_TOKEN", "sl.BqW8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0kLmN0pQrS7tU")
	return []provCase{
		// Cloudinary answers its Admin API's hourly limit with 420 (the
		// issue quotes the words; the envelope is Cloudinary's).
		{src: "https://github.com/yoelpc4/laravel-cloudinary/issues/11", name: "Cloudinary 420 Rate Limit Exceeded, 500 api operations", status: 420,
			header: jsonCT(), body: `{"error":{"message":"Rate Limit Exceeded. Limit of 500 api operations reached. Try again on 2024-10-04 14:00:00 UTC"}}`,
			cred: basicCred("874837483274837", "a676b67565c6767a6767d6767f676fe1"), path: "/v1_1/demo/resources/image?prefix=livewire-tmp", want: RateLimited},
		// Mux says a 404 may hide a resource the token cannot see (the words
		// as a proxy relayed them; the envelope is Mux's).
		{src: "https://github.com/sanity-io/sanity-plugin-mux-input/issues/18", name: "Mux 404 doesn't exist or you don't have access to it", status: 404,
			header: jsonCT(), body: `{"error":{"type":"not_found","messages":["The requested resource either doesn't exist or you don't have access to it."]}}`,
			cred: basicCred("44c819de-4add-4c9f-b2e9-384a0a71bede", "INKxCoZ+cX6l1yrR6vqzYHVaeFEcqvZShznWM1U/No8KsV7h6Jxu1XXuTUQ91sdiGONK3H7NE7H"), path: "/video/v1/assets/xyz", want: NotFoundHidesPermission},
		// Dropbox: too many writes to the user's Dropbox at once (rclone's log
		// names the code; the envelope is Dropbox's RateLimitError).
		{src: "https://github.com/rclone/rclone/issues/1539", name: "Dropbox 429 too_many_write_operations", status: 429,
			header: jsonCT("Retry-After", "1"), body: `{"error_summary": "too_many_write_operations/...", "error": {"reason": {".tag": "too_many_write_operations"}, "retry_after": 1}}`,
			cred: tok, method: "POST", path: "/2/files/upload", want: RateLimited},
	}
}

// lateRoundstoragesignTokens: DocuSign's token endpoint, a JWT grant for a
// user who has not consented to the integration key.
func lateRoundstoragesignTokens() []tokenCase {
	return []tokenCase{
		{src: "https://github.com/docusign/docusign-esign-csharp-client/issues/366", name: "DocuSign token 400 consent_required", status: 400,
			body: `{"error":"consent_required"}`, want: PermissionDenied},
	}
}

// lateRoundstoragesignNonRefusals: Dropbox's answers that are not about
// the credential.
func lateRoundstoragesignNonRefusals() []fpCase {
	return []fpCase{
		// A batch finished: some entries failed for write contention, the
		// request itself succeeded (the body, two of its entries).
		{src: "https://github.com/dropbox/dropbox-sdk-js/issues/270", name: "Dropbox 200 finish_batch entries failed too_many_write_operations", status: 200, header: jsonCT(), path: "/2/files/upload_session/finish_batch/check",
			body: `{".tag": "complete", "entries": [{".tag": "failure", "failure": {".tag": "too_many_write_operations"}}, {".tag": "failure", "failure": {".tag": "too_many_write_operations"}}]}`},
		{src: "https://github.com/veliovgroup/Meteor-Files/issues/682", name: "Dropbox 409 path/malformed_path", status: 409, header: jsonCT(), path: "/2/files/upload",
			body: `{"error_summary": "path/malformed_path/.", "error": {".tag": "path", "path": {".tag": "malformed_path"}}}`},
	}
}

// TestHeldoutRoundstoragesignLate: see lateRoundstoragesignCases.
func TestHeldoutRoundstoragesignLate(t *testing.T) {
	runProviderCases(t, "roundstoragesign late answers", lateRoundstoragesignCases())
	runTokenCases(t, lateRoundstoragesignTokens())
	runFalsePositives(t, "roundstoragesign late non-refusals", lateRoundstoragesignNonRefusals())
}
