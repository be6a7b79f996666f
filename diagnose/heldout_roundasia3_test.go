package diagnose

import (
	"encoding/base64"
	"testing"
	"time"
)

// roundasia3Cases: a third held-out round on Asian APIs, answers no corpus
// held: Amap (Gaode) web services' infocodes, Sina Weibo's error codes,
// Zerodha Kite Connect's exceptions, Upstox (v1 and the v2 UDAPI codes),
// Feishu's user token code, kintone's REST API (Cybozu), Backlog (Nulab)
// and Alipay's open platform token and permission sub codes; answers
// that refuse nothing from the same servers (Upstox, Alibaba Cloud DNS,
// kintone, Amap, Kite). kintone's statuses, codes and messages come from
// cli-kintone's end-to-end features run against a real kintone; where
// only a message, a code or a documented table was at hand, the
// provider's documented envelope is written around it and a comment says
// so, as it does where the status is assumed. Gathered and given their
// expected first cause from the catalog before the diagnosis code was
// read; a comment says why when two codes could fit. First run, before
// any fix: first cause right in 34 of 40 (refusals 27 of 33, non-refusals
// 7 of 7 given no cause). Misses: Amap's USERKEY_PLAT_NOMATCH,
// DAILY_QUERY_OVER_LIMIT and INVALID_USER_IP read as nothing (a 200 whose
// only words are an info code in capitals); ACCESS_TOO_FREQUENT read as
// credential_rejected, not a rate; Kite's "Incorrect `api_key` or
// `access_token`." under TokenException on a 403 read as
// permission_denied; Alipay's aop.invalid-app-auth-token-no-api
// (商户未授权当前接口, the merchant has not granted this API) read as
// credential_rejected. After the readings the misses lacked: 40 of 40
// (a credential's name in backticks or quotes read as the name; a
// request or access said too frequent in the singular; a period's or a
// caller's count of queries said over its limit; the caller's address
// named invalid as the user's IP; a key said of another platform or
// service; the interface called said not granted, in Chinese too, above
// a code that names the token). None is on the blind expectations.
func roundasia3Cases(now time.Time) []provCase {
	const (
		amapDocs    = "https://lbs.amap.com/api/webservice/guide/tools/info"
		weiboDocs   = "https://open.weibo.com/wiki/Error_code"
		kiteExc     = "https://kite.trade/docs/connect/v3/exceptions/"
		upstoxErrs  = "https://upstox.com/developer/api-documentation/error-codes"
		kintoneRec  = "https://github.com/kintone/cli-kintone/blob/05693531919bf268742769025e664f05892584a7/features/record/common.feature"
		kintoneImp  = "https://github.com/kintone/cli-kintone/blob/0cc9ead014917ab5aafc3908e6e1a580c0754bd1/features/import.feature"
		alipayCodes = "https://opendocs.alipay.com/common/02km9f"
	)
	json := jsonCT
	amapKey := apiKey("AMAP_WEB_KEY", "3f5c9e1a7b2d4c6e8f0a1b3c5d7e9f12", "", "key")
	amap := func(info, code string) string {
		return `{"status":"0","info":"` + info + `","infocode":"` + code + `"}`
	}
	const amapGeo = "/v3/geocode/geo?address=%E5%8C%97%E4%BA%AC%E5%B8%82%E6%9C%9D%E9%98%B3%E5%8C%BA"
	weiboToken := apiKey("WEIBO_ACCESS_TOKEN", "2.00Wq8ZbV3kLmN0pQ7tUvXyZa1b2c3d4e5fG", "", "access_token")
	kite := headerCred("Authorization", "KITE_AUTHORIZATION", "token q7x9kf2m4npa1z:Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e")
	upstoxJWT := bearer("UPSTOX_ACCESS_TOKEN", makeJWT(map[string]any{"sub": "7ABCDE", "iss": "udapi-gateway-service",
		"iat": now.Add(-time.Hour).Unix(), "exp": now.Add(20 * time.Hour).Unix()}))
	upstox := func(code, msg string) string {
		return `{"status":"error","errors":[{"errorCode":"` + code + `","message":"` + msg + `","propertyPath":null,"invalidValue":null,"error_code":"` + code + `","property_path":null,"invalid_value":null}]}`
	}
	kintoneErr := func(code, id, msg string) string {
		return `{"code":"` + code + `","id":"` + id + `","message":"` + msg + `"}`
	}
	kintoneToken := headerCred("X-Cybozu-API-Token", "KINTONE_API_TOKEN", "Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i")
	kintonePassword := headerCred("X-Cybozu-Authorization", "KINTONE_LOGIN",
		base64.StdEncoding.EncodeToString([]byte("import-bot:Wq8ZbV3kLmN0pQrS")))
	alipayAuth := apiKey("ALIPAY_AUTH_TOKEN", "authusrB7c41b5d9e2f8031c6d4e7f9a2b5c8d1e", "", "auth_token")
	alipayAppAuth := apiKey("ALIPAY_APP_AUTH_TOKEN", "202407BB3f5c9e1a7b2d4c6e8f0a1b3c5d7e9X12", "", "app_auth_token")
	alipay := func(method, code, msg, sub, subMsg string) string {
		return `{"` + method + `":{"code":"` + code + `","msg":"` + msg + `","sub_code":"` + sub + `","sub_msg":"` + subMsg + `"},"sign":"fFtejz7s352L9iWGNp1/aSqG33oXGkt2Syj+Ik3zx0Qh2XkR+Lb/9O0OJ87VV4/WUQA21g8fVgyYSWPbv4dks"}`
	}
	const alipayGateway = "/gateway.do?method=alipay.user.info.share&app_id=2021000000000001&charset=utf-8&sign_type=RSA2&version=1.0"
	return []provCase{
		// Amap (Gaode) web services answer 200 with status "0" and an
		// info code; the key travels in the query. The first is byte for
		// byte from the issue; the others are the documented envelope
		// around the info table's words.
		{src: "https://github.com/Sitoi/dailycheckin/issues/427", name: "Amap 200 infocode 10001 INVALID_USER_KEY", status: 200,
			header: json(), body: amap("INVALID_USER_KEY", "10001"), cred: amapKey, path: amapGeo, want: CredentialRejected},
		// A key of another platform (a JS API or mobile key on the web
		// service): the key is not enabled for this API.
		{src: "https://github.com/hwj911327/address-parse/pull/6", name: "Amap 200 infocode 10009 USERKEY_PLAT_NOMATCH (envelope from the info table)", status: 200,
			header: json(), body: amap("USERKEY_PLAT_NOMATCH", "10009"), cred: amapKey, path: amapGeo, want: CredentialRejected},
		{src: amapDocs, name: "Amap 200 infocode 10003 DAILY_QUERY_OVER_LIMIT (envelope from the info table)", status: 200,
			header: json(), body: amap("DAILY_QUERY_OVER_LIMIT", "10003"), cred: amapKey, path: amapGeo, want: RateLimited},
		{src: amapDocs, name: "Amap 200 infocode 10004 ACCESS_TOO_FREQUENT (envelope from the info table)", status: 200,
			header: json(), body: amap("ACCESS_TOO_FREQUENT", "10004"), cred: amapKey, path: amapGeo, want: RateLimited},
		{src: amapDocs, name: "Amap 200 infocode 10005 INVALID_USER_IP (envelope from the info table)", status: 200,
			header: json(), body: amap("INVALID_USER_IP", "10005"), cred: amapKey, path: amapGeo, want: IPRestricted},
		// The digital signature (sig) is computed with the key's private
		// secret; a wrong one is that secret refused.
		{src: amapDocs, name: "Amap 200 infocode 10007 INVALID_USER_SIGNATURE (envelope from the info table)", status: 200,
			header: json(), body: amap("INVALID_USER_SIGNATURE", "10007"), cred: amapKey, path: amapGeo + "&sig=5d41402abc4b2a76b9719d911017c592", want: CredentialRejected},
		{src: amapDocs, name: "Amap 200 infocode 10012 INSUFFICIENT_PRIVILEGES (envelope from the info table)", status: 200,
			header: json(), body: amap("INSUFFICIENT_PRIVILEGES", "10012"), cred: amapKey, path: "/v5/place/text?keywords=%E5%8C%97%E4%BA%AC", want: PermissionDenied},
		// The key was deleted by its owner.
		{src: amapDocs, name: "Amap 200 infocode 10013 USER_KEY_RECYCLED (envelope from the info table)", status: 200,
			header: json(), body: amap("USER_KEY_RECYCLED", "10013"), cred: amapKey, path: amapGeo, want: CredentialRejected},

		// Sina Weibo open API: bodies as SDKs quote them; the status is
		// assumed (the error table gives none; clients report 403 on
		// these calls).
		{src: weiboDocs, name: "Weibo 403 error_code 21332 invalid_access_token (status assumed)", status: 403,
			header: json(), body: `{"error":"invalid_access_token","error_code":21332,"request":"/2/statuses/update.json"}`,
			cred: weiboToken, method: "POST", path: "/2/statuses/update.json", want: CredentialRejected},
		{src: weiboDocs, name: "Weibo 403 error_code 21327 expired_token (status assumed)", status: 403,
			header: json(), body: `{"error":"expired_token","error_code":21327,"request":"/2/statuses/home_timeline.json"}`,
			cred: weiboToken, path: "/2/statuses/home_timeline.json", want: TokenExpired},
		// No access_token and no source (app key) sent: the server asks
		// for the app key, the credential it falls back to.
		{src: weiboDocs, name: "Weibo 403 error_code 10006 source paramter(appkey) is missing, nothing sent (status assumed)", status: 403,
			header: json(), body: `{"error":"source paramter(appkey) is missing","error_code":10006,"request":"/2/users/show.json"}`,
			path: "/2/users/show.json?uid=1404376560", want: NoCredentialsSent},

		// Zerodha Kite Connect: the exceptions page gives the envelope
		// and that TokenException and PermissionException come with 403.
		{src: "https://github.com/jugaad-py/jugaad-trader/issues/18", name: "Kite 403 TokenException Incorrect api_key or access_token (envelope from the exceptions page)", status: 403,
			header: json(), body: "{\"status\": \"error\", \"message\": \"Incorrect `api_key` or `access_token`.\", \"data\": null, \"error_type\": \"TokenException\"}",
			cred: kite, path: "/instruments/historical/3861249/5minute?from=2021-07-01+09:15:00&to=2021-07-05+15:30:00", want: CredentialRejected},
		// The token is accepted; the app or user lacks this call (market
		// data is a paid add-on).
		{src: kiteExc, name: "Kite 403 PermissionException Insufficient permission for that call (message as clients' tests quote it)", status: 403,
			header: json(), body: `{"status": "error", "message": "Insufficient permission for that call.", "data": null, "error_type": "PermissionException"}`,
			cred: kite, path: "/quote?i=NSE:RELIANCE", want: PermissionDenied},

		// Upstox v1, byte for byte from the issue.
		{src: "https://github.com/upstox/upstox-python/issues/36", name: "Upstox v1 401 Access Denied, Invalid Bearer token", status: 401,
			header: json(), body: `{"code":401,"status":"Unauthorized","timestamp":"2021-03-02T06:03:17+05:30","message":"Access Denied","error":{"reason":"Invalid Bearer token"}}`,
			cred: bearer("UPSTOX_ACCESS_TOKEN", "a3f9c1e7b5d24086af31c9e7d5b3a1f0e8c6d4b2"), path: "/live/profile", want: CredentialRejected},
		// Upstox v2: the documented envelope around the error-code table.
		{src: upstoxErrs, name: "Upstox 401 UDAPI100050 Invalid token used to access API (envelope from the docs)", status: 401,
			header: json(), body: upstox("UDAPI100050", "Invalid token used to access API"), cred: upstoxJWT, path: "/v2/user/profile", want: CredentialRejected},
		{src: upstoxErrs, name: "Upstox 401 UDAPI100016 Invalid Credentials (envelope from the docs)", status: 401,
			header: json(), body: upstox("UDAPI100016", "Invalid Credentials"), cred: upstoxJWT, path: "/v2/user/get-funds-and-margin", want: CredentialRejected},
		// A long-lived read-only token (extended_token) on an API it may
		// not call: a kind of credential not allowed this operation. The
		// status is assumed.
		{src: upstoxErrs, name: "Upstox 403 UDAPI100067 API not permitted with an extended_token (status assumed)", status: 403,
			header: json(), body: upstox("UDAPI100067", "API not permitted with an extended_token"), cred: upstoxJWT, method: "POST", path: "/v2/order/place", want: PermissionDenied},
		{src: upstoxErrs, name: "Upstox 429 UDAPI10005 Too Many Request Sent (envelope from the docs)", status: 429,
			header: json(), body: upstox("UDAPI10005", "Too Many Request Sent"), cred: upstoxJWT, path: "/v2/market-quote/ltp?instrument_key=NSE_EQ%7CINE848E01016", want: RateLimited},
		// The token's app is switched off: the credential is refused,
		// whatever its own validity. The status is assumed.
		{src: upstoxErrs, name: "Upstox 401 UDAPI100073 Your 'client_id' is inactive (status assumed)", status: 401,
			header: json(), body: upstox("UDAPI100073", "Your 'client_id' is inactive"), cred: upstoxJWT, path: "/v2/user/profile", want: CredentialRejected},

		// Feishu's code for a user_access_token it refuses; the message
		// is cut in the issue and completed with the wording of Feishu's
		// 99991663, and the status (400) is that of Feishu's other token
		// codes. A token was sent: "make a request with token attached" is
		// not nothing sent.
		{src: "https://github.com/aipotheosis-labs/aci/issues/322", name: "Feishu 400 code 99991668 Invalid access token for authorization, a user token sent", status: 400,
			header: json(), body: `{"code":99991668,"msg":"Invalid access token for authorization. Please make a request with token attached."}`,
			cred: bearer("FEISHU_USER_ACCESS_TOKEN", "u-3f5c9e1a7b2d4c6e8f0a1b3c5d7e9f12Wq8ZbV3kLmN0pQ"), method: "POST", path: "/open-apis/im/v1/messages?receive_id_type=open_id", want: CredentialRejected},

		// kintone (Cybozu): status, code and message as cli-kintone's
		// features record them against a real kintone, in kintone's
		// documented {code, id, message} envelope.
		{src: kintoneRec, name: "kintone 401 CB_AU01 Please login, nothing sent", status: 401,
			header: json(), body: kintoneErr("CB_AU01", "1505999166-897850006", "Please login."), path: "/k/v1/records.json?app=1", want: NoCredentialsSent},
		{src: kintoneRec, name: "kintone 400 GAIA_IA02 The specified API token does not match the API token generated via an app", status: 400,
			header: json(), body: kintoneErr("GAIA_IA02", "1505999166-836316825", "The specified API token does not match the API token generated via an app."),
			cred: kintoneToken, path: "/k/v1/records.json?app=1", want: CredentialRejected},
		{src: kintoneRec, name: "kintone 401 CB_WA01 Password authentication failed", status: 401,
			header: json(), body: kintoneErr("CB_WA01", "1505999166-401734982", "Password authentication failed."),
			cred: kintonePassword, path: "/k/v1/records.json?app=1", want: CredentialRejected},
		{src: kintoneImp, name: "kintone 403 CB_NO02 No privilege to proceed (a user with view only)", status: 403,
			header: json(), body: kintoneErr("CB_NO02", "1505999166-118320487", "No privilege to proceed."),
			cred: kintonePassword, method: "POST", path: "/k/v1/records.json", want: PermissionDenied},
		{src: kintoneImp, name: "kintone 403 GAIA_NO01 Using this API token, you cannot run the specified API", status: 403,
			header: json(), body: kintoneErr("GAIA_NO01", "1505999166-570139262", "Using this API token, you cannot run the specified API."),
			cred: kintoneToken, method: "POST", path: "/k/v1/records.json", want: PermissionDenied},

		// Backlog (Nulab): the body as Backlog clients' tests quote the
		// 401 (documented error code 11, AuthenticationError); the API
		// key travels in the query.
		{src: "https://developer.nulab.com/docs/backlog/error-response/", name: "Backlog 401 errors code 11 Authentication failure", status: 401,
			header: json(), body: `{"errors":[{"message":"Authentication failure.","code":11,"moreInfo":""}]}`,
			cred: apiKey("BACKLOG_API_KEY", "Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0kLmN0pQrS7tUvXyZa1b2c", "", "apiKey"), path: "/api/v2/issues", want: CredentialRejected},

		// Alibaba Cloud's POP gateway with the code without .NotFound and
		// "or invalid" (the message as the SDK's exception quotes it, in
		// the gateway's JSON envelope; the status is assumed).
		{src: "https://github.com/sanjusss/aliyun-ddns/issues/77", name: "Alibaba Cloud DNS 400 InvalidAccessKeyId Specified access key is not found or invalid (status assumed)", status: 400,
			header: json(), body: `{"RequestId":"0E0AC82F-B026-5C39-91F4-B7E63A2D1332","HostId":"alidns.aliyuncs.com","Code":"InvalidAccessKeyId","Message":"Specified access key is not found or invalid.","Recommend":"https://api.aliyun.com/troubleshoot?q=InvalidAccessKeyId&product=Alidns&requestId=0E0AC82F-B026-5C39-91F4-B7E63A2D1332"}`,
			cred: apiKey("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAI5tWq8ZbV3kLmN0pQrS7t", "", "AccessKeyId"), path: "/?Action=DescribeDomainRecords&DomainName=example.com&Format=json&Version=2015-01-09", want: CredentialRejected},

		// Alipay open platform: 200, the answer under the method's
		// response key. Code 20001's msg is "Insufficient Token
		// Permissions" for every token sub code; the sub code says what
		// is wrong with the token. The first two bodies are as Alipay
		// SDKs' logs and tests record them (the first's words as a
		// developer quotes alipay.user.info.share's answer), the rest the
		// same envelope around the public error table's sub codes.
		{src: "https://developer.aliyun.com/ask/297020", name: "Alipay 200 20001 aop.invalid-auth-token 无效的访问令牌", status: 200,
			header: ctHeader("text/html;charset=utf-8"), body: alipay("alipay_user_info_share_response", "20001", "Insufficient Token Permissions", "aop.invalid-auth-token", "无效的访问令牌"),
			cred: alipayAuth, path: alipayGateway, want: CredentialRejected},
		{src: alipayCodes, name: "Alipay 200 20001 aop.auth-token-time-out 访问令牌已过期", status: 200,
			header: ctHeader("text/html;charset=utf-8"), body: alipay("alipay_user_info_share_response", "20001", "Insufficient Token Permissions", "aop.auth-token-time-out", "访问令牌已过期"),
			cred: alipayAuth, path: alipayGateway, want: TokenExpired},
		{src: alipayCodes, name: "Alipay 200 20001 aop.invalid-app-auth-token 无效的应用授权令牌", status: 200,
			header: ctHeader("text/html;charset=utf-8"), body: alipay("alipay_trade_query_response", "20001", "Insufficient Token Permissions", "aop.invalid-app-auth-token", "无效的应用授权令牌"),
			cred: alipayAppAuth, path: "/gateway.do?method=alipay.trade.query&app_id=2021000000000001&charset=utf-8&sign_type=RSA2&version=1.0", want: CredentialRejected},
		{src: alipayCodes, name: "Alipay 200 20001 aop.app-auth-token-time-out 应用授权令牌已过期", status: 200,
			header: ctHeader("text/html;charset=utf-8"), body: alipay("alipay_trade_query_response", "20001", "Insufficient Token Permissions", "aop.app-auth-token-time-out", "应用授权令牌已过期"),
			cred: alipayAppAuth, path: "/gateway.do?method=alipay.trade.query&app_id=2021000000000001&charset=utf-8&sign_type=RSA2&version=1.0", want: TokenExpired},
		// The merchant's grant to the service provider does not cover
		// this API: the token is valid, the operation is not granted.
		{src: alipayCodes, name: "Alipay 200 20001 aop.invalid-app-auth-token-no-api 商户未授权当前接口", status: 200,
			header: ctHeader("text/html;charset=utf-8"), body: alipay("alipay_trade_refund_response", "20001", "Insufficient Token Permissions", "aop.invalid-app-auth-token-no-api", "商户未授权当前接口"),
			cred: alipayAppAuth, path: "/gateway.do?method=alipay.trade.refund&app_id=2021000000000001&charset=utf-8&sign_type=RSA2&version=1.0", want: PermissionDenied},
		// The app has not signed up for the product this method belongs
		// to; sub_msg as Alipay's mini-program docs quote it.
		{src: alipayCodes, name: "Alipay 200 40006 isv.insufficient-isv-permissions ISV权限不足", status: 200,
			header: ctHeader("text/html;charset=utf-8"), body: alipay("alipay_user_info_share_response", "40006", "Insufficient Permissions", "isv.insufficient-isv-permissions", "ISV权限不足，建议在开发者中心检查对应功能是否已经添加，解决办法详见：https://docs.open.alipay.com/common/isverror"),
			cred: alipayAuth, path: alipayGateway, want: PermissionDenied},
	}
}

// roundasia3NonRefusals: answers of the same servers that refuse nothing:
// a route the Upstox gateway does not know, an invalid input, a DNS
// domain Alibaba Cloud does not host or cannot parse, a kintone app that
// does not exist, Amap's invalid parameters, Kite's order validation.
func roundasia3NonRefusals() []fpCase {
	return []fpCase{
		// The gateway's 404 for an unrouted path: nothing about the token.
		{src: "https://github.com/upstox/upstox-python/issues/51", name: "Upstox 404 UDAPI100060 Resource not Found", status: 404, header: jsonCT(),
			body: `{"status":"error","errors":[{"errorCode":"UDAPI100060","message":"Resource not Found","propertyPath":null,"invalidValue":null,"error_code":"UDAPI100060","property_path":null,"invalid_value":null}]}`,
			path: "/v2/login/authorization/dialog"},
		{src: "https://upstox.com/developer/api-documentation/error-codes", name: "Upstox 400 UDAPI100036 Invalid Input (envelope from the docs)", status: 400, header: jsonCT(),
			body: `{"status":"error","errors":[{"errorCode":"UDAPI100036","message":"Invalid Input","propertyPath":"quantity","invalidValue":"-5","error_code":"UDAPI100036","property_path":"quantity","invalid_value":"-5"}]}`,
			path: "/v2/order/place"},
		{src: "https://github.com/jeessy2/ddns-go/issues/1433", name: "Alibaba Cloud DNS 400 InvalidDomainName.NoExist", status: 400, header: jsonCT(),
			body: `{"RequestId":"B319D4AA-9CB2-50B6-81C4-8C6779040BE1","HostId":"alidns.aliyuncs.com","Code":"InvalidDomainName.NoExist","Message":"The specified domain name does not exist. Refresh the page and try again.","Recommend":"https://api.aliyun.com/troubleshoot?q=InvalidDomainName.NoExist&product=Alidns&requestId=B319D4AA-9CB2-50B6-81C4-8C6779040BE1"}`,
			path: "/?Action=DescribeDomainRecords&DomainName=example.com&Format=json&Version=2015-01-09"},
		// The status is not in the log; Alibaba's POP answers a parameter
		// error with 400.
		{src: "https://github.com/acmesh-official/acme.sh/issues/6204", name: "Alibaba Cloud DNS 400 InvalidDomainName.Format Invalid domain name (status assumed)", status: 400, header: jsonCT(),
			body: `{"RequestId":"A9718F19-157C-5C7D-826A-D97D61105C14","HostId":"alidns.aliyuncs.com","Code":"InvalidDomainName.Format","Message":"Invalid domain name.","Recommend":"https://api.aliyun.com/troubleshoot?q=InvalidDomainName.Format&product=Alidns&requestId=A9718F19-157C-5C7D-826A-D97D61105C14"}`,
			path: "/?Action=DescribeDomainRecords&DomainName=_acme-challenge.example-plaza.com&Format=json&Version=2015-01-09"},
		{src: "https://github.com/kintone/cli-kintone/blob/05693531919bf268742769025e664f05892584a7/features/record/common.feature", name: "kintone 404 GAIA_AP01 The app not found", status: 404, header: jsonCT(),
			body: `{"code":"GAIA_AP01","id":"1505999166-244163744","message":"The app (ID: 1) not found. The app may have been deleted."}`, path: "/k/v1/records.json?app=1"},
		{src: "https://lbs.amap.com/api/webservice/guide/tools/info", name: "Amap 200 infocode 20000 INVALID_PARAMS (envelope from the info table)", status: 200, header: jsonCT(),
			body: `{"status":"0","info":"INVALID_PARAMS","infocode":"20000"}`, path: "/v3/geocode/geo?address="},
		{src: "https://kite.trade/docs/connect/v3/exceptions/", name: "Kite 400 InputException order price lower than the circuit limit (message as a client's README records it)", status: 400, header: jsonCT(),
			body: `{"status":"error","message":"Your order price is lower than the current [lower circuit limit]","data":null,"error_type":"InputException"}`, path: "/orders/regular"},
	}
}

// TestHeldoutRoundasia3 reports top-1 on the third Asian round: the
// refusals as runProviderCases serves them, and the non-refusals, which
// must get no cause.
func TestHeldoutRoundasia3(t *testing.T) {
	runHeldoutRound(t, heldoutRound{name: "roundasia3", cases: roundasia3Cases(time.Now()), nonRefusals: roundasia3NonRefusals()})
}
