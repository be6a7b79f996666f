package diagnose

import "testing"

// TestOneProviderReadingsGeneral: readings first written for one provider's answer,
// in other servers' words for the same thing, with the neighbour each
// must leave alone.
func TestOneProviderReadingsGeneral(t *testing.T) {
	tok := bearer("API_TOKEN", "opq_7Hd92kLmQ4pXrT")
	// fieldsOnly403: a form's field errors on a 403 are a validation error.
	runReadings(t, []readingCase{
		{"a 403 with a map of fields to messages (Laravel's shape)", 403, jsonCT(), `{"message":"The given data was invalid.","errors":{"start_date":["The start date must be a date after today."]}}`, tok, "", nil},
		{"a 403 with fields to messages at the top (Django REST framework's shape)", 403, jsonCT(), `{"quantity":["Ensure this value is greater than or equal to 1."]}`, tok, "", nil},
		{"neighbour: a 403 field error about a permission", 403, jsonCT(), `{"errors":[{"field":"owner_id","reason":"You do not have permission to set this field"}]}`, tok, PermissionDenied, nil},
	})
	// scopesNotWildcard: a token listed with the wildcard scope, alone or among others, is hidden nothing by a 404.
	scopes := func(has string) map[string]string {
		return map[string]string{"Content-Type": "application/json", "X-Accepted-Oauth-Scopes": "repo", "X-Oauth-Scopes": has}
	}
	runReadings(t, []readingCase{
		{"a wildcard among the token's scopes, a 404", 404, scopes("*, account:read_only"), `{"message":"Not Found"}`, tok, "", nil},
		{"a wildcard in a space-separated list, a 404", 404, scopes("read *"), `{"message":"Not Found"}`, tok, "", nil},
		{"neighbour: scopes without a wildcard, a 404", 404, scopes("read:org, gist"), `{"message":"Not Found"}`, tok, NotFoundHidesPermission, nil},
	})
	// A token bare in Authorization that the server read and judged the
	// caller by: the permission first, the missing scheme a hint after it.
	bare := apiKey("API_TOKEN", "api-4f2b9c1d-7e6a-5b8c-3d0e-9f1a2b7c6d5e", "Authorization", "")
	runReadings(t, []readingCase{
		{"a bare token, the caller may not delete the project", 403, jsonCT(), `{"message":"You do not have permission to delete this project"}`, bare, PermissionDenied, nil},
		{"a bare token, the member lacks the admin role", 403, jsonCT(), `{"error":"forbidden","message":"This member does not have the admin role required for this action"}`, bare, PermissionDenied, nil},
		{"neighbour: a bare token refused on a 401 with a Bearer challenge", 401, map[string]string{"Content-Type": "application/json", "WWW-Authenticate": `Bearer realm="api"`}, `{"message":"Unauthorized"}`, bare, PrefixMissing, nil},
	})
}
