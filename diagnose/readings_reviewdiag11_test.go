package diagnose

import "testing"

// TestReviewdiag11Readings: readings this session's rounds widened past
// their meaning, each narrowed to it: the reading still holds in the
// rounds' words and a paraphrase, and leaves alone the neighbour it took
// (each neighbour read a cause before).
func TestReviewdiag11Readings(t *testing.T) {
	tok := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	runReadings(t, []readingCase{
		// The request's subject bound to another access token; a payment
		// card's token is the request's data.
		{"msisdn does not match the bearer token's subject", 403, nil, `{"message":"The msisdn does not match the bearer token's subject"}`, tok, PermissionDenied, nil},
		{"a customer that does not match a card token is data", 400, nil, `{"error":{"message":"The customer does not match the token"}}`, tok, "", []string{PermissionDenied}},
		{"an account number that does not match a payment token is data", 400, nil, `{"error":"Account number does not match the token provided"}`, tok, "", []string{PermissionDenied}},
		// A plan's subscribers or paid plans; a count of subscriptions or
		// plans is the data's.
		{"restricted to premium plans", 403, nil, `{"error":"Historical data is restricted to premium plans"}`, tok, PermissionDenied, nil},
		{"limited to paid plan subscribers", 403, nil, `{"message":"This endpoint is limited to paid plan subscribers"}`, tok, PermissionDenied, nil},
		{"limited to five active subscriptions is a count", 400, nil, `{"error":"You are limited to five active subscriptions"}`, tok, "", []string{PermissionDenied}},
		{"restricted to two plans is a count", 400, nil, `{"error":"A product is restricted to two plans"}`, tok, "", []string{PermissionDenied}},
		// A request not allowed to a service it names; after a colon, a
		// state of the resource is no service named.
		{"request not permitted: resource quoted", 403, nil, `{"message":"Request not permitted: resource '/v1/ledger' is not in the client's access rights"}`, tok, PermissionDenied, nil},
		{"request not allowed: resource is locked", 409, nil, `{"message":"Request is not allowed: resource is locked"}`, tok, "", []string{PermissionDenied}},
		// The credential sent said out of date; another thing of the
		// token's out of date is not it.
		{"the token you presented is out of date", 401, nil, `{"error":"The token you presented is out of date."}`, tok, TokenExpired, nil},
		{"a token list out of date is no expiry", 409, nil, `{"message":"The token list is out of date, refresh it"}`, tok, "", []string{TokenExpired}},
		// A ban for flooding is a rate; for spamming, the account's.
		{"banned for excessive requests", 429, nil, `{"error":"Your address was banned due to excessive requests; retry in an hour"}`, tok, RateLimited, nil},
		{"a user banned for spamming is the account stopped", 403, nil, `{"error":"User has been banned for spamming"}`, tok, CredentialRejected, []string{RateLimited}},
		// The service refused from a restricted place; an order's
		// destination in one is data.
		{"API unavailable from a sanctioned region", 403, nil, `{"message":"The API is not available from a sanctioned region"}`, tok, IPRestricted, nil},
		{"shipping not available in a restricted country is data", 400, nil, `{"error":"Shipping not available in a restricted country"}`, tok, "", []string{IPRestricted}},
		// A state offered beside a right lacked steps aside; beside a bare
		// "not allowed" the state is the key's.
		{"disabled or not permitted to call this API", 403, nil, `{"message":"The app is disabled or not permitted to call this API"}`, tok, PermissionDenied, nil},
		{"a key inactive or not allowed is the key refused", 401, nil, `{"error":"API key is inactive or not allowed"}`, tok, CredentialRejected, nil},
		// A credential for another network or platform; a blockchain's
		// token or a licence key is the request's data.
		{"the access token does not match the target environment", 401, nil, `{"error":"The access token does not match the target environment"}`, tok, CredentialRejected, nil},
		{"a token contract that does not match the network is data", 400, nil, `{"error":"Token contract does not match the selected network"}`, tok, "", []string{CredentialRejected}},
		{"a token withdrawn for the wrong network is data", 400, nil, `{"message":"You are withdrawing a token for the wrong network"}`, tok, "", []string{CredentialRejected}},
		{"your key is for another service", 403, nil, `{"message":"Your key is for another service"}`, tok, CredentialRejected, nil},
		{"a licence key for a different product is data", 422, nil, `{"error":"License key is for a different product"}`, tok, "", []string{CredentialRejected}},
		// The caller not allowed to do it to this thing; with the thing's
		// state as the reason, a business rule on the data.
		{"not permitted to delete this record", 403, nil, `{"error":"You are not permitted to delete this record"}`, tok, PermissionDenied, nil},
		{"you're not allowed to edit this page, 200 under an error object", 200, nil, `{"error":{"code":"noedit","info":"You're not allowed to edit this page."}}`, tok, PermissionDenied, nil},
		{"not allowed to delete this invoice because it was paid is a rule", 409, nil, `{"error":"You are not allowed to delete this invoice because it has been paid"}`, tok, "", []string{PermissionDenied}},
		{"not allowed to change this field once shipped is a rule", 422, nil, `{"message":"You are not allowed to change this field once the order has shipped"}`, tok, "", []string{PermissionDenied}},
	})
}
