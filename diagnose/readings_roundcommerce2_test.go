package diagnose

import (
	"testing"
	"time"
)

// TestRoundcommerce2Readings: the readings the roundcommerce2 round added,
// each in words another server could send for the same thing, with the
// neighbour it must leave alone.
func TestRoundcommerce2Readings(t *testing.T) {
	key := apiKey("STORE_API_KEY", "k_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4", "X-Api-Key", "")
	tok := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	jwt := makeJWT(map[string]any{"sub": "svc", "exp": time.Now().Add(time.Hour).Unix()})
	otherScheme := func(scheme string) *Credential { return headerCred("Authorization", "API_AUTH", scheme+" "+jwt) }
	bearerChallenge := map[string]string{"Content-Type": "application/json", "WWW-Authenticate": "Bearer"}
	runReadings(t, []readingCase{
		// A credential said to lack a permission, with the word that says
		// which credential between it and the verb.
		{"token provided does not have write permissions", 401, nil, `{"message":"The token provided does not have write permissions."}`, tok, PermissionDenied, nil},
		{"key used has no access to", 401, nil, `{"error":"The API key used has no access to this endpoint"}`, key, PermissionDenied, nil},
		{"a key provided without a valid signature is the key's fault", 401, nil, `{"error":"The API key provided does not have a valid signature."}`, key, CredentialRejected, []string{PermissionDenied}},
		// The credential said to grant nothing, or the resource or method
		// not allowed with it.
		{"no permission for this api key", 401, nil, `{"error":"No permission for this API key"}`, key, PermissionDenied, nil},
		{"operation not permitted with this access token", 403, nil, `{"message":"Operation not permitted with this access token"}`, tok, PermissionDenied, nil},
		{"method not allowed for a resource with this key, on a 405", 405, nil, `{"errors":[{"code":25,"message":"Method PATCH is not allowed for the resource orders with this api key"}]}`, key, PermissionDenied, nil},
		{"a method the resource never takes is no permission", 405, nil, `{"errors":[{"code":101,"message":"Method PUT is not allowed for the resource configurations"}]}`, key, "", []string{PermissionDenied}},
		// A key or token said not active: switched off, whatever else follows.
		{"api token is not active", 401, nil, `{"error":"This API token is not active"}`, tok, CredentialRejected, []string{PermissionDenied}},
		{"key not enabled beside no permission", 401, nil, `{"errors":[{"message":"Key was not enabled"},{"message":"No permission for this key"}]}`, key, CredentialRejected, []string{PermissionDenied}},
		{"a discount code not active is data", 400, nil, `{"message":"The discount code is not active"}`, key, "", []string{CredentialRejected}},
		// The permissions the operation needs, listed.
		{"graphql 200 you need one of the following permissions", 200, nil, `{"data":{"orderUpdate":null},"errors":[{"message":"You need one of the following permissions: MANAGE_ORDERS","path":["orderUpdate"]}]}`, tok, PermissionDenied, nil},
		{"403 requires the following permissions", 403, nil, `{"error":"This action requires the following permissions: orders:write"}`, tok, PermissionDenied, nil},
		{"graphql 200 the following fields are required is validation", 200, nil, `{"data":{"customerCreate":null},"errors":[{"message":"The following fields are required: email","path":["customerCreate"]}]}`, tok, "", nil},
		// A GraphQL exception code one level down (extensions.exception.code).
		{"graphql 200 exception code PermissionDenied", 200, nil, `{"data":{"order":null},"errors":[{"message":"Not allowed","path":["order"],"extensions":{"exception":{"code":"PermissionDenied"}}}]}`, tok, PermissionDenied, nil},
		{"graphql 200 exception code PERMISSION_DENIED under another code", 200, nil, `{"data":null,"errors":[{"message":"Request failed","extensions":{"code":"INTERNAL_SERVER_ERROR","exception":{"code":"PERMISSION_DENIED"}}}]}`, tok, PermissionDenied, nil},
		{"graphql 200 exception code GraphQLError is no refusal", 200, nil, `{"data":{"order":null},"errors":[{"message":"Variable \"$id\" of required type \"ID!\" was not provided.","extensions":{"exception":{"code":"GraphQLError"}}}]}`, tok, "", nil},
		// A token said not found under a scheme the challenge does not
		// name: the server looked for its own scheme's token.
		{"jwt not found to a JWT under Token", 401, bearerChallenge, `{"message":"JWT not found"}`, otherScheme("Token"), SchemeMismatch, nil},
		{"jwt token was not found to a JWT under JWT", 401, bearerChallenge, `{"error":"The JWT token was not found in the request."}`, otherScheme("JWT"), SchemeMismatch, nil},
		{"token not found or expired judged the value", 401, bearerChallenge, `{"message":"JWT token not found or expired"}`, otherScheme("Token"), CredentialRejected, []string{SchemeMismatch}},
	})
}
