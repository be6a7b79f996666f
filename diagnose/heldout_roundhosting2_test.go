package diagnose

import (
	"testing"
	"time"
)

// roundhosting2Cases: a held-out round on hosting, CDN, secrets managers,
// CI and package registries, answers not yet in the corpora (container
// registries refusing a push, package registries refusing an upload or a
// token, Akamai's other APIs, Packagist, crates.io's trusted publishing,
// Sonatype, NuGet, Cloudsmith). Gathered and given their expected first
// cause from the catalog before the diagnosis code was read; a comment says
// why when two codes could fit. Registry answers that a source shows as the
// docker or npm client prints them ("denied: <message>", "403 Forbidden -
// PUT <url> - <message>") are written back in the registry's own envelope
// ({"errors":[{"code":"DENIED","message":…}]}, {"error":…}), the words
// unchanged. First run, before any fix: first cause right in 34 of 40
// (refusals 28 of 32, token exchange refusals 0 of 2, non-refusals 6 of 6).
// Misses: Sonatype's "Content access is protected by token" for a password
// (read as a refused credential), GHCR's "The requested installation does
// not exist" (read as a permission), Cloudsmith's "credentials were not
// provided" beside Basic (read as a credential in the wrong place first),
// Packagist's 406 "Missing or invalid username/apiToken" (no cause), and
// PyPI's 422 token exchange refusals {"message":…,"errors":[{"code":
// "invalid-token"|"invalid-publisher",…}]} (no cause). 40 of 40 after the
// readings the misses lacked (a token said required to a password login:
// the method refused; an app installation gone or suspended: the token
// refused; a credential in a user/key list, "invalid username/apiToken",
// at any status; a token answer's errors list read with its words, and its
// 422 as a refusal), and one expectation changed after the run (the
// Cloudsmith Basic case, see its comment).
func roundhosting2Cases(now time.Time) []provCase {
	_ = now
	json := jsonCT
	edgegrid := headerCred("Authorization", "AKAMAI_EDGEGRID", "EG1-HMAC-SHA256 client_token=akab-6k5ovvrobmo7h5e2-vf7uvomu7olzqlwf;access_token=akab-q7w3e5r7t9y1u3i5-o7p9a1s3d5f7g9h1;timestamp=20230301T19:32:26+0000;nonce=8c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f;signature=Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0=")
	cargo := apiKey("CARGO_REGISTRY_TOKEN", "cio8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6", "Authorization", "")
	npm := bearer("NPM_TOKEN", "npm_Hq2Wv9Kx4Lp7Rt1Ys6Zu3Bn8Mc5Df0Ga2Je4")
	registryDenied := func(msg string) string {
		return `{"errors":[{"code":"DENIED","message":"` + msg + `"}]}`
	}
	crateErr := func(detail string) string { return `{"errors":[{"detail":"` + detail + `"}]}` }
	packagist := apiKey("PACKAGIST_API_TOKEN", "Xk3Pq8Rw2Tz5Vb7Nm1Lc", "", "apiToken")
	cloudsmith := apiKey("CLOUDSMITH_API_KEY", "4f2b9c1d7e6a5b8c3d0e9f1a2b7c6d5e4f3a2b1c", "X-Api-Key", "")
	return []provCase{
		// Sonatype: OSSRH and the Central Portal.
		// The account password no longer opens the repository; a user
		// token does. Nothing says the password is wrong: the way of
		// authenticating is what is refused (deprecated_auth_method), not a
		// credential_rejected that rotating the password would fix.
		{src: "https://github.com/vorburger/ch.vorburger.exec/issues/212", name: "Sonatype OSSRH 401 Content access is protected by token (password sent)", status: 401,
			header: map[string]string{"Content-Type": "text/plain; charset=UTF-8"}, body: "Content access is protected by token",
			cred: basicCred("vorburger", "Rk7pW2qZ9xL4mN8vB3cT"), method: "PUT", path: "/content/repositories/snapshots/ch/vorburger/exec/ch.vorburger.exec/3.2.0-SNAPSHOT/maven-metadata.xml", want: DeprecatedAuthMethod},
		{src: "https://github.com/vanniktech/gradle-maven-publish-plugin/pull/894", name: "Sonatype Central 401 bare Unauthorized, token pair sent", status: 401,
			header: map[string]string{"Content-Length": "0"}, body: "",
			cred: basicCred("Xn4kQ2pZ", "Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8"), method: "PUT", path: "/repository/maven-snapshots/io/specmatic/specmatic-executable/2.6.1-SNAPSHOT/specmatic-executable-2.6.1-20250303.224142-1.jar", want: CredentialRejected},

		// Container registries: Google Artifact Registry, ECR, GHCR.
		{src: "https://github.com/GoogleCloudPlatform/cymbal-superstore/pull/4", name: "Artifact Registry 403 DENIED permission uploadArtifacts denied", status: 403,
			header: json(), body: registryDenied(`Permission \"artifactregistry.repositories.uploadArtifacts\" denied on resource \"projects/MY_PROJECT_ID/locations/us-central1/repositories/cymbal-superstore\" (or it may not exist)`),
			cred: basicCred("oauth2accesstoken", "ya29.a0AfB_byC7Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0"), method: "POST", path: "/v2/my-project/cymbal-superstore/inventory-api/blobs/uploads/", want: PermissionDenied},
		{src: "https://github.com/googleapis/python-run/issues/54", name: "Artifact Registry 403 DENIED permission downloadArtifacts denied", status: 403,
			header: json(), body: registryDenied(`Permission \"artifactregistry.repositories.downloadArtifacts\" denied on resource \"projects/project-id/locations/us-central1/repositories/cloud-run-source-deploy\" (or it may not exist)`),
			cred: basicCred("oauth2accesstoken", "ya29.c.b0Aaekm1Kx4Lp7Rt1Ys6Zu3Bn8Mc5Df0Ga2Je4Hq2Wv9"), path: "/v2/project-id/cloud-run-source-deploy/google-cloud-run/manifests/latest", want: PermissionDenied},
		// Nothing was sent (the docker credential helper was not set up for
		// this host), and the answer says so.
		{src: "https://github.com/RafikFarhad/push-to-gcr-github-action/issues/48", name: "Artifact Registry 403 DENIED Unauthenticated request, nothing sent", status: 403,
			header: json(), body: registryDenied(`Unauthenticated request. Unauthenticated requests do not have permission \"artifactregistry.repositories.uploadArtifacts\" on resource \"projects/PROJECT_NAME/locations/us-central1/repositories/REPO_NAME\" (or it may not exist)`),
			method: "POST", path: "/v2/PROJECT_NAME/REPO_NAME/IMAGE_NAME/blobs/uploads/", want: NoCredentialsSent},
		{src: "https://github.com/aws/aws-cli/issues/6580", name: "ECR 403 DENIED Your authorization token has expired", status: 403,
			header: json(), body: registryDenied("Your authorization token has expired. Reauthenticate and try again."),
			cred: basicCred("AWS", "eyJwYXlsb2FkIjoiV3E4WmJWM2tMbU4wcFFyUzd0VXZYeVphMWIyYzNkNGU1ZjZnN2g4aTlqMCJ9"), method: "POST", path: "/v2/jenkins-app/blobs/uploads/", want: TokenExpired},
		{src: "https://github.com/enketo/enketo/issues/1054", name: "GHCR 403 DENIED installation not allowed to Write organization package", status: 403,
			header: json(), body: registryDenied("installation not allowed to Write organization package"),
			cred: bearer("GITHUB_TOKEN", "ghs_Hq2Wv9Kx4Lp7Rt1Ys6Zu3Bn8Mc5Df0Ga2Je4"), method: "POST", path: "/v2/enketo/enketo/blobs/uploads/", want: PermissionDenied},
		// The app installation the token was minted for no longer exists
		// (the repository moved to another organisation): the token is not
		// accepted, whatever it may do.
		{src: "https://github.com/grafana/k6/pull/2111", name: "GHCR 403 DENIED permission_denied: The requested installation does not exist", status: 403,
			header: json(), body: registryDenied("permission_denied: The requested installation does not exist."),
			cred: bearer("GITHUB_TOKEN", "ghs_Kx4Lp7Rt1Ys6Zu3Bn8Mc5Df0Ga2Je4Hq2Wv9"), method: "POST", path: "/v2/grafana/k6packager/blobs/uploads/", want: CredentialRejected},

		// Akamai's other APIs (EdgeGrid).
		{src: "https://techdocs.akamai.com/iam-api/reference/401", name: "Akamai IAM 401 Inactive client token", status: 401,
			header: json(), body: "{\n    \"type\": \"https://problems.luna.akamaiapis.net/-/pep-authn/deny\",\n    \"title\": \"Not authorized\",\n    \"status\": 401,\n    \"detail\": \"Inactive client token\",\n    \"instance\": \"https://akab-6k5ovvrobmo7h5e2-vf7uvomu7olzqlwf.luna.akamaiapis.net/identity-management/v3/api-clients/self/credentials?actions=true\",\n    \"method\": \"GET\",\n    \"serverIp\": \"104.77.229.69\",\n    \"clientIp\": \"71.192.111.20\",\n    \"requestId\": \"46fceae2\",\n    \"requestTime\": \"2023-03-01T19:32:26Z\"\n}",
			cred: edgegrid, path: "/identity-management/v3/api-clients/self/credentials?actions=true", want: CredentialRejected},
		{src: "https://techdocs.akamai.com/mtls-edge-truststore/reference/403", name: "Akamai mTLS truststore 403 Forbidden. problem type", status: 403,
			header: map[string]string{"Content-Type": "application/problem+json"}, body: "{\n  \"status\": 403,\n  \"title\": \"Forbidden.\",\n  \"type\": \"/mtls-edge-truststore/error-types/forbidden\"\n}",
			cred: edgegrid, path: "/mtls-edge-truststore/v2/ca-sets", want: PermissionDenied},
		{src: "https://techdocs.akamai.com/edgeworkers/reference/403", name: "Akamai EdgeWorkers 403 Permission Invalid EW0014", status: 403,
			header: map[string]string{"Content-Type": "application/problem+json"}, body: "{\n  \"type\": \"/edgeworkers/error-types/edgeworkers-forbidden\",\n  \"title\": \"Forbidden.\",\n  \"detail\": \"Permission Invalid\",\n  \"instance\": \"/edgeworkers/error-instances/629e540b-f4cd-4390-9fd7-cef99d4dcdb1\",\n  \"status\": 403,\n  \"errorCode\": \"EW0014\"\n}",
			cred: edgegrid, method: "POST", path: "/edgeworkers/v1/ids/42/versions", want: PermissionDenied},
		{src: "https://techdocs.akamai.com/cloudtest/reference/401", name: "Akamai CloudTest 401 Rest.API.Unauthorized", status: 401,
			header: json(), body: "{\n   \"id\":\"1\",\n   \"time\":\"2/4/22 10:21 AM\",\n   \"message\":\"Unauthorized\",\n   \"error\":\"Rest.API.Unauthorized\"\n}",
			cred: edgegrid, path: "/concerto/services/rest/RepositoryService/v1/Objects", want: CredentialRejected},
		// The documented sample is not valid JSON (a curly closing quote).
		{src: "https://techdocs.akamai.com/cloudtest/reference/403", name: "Akamai CloudTest 403 Insufficient privileges (malformed JSON)", status: 403,
			header: json(), body: "{\n   \" GENERIC_ERR\":\"GenericError\",\n   \"time\":\"2/11/22 4:50 PM\",\n   \"message\":\"Insufficient privileges.\",\n   \"error\":\"\\\"PersistenceException.InsufficientPrivileges\u201d\n}",
			cred: edgegrid, method: "DELETE", path: "/concerto/services/rest/RepositoryService/v1/Objects/Composition/17", want: PermissionDenied},

		// NuGet: one sentence for an invalid, expired or under-scoped key.
		// It lists three readings and the key was sent; as for Spotify's
		// "Missing/invalid/expired", credential_rejected rather than
		// permission_denied (its first reading, and the fix it implies is
		// in the key's settings).
		{src: "https://github.com/NuGet/Home/issues/8790", name: "NuGet 403 The specified API key is invalid, has expired, or does not have permission", status: 403,
			header: map[string]string{"Content-Type": "text/html; charset=utf-8"}, body: "The specified API key is invalid, has expired, or does not have permission to access the specified package.",
			cred: apiKey("NUGET_API_KEY", "oy2kx4lp7rt1ys6zu3bn8mc5df0ga2je4hq2wv9nbc7de", "X-NuGet-ApiKey", ""), method: "PUT", path: "/api/v2/package/", want: CredentialRejected},

		// npm registries.
		{src: "https://github.com/semantic-release/semantic-release/issues/3186", name: "npm 403 You may not perform that action with these credentials", status: 403,
			header: json(), body: `{"error":"You may not perform that action with these credentials."}`, cred: npm, method: "PUT", path: "/react-susflow", want: PermissionDenied},
		{src: "https://github.com/npm/cli/issues/1482", name: "npm 403 bare Forbidden publishing a scoped package", status: 403,
			header: json(), body: `{"error":"Forbidden"}`, cred: npm, method: "PUT", path: "/@ly%2fnpm-publish-test", want: PermissionDenied},
		{src: "https://github.com/remix-run/starter-architect/issues/3", name: "private npm registry 403 Missing authorization, nothing sent", status: 403,
			header: json(), body: `{"error":"Missing authorization"}`, path: "/@remix-run%2farchitect", want: NoCredentialsSent},

		// RubyGems.
		{src: "https://github.com/elastic/connectors-ruby/pull/455", name: "RubyGems 403 no permission to push to this gem, ask an owner", status: 403,
			header: map[string]string{"Content-Type": "text/plain; charset=utf-8"}, body: "You do not have permission to push to this gem. Ask an owner to add you with: gem owner connectors_service --add m.***@gmail.com",
			cred: headerCred("Authorization", "GEM_HOST_API_KEY", "rubygems_8f3c2a1b4d5e6f708192a3b4c5d6e7f8a9b0c1d2e3f4a5b6"), method: "POST", path: "/api/v1/gems", want: PermissionDenied},
		{src: "https://github.com/ruby/rubygems/issues/574", name: "RubyGems 403 You do not have permission to push to this gem", status: 403,
			header: map[string]string{"Content-Type": "text/plain; charset=utf-8"}, body: "You do not have permission to push to this gem.",
			cred: headerCred("Authorization", "GEM_HOST_API_KEY", "2f4e6a8c0b1d3f5a7c9e1b3d5f7a9c1e"), method: "POST", path: "/api/v1/gems", want: PermissionDenied},

		// crates.io (trusted publishing and API tokens).
		{src: "https://github.com/rust-lang/crates.io/blob/main/src/tests/krate/publish/trustpub.rs", name: "crates.io 401 token does not match the format used by crates.io", status: 401,
			header: json(), body: crateErr("The given API token does not match the format used by crates.io. Tokens generated before 2020-07-14 were generated with an insecure random number generator, and have been revoked. You can generate a new token at https://crates.io/me. For more information please see https://blog.rust-lang.org/2020/07/14/crates-io-security-advisory.html. We apologize for any inconvenience."),
			cred: cargo, method: "PUT", path: "/api/v1/crates/new", want: CredentialRejected},
		{src: "https://github.com/rust-lang/crates.io/blob/main/src/tests/krate/publish/trustpub.rs", name: "crates.io 403 Invalid authentication token (trusted publishing)", status: 403,
			header: json(), body: crateErr("Invalid authentication token"), cred: cargo, method: "PUT", path: "/api/v1/crates/new", want: CredentialRejected},
		// The short-lived token is valid, for another crate: not allowed
		// this crate (permission), not refused as a token.
		{src: "https://github.com/rust-lang/crates.io/blob/main/src/tests/krate/publish/trustpub.rs", name: "crates.io 403 access token is not valid for crate `bar`", status: 403,
			header: json(), body: crateErr("The provided access token is not valid for crate `bar`"), cred: cargo, method: "PUT", path: "/api/v1/crates/new", want: PermissionDenied},
		{src: "https://github.com/rust-lang/crates.io/blob/main/src/tests/krate/publish/trustpub.rs", name: "crates.io 403 Trusted Publishing tokens do not support creating new crates", status: 403,
			header: json(), body: crateErr("Trusted Publishing tokens do not support creating new crates. Publish the crate manually, first"), cred: cargo, method: "PUT", path: "/api/v1/crates/new", want: PermissionDenied},
		{src: "https://github.com/rust-lang/crates.io/blob/main/src/tests/authentication.rs", name: "crates.io 403 this action requires authentication, nothing sent", status: 403,
			header: json(), body: crateErr("this action requires authentication"), path: "/api/v1/me/updates", want: NoCredentialsSent},

		// Cloudsmith.
		// Set before the run to credential_rejected (something was sent
		// and not accepted); changed after it to credential_in_wrong_place:
		// Django REST framework (Cloudsmith's) answers "credentials were
		// not provided" only when none of its authenticators took what came,
		// here a Basic user name (__token__) it does not read a key from,
		// which is the catalog's credential sent where (or as) the server
		// does not read it; the Sentry and Flagsmith rows read the same
		// words so. The blind score counts it as a miss.
		{src: "https://github.com/astral-sh/uv/issues/8221", name: "Cloudsmith 401 Authentication credentials were not provided, Basic sent", status: 401,
			header: json(), body: `{"detail": "Authentication credentials were not provided."}`,
			cred: basicCred("__token__", "4f2b9c1d7e6a5b8c3d0e9f1a2b7c6d5e4f3a2b1c"), method: "POST", path: "/acme/pip/", want: CredentialInWrongPlace},
		{src: "https://help.cloudsmith.io/v1.0/reference/error-handling", name: "Cloudsmith 401 Authentication credentials were not provided, nothing sent", status: 401,
			header: json("Allow", "POST, OPTIONS", "Server", "Cloudsmith MCP"), body: "{\n  \"detail\": \"Authentication credentials were not provided.\"\n}", method: "POST", path: "/v1/packages/acme/repo/upload/raw/", want: NoCredentialsSent},
		{src: "https://help.cloudsmith.io/v1.0/reference/error-handling", name: "Cloudsmith 403 You do not have permission to perform this action", status: 403,
			header: json("Allow", "POST, OPTIONS", "Server", "Cloudsmith MCP"), body: "{\n  \"detail\": \"You do not have permission to perform this action.\"\n}", cred: cloudsmith, method: "POST", path: "/v1/packages/other-user/repo/upload/raw/", want: PermissionDenied},
		{src: "https://github.com/OpenCPN/plugins/issues/1412", name: "Cloudsmith 401 Invalid authentication credentials provided in X-Api-Key header", status: 401,
			header: json(), body: `{"detail":"Invalid authentication credentials provided in X-Api-Key header."}`, cred: cloudsmith, path: "/v1/user/self/", want: CredentialRejected},

		// Packagist (the token goes in the query string).
		{src: "https://github.com/composer/packagist/blob/main/src/Controller/ApiController.php", name: "Packagist 403 update-package Invalid credentials", status: 403,
			header: json(), body: `{"status":"error","message":"Invalid credentials"}`, cred: packagist, method: "POST", path: "/api/update-package?username=acme", want: CredentialRejected},
		// A 406 is Packagist's status for this refusal as for its
		// validation errors; the words are about the credentials.
		{src: "https://github.com/composer/packagist/blob/main/src/Controller/ApiController.php", name: "Packagist 406 create-package Missing or invalid username/apiToken", status: 406,
			header: json(), body: `{"status":"error","message":"Missing or invalid username/apiToken in request"}`, cred: packagist, method: "POST", path: "/api/create-package?username=acme", want: CredentialRejected},
		// A GitHub hook signed with a secret that is not the user's API
		// token: the HMAC (the credential) is refused.
		{src: "https://github.com/composer/packagist/blob/main/src/Controller/ApiController.php", name: "Packagist 403 webhook signature verification failed", status: 403,
			header: json(), body: `{"status":"error","message":"Secret should be the Packagist API Token for the Packagist user \"acme\". Signature verification failed."}`,
			cred: headerCred("X-Hub-Signature", "PACKAGIST_HOOK_SIGNATURE", "sha1=7d38cdd689735b008b3c702edd92eea23791c5f6"), method: "POST", path: "/api/github?username=acme", want: CredentialRejected},

		// DigitalOcean's older plain-text answer (before the JSON one).
		{src: "https://github.com/digitalocean/api-v2/issues/189", name: "DigitalOcean 401 text/plain Unable to authenticate you", status: 401,
			header: map[string]string{"Content-Type": "text/plain"}, body: "Unable to authenticate you",
			cred: bearer("DIGITALOCEAN_TOKEN", "dop_v1_8f3c2a1b4d5e6f708192a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4"), path: "/v2/droplets", want: CredentialRejected},
	}
}

// roundhosting2TokenCases: PyPI's trusted publishing token exchange (an
// OIDC token for a short-lived upload token), answered 422 with its own
// error codes.
func roundhosting2TokenCases() []tokenCase {
	return []tokenCase{
		// Not RFC 6750's invalid_token at a resource: a token endpoint that
		// did not accept the credential it exchanges.
		{src: "https://github.com/pypi/warehouse/blob/main/warehouse/oidc/views.py", name: "PyPI OIDC exchange 422 invalid-token malformed or invalid token", status: 422,
			body: `{"message": "Token request failed", "errors": [{"code": "invalid-token", "description": "malformed or invalid token"}]}`, want: CredentialRejected},
		// The token is valid; no trusted publisher is registered for its
		// claims: not enabled for this project (as an application not
		// registered with a site), credential_rejected.
		{src: "https://github.com/pypa/gh-action-pypi-publish/issues/166", name: "PyPI OIDC exchange 422 invalid-publisher no corresponding publisher", status: 422,
			body: `{"message": "Token request failed", "errors": [{"code": "invalid-publisher", "description": "valid token, but no corresponding publisher (Publisher with matching claims was not found)"}]}`, want: CredentialRejected},
	}
}

// roundhosting2NonRefusals: answers of the same providers that look like
// auth but are not: a missing object named like a credential, a missing
// endpoint, a 404 of a repository, a validation 406 beside the refusal of
// the same status, a publishing rate limit.
func roundhosting2NonRefusals() []fpCase {
	return []fpCase{
		{src: "https://techdocs.akamai.com/iam-api/reference/404", name: "Akamai IAM 404 ERROR_NO_CREDENTIAL (a credential object that does not exist)", status: 404, header: jsonCT(),
			body: "{\n    \"type\": \"/identity-management/error-types/25\",\n    \"status\": 404,\n    \"title\": \"ERROR_NO_CREDENTIAL\",\n    \"detail\": \"\",\n    \"instance\": \"\",\n    \"errors\": []\n}"},
		{src: "https://techdocs.akamai.com/client-access-control/reference/404", name: "Akamai CAC 404 No endpoint GET", status: 404, header: jsonCT(),
			body: "{\n  \"detail\": \"No endpoint GET /cfw-api/v1/configurationss.\",\n  \"instance\": \"/cfw-api/v1/configurationss\",\n  \"status\": 404,\n  \"title\": \"Not Found\",\n  \"type\": \"about:blank\"\n}"},
		{src: "https://github.com/OpenCPN/plugins/issues/978", name: "Cloudsmith 404 Not found. (user/org wrong or not visible)", status: 404, header: jsonCT(),
			body: `{"detail":"Not found."}`},
		{src: "https://infisical.com/docs/api-reference/overview/errors", name: "Infisical 404 Project not found", status: 404, header: jsonCT(),
			body: "{\n  \"reqId\": \"req-abc123\",\n  \"statusCode\": 404,\n  \"message\": \"Project with ID 'ba3d4bfc-...' not found\",\n  \"error\": \"NotFound\"\n}"},
		{src: "https://github.com/composer/packagist/blob/main/src/Controller/ApiController.php", name: "Packagist 406 Missing payload parameter", status: 406, header: jsonCT(),
			body: `{"status":"error","message":"Missing payload parameter"}`},
		{src: "https://github.com/rust-lang/crates.io/blob/main/src/tests/krate/publish/rate_limit.rs", name: "crates.io 429 too many new crates", status: 429, header: jsonCT(),
			body: `{"errors":[{"detail":"You have published too many new crates in a short period of time. Please try again after Tue, 18 Aug 2026 16:02:13 GMT and see https://crates.io/docs/rate-limits for more details."}]}`, want: RateLimited},
	}
}

// TestHeldoutRoundhosting2 reports top-1 on the hosting, CDN, secrets, CI
// and registry round: the refusals as runProviderCases serves them, the
// token exchange refusals as the runner reads a client credentials
// refusal, and the non-refusals, which must get no cause (or
// rate_limited).
func TestHeldoutRoundhosting2(t *testing.T) {
	runHeldoutRound(t, heldoutRound{name: "roundhosting2", cases: roundhosting2Cases(time.Now()), tokens: roundhosting2TokenCases(), nonRefusals: roundhosting2NonRefusals()})
}

// lateRoundhosting2Cases: answers of the same category gathered after the
// round's fixes, expectations set before they were run once. First run:
// late: 5 of 5 (refusals 3 of 3, non-refusals 2 of 2).
//
// The round's cases in the metamorphic corpus showed 6 variants a reading
// lacked (crates.io's permission refusals moved into a 200 whose words
// alone speak): a token "not valid for crate `bar`" is scoped elsewhere
// (scopedElsewherePattern now names crates, gems, buckets, zones, sites,
// spaces), and "Trusted Publishing tokens do not support creating new
// crates" is a kind of key that does not do this (keyKindRefusedPattern).
// Rows in readings_roundhosting2_test.go.
func lateRoundhosting2Cases() []provCase {
	return []provCase{
		// A read-only token refused an endpoint that writes: the token is
		// known and not allowed (its kind names no scope list).
		{src: "https://github.com/fastly/cli/issues/1185", name: "Fastly 403 Read only tokens are not allowed to access this endpoint", status: 403,
			header: jsonCT(), body: `{"msg":"Read only tokens are not allowed to access this endpoint."}`,
			cred: apiKey("FASTLY_API_TOKEN", "Hq2Wv9Kx4Lp7Rt1Ys6Zu3Bn8Mc5Df0Ga", "Fastly-Key", ""), method: "POST", path: "/service", want: PermissionDenied},
		{src: "https://github.com/buildkite/agent/issues/743", name: "Buildkite agent API 401 Invalid access token, Token scheme", status: 401,
			header: jsonCT(), body: `{"message": "Invalid access token"}`,
			cred: headerCred("Authorization", "BUILDKITE_AGENT_ACCESS_TOKEN", "Token 8f3c2a1b4d5e6f708192a3b4c5d6e7f8a9b0c1d2e3f4a5b6"), method: "POST", path: "/v3/jobs/4f6e5d4c-3b2a-1f0e-9d8c-7b6a5f4e3d2c/annotations", want: CredentialRejected},
		// Docker Hub's token service, asked for push with a read-only
		// personal access token: the scopes the token has are not enough.
		{src: "https://github.com/spinalcordtoolbox/spinalcordtoolbox/issues/5286", name: "Docker Hub token service 401 access token has insufficient scopes", status: 401,
			header: jsonCT(), body: `{"details":"access token has insufficient scopes"}`,
			cred: basicCred("neuropoly", "dckr_pat_Wq8ZbV3kLmN0pQrS7tUvXyZa1b2"), path: "/token?scope=repository%3Aneuropoly%2Fsct%3Apull%2Cpush&service=registry.docker.io", want: ServerInsufficientScope},
	}
}

// lateRoundhosting2NonRefusals: late answers that name no refusal: a 404
// of an object (behind it an expired token, which the answer does not
// say), a 404 an organisation token meets on an endpoint it may not use.
func lateRoundhosting2NonRefusals() []fpCase {
	return []fpCase{
		{src: "https://github.com/fastly/cli/issues/894", name: "Fastly 404 Record not found, Cannot find 'service'", status: 404, header: jsonCT(),
			body: `{"msg":"Record not found","detail":"Cannot find 'service'"}`},
		{src: "https://github.com/awsdocs/aws-control-tower-guide/pull/31", name: "Terraform Cloud 404 not found (an organization token on a configuration version)", status: 404, header: map[string]string{"Content-Type": "application/vnd.api+json"},
			body: `{"errors":[{"status":"404","title":"not found"}]}`},
	}
}

// TestHeldoutRoundhosting2Late: see lateRoundhosting2Cases.
func TestHeldoutRoundhosting2Late(t *testing.T) {
	runProviderCases(t, "roundhosting2 late answers", lateRoundhosting2Cases())
	runFalsePositives(t, "roundhosting2 late non-refusals", lateRoundhosting2NonRefusals())
}
