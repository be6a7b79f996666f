package diagnose

import "testing"

// TestDbaasReadings: the readings the databases and BaaS round added, each
// in words other servers use for the same thing, with the neighbour it
// must leave alone.
func TestDbaasReadings(t *testing.T) {
	tok := bearer("API_TOKEN", "opq_7Hd92kLmQ4pXrT")
	key := apiKey("API_KEY", "key_9f8e7d6c5b4a3210", "X-API-Key", "")
	basic := basicCred("ro_user", "Wq8ZbV3kLmN0pQrS")
	text := map[string]string{"Content-Type": "text/plain; charset=UTF-8"}
	basicUnauthorized := func(realm string) map[string]string {
		return map[string]string{"Content-Type": "application/json", "WWW-Authenticate": `Basic realm="` + realm + `"`}
	}
	runReadings(t, []readingCase{
		// A server's version number is not an IP address.
		{"a version number after a privilege refusal", 403, text, "Code: 497. DB::Exception: ro_user: Not enough privileges. To execute this query, it's necessary to have the grant INSERT ON logs.events. (ACCESS_DENIED) (version 23.8.4.69 (official build))\n", basic, PermissionDenied, []string{IPRestricted}},
		{"an address in a refusal is still one", 403, nil, `{"error":"Access denied for 203.0.113.7"}`, tok, IPRestricted, nil},
		{"an address beside a version", 403, nil, `{"message":"Requests from 198.51.100.24 are not allowed (gateway version 2.4.1.7)"}`, tok, IPRestricted, nil},
		// A scope an anonymous caller lacks: the missing credential first.
		{"a guest's missing scope, nothing sent", 401, nil, `{"message":"User (role: guests) missing scope (databases.read)","code":401,"type":"general_unauthorized_scope","version":"1.6.0"}`, nil, NoCredentialsSent, nil},
		{"a key's missing scope, the key sent", 401, nil, `{"message":"app.64f0 (role: applications) missing scope (databases.read)","code":401,"type":"general_unauthorized_scope","version":"1.6.0"}`, key, ServerInsufficientScope, nil},
		// A known caller with no permission for the operation.
		{"Redis NOPERM to run a command", 400, nil, `{"error":"NOPERM User default has no permissions to run the 'get' command"}`, tok, PermissionDenied, nil},
		{"Redis NOPERM on a key", 400, nil, `{"error":"NOPERM this user has no permissions to access one of the keys used as arguments"}`, tok, PermissionDenied, nil},
		{"you have no permission to access", 403, nil, `{"message":"You have no permission to access this resource"}`, tok, PermissionDenied, nil},
		{"a command's own error is not a permission", 400, nil, `{"error":"ERR wrong number of arguments for 'get' command"}`, tok, "", nil},
		// The operation kept for a role, or the account kept from it.
		{"only superusers can, in a 200 ok:false", 200, nil, `{"ok":false,"error":"Only superusers can perform this action."}`, tok, PermissionDenied, nil},
		{"only the project owner can", 403, map[string]string{"Content-Type": "text/html"}, `<html><head><title>Error</title></head><body><h1>Only the project owner can delete this project.</h1></body></html>`, tok, PermissionDenied, []string{BlockedByProxy}},
		{"only workspace admins may", 400, nil, `{"error":{"message":"Only workspace admins may invite new members"}}`, tok, PermissionDenied, nil},
		{"only one value is not a role", 400, nil, `{"error":"Only one of start_date or end_date may be set"}`, tok, "", nil},
		{"an organisation disabled from serving, in a 200", 200, nil, `{"success":false,"message":"Organisation is disabled from serving flags."}`, key, PermissionDenied, nil},
		{"a project blocked from sending", 403, nil, `{"detail":"This project has been blocked from sending email"}`, key, PermissionDenied, nil},
		{"an account suspended stays a refused credential", 401, nil, `{"message":"Your account has been suspended"}`, key, CredentialRejected, nil},
		// A level of access named as required, in the passive.
		{"global access is required, in an HTML title", 403, map[string]string{"Content-Type": "text/html"}, `<html><head><title>Forbidden: Global access is required</title></head><body></body></html>`, key, PermissionDenied, []string{BlockedByProxy}},
		{"admin access is required, in a 200 ok:false", 200, nil, `{"ok":false,"error":"Admin access is required for this operation"}`, tok, PermissionDenied, nil},
		{"an access token is required is not a level", 401, nil, `{"error":"Access token is required"}`, nil, NoCredentialsSent, nil},
		// Not authorized to execute a request or an operation: an action
		// refused to a known caller, even on a 401.
		{"not authorized to execute this request, on a 401", 401, nil, `{"code":401,"error":true,"errorMessage":"not authorized to execute this request","errorNum":11}`, basic, PermissionDenied, nil},
		{"you are not authorized to execute this operation", 403, nil, `{"error":{"message":"You are not authorized to execute this operation."}}`, tok, PermissionDenied, nil},
		{"not authorized to connect stays the credential", 401, nil, `{"error":"You are not authorized to connect to this server"}`, basic, CredentialRejected, nil},
		// The key or session sent, said not to exist (a 403 about data stays
		// the status's permission reading).
		{"a key said not to exist on a 401", 401, nil, `{"message":"Key does not exist"}`, key, CredentialRejected, nil},
		{"a session not found on a 403", 403, nil, `{"error":"session not found"}`, tok, CredentialRejected, nil},
		{"a session gone, in an error code", 401, nil, `{"error_code":"session_not_found","msg":"no such session"}`, tok, CredentialRejected, nil},
		{"a key that does not exist on a 404 is data", 404, nil, `{"error":"key doesn't exist"}`, key, "", nil},
		{"a named key that does not exist is data", 403, nil, `{"message":"The key 'feature-x' does not exist in this environment"}`, key, PermissionDenied, []string{CredentialRejected}},
		{"a checkout session is data", 403, nil, `{"error":"Checkout session does not exist"}`, tok, PermissionDenied, []string{CredentialRejected}},
		// The server's own store refused the server's login.
		{"a Redis NOAUTH behind a 500", 500, nil, `{"error":"ReplyError: NOAUTH Authentication required."}`, tok, "", nil},
		{"an Upstash WRONGPASS behind a 500", 500, nil, `{"message":"UpstashError: WRONGPASS invalid username-password pair or user is disabled."}`, tok, "", nil},
		{"a gateway's refusal in a 500 is still one", 500, nil, `{"fault":{"code":900900,"message":"Unclassified Authentication Failure","description":"Error while accessing backend services for API key validation"}}`, tok, CredentialRejected, nil},
		// A Basic realm that only repeats the refusal asks for no scheme.
		{"Basic realm Unauthorized to a Bearer token", 401, basicUnauthorized("Unauthorized"), `{"message":"Unauthorized"}`, tok, CredentialRejected, []string{SchemeMismatch}},
		{"Basic realm 401 Unauthorized to a Bearer token", 401, basicUnauthorized("401 Unauthorized"), `{"error":"unauthorized"}`, tok, CredentialRejected, []string{SchemeMismatch}},
		{"a named Basic realm to a Bearer token", 401, basicUnauthorized("Restricted"), `{"message":"Unauthorized"}`, tok, SchemeMismatch, nil},
	})
}
