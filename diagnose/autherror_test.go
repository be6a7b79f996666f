package diagnose

import (
	"net/http"
	"testing"
)

// TestAuthErrorBody: a 2xx body is an auth error by what it says, and the
// check that skips decoding most bodies skips none that could be one.
func TestAuthErrorBody(t *testing.T) {
	for _, c := range []struct {
		body, want string
	}{
		{`{"ok":false,"error":"invalid_auth"}`, "invalid_auth"},
		{`{"\u006fk":false,"error":"not_authed"}`, "not_authed"}, // an escaped key
		{`{"ok":false,"\u0065rror":"token_revoked"}`, "token_revoked"},
		{`{"status":"REQUEST_DENIED","error_message":"x"}`, "REQUEST_DENIED"},
		{`{"status":"OVER_QUERY_LIMIT","results":[]}`, "OVER_QUERY_LIMIT"},
		{`{"status":"ZERO_RESULTS","results":[]}`, ""},
		{`{"error":"invalid_token"}`, "invalid_token"},
		{`{"errors":[{"extensions":{"code":"UNAUTHENTICATED"}}]}`, "UNAUTHENTICATED"},
		{`{"errors":[{"extensions":{"path":"$","code":"invalid-jwt"}}]}`, "invalid-jwt"},
		{`{"error":["EAPI:Invalid key"],"result":{}}`, "EAPI:Invalid key"},
		{`{"data":{"scriptTagCreate":null},"errors":[{"message":"ScriptTagCreate access denied","path":["scriptTagCreate"]}]}`, "ScriptTagCreate access denied"},
		{`{"data":null,"errors":[{"message":"Cannot query field \"x\" on type \"Query\"."}]}`, ""},
		{`{"error":"invalid_client"}`, "invalid_client"},
		{`{"error":"invalid_grant","error_description":"Invalid refresh token"}`, "invalid_grant"},
		{`{"error":"invalid_request"}`, ""},
		{`{"error":["EOrder:Insufficient funds"]}`, ""},
		{`{"error":[],"result":{"XXBT":"1.0"}}`, ""},
		{`{"message-count":"1","messages":[{"status":"4","error-text":"Bad Credentials"}]}`, "Bad Credentials"},
		{`{"message-count":"1","messages":[{"status":"0","message-id":"0A0000000123ABCD1"}]}`, ""},
		{`{"data":null,"errors":[{"message":"Your token has not been granted the required scopes to execute this query.","locations":[{"line":9,"column":1}]}]}`,
			"Your token has not been granted the required scopes to execute this query."},
		{`{"data":null,"errors":[{"message":"Could not resolve to a Repository with the name 'x/y'.","type":"NOT_FOUND"}]}`, ""},
		{`{"result":null,"error_message":"Quota exceeded for this month"}`, ""},
		{`{"errors":[{"type":"RATE_LIMIT","code":"graphql_rate_limit","message":"API rate limit already exceeded for user ID 1."}]}`, "RATE_LIMIT"},
		{`{"errors":[{"message":"Query exceeds the rate limit of 5000 points"}]}`, "Query exceeds the rate limit of 5000 points"},
		{`{"data":null,"errors":[{"message":"Field 'limit' exceeds its maximum of 100","type":"ARGUMENT_LIMIT"}]}`, ""},
		{`{"ok":false,"error":"channel_not_found"}`, ""},
		{`{"ok":false,"error":"You cannot consume this service"}`, "You cannot consume this service"},
		{`{"success":false,"message":"Name or password is incorrect."}`, "Name or password is incorrect."},
		{`{"ok":false,"error":"HTTP Error 401"}`, "HTTP Error 401"},
		{`{"ok":false,"error":"The name field is required."}`, ""},
		{`{"ok":false,"error":"Invalid partition key"}`, ""},
		{`{"ok":false,"error":"HTTP Error 404"}`, ""},
		{`{"authenticated":true,"token":"abc"}`, ""},
		{`{"items":[1,2,3],"path":"/x"}`, ""},
		{`not json`, ""},
		{`{"code":40105,"message":"Access token is incorrect or has been revoked.","data":{}}`, "Access token is incorrect or has been revoked."},
		{`{"code":0,"message":"OK","data":{"token":"x"}}`, ""},
		{`{"retCode":10003,"retMsg":"API key is invalid.","result":{}}`, "API key is invalid."},
		{`{"ret_code":"-2015","ret_msg":"Invalid API-key, IP, or permissions for action.","result":null}`, "Invalid API-key, IP, or permissions for action."},
		{`{"retCode":0,"retMsg":"OK","result":{}}`, ""},
		{`{"status":"1","message":"OK-Missing/Invalid API Key, rate limit of 1/5sec applied","result":"1"}`, ""},
		{`{"error":["EAPI:Wrong nonce"]}`, "EAPI:Wrong nonce"},
		{`{"code":200,"message":"Token refreshed","data":{}}`, ""},
		{`<Resp><Ack>Failure</Ack><Errors><ShortMessage>Auth token is invalid.</ShortMessage></Errors></Resp>`, "Auth token is invalid."},
		{`<Resp><Ack>Success</Ack><Token>Auth token is invalid.</Token></Resp>`, ""},
		{`<Resp><Ack>Failure</Ack><Errors><ShortMessage>Item not found.</ShortMessage></Errors></Resp>`, ""},
		// numeric-code envelopes of providers outside the US (the intl round)
		{`{"error":{"error_code":5,"error_msg":"User authorization failed: invalid access_token (4)."}}`, "User authorization failed: invalid access_token (4)."},
		{`{"error":{"error_code":113,"error_msg":"Invalid user id"}}`, ""},
		{`{"Response":{"Error":{"Code":"AuthFailure.SecretIdNotFound","Message":"The SecretId is not found"},"RequestId":"r"}}`, "The SecretId is not found"},
		{`{"Response":{"Error":{"Code":"InvalidParameter","Message":"Record does not exist"},"RequestId":"r"}}`, ""},
		{`{"errcode":40014,"errmsg":"不合法的access_token"}`, "不合法的access_token"},
		{`{"errcode":40003,"errmsg":"invalid openid"}`, ""},
		{`{"errcode":45009,"errmsg":"reach max api daily quota limit"}`, "reach max api daily quota limit"},
		{`{"errcode":60020,"errmsg":"not allow to access from your ip"}`, "not allow to access from your ip"},
		{`{"errcode":48001,"errmsg":"api unauthorized"}`, "api unauthorized"},
		// One reader of the flag that says the call failed (failedFlagKeys), in its spellings.
		{`{"Response":"False","Error":"Invalid API key!"}`, "Invalid API key!"},
		{`{"response":"error","message":"The access token has expired."}`, "The access token has expired."},
		{`{"Response":"Fail","Message":"You are over your rate limit please upgrade your account!"}`, "You are over your rate limit please upgrade your account!"},
		{`{"Response":"False","Error":"Movie not found!"}`, ""},
		{`{"status":"0","message":"NOTOK","result":"Invalid API Key"}`, "Invalid API Key"},
		{`{"status":0,"message":"Failed","result":"your IP address is not whitelisted"}`, "your IP address is not whitelisted"},
		{`{"status":"0","message":"No transactions found","result":[]}`, ""},
		{`{"access_token":"ACCESS_TOKEN","expires_in":7200}`, ""},
		{``, ""},
	} {
		got, ok := AuthErrorBody([]byte(c.body))
		if got != c.want || ok != (c.want != "") {
			t.Errorf("AuthErrorBody(%s) = %q, %v; want %q", c.body, got, ok, c.want)
		}
	}
}

// TestAuthErrorHeader: a 2xx whose header says the login was refused
// counts; the same header saying it succeeded, or another header, does not.
func TestAuthErrorHeader(t *testing.T) {
	for _, c := range []struct {
		name, value string
		want        bool
	}{
		{"X-Seraph-LoginReason", "AUTHENTICATION_DENIED", true},
		{"X-Seraph-LoginReason", "AUTHENTICATED_FAILED", true},
		{"X-Seraph-LoginReason", "OK", false},
		{"X-Request-Id", "AUTHENTICATION_DENIED", false},
	} {
		h := http.Header{}
		h.Set(c.name, c.value)
		e, ok := AuthErrorHeader(h)
		if ok != c.want || ok && e != "X-Seraph-Loginreason: "+c.value {
			t.Errorf("AuthErrorHeader(%s: %s) = %q, %v; want %v", c.name, c.value, e, ok, c.want)
		}
	}
}
