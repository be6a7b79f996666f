package diagnose

import "testing"

// TestDiagstructGraphQLCategoryReadings: a GraphQL error filed by kind
// tells authentication (the caller not known) from authorization (known,
// and not allowed). Without words that say which, the category decides:
// an authorization's is a permission refused (a 403), not the credential.
// The error's words, when they say which, decide first.
func TestDiagstructGraphQLCategoryReadings(t *testing.T) {
	tok := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	runReadings(t, []readingCase{
		{"authorization category without words (Lighthouse's shape)", 200, nil, `{"errors":[{"message":"","extensions":{"category":"authorization"}}],"data":{"deletePost":null}}`, tok, PermissionDenied, nil},
		{"graphql-authorization category without words (Magento's shape)", 200, nil, `{"errors":[{"extensions":{"category":"graphql-authorization"},"locations":[{"line":2,"column":3}]}]}`, tok, PermissionDenied, nil},
		// Neighbours: the authentication category, and words that say which.
		{"authentication category without words", 200, nil, `{"errors":[{"extensions":{"category":"graphql-authentication"}}]}`, tok, CredentialRejected, nil},
		{"authorization category whose words ask for a login", 200, nil, `{"errors":[{"message":"This query requires a logged in user","extensions":{"category":"graphql-authorization"}}]}`, tok, CredentialRejected, nil},
		{"authorization category whose words refuse the token", 200, nil, `{"errors":[{"message":"Invalid token","extensions":{"category":"authorization"}}]}`, tok, CredentialRejected, nil},
	})
}
