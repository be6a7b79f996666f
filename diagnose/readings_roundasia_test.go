package diagnose

import "testing"

// TestRoundasiaReadings: the readings the roundasia round added, each in
// words another server could send for the same thing, with the neighbour
// it must leave alone.
func TestRoundasiaReadings(t *testing.T) {
	tok := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	key := apiKey("APP_KEY", "ak_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4", "", "app_key")
	login := basicCred("+79001234567", "Wq8ZbV3kLmN0pQrS")
	text := map[string]string{"Content-Type": "text/plain; charset=utf-8"}
	runReadings(t, []readingCase{
		// The envelope inside a method's response object, its sub-error
		// saying what the generic code does not.
		{"a sub_code naming a bad signature, in a method's response object", 200, nil, `{"trade_pay_response":{"code":"40002","msg":"Invalid Arguments","sub_code":"isv.invalid-signature","sub_msg":"check the signing key"},"sign":"c2lnbg=="}`, key, CredentialRejected, nil},
		{"an error_response whose sub_code names the session key", 200, nil, `{"error_response":{"code":27,"msg":"Invalid session","sub_code":"invalid-sessionkey"}}`, key, CredentialRejected, nil},
		{"a business failure in a response object is the business's", 200, nil, `{"trade_query_response":{"code":"40004","msg":"Business Failed","sub_code":"ACQ.TRADE_NOT_EXIST","sub_msg":"trade does not exist"}}`, key, "", []string{CredentialRejected}},
		// An app or client id said invalid in an envelope.
		{"invalid app_id in a numeric envelope", 200, nil, `{"code":10001,"msg":"invalid app_id"}`, key, CredentialRejected, nil},
		{"an appid not valid, in errcode/errmsg", 200, nil, `{"errcode":40013,"errmsg":"invalid appid"}`, key, CredentialRejected, nil},
		{"an invalid order id is data", 200, nil, `{"code":10002,"msg":"invalid order id"}`, key, "", []string{CredentialRejected}},
		// A result header whose message speaks of the credential.
		{"a result header says the token was revoked", 200, nil, `{"header":{"resultCode":"E0401","resultMessage":"Access token is revoked"},"body":null}`, tok, CredentialRejected, nil},
		{"a result object says the token expired", 200, nil, `{"result":{"code":"F","message":"The access token has expired"},"data":null}`, tok, TokenExpired, nil},
		{"a successful result header refuses nothing", 200, nil, `{"header":{"resultCode":"S0000","resultMessage":"Success"},"body":{"balance":100}}`, tok, "", []string{CredentialRejected}},
		// A list of error codes naming the credential, then its fault.
		{"errors list: session_token.invalid", 200, nil, `{"status":"error","errors":["session_token.invalid"]}`, tok, CredentialRejected, nil},
		{"errors list: api_key-revoked", 200, nil, `{"errors":["api_key-revoked"]}`, key, CredentialRejected, nil},
		{"errors list naming a field is the request's", 200, nil, `{"status":"error","errors":["email.invalid"]}`, tok, "", []string{CredentialRejected}},
		// No permission in Chinese, for what the call names or outside the
		// authorized scope.
		{"no permission to access this resource, in Chinese", 200, nil, `{"code":403001,"msg":"当前应用没有访问该资源的权限"}`, tok, PermissionDenied, nil},
		{"a user outside the permission scope, in Chinese", 200, nil, `{"errcode":50002,"errmsg":"用户不在权限范围内"}`, tok, PermissionDenied, nil},
		{"an invalid parameter in Chinese is the request's", 200, nil, `{"errcode":40035,"errmsg":"不合法的参数"}`, tok, "", []string{PermissionDenied, CredentialRejected}},
		// "Access denied" in another language reads as the English words:
		// on a 401 the credential, on a 403 the caller; a 2xx envelope's own
		// 403 is a 403.
		{"Доступ запрещён on a 401", 401, nil, `{"message":"Доступ запрещён"}`, tok, CredentialRejected, []string{PermissionDenied}},
		{"Acceso denegado on a 403", 403, nil, `{"error":"Acceso denegado"}`, tok, PermissionDenied, nil},
		{"Access denied in a 200 whose envelope says 403", 200, nil, `{"code":403,"message":"Access denied"}`, tok, PermissionDenied, nil},
		{"Access denied in a 200 whose envelope says 401", 200, nil, `{"code":401,"message":"Access denied"}`, tok, CredentialRejected, []string{PermissionDenied}},
		// Authentication said "certification".
		{"IAM Certification failed", 200, nil, `{"error_code":14,"error_msg":"IAM Certification failed"}`, tok, CredentialRejected, nil},
		{"user certification failure", 200, nil, `{"code":"401","msg":"user certification failure"}`, tok, CredentialRejected, nil},
		{"a certification document is data", 200, nil, `{"code":1,"msg":"certification document uploaded"}`, tok, "", []string{CredentialRejected}},
		// Permissions said insufficient, whose permissions between.
		{"Insufficient isv permissions in an error_response", 200, nil, `{"error_response":{"code":11,"msg":"Insufficient isv permissions"}}`, key, PermissionDenied, nil},
		{"insufficient user permissions on a 403", 403, nil, `{"message":"Insufficient user permissions to delete the board"}`, tok, PermissionDenied, nil},
		{"insufficient balance is the business's", 400, nil, `{"message":"Insufficient balance for this transfer"}`, tok, "", []string{PermissionDenied}},
		// A caller not authorized to operate on what it names.
		{"user not authorized to operate on the resource, on a 400", 400, nil, `{"Code":"Forbidden.RAM","Message":"User not authorized to operate on the specified resource."}`, key, PermissionDenied, nil},
		{"client not authorized to act on this project", 403, nil, `{"message":"Client not authorized to act on this project"}`, tok, PermissionDenied, nil},
		{"a locked resource is the business's", 400, nil, `{"message":"Unable to operate on the specified resource: it is locked"}`, key, "", []string{PermissionDenied}},
		// A credential said needed and no more, to a request with none.
		{"need a token, nothing sent", 400, nil, `{"code":99991661,"msg":"Need a token","data":{}}`, nil, NoCredentialsSent, nil},
		{"you need an API key to use this endpoint, nothing sent", 401, nil, `{"error":"You need an API key to use this endpoint"}`, nil, NoCredentialsSent, nil},
		{"a token needed with a scope asks for the scope", 403, nil, `{"message":"You need a token with the write scope"}`, tok, PermissionDenied, []string{NoCredentialsSent, CredentialInWrongPlace}},
		// A message's reply token or a device's push token is data.
		{"an invalid reply token is the request's", 400, nil, `{"message":"Invalid reply token"}`, tok, "", []string{CredentialRejected}},
		{"an invalid device token is the request's", 400, nil, `{"error":"invalid device token"}`, tok, "", []string{CredentialRejected}},
		{"an invalid access token stays refused", 401, nil, `{"message":"Invalid access token"}`, tok, CredentialRejected, nil},
		// A rate limit said in a code written as one word.
		{"RequestLimitExceeded with its words in Chinese", 200, nil, `{"Response":{"Error":{"Code":"RequestLimitExceeded","Message":"请求过于频繁，请稍后重试"},"RequestId":"8c5b2d9e"}}`, tok, RateLimited, nil},
		{"RateLimitExceeded on a 403", 403, nil, `{"code":"RateLimitExceeded","message":"稍后重试"}`, tok, RateLimited, nil},
		{"a quota of instances is no rate", 400, nil, `{"Code":"LimitExceeded.InstanceQuota","Message":"The number of instances exceeds the quota"}`, key, "", []string{RateLimited}},
		// The calling site's URL said unknown to the key.
		{"web service URL not registered", 403, nil, `{"error":"Web service URL is not registered for this client id"}`, key, ReferrerRestricted, nil},
		{"unregistered client URL", 401, nil, `{"message":"Unregistered client URL"}`, key, ReferrerRestricted, nil},
		{"a client id that does not exist is no referrer", 401, nil, `{"errorMessage":"Not Exist Client ID : Authentication failed.","errorCode":"024"}`, key, CredentialInWrongPlace, []string{ReferrerRestricted}},
		// A method unavailable with this kind of credential.
		{"method unavailable with group auth", 200, nil, `{"error":{"error_code":27,"error_msg":"Group authorization failed: method is unavailable with group auth."}}`, tok, PermissionDenied, nil},
		{"endpoint not available with an app token", 403, nil, `{"message":"This endpoint is not available with an app token"}`, tok, PermissionDenied, nil},
		{"a method unavailable without a token found none", 200, nil, `{"error":{"error_code":8,"error_msg":"Invalid request: method is unavailable without access token"}}`, nil, "", []string{PermissionDenied}},
		// A way of logging in refused for apps that use it.
		{"unavailable for apps with direct auth", 401, nil, `{"error":"invalid_access","error_description":"Security issue. Unavailable for apps with direct auth."}`, login, DeprecatedAuthMethod, nil},
		{"not available for applications using basic authentication", 401, text, "This API is not available for applications using basic authentication", login, DeprecatedAuthMethod, nil},
		{"unavailable for apps with few users is no method", 403, nil, `{"message":"Unavailable for apps with fewer than 10 users"}`, tok, PermissionDenied, []string{DeprecatedAuthMethod}},
		// A security or session token said expired in a code's spelling.
		{"SecurityToken.Expired named as a parameter", 400, nil, `{"Code":"InvalidParameter","Message":"The specified parameter \"SecurityToken.Expired\" is not valid."}`, key, TokenExpired, nil},
		{"session_token.expired", 401, nil, `{"error":"session_token.expired"}`, tok, TokenExpired, nil},
		{"an expired card token is data", 400, nil, `{"error":"card_token.expired"}`, tok, "", []string{TokenExpired}},
		// Late: a request's frequency limit said triggered or reached.
		{"request trigger frequency limit on a 400", 400, nil, `{"code":99991400,"msg":"request trigger frequency limit","data":{}}`, tok, RateLimited, nil},
		{"API frequency limit exceeded on a 403", 403, nil, `{"message":"API frequency limit exceeded, retry later"}`, tok, RateLimited, nil},
		{"a frequency setting out of range is the request's", 400, nil, `{"message":"The reminder frequency limit must be between 1 and 10"}`, tok, "", []string{RateLimited}},
		// Late: an HMAC said wrong is the signature refused.
		{"HMAC_HASH_INCORRECT on a 403", 403, nil, `{"errorCode":"00002","errorMessage":"HMAC_HASH_INCORRECT"}`, tok, CredentialRejected, nil},
		{"invalid HMAC on a 401", 401, nil, `{"error":"Invalid HMAC"}`, tok, CredentialRejected, nil},
		{"a file's hash incorrect is the request's", 400, nil, `{"message":"The file hash is incorrect"}`, tok, "", []string{CredentialRejected}},
		// Late: a referrer restriction to a request that sent no key.
		{"a referer not allowed, nothing sent", 403, nil, `{"error":"Referer not allowed for this API key"}`, nil, NoCredentialsSent, nil},
		{"a referer not allowed, a key sent", 403, nil, `{"error":"Referer not allowed for this API key"}`, key, ReferrerRestricted, nil},
		// Metamorphic: a 2xx failure flag reads the words as normalizeWords
		// says them too (a refusal in another language).
		{"Доступ запрещен under ok:false", 200, nil, `{"ok":false,"message":"Доступ запрещен"}`, tok, CredentialRejected, nil},
		{"Неверный логин или пароль under status:error", 200, nil, `{"status":"error","message":"Неверный логин или пароль"}`, tok, CredentialRejected, nil},
		{"a channel not found in Russian is the business's", 200, nil, `{"ok":false,"error":"Канал не найден"}`, tok, "", []string{CredentialRejected}},
		{"a wrong password in Russian on a 401", 401, nil, `{"error":"Неверный пароль"}`, login, CredentialRejected, nil},
		{"a wrong phone format in Russian is the request's", 400, nil, `{"error":"Неверный формат телефона"}`, tok, "", []string{CredentialRejected}},
		// Metamorphic: an API said not available for the account is the
		// caller's, in a 2xx flag too.
		{"not available for your account under success:false", 200, nil, `{"success":false,"message":"Access to this API is not available for your account"}`, tok, PermissionDenied, nil},
		{"not available for this organization on a 403", 403, nil, `{"message":"Webhooks are not available for this organization"}`, tok, PermissionDenied, nil},
		{"not available for delivery is the business's", 400, nil, `{"message":"This item is not available for delivery to this address"}`, tok, "", []string{PermissionDenied}},
	})
}
