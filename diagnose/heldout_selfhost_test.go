package diagnose

import (
	"testing"
	"time"
)

// selfhostCases: a held-out round on self-hosted open-source servers'
// APIs (Matrix Synapse, Gotify, Miniflux, Vaultwarden, Paperless-ngx,
// MinIO, Umami, BookStack, Outline, Ory Kratos, Gitea, Mastodon,
// Directus), each answer byte for byte as the handler that writes it
// (the source file is the case's src) or a test fixture shows it.
// Gathered and given their expected first cause from the catalog before
// the diagnosis code was read; a comment says why when two codes could
// fit. Expectations changed after reading the catalog again (before
// the first fix, each marked "changed:"): a refused account (locked,
// disabled, suspended, not yet confirmed) was first written
// permission_denied, but permission_denied is a role, scope or plan that
// this operation lacks, while credential_rejected is a credential that is
// not active ("is it active, for this account?"), as earlier rounds read
// OpenAI's account_deactivated and Mailchimp's "User Disabled"; and an
// API key past its expiry date is replaced, not refreshed (token_expired's
// fix is a refresh; Google's "API key expired" is credential_rejected).
// First run, before any fix: first cause right in 62 of 74 (refusals 51
// of 62, token endpoint refusals 3 of 4, non-refusals 8 of 8); 63 of 74
// with the expectations as changed. 74 of 74 after the readings the
// misses lacked (readings_selfhost_test.go): an account disabled, locked,
// suspended or not yet confirmed, said of the account, login or user; a
// role the caller must be; a credential said not to grant access; a call
// outside the token's authorized scopes, or a token scope limited; a user
// required behind a credential that was read (a 422 to an app token);
// the Authorization header's format refused, which confirms what the
// header looks like; the caller's IP address named refused on a 401 or
// 403; a region said wrong with the one expected.
func selfhostCases(now time.Time) []provCase {
	_ = now
	json := jsonCT
	matrix := bearer("MATRIX_ACCESS_TOKEN", "syt_YWxpY2U_HqLmTzNvRpWxKjQsYbUc_1a2B3c")
	synapseErr := func(msg, code, extra string) string {
		return `{"error":"` + msg + `","errcode":"` + code + `"` + extra + `}`
	}
	const synapseSrc = "https://github.com/element-hq/synapse/blob/develop/synapse/api/errors.py"
	gotifyErr := func(status, text, desc string) string {
		return `{"error":"` + text + `","errorCode":` + status + `,"errorDescription":"` + desc + `"}`
	}
	const gotifySrc = "https://github.com/gotify/server/blob/master/auth/authentication.go"
	gotifyClient := apiKey("GOTIFY_CLIENT_TOKEN", "CQv7nRk2ZpLm4Xw", "X-Gotify-Key", "")
	miniflux := apiKey("MINIFLUX_API_KEY", "b3Vx9kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0kL=", "X-Auth-Token", "")
	const minifluxSrc = "https://github.com/miniflux/v2/blob/main/internal/http/response/json.go"
	paperless := headerCred("Authorization", "PAPERLESS_API_TOKEN", "Token 7f3c2a1b4d5e6f708192a3b4c5d6e7f8a9b0c1d2")
	minio := headerCred("Authorization", "MINIO_SIGV4", "AWS4-HMAC-SHA256 Credential=ci-uploader/20250312/us-east-1/s3/aws4_request, SignedHeaders=host;x-amz-content-sha256;x-amz-date, Signature=9d2f0b7c4e1a8f3b6c5d2e9a0f1b4c7d8e3f6a9b2c5d8e1f4a7b0c3d6e9f2a5b")
	minioXML := func(code, msg, resource string) string {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code + "</Code><Message>" + msg + "</Message><Resource>" + resource + "</Resource><RequestId>1822A52CA3DF3C4A</RequestId><HostId>dd9025bab4ad464b049177c95eb6ebf374d3b3fd1af9251148b658df7ac2e3e8</HostId></Error>"
	}
	minioHdr := func() map[string]string {
		return map[string]string{"Content-Type": "application/xml", "Server": "MinIO", "X-Amz-Request-Id": "1822A52CA3DF3C4A"}
	}
	const minioSrc = "https://github.com/minio/minio/blob/master/cmd/api-errors.go"
	umami := bearer("UMAMI_API_TOKEN", "kS9dJ2mXq7vB4nR8tL1wZ6yH3cF5gP0a")
	const umamiSrc = "https://github.com/umami-software/umami/blob/master/src/lib/response.ts"
	bookstack := headerCred("Authorization", "BOOKSTACK_TOKEN", "Token 9f3c2a1b4d5e6f7081a2:c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0")
	bookstackErr := func(msg, code string) string {
		return `{"error":{"message":"` + msg + `","code":` + code + `}}`
	}
	const bookstackSrc = "https://github.com/BookStackApp/BookStack/blob/development/app/Api/ApiTokenGuard.php"
	outline := bearer("OUTLINE_API_KEY", "ol_api_Hq2LmN9pR4sT6vX8zB1cD3fG5jK7mP9rS2uW4y")
	outlineErr := func(id, status, msg string) string {
		return `{"ok":false,"error":"` + id + `","status":` + status + `,"message":"` + msg + `"}`
	}
	const outlineSrc = "https://github.com/outline/outline/blob/main/server/middlewares/authentication.ts"
	kratos := apiKey("KRATOS_SESSION_TOKEN", "ory_st_Hq2LmN9pR4sT6vX8zB1cD3fG5jK7mP9r", "X-Session-Token", "")
	gitea := headerCred("Authorization", "GITEA_TOKEN", "token 8c1f0e2d3b4a59687f6e5d4c3b2a1908f7e6d5c4")
	const giteaSrc = "https://github.com/go-gitea/gitea/blob/main/routers/api/v1/api.go"
	mastodon := bearer("MASTODON_ACCESS_TOKEN", "ZA-Yj3aBD8U8Cm7lKUp-lm9O9BmDgdhHzDeqsY8tlL0")
	const mastodonSrc = "https://github.com/mastodon/mastodon/blob/main/app/controllers/api/base_controller.rb"
	doorkeeper := func(desc string) map[string]string {
		return json("WWW-Authenticate", `Bearer realm="Doorkeeper", error="invalid_token", error_description="`+desc+`"`)
	}
	directus := bearer("DIRECTUS_STATIC_TOKEN", "Rk3vN8qW2xZ5mB7pL9tY4cF6hJ1sD0aG")
	directusErr := func(msg, code string) string {
		return `{"errors":[{"message":"` + msg + `","extensions":{"code":"` + code + `"}}]}`
	}
	return []provCase{
		// Matrix Synapse: {"error","errcode"} with soft_logout on token errors.
		{src: synapseSrc, name: "Synapse 401 M_MISSING_TOKEN Missing access token, nothing sent", status: 401,
			header: json(), body: synapseErr("Missing access token", "M_MISSING_TOKEN", ""), path: "/_matrix/client/v3/account/whoami", want: NoCredentialsSent},
		{src: "https://github.com/element-hq/synapse/blob/develop/synapse/api/auth/internal.py", name: "Synapse 401 M_UNKNOWN_TOKEN Invalid access token passed.", status: 401,
			header: json(), body: synapseErr("Invalid access token passed.", "M_UNKNOWN_TOKEN", `,"soft_logout":false`), cred: matrix, path: "/_matrix/client/v3/account/whoami", want: CredentialRejected},
		{src: "https://github.com/element-hq/synapse/blob/develop/synapse/api/auth/internal.py", name: "Synapse 401 M_UNKNOWN_TOKEN Access token has expired, soft_logout", status: 401,
			header: json(), body: synapseErr("Access token has expired", "M_UNKNOWN_TOKEN", `,"soft_logout":true`), cred: matrix, path: "/_matrix/client/v3/sync", want: TokenExpired},
		{src: synapseSrc, name: "Synapse 401 M_UNKNOWN_TOKEN Unrecognised access token", status: 401,
			header: json(), body: synapseErr("Unrecognised access token", "M_UNKNOWN_TOKEN", `,"soft_logout":false`), cred: matrix, path: "/_matrix/client/v3/joined_rooms", want: CredentialRejected},
		// Delegated auth (MAS): the introspection says the token is not active.
		{src: "https://github.com/element-hq/synapse/blob/develop/synapse/api/auth/mas.py", name: "Synapse 401 M_UNKNOWN_TOKEN Token is not active", status: 401,
			header: json(), body: synapseErr("Token is not active", "M_UNKNOWN_TOKEN", `,"soft_logout":false`), cred: matrix, path: "/_matrix/client/v3/account/whoami", want: CredentialRejected},
		// The token was read and is active but lacks the scope of the
		// client-server API; the words name no scope and the errcode says
		// unknown token, so server_insufficient_scope has nothing to quote:
		// the caller is known and not let in, permission_denied.
		{src: "https://github.com/element-hq/synapse/blob/develop/synapse/api/auth/mas.py", name: "Synapse 401 M_UNKNOWN_TOKEN Token doesn't grant access to the Matrix C-S API", status: 401,
			header: json(), body: synapseErr("Token doesn't grant access to the Matrix C-S API", "M_UNKNOWN_TOKEN", `,"soft_logout":false`), cred: matrix, path: "/_matrix/client/v3/account/whoami", want: PermissionDenied},
		{src: "https://github.com/element-hq/synapse/blob/develop/synapse/rest/admin/_base.py", name: "Synapse 403 M_FORBIDDEN You are not a server admin", status: 403,
			header: json(), body: synapseErr("You are not a server admin", "M_FORBIDDEN", ""), cred: matrix, path: "/_synapse/admin/v2/users?from=0&limit=10", want: PermissionDenied},
		{src: "https://github.com/element-hq/synapse/blob/develop/synapse/api/auth/internal.py", name: "Synapse 403 M_GUEST_ACCESS_FORBIDDEN Guest access not allowed", status: 403,
			header: json(), body: synapseErr("Guest access not allowed", "M_GUEST_ACCESS_FORBIDDEN", ""), cred: matrix, method: "POST", path: "/_matrix/client/v3/createRoom", want: PermissionDenied},
		{src: synapseSrc, name: "Synapse 401 M_USER_LOCKED User account has been locked", status: 401,
			header: json(), body: synapseErr("User account has been locked", "M_USER_LOCKED", `,"soft_logout":true`), cred: matrix, path: "/_matrix/client/v3/sync", want: CredentialRejected}, // changed: account state
		// The token went bare in the Authorization header; Synapse wants
		// "Bearer <token>" and says the header is invalid.
		{src: "https://github.com/element-hq/synapse/blob/develop/synapse/api/auth/base.py", name: "Synapse 401 M_MISSING_TOKEN Invalid Authorization header, token sent bare", status: 401,
			header: json(), body: synapseErr("Invalid Authorization header.", "M_MISSING_TOKEN", ""), cred: headerCred("Authorization", "MATRIX_ACCESS_TOKEN", "syt_YWxpY2U_HqLmTzNvRpWxKjQsYbUc_1a2B3c"), path: "/_matrix/client/v3/account/whoami", want: PrefixMissing},

		// Gotify: gin errors as {"error","errorCode","errorDescription"}.
		{src: gotifySrc, name: "Gotify 401 you need to provide a valid access token, nothing sent", status: 401,
			header: json(), body: gotifyErr("401", "Unauthorized", "you need to provide a valid access token or user credentials to access this api"), path: "/message", want: NoCredentialsSent},
		{src: gotifySrc, name: "Gotify 401 you need to provide a valid access token, app token refused", status: 401,
			header: json(), body: gotifyErr("401", "Unauthorized", "you need to provide a valid access token or user credentials to access this api"),
			cred: apiKey("GOTIFY_APP_TOKEN", "AKq8ZbV3kLmN0pQ", "X-Gotify-Key", ""), method: "POST", path: "/message", want: CredentialRejected},
		{src: gotifySrc, name: "Gotify 403 you are not allowed to access this api", status: 403,
			header: json(), body: gotifyErr("403", "Forbidden", "you are not allowed to access this api"), cred: gotifyClient, path: "/user", want: PermissionDenied},
		// The client token is valid but the session must be elevated for
		// this endpoint: authenticated, not allowed yet.
		{src: gotifySrc, name: "Gotify 403 session not elevated", status: 403,
			header: json(), body: gotifyErr("403", "Forbidden", "session not elevated, use basic auth or call /client:elevate"), cred: gotifyClient, method: "DELETE", path: "/client/7", want: PermissionDenied},

		// Miniflux: {"error_message"}.
		{src: "https://github.com/miniflux/v2/blob/main/internal/api/middleware.go", name: "Miniflux 401 access unauthorized, X-Auth-Token refused", status: 401,
			header: json(), body: `{"error_message":"access unauthorized"}`, cred: miniflux, path: "/v1/me", want: CredentialRejected},
		{src: "https://github.com/miniflux/v2/blob/main/internal/api/middleware.go", name: "Miniflux 401 access unauthorized, Basic refused with a Basic challenge", status: 401,
			header: json("WWW-Authenticate", `Basic realm="Restricted"`), body: `{"error_message":"access unauthorized"}`, cred: basicCred("reader", "hunter2-but-longer"), path: "/v1/feeds", want: CredentialRejected},
		{src: minifluxSrc, name: "Miniflux 403 access forbidden (not an admin)", status: 403,
			header: json(), body: `{"error_message":"access forbidden"}`, cred: miniflux, method: "POST", path: "/v1/users", want: PermissionDenied},

		// Vaultwarden: Bitwarden's error model; a permission refusal is a 400.
		{src: "https://github.com/dani-garcia/vaultwarden/blob/main/src/api/core/organizations.rs", name: "Vaultwarden 400 You don't have permission to create collections", status: 400,
			header: json(), body: `{"message":"You don't have permission to create collections","validationErrors":{"":["You don't have permission to create collections"]},"errorModel":{"message":"You don't have permission to create collections","object":"error"},"error":"","error_description":"","exceptionMessage":null,"exceptionStackTrace":null,"innerExceptionMessage":null,"object":"error"}`,
			cred: bearer("BW_ACCESS_TOKEN", "eyJhbGciOiJSUzI1NiJ9.opaque.Wq8ZbV3kLmN0pQrS7tUv"), method: "POST", path: "/api/organizations/4f1e2d3c-5b6a-4798-8a9b-0c1d2e3f4a5b/collections", want: PermissionDenied},

		// Paperless-ngx: Django REST framework and plain Django answers.
		{src: "https://github.com/paperless-ngx/paperless-ngx/blob/dev/src/documents/serialisers.py", name: "Paperless 403 detail Insufficient permissions.", status: 403,
			header: json(), body: `{"detail":"Insufficient permissions."}`, cred: paperless, method: "PATCH", path: "/api/documents/412/", want: PermissionDenied},
		{src: "https://github.com/paperless-ngx/paperless-ngx/blob/dev/src/documents/views.py", name: "Paperless 403 text Insufficient permissions to view notes", status: 403,
			header: map[string]string{"Content-Type": "text/html; charset=utf-8"}, body: "Insufficient permissions to view notes", cred: paperless, path: "/api/documents/412/notes/", want: PermissionDenied},

		// MinIO: S3 XML errors with MinIO's own codes and words.
		{src: minioSrc, name: "MinIO 403 InvalidAccessKeyId Your account is disabled", status: 403,
			header: minioHdr(), body: minioXML("InvalidAccessKeyId", "Your account is disabled; please contact your administrator.", "/ci-artifacts/build.tar.gz"), cred: minio, method: "PUT", path: "/ci-artifacts/build.tar.gz", want: CredentialRejected}, // changed: account state
		// The signature was accepted (else SignatureDoesNotMatch or
		// InvalidAccessKeyId): the policy refuses.
		{src: minioSrc, name: "MinIO 403 AccessDenied Access Denied.", status: 403,
			header: minioHdr(), body: minioXML("AccessDenied", "Access Denied.", "/ci-artifacts/build.tar.gz"), cred: minio, method: "PUT", path: "/ci-artifacts/build.tar.gz", want: PermissionDenied},
		{src: minioSrc, name: "MinIO 403 InvalidTokenId security token invalid", status: 403,
			header: minioHdr(), body: minioXML("InvalidTokenId", "The security token included in the request is invalid", "/ci-artifacts/"), cred: minio, path: "/ci-artifacts/?list-type=2", want: CredentialRejected},
		{src: minioSrc, name: "MinIO 400 AuthorizationHeaderMalformed the region is wrong", status: 400,
			header: minioHdr(), body: minioXML("AuthorizationHeaderMalformed", "The authorization header is malformed; the region is wrong; expecting 'eu-central-1'.", "/ci-artifacts/"), cred: minio, path: "/ci-artifacts/?list-type=2", want: RegionMismatch},
		{src: minioSrc, name: "MinIO 403 AccessDenied No AWSAccessKey was presented", status: 403,
			header: minioHdr(), body: minioXML("AccessDenied", "No AWSAccessKey was presented", "/ci-artifacts/build.tar.gz"), path: "/ci-artifacts/build.tar.gz", want: NoCredentialsSent},
		// A presigned URL past its X-Amz-Expires: the signed request's
		// lifetime ran out, the key is fine.
		{src: minioSrc, name: "MinIO 403 AccessDenied Request has expired (presigned URL)", status: 403,
			header: minioHdr(), body: minioXML("AccessDenied", "Request has expired", "/ci-artifacts/build.tar.gz"),
			cred: apiKey("MINIO_PRESIGNED_SIGNATURE", "5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7", "", "X-Amz-Signature"),
			path: "/ci-artifacts/build.tar.gz?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ci-uploader%2F20250312%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20250312T101500Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host", want: TokenExpired},
		{src: "https://github.com/minio/minio/blob/master/cmd/sts-errors.go", name: "MinIO STS 400 ExpiredToken web identity token expired", status: 400,
			header: map[string]string{"Content-Type": "application/xml", "Server": "MinIO"},
			body:   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><Error><Type></Type><Code>ExpiredToken</Code><Message>The web identity token that was passed is expired or is not valid. Get a new identity token from the identity provider and then retry the request.</Message></Error><RequestId>1822A52CA3DF3C4A</RequestId></ErrorResponse>",
			cred:   apiKey("OIDC_ID_TOKEN", "eyJhbGciOiJSUzI1NiJ9.opaque.Hq2LmN9pR4sT6vX8zB1c", "", "WebIdentityToken"), method: "POST", path: "/?Action=AssumeRoleWithWebIdentity&Version=2011-06-15&DurationSeconds=3600", want: TokenExpired},

		// Umami: {"error":{"message","code","status"}}; a missing role is
		// also answered with 401 "unauthorized".
		{src: umamiSrc, name: "Umami 401 unauthorized Unauthorized", status: 401,
			header: json(), body: `{"error":{"message":"Unauthorized","code":"unauthorized","status":401}}`, cred: umami, path: "/api/websites", want: CredentialRejected},
		{src: "https://github.com/umami-software/umami/blob/master/src/app/api/teams/%5BteamId%5D/route.ts", name: "Umami 401 You must be the owner/manager of this team.", status: 401,
			header: json(), body: `{"error":{"message":"You must be the owner/manager of this team.","code":"unauthorized","status":401}}`, cred: umami, method: "POST", path: "/api/teams/9a3f1c2e-4b5d-4e6f-8a7b-1c2d3e4f5a6b", want: PermissionDenied},
		{src: "https://github.com/umami-software/umami/blob/master/src/app/api/record/route.ts", name: "Umami 403 Business subscription required.", status: 403,
			header: json(), body: `{"error":{"message":"Business subscription required.","code":"forbidden","status":403}}`, cred: umami, method: "POST", path: "/api/record", want: PermissionDenied},

		// BookStack: {"error":{"message","code"}}; "Token <id>:<secret>".
		{src: bookstackSrc, name: "BookStack 401 No authorization token found on the request", status: 401,
			header: json(), body: bookstackErr("No authorization token found on the request", "401"), path: "/api/books", want: NoCredentialsSent},
		{src: bookstackSrc, name: "BookStack 401 No matching API token was found", status: 401,
			header: json(), body: bookstackErr("No matching API token was found for the provided authorization token", "401"), cred: bookstack, path: "/api/books", want: CredentialRejected},
		{src: bookstackSrc, name: "BookStack 401 The secret provided for the given used API token is incorrect", status: 401,
			header: json(), body: bookstackErr("The secret provided for the given used API token is incorrect", "401"), cred: bookstack, path: "/api/books", want: CredentialRejected},
		{src: bookstackSrc, name: "BookStack 403 The authorization token used has expired", status: 403,
			header: json(), body: bookstackErr("The authorization token used has expired", "403"), cred: bookstack, path: "/api/pages", want: TokenExpired},
		{src: bookstackSrc, name: "BookStack 403 owner of the token does not have permission to make API calls", status: 403,
			header: json(), body: bookstackErr("The owner of the used API token does not have permission to make API calls", "403"), cred: bookstack, path: "/api/pages", want: PermissionDenied},
		{src: "https://github.com/BookStackApp/BookStack/blob/development/app/Http/Middleware/CheckUserHasPermission.php", name: "BookStack 403 You do not have permission to perform the requested action.", status: 403,
			header: json(), body: `{"error":"You do not have permission to perform the requested action."}`, cred: bookstack, method: "DELETE", path: "/api/users/4", want: PermissionDenied},

		// Outline: {"ok":false,"error","status","message"}.
		{src: outlineSrc, name: "Outline 401 authentication_required, nothing sent", status: 401,
			header: json(), body: outlineErr("authentication_required", "401", "Authentication required"), method: "POST", path: "/api/documents.list", want: NoCredentialsSent},
		{src: outlineSrc, name: "Outline 401 authentication_required Invalid API key", status: 401,
			header: json(), body: outlineErr("authentication_required", "401", "Invalid API key"), cred: outline, method: "POST", path: "/api/documents.list", want: CredentialRejected},
		{src: outlineSrc, name: "Outline 401 authentication_required API key is expired", status: 401,
			header: json(), body: outlineErr("authentication_required", "401", "API key is expired"), cred: outline, method: "POST", path: "/api/documents.list", want: CredentialRejected}, // changed: an expired API key is replaced
		// An API key limited to some endpoints (Outline's key scopes); the
		// words name no scope, so the refusal is read as a permission.
		{src: outlineSrc, name: "Outline 403 authorization_error API key does not have access to this resource", status: 403,
			header: json(), body: outlineErr("authorization_error", "403", "API key does not have access to this resource"), cred: outline, method: "POST", path: "/api/documents.create", want: PermissionDenied},
		{src: outlineSrc, name: "Outline 403 authorization_error Admin role required", status: 403,
			header: json(), body: outlineErr("authorization_error", "403", "Admin role required"), cred: outline, method: "POST", path: "/api/users.suspend", want: PermissionDenied},
		{src: "https://github.com/outline/outline/blob/main/server/errors.ts", name: "Outline 403 user_suspended Your access has been suspended", status: 403,
			header: json(), body: `{"ok":false,"error":"user_suspended","status":403,"message":"Your access has been suspended by a workspace admin","data":{"adminEmail":"admin@wiki.example.org"}}`, cred: outline, method: "POST", path: "/api/documents.list", want: CredentialRejected}, // changed: account state
		// The variable already holds "Bearer ol_api_…" and type: bearer adds
		// the scheme again: three words, Outline's format error.
		{src: outlineSrc, name: "Outline 401 Bad Authorization header format, scheme doubled", status: 401,
			header: json(), body: outlineErr("authentication_required", "401", `Bad Authorization header format. Format is \"Authorization: Bearer <token>\"`),
			cred: bearer("OUTLINE_API_KEY", "Bearer ol_api_Hq2LmN9pR4sT6vX8zB1cD3fG5jK7mP9rS2uW4y"), method: "POST", path: "/api/documents.list", want: PrefixDoubled},

		// Ory Kratos: herodot errors.
		{src: "https://github.com/ory/kratos/blob/master/session/manager.go", name: "Kratos 401 session_inactive with a session token", status: 401,
			header: json(), body: `{"error":{"id":"session_inactive","code":401,"status":"Unauthorized","reason":"No active session was found in this request.","message":"request does not have a valid authentication session"}}`,
			cred: kratos, path: "/sessions/whoami", want: CredentialRejected},
		// A valid session of a lower assurance level: the caller is known,
		// a second factor is needed first.
		{src: "https://github.com/ory/kratos/blob/master/session/manager.go", name: "Kratos 403 session_aal2_required", status: 403,
			header: json(), body: `{"error":{"id":"session_aal2_required","code":403,"status":"Forbidden","reason":"An active session was found but it does not fulfill the requested Authenticator Assurance Level. Please verify yourself with a second factor to resolve this issue.","details":{"redirect_browser_to":"https://auth.example.org/self-service/login/browser?aal=aal2"},"message":"Session does not fulfill the requested Authenticator Assurance Level"},"redirect_browser_to":"https://auth.example.org/self-service/login/browser?aal=aal2"}`,
			cred: kratos, path: "/sessions/whoami", want: PermissionDenied},

		// Gitea: {"message","url"}.
		{src: "https://github.com/go-gitea/gitea/blob/main/routers/api/v1/api.go", name: "Gitea 403 token does not have at least one of required scope(s)", status: 403,
			header: json(), body: `{"message":"token does not have at least one of required scope(s): [read:user]","url":"https://git.example.org/api/swagger"}`, cred: gitea, path: "/api/v1/user", want: ServerInsufficientScope},
		{src: giteaSrc, name: "Gitea 401 token is required, nothing sent", status: 401,
			header: json(), body: `{"message":"token is required","url":"https://git.example.org/api/swagger"}`, path: "/api/v1/user/repos", want: NoCredentialsSent},
		{src: giteaSrc, name: "Gitea 403 user should be the site admin", status: 403,
			header: json(), body: `{"message":"user should be the site admin","url":"https://git.example.org/api/swagger"}`, cred: gitea, path: "/api/v1/admin/users", want: PermissionDenied},
		// A token created with public-only scope: a scope limit, named.
		{src: giteaSrc, name: "Gitea 403 token scope is limited to public repos", status: 403,
			header: json(), body: `{"message":"token scope is limited to public repos","url":"https://git.example.org/api/swagger"}`, cred: gitea, path: "/api/v1/repos/acme/private-infra/issues", want: ServerInsufficientScope},
		{src: giteaSrc, name: "Gitea 403 Only administrators allowed to sudo.", status: 403,
			header: json(), body: `{"message":"Only administrators allowed to sudo."}`, cred: gitea, path: "/api/v1/user?sudo=alice", want: PermissionDenied},

		// Mastodon: Doorkeeper's refusals and Mastodon's own.
		{src: mastodonSrc, name: "Mastodon 401 The access token is invalid, Doorkeeper challenge", status: 401,
			header: doorkeeper("The access token is invalid"), body: `{"error":"The access token is invalid"}`, cred: mastodon, path: "/api/v1/accounts/verify_credentials", want: ServerInvalidToken},
		// The challenge says invalid_token, the description says why:
		// expired, the more specific of the two.
		{src: mastodonSrc, name: "Mastodon 401 The access token expired, Doorkeeper challenge", status: 401,
			header: doorkeeper("The access token expired"), body: `{"error":"The access token expired"}`, cred: mastodon, path: "/api/v1/timelines/home", want: TokenExpired},
		{src: "https://github.com/mastodon/mastodon/blob/main/spec/requests/api/v1/tags_spec.rb", name: "Mastodon 403 This action is outside the authorized scopes", status: 403,
			header: json(), body: `{"error":"This action is outside the authorized scopes"}`, cred: mastodon, method: "POST", path: "/api/v1/tags/selfhosted/follow", want: ServerInsufficientScope},
		// An application token (client credentials) carries no user; the
		// endpoint needs one. Valid, read, not enough: permission_denied,
		// though the status is 422.
		{src: mastodonSrc, name: "Mastodon 422 This method requires an authenticated user (app token)", status: 422,
			header: json(), body: `{"error":"This method requires an authenticated user"}`, cred: mastodon, path: "/api/v1/notifications", want: PermissionDenied},
		{src: mastodonSrc, name: "Mastodon 401 This method requires an authenticated user, nothing sent", status: 401,
			header: json(), body: `{"error":"This method requires an authenticated user"}`, path: "/api/v1/timelines/public", want: NoCredentialsSent},
		{src: mastodonSrc, name: "Mastodon 403 Your login is currently disabled", status: 403,
			header: json(), body: `{"error":"Your login is currently disabled"}`, cred: mastodon, method: "POST", path: "/api/v1/statuses", want: CredentialRejected}, // changed: account state
		{src: mastodonSrc, name: "Mastodon 403 Your login is missing a confirmed e-mail address", status: 403,
			header: json(), body: `{"error":"Your login is missing a confirmed e-mail address"}`, cred: mastodon, method: "POST", path: "/api/v1/statuses", want: CredentialRejected}, // changed: account state
		{src: mastodonSrc, name: "Mastodon 403 This action is not allowed", status: 403,
			header: json(), body: `{"error":"This action is not allowed"}`, cred: mastodon, method: "DELETE", path: "/api/v1/statuses/110356839284729", want: PermissionDenied},

		// Directus: GraphQL-style {"errors":[{"message","extensions":{"code"}}]}.
		{src: "https://github.com/directus/directus/blob/main/packages/errors/src/errors/token-expired.ts", name: "Directus 401 TOKEN_EXPIRED Token expired.", status: 401,
			header: json(), body: directusErr("Token expired.", "TOKEN_EXPIRED"), cred: directus, path: "/items/articles", want: TokenExpired},
		{src: "https://github.com/directus/directus/blob/main/packages/errors/src/errors/invalid-ip.ts", name: "Directus 401 INVALID_IP Invalid IP address.", status: 401,
			header: json(), body: directusErr("Invalid IP address.", "INVALID_IP"), cred: directus, path: "/items/articles", want: IPRestricted},
		{src: "https://github.com/directus/directus/blob/main/packages/errors/src/errors/invalid-token.ts", name: "Directus 403 INVALID_TOKEN Invalid token.", status: 403,
			header: json(), body: directusErr("Invalid token.", "INVALID_TOKEN"), cred: directus, path: "/users/me", want: CredentialRejected},
		{src: "https://github.com/directus/directus/blob/main/packages/errors/src/errors/forbidden.ts", name: "Directus 403 FORBIDDEN You don't have permission to access this.", status: 403,
			header: json(), body: directusErr("You don't have permission to access this.", "FORBIDDEN"), cred: directus, method: "PATCH", path: "/items/articles/12", want: PermissionDenied},
	}
}

// selfhostTokenCases: token endpoint refusals of the round (Vaultwarden's
// API key login with the client credentials grant, Ory Hydra).
func selfhostTokenCases() []tokenCase {
	vw := func(msg string) string {
		return `{"message":"` + msg + `","validationErrors":{"":["` + msg + `"]},"errorModel":{"message":"` + msg + `","object":"error"},"error":"","error_description":"","exceptionMessage":null,"exceptionStackTrace":null,"innerExceptionMessage":null,"object":"error"}`
	}
	const vwSrc = "https://github.com/dani-garcia/vaultwarden/blob/main/src/api/identity.rs"
	return []tokenCase{
		{src: vwSrc, name: "Vaultwarden token 400 Incorrect client_secret", status: 400, body: vw("Incorrect client_secret"), want: CredentialRejected},
		{src: vwSrc, name: "Vaultwarden token 400 Invalid client_id", status: 400, body: vw("Invalid client_id"), want: CredentialRejected},
		{src: vwSrc, name: "Vaultwarden token 400 This user has been disabled (API key login)", status: 400, body: vw("This user has been disabled (API key login)"), want: CredentialRejected}, // changed: account state
		{src: "https://github.com/ory/fosite/blob/master/handler/oauth2/flow_client_credentials.go", name: "Hydra token 400 invalid_scope client not allowed to request scope", status: 400,
			body: `{"error":"invalid_scope","error_description":"The requested scope is invalid, unknown, or malformed. The OAuth 2.0 Client is not allowed to request scope 'admin'."}`, want: PermissionDenied},
	}
}

// selfhostNonRefusals: answers of the same servers that are not about
// the credential: unknown routes and records, validation, rate limits.
func selfhostNonRefusals() []fpCase {
	return []fpCase{
		{src: "https://github.com/gotify/server/blob/master/error/notfound.go", name: "Gotify 404 page not found", status: 404, header: jsonCT(),
			body: `{"error":"Not Found","errorCode":404,"errorDescription":"page not found"}`},
		{src: "https://github.com/miniflux/v2/blob/main/internal/http/response/json.go", name: "Miniflux 404 resource not found", status: 404, header: jsonCT(),
			body: `{"error_message":"resource not found"}`},
		{src: "https://github.com/dani-garcia/vaultwarden/blob/main/src/api/core/mod.rs", name: "Vaultwarden 404 api_not_found", status: 404, header: jsonCT(),
			body: `{"error":{"code":404,"reason":"Not Found","description":"The requested resource could not be found."}}`},
		{src: "https://github.com/mastodon/mastodon/blob/main/app/controllers/api/base_controller.rb", name: "Mastodon 404 Record not found", status: 404, header: jsonCT(),
			body: `{"error":"Record not found"}`},
		{src: "https://github.com/BookStackApp/BookStack/blob/development/app/Exceptions/Handler.php", name: "BookStack 422 The given data was invalid.", status: 422, header: jsonCT(),
			body: `{"error":{"message":"The given data was invalid.","validation":{"name":["The name field is required."]},"code":422}}`},
		{src: "https://github.com/minio/minio/blob/master/cmd/api-errors.go", name: "MinIO admin 404 XMinioAdminNoSuchUser", status: 404, header: jsonCT("Server", "MinIO"),
			body: `{"Code":"XMinioAdminNoSuchUser","Message":"The specified user does not exist.","Resource":"/minio/admin/v3/user-info","RequestId":"1822A52CA3DF3C4A","HostId":"dd9025bab4ad464b049177c95eb6ebf374d3b3fd1af9251148b658df7ac2e3e8"}`},
		{src: "https://github.com/element-hq/synapse/blob/develop/synapse/api/errors.py", name: "Synapse 429 M_LIMIT_EXCEEDED Too Many Requests", status: 429, header: jsonCT("Retry-After", "3"),
			body: `{"error":"Too Many Requests","errcode":"M_LIMIT_EXCEEDED","retry_after_ms":2417}`, want: RateLimited},
		{src: "https://github.com/outline/outline/blob/main/server/middlewares/rateLimiter.ts", name: "Outline 429 rate_limit_exceeded", status: 429,
			header: jsonCT("Retry-After", "41", "RateLimit-Limit", "25", "RateLimit-Remaining", "0", "RateLimit-Reset", "41"),
			body:   `{"ok":false,"error":"rate_limit_exceeded","status":429,"message":"Rate limit exceeded for this operation"}`, want: RateLimited},
	}
}

// TestHeldoutSelfhost reports top-1 on the self-hosted servers round:
// the refusals as runProviderCases serves them, the token endpoint
// refusals as the runner reads a client credentials refusal, and the
// non-refusals, which must get no cause (or rate_limited).
func TestHeldoutSelfhost(t *testing.T) {
	cases := selfhostCases(time.Now())
	if n := len(cases) + len(selfhostTokenCases()) + len(selfhostNonRefusals()); n < 40 {
		t.Fatalf("%d cases, want at least 40", n)
	}
	runProviderCases(t, "selfhost held-out corpus", cases)
	runTokenCases(t, selfhostTokenCases())
	runFalsePositives(t, "selfhost non-refusals", selfhostNonRefusals())
}

// lateSelfhostCases: self-hosted servers' answers gathered after the
// round's fixes (Immich, Portainer, Ory Kratos's settings flow,
// Discourse), each byte for byte as its handler writes it, run once
// unchanged before any further reading; expectations from the catalog.
// Late: 9 of 9 (an invalid API key or user token, nothing sent, a
// permission an API key lacks, an admin-only route, a JWT the server no
// longer verifies, Portainer's 403 whose details say "Unauthorized", a
// session too old for privileged fields, Discourse's invalid_access),
// read by the readings already there.
func lateSelfhostCases(now time.Time) []provCase {
	// Immich: NestJS exceptions, to which the server's filter adds the
	// request's correlationId.
	const immichAuth = "https://github.com/immich-app/immich/blob/main/server/src/services/auth.service.ts"
	immichErr := func(msg, errText, status string) string {
		return `{"message":"` + msg + `","error":"` + errText + `","statusCode":` + status + `,"correlationId":"5f0c3c51-8a2e-4b7d-9c1f-2e6a4d8b0f37"}`
	}
	immichKey := apiKey("IMMICH_API_KEY", "Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0", "x-api-key", "")
	// Portainer: libhttp's {"message","details"} written by json.Encoder.
	const portainerSrc = "https://github.com/portainer/portainer/blob/develop/api/http/security/bouncer.go"
	portainer := bearer("PORTAINER_JWT", makeJWT(map[string]any{"id": 3, "username": "ci-deployer", "role": 2,
		"iat": now.Add(-10 * time.Minute).Unix(), "exp": now.Add(7 * time.Hour).Unix()}))
	return []provCase{
		{src: immichAuth, name: "Immich 401 Invalid API key", status: 401,
			header: jsonCT(), body: immichErr("Invalid API key", "Unauthorized", "401"), cred: immichKey, path: "/api/assets/statistics", want: CredentialRejected},
		{src: immichAuth, name: "Immich 401 Invalid user token (a session token as Bearer)", status: 401,
			header: jsonCT(), body: immichErr("Invalid user token", "Unauthorized", "401"), cred: bearer("IMMICH_ACCESS_TOKEN", "Hq2LmN9pR4sT6vX8zB1cD3fG5jK7mP9rS2uW4yA6"), path: "/api/users/me", want: CredentialRejected},
		{src: immichAuth, name: "Immich 401 Authentication required, nothing sent", status: 401,
			header: jsonCT(), body: immichErr("Authentication required", "Unauthorized", "401"), path: "/api/albums", want: NoCredentialsSent},
		// An API key created with some permissions only: Immich names the
		// one missing; the words say permission, not scope.
		{src: immichAuth, name: "Immich 403 Missing required permission: asset.upload", status: 403,
			header: jsonCT(), body: immichErr("Missing required permission: asset.upload", "Forbidden", "403"), cred: immichKey, method: "POST", path: "/api/assets", want: PermissionDenied},
		// A user's key on an admin-only route.
		{src: immichAuth, name: "Immich 403 Forbidden (admin route)", status: 403,
			header: jsonCT(), body: immichErr("Forbidden", "Forbidden", "403"), cred: immichKey, path: "/api/admin/users", want: PermissionDenied},
		// The JWT was signed before the server's secret changed (a restart
		// without a persisted key): a live token refused.
		{src: portainerSrc, name: "Portainer 401 Invalid JWT token", status: 401,
			header: jsonCT(), body: "{\"message\":\"Invalid JWT token\",\"details\":\"Invalid JWT token\"}\n", cred: portainer, path: "/api/endpoints", want: CredentialRejected},
		// A standard user on an administrator-only route: the details say
		// "Unauthorized" (Portainer's error constant), the status and the
		// message say access denied to a known caller.
		{src: portainerSrc, name: "Portainer 403 Access denied, details Unauthorized (admin only)", status: 403,
			header: jsonCT(), body: "{\"message\":\"Access denied\",\"details\":\"Unauthorized\"}\n", cred: portainer, method: "POST", path: "/api/users", want: PermissionDenied},
		// A session valid for everything else, too old for privileged
		// fields: like the aal2 case above, a known caller who must prove
		// himself again for this operation.
		{src: "https://github.com/ory/kratos/blob/master/selfservice/flow/settings/error.go", name: "Kratos 403 login session too old to update these fields", status: 403,
			header: jsonCT(), body: `{"error":{"code":403,"status":"Forbidden","reason":"The login session is too old and thus not allowed to update these fields. Please re-authenticate.","message":"The requested action was forbidden"}}`,
			cred: apiKey("KRATOS_SESSION_TOKEN", "ory_st_Hq2LmN9pR4sT6vX8zB1cD3fG5jK7mP9r", "X-Session-Token", ""), method: "POST", path: "/self-service/settings?flow=9f3c2a1b-4d5e-4f70-8192-a3b4c5d6e7f8", want: PermissionDenied},
		// Discourse's InvalidAccess: both sentences; the second says which.
		{src: "https://github.com/discourse/discourse/blob/main/app/controllers/application_controller.rb", name: "Discourse 403 invalid_access The API username or key is invalid", status: 403,
			header: jsonCT(), body: `{"errors":["You are not permitted to view the requested resource. The API username or key is invalid."],"error_type":"invalid_access"}`,
			cred: apiKey("DISCOURSE_API_KEY", "7f3c2a1b4d5e6f708192a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4", "Api-Key", ""), path: "/admin/users/list/active.json", want: CredentialRejected},
	}
}

// TestHeldoutSelfhostLate: see lateSelfhostCases.
func TestHeldoutSelfhostLate(t *testing.T) {
	runProviderCases(t, "selfhost late answers", lateSelfhostCases(time.Now()))
}
