package diagnose

import (
	"strings"
	"testing"
	"time"
)

// TestOneProviderReadingsGeneral2: readings first made after one provider's answer,
// read in other servers' words (two paraphrases at least) and beside a
// neighbour each must leave alone.
func TestOneProviderReadingsGeneral2(t *testing.T) {
	tok := bearer("API_TOKEN", "opq_7Hd92kLmQ4pXrT")
	t.Run("authnFailedDefinitionRE", func(t *testing.T) {
		runReadings(t, []readingCase{
			{"LiveCoinWatch: expected but has failed, in a 200 ok:false", 200, nil, `{"ok":false,"error":"The requester is not authorized to access the resource. This is similar to 403 but is used in cases where authentication is expected but has failed or has not been provided."}`, tok, CredentialRejected, nil},
			{"paraphrase: the textbook definition, required and has failed", 200, nil, `{"ok":false,"error":"Unauthorized: not authorized to access the resource; used when authentication is required and has failed or has not yet been provided"}`, tok, CredentialRejected, nil},
			{"paraphrase: needed but was not supplied", 200, nil, `{"success":false,"message":"You are not authorized to access the resource: authentication was needed but was not supplied."}`, tok, CredentialRejected, nil},
			{"neighbour: authentication succeeded, the role is missing", 200, nil, `{"ok":false,"error":"You are not authorized to access the resource: authentication succeeded but the role does not allow it"}`, tok, PermissionDenied, []string{CredentialRejected}},
		})
	})
	t.Run("jwtExpired in noCredentialCode", func(t *testing.T) {
		expired := makeJWT(map[string]any{"sub": "ci", "exp": time.Now().Add(-2 * time.Hour).Unix()})
		fresh := makeJWT(map[string]any{"sub": "ci", "exp": time.Now().Add(2 * time.Hour).Unix()})
		runReadings(t, []readingCase{
			{"Verdaccio: no credentials provided to an expired session token", 401, nil, `{"error":"no credentials provided"}`, bearer("SESSION_TOKEN", expired), JWTExpired, nil},
			{"paraphrase: express-jwt's no authorization token was found", 401, nil, `{"message":"No authorization token was found"}`, bearer("SESSION_TOKEN", expired), JWTExpired, nil},
			{"paraphrase: an expired JWT in a header of its own, the token said missing", 401, nil, `{"error":"Access token is missing"}`, headerCred("X-Access-Token", "ACCESS_TOKEN", expired), JWTExpired, nil},
			{"neighbour: a JWT still valid, no credentials provided", 401, nil, `{"error":"no credentials provided"}`, bearer("SESSION_TOKEN", fresh), CredentialInWrongPlace, []string{JWTExpired}},
		})
	})
	t.Run("envelope status keys and JSONP", func(t *testing.T) {
		key := apiKey("API_KEY", "key_9f8e7d6c5b4a3210", "X-API-Key", "")
		js := map[string]string{"Content-Type": "application/javascript"}
		runReadings(t, []readingCase{
			{"2Checkout: JSONP, exception, errorMsg beside httpStatus 401", 200, js, `jsonCallback({"validationErrors":null,"response":null,"exception":{"exception":false,"errorMsg":"Unauthorized","httpStatus":"401","errorCode":"300"}});`, key, CredentialRejected, nil},
			{"paraphrase: an exception's errorMessage beside statusCode 401", 200, nil, `{"exception":{"errorMessage":"Unauthorized","statusCode":401}}`, key, CredentialRejected, nil},
			{"paraphrase: another callback, status_code 401 and errorMessage", 200, js, `jQuery3510_17({"status_code":401,"errorMessage":"Unauthorized"});`, key, CredentialRejected, nil},
			{"paraphrase: a callback, an error object with httpStatus 403", 200, js, `callback({"error":{"errorMsg":"Permission denied","httpStatus":403}})`, key, PermissionDenied, nil},
			{"neighbour: an exception beside statusCode 404 is data", 200, nil, `{"exception":{"errorMessage":"Order not found","statusCode":404}}`, key, "", nil},
		})
	})
	t.Run("a status 0 beside a bare failure word", func(t *testing.T) {
		key := apiKey("API_KEY", "key_9f8e7d6c5b4a3210", "", "apikey")
		runReadings(t, []readingCase{
			{"Etherscan: status 0, NOTOK, the result says the key", 200, nil, `{"status":"0","message":"NOTOK","result":"Invalid API Key"}`, key, CredentialRejected, nil},
			{"paraphrase: status 0, msg FAILED, the error says the key", 200, nil, `{"status":0,"msg":"FAILED","error":"API key is invalid"}`, key, CredentialRejected, nil},
			{"paraphrase: status 0, message ERROR, the data says the rate", 200, nil, `{"status":"0","message":"ERROR","data":"Max rate limit reached, please use API Key for higher rate limit"}`, key, RateLimited, nil},
			{"neighbour: status 0, message ERROR, the data says the request's date", 200, nil, `{"status":"0","message":"ERROR","data":"Invalid date range"}`, key, "", nil},
			{"neighbour: status 0 with what happened", 200, nil, `{"status":"0","message":"No transactions found","result":[]}`, key, "", nil},
		})
	})
	t.Run("requests to this API blocked", func(t *testing.T) {
		key := apiKey("API_KEY", "AIzaSyD-4f2b9c1d7e6a5b8c3d0e9f1a2b7c6", "", "key")
		runReadings(t, []readingCase{
			{"Google: requests to this API method are blocked", 403, nil, `{"error":{"code":403,"message":"Requests to this API translate.googleapis.com method google.cloud.translation.v2.TranslateService.TranslateText are blocked.","status":"PERMISSION_DENIED"}}`, key, PermissionDenied, nil},
			{"paraphrase: calls to this service are not allowed for this key", 403, nil, `{"message":"Calls to this service are not allowed for this key."}`, key, PermissionDenied, []string{CredentialRejected}},
			{"paraphrase: requests to this endpoint have been blocked for the key", 403, nil, `{"error":"Requests to this endpoint have been blocked for your API key"}`, key, PermissionDenied, []string{CredentialRejected}},
			{"neighbour: requests from a referer blocked", 403, nil, `{"error":{"code":403,"message":"Requests from referer https://ci.example.com are blocked.","status":"PERMISSION_DENIED"}}`, key, ReferrerRestricted, nil},
		})
		// The paraphrases are the key's API restrictions, not the 403's
		// generic permission.
		for _, b := range []string{`{"message":"Calls to this service are not allowed for this key."}`, `{"error":"Requests to this endpoint have been blocked for your API key"}`} {
			causes := Analyze(corpusCase{cred: key, api: fixed{status: 403, header: jsonCT(), body: b}}.run(t, ""))
			checkCauses(t, causes, key)
			if len(causes) == 0 || !strings.Contains(causes[0].Message, "does not include this API") {
				t.Errorf("%s: not read as the key's API restrictions:\n%s", b, dump(causes))
			}
		}
	})
	t.Run("claimFailedPattern", func(t *testing.T) {
		jwt := bearer("ACCESS_TOKEN", makeJWT(map[string]any{"sub": "ci", "aud": "api://other", "iss": "https://idp.example.com/", "exp": time.Now().Add(time.Hour).Unix()}))
		runReadings(t, []readingCase{
			{"Logto: jose's claim aud check_failed", 401, nil, `{"message":"Unauthorized.","code":"auth.unauthorized","data":{"code":"ERR_JWT_CLAIM_VALIDATION_FAILED","name":"JWTClaimValidationFailed","claim":"aud","reason":"check_failed"}}`, jwt, JWTWrongAudience, nil},
			{"paraphrase: Spring's the aud claim is not valid", 401, nil, `{"error":"invalid_token","error_description":"The aud claim is not valid"}`, jwt, JWTWrongAudience, nil},
			{"paraphrase: claim 'iss' is invalid", 401, nil, `{"message":"Token rejected: claim 'iss' is invalid"}`, jwt, JWTWrongIssuer, nil},
			{"neighbour: the sub claim is not valid names neither", 401, nil, `{"message":"Token rejected: claim 'sub' is invalid"}`, jwt, CredentialRejected, []string{JWTWrongAudience, JWTWrongIssuer}},
		})
	})
}
