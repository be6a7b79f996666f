package diagnose

import "testing"

// TestMergedFamilies: each family that was once several overlapping
// readings, in one table: every phrase the old pieces caught, the
// paraphrases the merged family catches besides, and the neighbours it
// must leave alone.
func TestMergedFamilies(t *testing.T) {
	tok := bearer("API_TOKEN", "opq_7Hd92kLmQ4pXrT")
	key := apiKey("API_KEY", "key_9f8e7d6c5b4a3210", "X-API-Key", "")
	basic := basicCred("ro_user", "Wq8ZbV3kLmN0pQrS")
	html := map[string]string{"Content-Type": "text/html"}
	t.Run("onlyRoleCanPattern", func(t *testing.T) {
		runReadings(t, []readingCase{
			{"only superusers can", 403, nil, `{"data":{},"message":"Only superusers can perform this action.","status":403}`, tok, PermissionDenied, nil},
			{"only admins can, in a 200 code envelope", 200, nil, `{"code":403,"message":"Only admins can perform this action.","data":{}}`, tok, PermissionDenied, nil},
			{"only superusers can, in a 200 ok:false", 200, nil, `{"ok":false,"error":"Only superusers can perform this action."}`, tok, PermissionDenied, nil},
			{"only the project owner can, in an HTML page", 403, html, `<html><head><title>Error</title></head><body><h1>Only the project owner can delete this project.</h1></body></html>`, tok, PermissionDenied, []string{BlockedByProxy}},
			{"only workspace admins may", 400, nil, `{"error":{"message":"Only workspace admins may invite new members"}}`, tok, PermissionDenied, nil},
			{"only moderators can, in a 200 ok:false", 200, nil, `{"ok":false,"error":"Only moderators can delete posts"}`, tok, PermissionDenied, nil},
			{"only administrators allowed", 403, nil, `{"message":"Only administrators allowed to sudo."}`, tok, PermissionDenied, nil},
			{"only administrators allowed, on a 401", 401, nil, `{"message":"Only administrators allowed to sudo."}`, tok, PermissionDenied, nil},
			{"only the admins are permitted, on a 401", 401, nil, `{"message":"Only the admins are permitted to rotate keys"}`, tok, PermissionDenied, nil},
			{"only owners have permission, in a 200 ok:false", 200, nil, `{"ok":false,"error":"Only owners have permission to do this"}`, tok, PermissionDenied, nil},
			{"only staff members are able to", 403, nil, `{"detail":"Only staff members are able to view audit logs"}`, tok, PermissionDenied, nil},
			{"only organization maintainers have the rights", 403, nil, `{"message":"Only organization maintainers have the rights to archive it"}`, tok, PermissionDenied, nil},
			{"only authenticated users names no role", 401, nil, `{"message":"Only authenticated users can access this"}`, nil, NoCredentialsSent, []string{PermissionDenied}},
			{"only one value is not a role", 400, nil, `{"error":"Only one of start_date or end_date may be set"}`, tok, "", nil},
		})
	})
	t.Run("roleRequiredPattern", func(t *testing.T) {
		runReadings(t, []readingCase{
			{"requires admin privilege, on a 403", 403, nil, `{"error":"reader not authorized to execute statement 'CREATE DATABASE x', requires admin privilege"}`, basic, PermissionDenied, nil},
			{"requires the owner role", 403, nil, `{"message":"This operation requires the owner role"}`, tok, PermissionDenied, nil},
			{"requires write access", 403, nil, `{"message":"Pushing requires write access"}`, tok, PermissionDenied, nil},
			{"global access is required, in an HTML title", 403, html, `<html><head><title>Forbidden: Global access is required</title></head><body></body></html>`, key, PermissionDenied, []string{BlockedByProxy}},
			{"admin access is required, in a 200 ok:false", 200, nil, `{"ok":false,"error":"Admin access is required for this operation"}`, tok, PermissionDenied, nil},
			{"write permission required", 403, nil, `{"message":"Write permission required"}`, tok, PermissionDenied, nil},
			{"admin role required, on a 401", 401, nil, `{"message":"Admin role required"}`, tok, PermissionDenied, nil},
			{"owner privileges are required", 403, nil, `{"message":"Owner privileges are required"}`, tok, PermissionDenied, nil},
			{"requires maintainer role", 403, nil, `{"message":"Deleting a branch requires maintainer role"}`, tok, PermissionDenied, nil},
			{"requires global access", 403, nil, `{"status":{"error":"Forbidden: this operation requires global access"}}`, key, PermissionDenied, nil},
			{"manager rights required", 401, nil, `{"error":"Manager rights required"}`, tok, PermissionDenied, nil},
			{"an access token is required is not a level", 401, nil, `{"error":"Access token is required"}`, nil, NoCredentialsSent, nil},
			{"a token that requires admin access named is no role", 401, nil, `{"message":"This endpoint requires an admin access token"}`, nil, NoCredentialsSent, []string{PermissionDenied}},
		})
	})
	t.Run("lacksPermissionPattern", func(t *testing.T) {
		runReadings(t, []readingCase{
			{"you do not have the following permissions, on a 400", 400, nil, `{"error":{"code":"Authorization_InsufficientPermissions","message":"You do not have the following permissions on Page APIV2 - Customers: Execute."}}`, tok, PermissionDenied, nil},
			{"the caller does not have permission to", 403, nil, `{"message":"The caller does not have permission to list buckets"}`, tok, PermissionDenied, nil},
			{"a token that doesn't have privileges for", 403, nil, `{"message":"This token doesn't have privileges for the admin API"}`, tok, PermissionDenied, nil},
			{"an integration that did not have the required permissions", 403, nil, `{"message":"The integration did not have the required permissions to read this page"}`, tok, PermissionDenied, nil},
			{"NOPERM to run a command, on a 400", 400, nil, `{"error":"NOPERM this user has no permissions to run the 'evalsha' command or its subcommand"}`, tok, PermissionDenied, nil},
			{"NOPERM on a key", 400, nil, `{"error":"NOPERM this user has no permissions to access one of the keys used as arguments"}`, tok, PermissionDenied, nil},
			{"you have no permission to access", 403, nil, `{"message":"You have no permission to access this resource"}`, tok, PermissionDenied, nil},
			{"a role that has no rights on", 403, nil, `{"message":"Role viewer has no rights on this dashboard"}`, tok, PermissionDenied, nil},
			{"you do not have the rights to", 403, nil, `{"message":"You do not have the rights to delete this workspace"}`, tok, PermissionDenied, nil},
			{"a key that doesn't have access to", 403, nil, `{"error":"This key doesn't have access to the billing endpoints"}`, key, PermissionDenied, nil},
			{"a member that does not have the authority to", 403, nil, `{"message":"This member does not have the authority to approve payouts"}`, tok, PermissionDenied, nil},
			{"a command's own error is not a permission", 400, nil, `{"error":"ERR wrong number of arguments for 'get' command"}`, tok, "", nil},
			{"a field that has no permissions is data", 400, nil, `{"message":"The folder has no permissions set; add at least one"}`, tok, "", nil},
			// A level named, in the pieces' words that were accessLevelLackingPattern's.
			{"a token that does not have write access, on a 401", 401, nil, `{"message":"Unauthorized Request, token does not have write access to the Vault"}`, tok, PermissionDenied, nil},
			{"you don't have push access", 403, nil, `{"message":"You don't have push access to this repository"}`, tok, PermissionDenied, nil},
			{"a key that does not have read permission", 403, nil, `{"message":"API key does not have read permission on this bucket"}`, key, PermissionDenied, nil},
			{"a user that has no write access, in a 200 ok:false", 200, nil, `{"ok":false,"error":"This user has no write access"}`, tok, PermissionDenied, nil},
			{"a valid signature named is no level", 401, nil, `{"message":"The request does not have a valid signature"}`, tok, CredentialRejected, []string{PermissionDenied}},
		})
	})
	t.Run("listedFaultsPattern", func(t *testing.T) {
		runReadings(t, []readingCase{
			{"faults listed with commas, an audience among them", 401, nil, `{"error":{"code":"401","message":"Access token is missing, invalid, audience is incorrect (https://cognitiveservices.azure.com), or have expired."}}`, tok, CredentialRejected, []string{JWTWrongAudience}},
			{"a key missing, invalid or expired", 401, nil, `{"message":"API key missing, invalid or expired"}`, key, CredentialRejected, nil},
			{"a token missing, invalid or expired, in a 200 ok:false", 200, nil, `{"ok":false,"error":"Token is missing, invalid or expired"}`, tok, CredentialRejected, nil},
			{"a token not found, or invalid, in a 200 success:false", 200, nil, `{"success":false,"message":"Token not found, or invalid"}`, tok, CredentialRejected, nil},
			{"a field's faults listed are the request's data", 400, nil, `{"message":"The name is missing, invalid or too long"}`, tok, "", nil},
		})
	})
	t.Run("endpointGone", func(t *testing.T) {
		runReadings(t, []readingCase{
			{"an endpoint deprecated under an application key error", 401, nil, `{"error":{"error_type":"Application Key Error","error_message":"This endpoint has been deprecated."}}`, key, EndpointNotFound, []string{DeprecatedAuthMethod}},
			{"a method retired under an API key error", 403, nil, `{"error":"API key error","message":"This method has been retired."}`, key, EndpointNotFound, []string{DeprecatedAuthMethod}},
			{"an endpoint retired, no label", 401, nil, `{"message":"This endpoint has been retired. Use /v3/events instead."}`, key, EndpointNotFound, []string{DeprecatedAuthMethod}},
			{"a route removed, no label", 403, nil, `{"error":"This route was removed in v3"}`, tok, EndpointNotFound, nil},
			{"an authentication method deprecated is the method", 401, nil, `{"message":"This authentication method has been deprecated. Use OAuth."}`, tok, DeprecatedAuthMethod, []string{EndpointNotFound}},
			{"an endpoint deprecated beside a refused key is the key", 401, nil, `{"message":"Invalid API key. Note: this endpoint is deprecated."}`, key, CredentialRejected, []string{EndpointNotFound}},
		})
	})
}
