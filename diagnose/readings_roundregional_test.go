package diagnose

import "testing"

// TestRoundregionalReadings: the readings the roundregional round added,
// each in words another server could send for the same thing, with the
// neighbour it must leave alone.
func TestRoundregionalReadings(t *testing.T) {
	key := headerCred("Authorization", "SECRET_KEY", roundregionalBasic("sk_test_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5", ""))
	tok := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	text := map[string]string{"Content-Type": "text/plain; charset=utf-8"}
	runReadings(t, []readingCase{
		// An envelope's status text under status_message (TMDB's and
		// Midtrans' key), beside a refusal's status_code in a 200.
		{"status_message beside status_code 7, success false", 200, nil, `{"status_code":7,"status_message":"Invalid API key: You must be granted a valid key.","success":false}`, key, CredentialRejected, nil},
		{"statusMessage beside statusCode 401", 200, nil, `{"statusCode":401,"statusMessage":"Access token is invalid"}`, tok, CredentialRejected, nil},
		{"status_message of a record not found stays data", 200, nil, `{"status_code":34,"status_message":"The resource you requested could not be found."}`, key, "", nil},
		// A refusal because the request itself was unauthorized: the
		// credential's, whatever "not allowed" says.
		{"not allowed due to unauthorized payload, 401", 401, nil, `{"status_message":"Operation is not allowed due to unauthorized payload."}`, key, CredentialRejected, []string{PermissionDenied}},
		{"not permitted because of an unauthorized request, 200 ok false", 200, nil, `{"ok":false,"error":"Action not permitted because of an unauthorized request"}`, key, CredentialRejected, []string{PermissionDenied}},
		{"an unauthorized operation stays the caller's", 403, nil, `{"message":"Unauthorized operation for this role"}`, key, PermissionDenied, nil},
		// A failure flag's text under errorMessage, and Turkish words for a
		// credential refused, a permission or a service kept for some
		// account holders.
		{"errorMessage under status failure", 200, nil, `{"status":"failure","errorCode":"10","errorMessage":"Invalid API key"}`, key, CredentialRejected, nil},
		{"Turkish invalid API key", 200, nil, `{"status":"failure","errorMessage":"Geçersiz API anahtarı"}`, key, CredentialRejected, nil},
		{"Turkish credentials not found, 401", 401, nil, `{"hata":"Kimlik bilgileri bulunamadı"}`, key, CredentialRejected, nil},
		{"Turkish token expired", 200, nil, `{"success":false,"message":"Token süresi dolmuş"}`, tok, TokenExpired, nil},
		{"Turkish no permission", 200, nil, `{"success":false,"message":"Bu işlem için yetkiniz yok"}`, tok, PermissionDenied, nil},
		{"Turkish open only to corporate members", 200, nil, `{"status":"failure","errorMessage":"Bu özellik yalnızca kurumsal üyelerine açıktır"}`, key, PermissionDenied, nil},
		{"English only available to marketplace customers", 200, nil, `{"status":"failure","errorMessage":"This service is only available to marketplace customers"}`, key, PermissionDenied, nil},
		{"Turkish invalid card number stays data", 200, nil, `{"status":"failure","errorCode":"12","errorMessage":"Kart numarası geçersizdir"}`, key, "", nil},
		{"a card only for some customers stays data", 400, nil, `{"message":"Installments are only available to customers of partner banks"}`, key, "", nil},
		// The caller's address said unregistered.
		{"unregistered IP address", 403, nil, `{"code":3002,"message":"Unregistered IP address."}`, key, IPRestricted, nil},
		{"IP address not registered", 403, nil, `{"error":"Your IP address is not registered for this merchant"}`, key, IPRestricted, nil},
		{"an unregistered phone number is data", 400, nil, `{"message":"Unregistered phone number"}`, key, "", []string{IPRestricted}},
		// An endpoint said invalid, with the path to check, on a refusal.
		{"invalid endpoint, check the endpoint, 401", 401, nil, `{"error":"Invalid endpoint. Please check if you are accessing the correct endpoint/resource.","code":"K004"}`, key, EndpointNotFound, nil},
		{"unknown route, verify the path, 403", 403, nil, `{"message":"Unknown route: please verify the path of the resource you call"}`, tok, EndpointNotFound, nil},
		{"a wrong endpoint with the one to use is a region's", 401, nil, `{"message":"Wrong endpoint. Use https://api-free.deepl.com"}`, key, RegionMismatch, nil},
		{"an invalid endpoint on a 404 gets no cause", 404, nil, `{"message":"Invalid endpoint. Please check the URL you are calling."}`, key, "", nil},
		{"a webhook endpoint field said invalid is data", 400, nil, `{"message":"Invalid endpoint URL. Please check the webhook url you registered."}`, key, "", nil},
		// Rate limiting said not configured: the server's, no limit.
		{"rate limiting not configured, 500", 500, nil, `{"message":"Rate limiting not configured","code":"request_failed","type":"internal_error"}`, key, "", nil},
		{"rate limits are disabled, 503", 503, text, "Service unavailable: rate limits are disabled during maintenance", key, "", []string{RateLimited}},
		{"a limit exceeded beside it stays a limit", 429, nil, `{"message":"Rate limit exceeded; rate limiting is not configured per key"}`, key, RateLimited, nil},
		// Late: a false "status" flag, and a key or token refused or
		// missing in Spanish and Portuguese.
		{"status false with an invalid key", 200, nil, `{"status":false,"message":"Invalid API key"}`, key, CredentialRejected, nil},
		{"status false in Spanish", 200, nil, `{"status":false,"message":"Llave privada inválida"}`, key, CredentialRejected, nil},
		{"status false of no records stays data", 200, nil, `{"status":false,"message":"No records found"}`, key, "", nil},
		{"Spanish authentication token invalid, 401", 401, nil, `{"error":"Token de autenticación inválido"}`, tok, CredentialRejected, nil},
		{"Portuguese api_key missing, nothing sent", 401, nil, `{"errors":[{"message":"api_key está faltando"}]}`, nil, NoCredentialsSent, nil},
		{"Portuguese api key missing, nothing sent, 400", 400, nil, `{"message":"chave de api está faltando"}`, nil, NoCredentialsSent, nil},
		{"a card number token missing is data", 400, nil, `{"errors":[{"parameter_name":"card_number","message":"Token do número do cartão está faltando"}]}`, key, "", nil},
		// From TestMetamorphic: a credential not authorized for this
		// service or endpoint, a caller that has no authorization to use
		// it, in a failure flag too; an endpoint said bad; Turkish
		// upper-cased.
		{"token not authorized for this endpoint, ok false", 200, nil, `{"ok":false,"error":"This token is not authorized for this endpoint"}`, tok, PermissionDenied, nil},
		{"key not allowed for the service, 403", 403, nil, `{"message":"The API key is not allowed for the service"}`, key, PermissionDenied, nil},
		{"account has no permission to access, status error", 200, nil, `{"status":"error","message":"Account has no permission to access this report"}`, key, PermissionDenied, nil},
		{"app has no authorization to call, 403 page", 403, map[string]string{"Content-Type": "text/html"}, `<html><head><title>The app has no authorization to call this method.</title></head><body></body></html>`, tok, PermissionDenied, nil},
		{"a request with no authorization header is nothing sent", 401, nil, `{"message":"Request has no Authorization header"}`, nil, NoCredentialsSent, []string{PermissionDenied}},
		{"bad endpoint, verify the route, 403", 403, nil, `{"message":"Bad endpoint. Please verify the route you called."}`, tok, EndpointNotFound, nil},
		{"Turkish invalid API key upper-cased", 200, nil, `{"status":"failure","errorMessage":"GEÇERSIZ API ANAHTARI"}`, key, CredentialRejected, nil},
	})
}
