package diagnose

import "testing"

// TestMergedFamilies: each family that was once several overlapping
// readings, in one table: every phrase the old pieces caught, the
// paraphrases the merged family catches besides, and the neighbours it
// must leave alone.
func TestMergedFamilies(t *testing.T) {
	tok := bearer("API_TOKEN", "opq_7Hd92kLmQ4pXrT")
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
}
