package diagnose

import (
	"testing"
	"time"
)

// roundasiaCases: a held-out round on platform, messaging, payment and
// cloud APIs of East Asia and Russia: Alipay and the Taobao Open Platform,
// WeChat Pay v3, Feishu, DingTalk, Tencent Cloud and Tencent Ads, Alibaba
// Cloud, Baidu AI and Baidu Translate (China); LINE, Rakuten, PayPay
// (Japan); Naver (Korea); VK, YooKassa, amoCRM, Bitrix24, Yandex (Russia).
// Only answers not in a corpus before: new providers, and new codes,
// endpoints or versions of providers already there. Most come from issue
// threads quoting the server's answer; where an SDK printed the parsed
// fields of the provider's documented envelope (a Python dict, a JS
// object, an SDK's error struct), the envelope is written back with those
// values and a comment says so, as it does where the status is not shown.
// Gathered and given their expected first cause from the catalog before
// the diagnosis code was read; a comment says why when two codes could fit.
// First run, before any fix: first cause right in 21 of 40 (refusals 15
// of 33, non-refusals 6 of 7 given no cause). Misses: a refusal inside a
// method's response object in a 200 (Alipay's isv.invalid-signature and
// isv.invalid-app-id, the Taobao error_response's IP allowlist and API
// package permission); "Need a token" with nothing sent; a rate limit
// code (RequestLimitExceeded) with its words in Chinese read as a refused
// key; no permission for an interface or a department outside the
// authorized scope, said in Chinese in a 200; a client URL not registered
// (a referrer) read as a refused key; a token of the wrong kind for the
// method ("unavailable with group auth", "with service token") read as a
// refused key; a password grant refused for the app ("unavailable for
// apps with direct auth") read as a refused key; "IAM Certification
// failed" in a 200; "User not authorized to operate on the specified
// resource" (Forbidden.RAM) and "SecurityToken.Expired" named in a 400;
// "Доступ запрещен" on a 401 to a secret in the path read as a
// permission; an access token said revoked in a 200's resultMessage;
// "oauth_token.invalid" in a 200's errors list; and a non-refusal, a
// message's reply token said invalid on a 400, read as a refused key.
// After the readings the misses lacked: 40 of 40 (an envelope read inside
// a method's response object, with its sub_code and sub_msg, and as a
// result header; an app or client id named invalid in an envelope; a list
// of error codes under "errors" naming the credential, then its fault;
// "need a token" and no more; a rate-limit code written as one word; no
// permission in Chinese for what the call names or outside the authorized
// scope; "access denied" in another language read as the English words,
// and a 2xx envelope's own 403; "certification failed" as authentication;
// permissions "insufficient" with whose between; a caller not authorized
// to operate on a resource; a calling site's URL unknown to the key (a
// referrer); a method unavailable with this kind of token; a way of
// logging in unavailable for the apps that use it; a security token
// "SecurityToken.Expired"; a reply, device or push token is data).
func roundasiaCases(now time.Time) []provCase {
	_ = now
	json := jsonCT
	// Alipay's gateway and the Taobao Open Platform sign every request;
	// the app id or key rides in the query string beside the signature.
	alipay := apiKey("ALIPAY_APP_ID", "2021000123609320", "", "app_id")
	const alipayPath = "/gateway.do?charset=utf-8&method=alipay.trade.precreate&sign_type=RSA2&timestamp=2023-08-03+17%3A42%3A46&version=1.0&sign=Q2x1Y2tNZVNpZ25hdHVyZU5vdFJlYWxseVZhbGlk"
	taobao := apiKey("TAOBAO_APP_KEY", "23480112", "", "app_key")
	const taobaoPath = "/router/rest?method=alibaba.aliqin.fc.sms.num.send&format=json&v=2.0&sign_method=md5&sign=5A8C3E1F0B7D9A2C4E6F8B1D3A5C7E9F"
	alipayErr := func(sub, msg string) string {
		return `{"alipay_trade_precreate_response":{"code":"40002","msg":"Invalid Arguments","sub_code":"` + sub + `","sub_msg":"` + msg + `"},"sign":"bUWtOkwueXq1bGKx6fWP9vx+9ytdK60Hn84gR2XW/kAXJmw2pjCCQu8y1eZT+leua+1/gcXGbYfWm+//skQ5NMlQ=="}`
	}
	wechatPay := headerCred("Authorization", "WECHATPAY_AUTHORIZATION",
		`WECHATPAY2-SHA256-RSA2048 mchid="1900000001",nonce_str="0deQ381ci7pNj9lUyMHW",signature="Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0kLmN0pQrS7tUvXyZa1b2c3d4e5f6g==",timestamp="1721639012",serial_no="5157F09EFDC096DE15EBE81A47057A7232F1B8E1"`)
	tencent := headerCred("Authorization", "TENCENTCLOUD_AUTHORIZATION",
		"TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2023-03-29/tmt/tc3_request, SignedHeaders=content-type;host, Signature=2230eefd229f582d8b1b891af7107b91597240707d778ab3738f756258d7652c")
	dingtalk := apiKey("DINGTALK_ACCESS_TOKEN", "0f4a651d07cd3f9ca93db9767023bfa7", "", "access_token")
	vkToken := apiKey("VK_ACCESS_TOKEN", "vk1.a.Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0", "", "access_token")
	vkErr := func(code, msg, method string) string {
		return `{"error":{"error_code":` + code + `,"error_msg":"` + msg + `","request_params":[{"key":"oauth","value":"1"},{"key":"method","value":"` + method + `"},{"key":"v","value":"5.131"}]}}`
	}
	aliyun := apiKey("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAI5tQ8ZbV3kLmN0pQrS7tU", "", "AccessKeyId")
	line := bearer("LINE_CHANNEL_ACCESS_TOKEN", "Obe1lI7DmlcB/Q3fBR+CmzmlwaTGR0Uubwx9maohNFbA6O2TN1BrbHbkSeKWV3MHRM12TCNFV958z3Em/Muxe/XuIyEN+L0iph1XRt5X6/6kJrCWpnd4nC4pKk9kkq0kn5HjY5s01dxqQ2993LOQBQdB04t89/1O/w1cDnyilFU=")
	bitrix := apiKey("BITRIX24_AUTH", "d3649b60002d57f600000c6e000003e0000003af3268d7306c5146016aa02478352371", "", "auth")
	const bitrixHook = "k3mPq8ZbV3xLnT0w"
	return []provCase{
		// Alipay's open platform answers 200 with the refusal inside the
		// method's response object.
		{src: "https://github.com/yansongda/pay/issues/160", name: "Alipay 200 40002 isv.invalid-signature (the private key does not match the app's public key)", status: 200,
			header: json(), body: alipayErr("isv.invalid-signature", "验签出错，建议检查签名字符串或签名私钥与应用公钥是否匹配，网关生成的验签字符串为：app_id=2021000123609320&biz_content={}&charset=utf-8&method=alipay.trade.precreate"),
			cred: alipay, method: "POST", path: alipayPath, want: CredentialRejected},
		// fzlee/alipay printed the parsed response as a Python dict; the
		// JSON is written back with its values.
		{src: "https://github.com/fzlee/alipay/issues/59", name: "Alipay 200 40002 isv.invalid-app-id (无效的AppID参数)", status: 200,
			header: json(), body: `{"alipay_trade_query_response":{"sub_code":"isv.invalid-app-id","code":"40002","sub_msg":"无效的AppID参数","msg":"Invalid Arguments"}}`,
			cred: alipay, method: "POST", path: alipayPath, want: CredentialRejected},
		// The Taobao Open Platform (a JS object in the issue, written back
		// as JSON): the app key is limited to an address allowlist.
		{src: "https://github.com/alibaba/top/issues/5", name: "Taobao TOP 200 code 11 isv.permission-ip-whitelist-limit", status: 200,
			header: json(), body: `{"error_response":{"code":11,"msg":"Insufficient isv permissions","sub_code":"isv.permission-ip-whitelist-limit","sub_msg":"The appkey 4272 is only allowed to call from 10.232.*.*,10.13.*.*,10.62.*.*,10.20.*.*,10.235.*.*,110.75.*.*,10.32.*.*,10.14.*.*,10.12.*.*,10.250.*.*,10.253.*.*,10.17.*.*,10.9.*.*,10.7.*.*,10.33.*.*,10.5.*.*,10.1.*.*,127.0.*.*,10.209.*.*,10.208.*.*,10.249.*.*,10.8.*.*, but your ip is 10.68.179.114"}}`,
			cred: taobao, method: "POST", path: taobaoPath, want: IPRestricted},
		// "scope ids" names the API packages the app key lacks, but not as
		// scopes a token was issued with: the words are a permission
		// ("Insufficient isv permissions"), permission_denied rather than
		// server_insufficient_scope.
		{src: "https://github.com/ltt1987/alidayu/issues/4", name: "Taobao TOP 200 code 11 isv.permission-api-package-limit", status: 200,
			header: json(), body: `{"error_response":{"code":11,"msg":"Insufficient isv permissions","sub_code":"isv.permission-api-package-limit","sub_msg":"scope ids is 11022 11600 11863","request_id":"ektk319bht3e"}}`,
			cred: taobao, method: "POST", path: taobaoPath, want: PermissionDenied},

		// WeChat Pay API v3: the merchant signs each request in its own
		// Authorization scheme (quoted parameters, as the scheme defines
		// them). wechatpay-go printed the status, code, message and detail;
		// the JSON is written back with them.
		{src: "https://github.com/wechatpay-apiv3/wechatpay-go/issues/235", name: "WeChat Pay v3 401 SIGN_ERROR 错误的签名，验签失败", status: 401,
			header: json(), body: `{"code":"SIGN_ERROR","detail":{"detail":{"issue":"sign not match"},"field":"signature","location":"authorization","sign_information":{"method":"GET","sign_message_length":66,"truncated_sign_message":"GET\n/v3/certificates\n1721639012\n0deQ381ci7pNj9lUyMHW\n\n","url":"/v3/certificates"}},"message":"错误的签名，验签失败"}`,
			cred: wechatPay, path: "/v3/certificates", want: CredentialRejected},

		// Feishu before the SDK had fetched a tenant token: nothing sent.
		{src: "https://github.com/go-lark/lark/issues/28", name: "Feishu 400 code 99991661 Need a token, nothing sent", status: 400,
			header: json(), body: `{"code":99991661,"msg":"Need a token","data":{}}`, method: "POST", path: "/open-apis/message/v4/send/", want: NoCredentialsSent},

		// LINE Messaging API: the monthly message quota of the plan. The
		// Java SDK printed the message and the empty details.
		{src: "https://github.com/line/line-bot-sdk-java/issues/426", name: "LINE 429 You have reached your monthly limit", status: 429,
			header: json("X-Line-Request-Id", "0c34a491-e2df-4d87-8440-a89f8ae2a7e3"), body: `{"message":"You have reached your monthly limit.","details":[]}`,
			cred: line, method: "POST", path: "/v2/bot/message/push", want: RateLimited},
		{src: "https://github.com/line/line-bot-sdk-python/issues/20", name: "LINE 403 Access to this API is not available for your account", status: 403,
			header: json(), body: `{"message":"Access to this API is not available for your account"}`,
			cred: line, method: "POST", path: "/v2/bot/message/push", want: PermissionDenied},

		// Tencent Cloud API 3.0 answers 200 with Response.Error; the SDK
		// printed code, message and request id (the envelope is Tencent's
		// documented one).
		{src: "https://github.com/SUSYUSTC/MathTranslate/issues/21", name: "Tencent Cloud 200 RequestLimitExceeded (每秒频率上限)", status: 200,
			header: json(), body: "{\"Response\":{\"Error\":{\"Code\":\"RequestLimitExceeded\",\"Message\":\"您当前每秒请求 `6` 次，超过了每秒频率上限 `5`，请稍后重试。\"},\"RequestId\":\"bc0e30fe-037b-48ce-85a7-0376e0cff672\"}}",
			cred: tencent, method: "POST", path: "/", want: RateLimited},
		{src: "https://github.com/TencentAd/marketing-api-go-sdk/issues/27", name: "Tencent Ads 200 code 30104 Request limit reached", status: 200,
			header: json(), body: `{"code":30104,"message":"Request limit reached. Please retry after one minute. trace_id: faafabb4262fe68edd5673fbbb9e8ea0","message_cn":"已达到请求限制。 请在一分钟后重试。 trace_id: faafabb4262fe68edd5673fbbb9e8ea0"}`,
			cred: apiKey("TENCENT_ADS_ACCESS_TOKEN", "838a87cb12ca423d9179ca17f4c8e9bb", "", "access_token"), path: "/v1.3/adgroups/get?account_id=12345&timestamp=1641366000&nonce=f8a7c6e5d4", want: RateLimited},

		// DingTalk's new API names the scope the token's app lacks.
		{src: "https://github.com/casdoor/casdoor/pull/4469", name: "DingTalk 403 Forbidden.AccessDenied.AccessTokenPermissionDenied with requiredScopes", status: 403,
			header: ctHeader("application/json;charset=utf-8"), body: "{\n\t\"code\": \"Forbidden.AccessDenied.AccessTokenPermissionDenied\",\n\t\"requestid\": \"MASK\",\n\t\"message\": \"没有调用该接口的权限，接口权限申请参考：https://open.dingtalk.com/document/orgapp-server/add-api-permission\",\n\t\"accessdenieddetail\": {\n\t\t\"requiredScopes\": [\n\t\t\t\"Contact.User.Read\"\n\t\t]\n\t}\n}",
			cred: headerCred("x-acs-dingtalk-access-token", "DINGTALK_USER_TOKEN", "4a1f7c2e9b0d4e6f8a3c5b7d9e1f2a4c"), path: "/v1.0/contact/users/me", want: ServerInsufficientScope},
		// The old API (oapi.dingtalk.com): errcode in a 200.
		{src: "https://github.com/open-dingtalk/openapi-demo-java/issues/1", name: "DingTalk 200 errcode 50004 department not in the authorized scope", status: 200,
			header: json(), body: `{"errmsg":"请求的部门id不在授权范围内","errcode":50004}`, cred: dingtalk, path: "/department/list", want: PermissionDenied},
		// The app printed code and message; the envelope is DingTalk's.
		{src: "https://github.com/capricornxl/ad-password-self-service/issues/13", name: "DingTalk 200 errcode 60011 没有调用该接口的权限", status: 200,
			header: json(), body: `{"errcode":60011,"errmsg":"没有调用该接口的权限，接口权限申请参考：https://developers.dingtalk.com/document/app/add-api-permission"}`,
			cred: dingtalk, path: "/topapi/v2/user/get", want: PermissionDenied},

		// YooKassa (shop id and secret key in Basic). The plugin logged
		// the message, code and parameter of YooKassa's error object.
		{src: "https://github.com/yoomoney/yookassa-github-docs/issues/18", name: "YooKassa 401 invalid_credentials Incorrect password format in the Authorization header", status: 401,
			header: json(), body: `{"type":"error","id":"7c2f6d0b-1e4a-4b8f-9a3d-5e6f7a8b9c0d","code":"invalid_credentials","description":"Incorrect password format in the Authorization header. Use Secret key issued in Merchant Profile as the password","parameter":"Authorization"}`,
			cred: basicCred("54401", "Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e"), method: "POST", path: "/v3/payments", want: CredentialRejected},

		// Naver's static map: the client id is known, the calling web
		// service URL is not registered for it: the key is restricted to
		// other referrers.
		{src: "https://github.com/navermaps/maps.js/issues/326", name: "Naver 401 errorCode 024 Not Exist Client URL information", status: 401,
			header: json(), body: `{"errorMessage":"Not Exist Client URL information : Authentication failed. (인증에 실패했습니다.)","errorCode":"024"}`,
			cred: apiKey("NAVER_CLIENT_ID", "BS1db0PaEGmwo4vqjH4V", "", "clientId"), path: "/v1/map/staticmap.bin?center=127.1054221,37.3591614&level=16&w=300&h=300", want: ReferrerRestricted},

		// Rakuten Web Service: the status is not shown in the issue; 401 is
		// what RFC 6750 gives invalid_token. The code is read as written.
		{src: "https://github.com/tetsuyaohira/rakuten-room-auto-post/issues/8", name: "Rakuten 401 invalid_token specify valid access token (status assumed)", status: 401,
			header: json(), body: `{"error_description":"specify valid access token","error":"invalid_token"}`,
			cred: apiKey("RAKUTEN_ACCESS_KEY", "pk_Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g", "", "accessKey"), path: "/services/api/IchibaItem/Search/20220601?format=json&applicationId=1029384756&keyword=book", want: ServerInvalidToken},

		// VK answers 200 with error_code/error_msg. A community token or a
		// service token used for a method that needs a user token: the
		// token is read and valid, not allowed this method.
		{src: "https://github.com/VKCOM/vk-api-schema/issues/242", name: "VK 200 error_code 27 Group authorization failed: method is unavailable with group auth", status: 200,
			header: json(), body: "{\n  \"error\": {\n    \"error_code\": 27,\n    \"error_msg\": \"Group authorization failed: method is unavailable with group auth.\"\n  }\n}",
			cred: vkToken, path: "/method/photos.getWallUploadServer?group_id=212979992&v=5.131", want: PermissionDenied},
		// vk-io printed code, message and request params.
		{src: "https://github.com/negezor/vk-io/issues/19", name: "VK 200 error_code 28 Application authorization failed: method is unavailable with service token", status: 200,
			header: json(), body: vkErr("28", "Application authorization failed: method is unavailable with service token.", "execute"),
			cred: vkToken, method: "POST", path: "/method/execute", want: PermissionDenied},
		{src: "https://github.com/negezor/vk-io/issues/35", name: "VK 200 error_code 28 Application authorization failed: access_token has expired", status: 200,
			header: json(), body: vkErr("28", "Application authorization failed: access_token has expired.", "wall.get"),
			cred: vkToken, path: "/method/wall.get?owner_id=-86529522&count=1&v=5.68", want: TokenExpired},
		{src: "https://github.com/olnazx/node-vkapi/issues/3", name: "VK 200 error_code 6 Too many requests per second", status: 200,
			header: json(), body: vkErr("6", "Too many requests per second", "wall.post"),
			cred: vkToken, method: "POST", path: "/method/wall.post", want: RateLimited},
		{src: "https://github.com/egorprnn/VK2Discord/issues/310", name: "VK 200 error_code 5 User authorization failed: invalid session", status: 200,
			header: json(), body: vkErr("5", "User authorization failed: invalid session.", "utils.resolveScreenName"),
			cred: vkToken, path: "/method/utils.resolveScreenName?screen_name=apiclub&v=5.131", want: CredentialRejected},
		// VK's token endpoint refuses the password grant ("direct auth")
		// for this app; the status is not in the log, 401 is what VK's
		// token endpoint answers its errors with.
		{src: "https://github.com/vknet/vk/issues/1596", name: "VK OAuth 401 invalid_access Unavailable for apps with direct auth (password grant)", status: 401,
			header: json(), body: `{"error":"invalid_access","error_description":"Security issue. Unavailable for apps with direct auth."}`,
			cred: basicCred("+79001234567", "Wq8ZbV3kLmN0pQrS"), path: "/token?grant_type=password&client_id=6146827&scope=all", want: DeprecatedAuthMethod},

		// Baidu AI: a 200 with error_code 14 (the script printed the dict).
		{src: "https://github.com/Skyexu/TopSup/issues/137", name: "Baidu AI 200 error_code 14 IAM Certification failed", status: 200,
			header: json(), body: `{"error_code":14,"error_msg":"IAM Certification failed"}`,
			cred: apiKey("BAIDU_ACCESS_TOKEN", "24.6c5e1ff107f0e8bcef8c46d3424a0e78.2592000.1485516651.282335-8574074", "", "access_token"), method: "POST", path: "/rest/2.0/ocr/v1/general_basic", want: CredentialRejected},
		// Baidu Translate signs appid+q+salt with the secret key.
		{src: "https://github.com/SvenZhao/var-translation/issues/53", name: "Baidu Translate 200 error_code 54001 Invalid Sign", status: 200,
			header: json(), body: `{"error_code":"54001","error_msg":"Invalid Sign"}`,
			cred: apiKey("BAIDU_FANYI_APPID", "20221025001412345", "", "appid"), path: "/api/trans/vip/translate?q=hello&from=en&to=zh&salt=1435660288&sign=f89f9594663708c1605f3d736d01d2d4", want: CredentialRejected},

		// Alibaba Cloud RPC APIs (AccessKeyId and Signature in the query).
		// The body is byte for byte; its status (400) is the one another
		// thread shows for the same code on the same API (honwen/aliyun-ddns-cli#27).
		{src: "https://github.com/NewFuture/DDNS/issues/167", name: "Alibaba Cloud DNS 400 Forbidden.RAM User not authorized to operate on the specified resource", status: 400,
			header: json(), body: `{"RequestId":"6A75109D-0D4C-4138-BED4-EE57A4ABEE50","HostId":"alidns.aliyuncs.com","Code":"Forbidden.RAM","Message":"User not authorized to operate on the specified resource, or this API doesn't support RAM."}`,
			cred: aliyun, path: "/?Action=DescribeDomainRecords&DomainName=example.com&Format=JSON&Version=2015-01-09&SignatureMethod=HMAC-SHA1&Signature=Q2x1Y2tNZVNpZ25hdHVyZQ%3D%3D", want: PermissionDenied},
		// The STS security token's lifetime ran out; Alibaba says so as an
		// invalid parameter. The SDK printed code, message, request id and
		// Recommend; the JSON is written back with them.
		{src: "https://github.com/kubevela/terraform-controller/issues/52", name: "Alibaba Cloud ECS 400 InvalidParameter SecurityToken.Expired", status: 400,
			header: json(), body: `{"RequestId":"F61E9302-C001-42DA-86A9-0A8E6193C1ED","HostId":"ecs.aliyuncs.com","Code":"InvalidParameter","Message":"The specified parameter \"SecurityToken.Expired\" is not valid.","Recommend":"https://error-center.aliyun.com/status/search?Keyword=InvalidParameter&source=PopGw"}`,
			cred: aliyun, path: "/?Action=DescribeAvailableResource&Format=JSON&Version=2014-05-26&SecurityToken=CAIS8wF1q6Ft5B2yfSjIr5bnI&Signature=Q2x1Y2tNZVNpZ25hdHVyZQ%3D%3D", want: TokenExpired},

		// amoCRM API v4 (RFC 7807) to an OAuth bearer token.
		{src: "https://github.com/amocrm/amocrm-api-php/issues/333", name: "amoCRM 401 problem Unauthorized Неверный логин или пароль", status: 401,
			header: ctHeader("application/problem+json"), body: `{"title":"Unauthorized","type":"https://httpstatus.es/401","status":401,"detail":"Неверный логин или пароль"}`,
			cred: bearer("AMOCRM_ACCESS_TOKEN", makeJWT(map[string]any{"aud": "2943d1b1-f64f-74fd-9a3c-5e6f7a8b9c0d", "jti": "b742d944cc88d6fe", "sub": "6751234", "exp": now.Add(24 * time.Hour).Unix()})),
			path: "/api/v4/account", want: CredentialRejected},
		// The legacy API (USER_LOGIN and USER_HASH in the query); the
		// library printed the parsed response, status not shown (amoCRM's
		// legacy API answers authorization errors with 401).
		{src: "https://github.com/UsefulWeb/AmoCRM/issues/3", name: "amoCRM legacy 401 error_code 110 Неверный логин или пароль", status: 401,
			header: json(), body: `{"response":{"error":"Неверный логин или пароль","error_code":"110","ip":"88.212.240.252","domain":"mydomen.amocrm.ru","server_time":1536235109}}`,
			cred: apiKey("AMOCRM_USER_HASH", "5f3c9e1a7b2d4c6e8f0a1b3c5d7e9f12a4b6c8d0", "", "USER_HASH"), path: "/private/api/v2/json/accounts/current?USER_LOGIN=admin%40example.ru", want: CredentialRejected},

		// Bitrix24 (a Ruby hash in the issue: error, description, code).
		{src: "https://github.com/nononoy/bitrix24_cloud_api/issues/7", name: "Bitrix24 401 NO_AUTH_FOUND Wrong authorization data", status: 401,
			header: json(), body: `{"error":"NO_AUTH_FOUND","error_description":"Wrong authorization data"}`,
			cred: bitrix, method: "POST", path: "/rest/crm.lead.add.json", want: CredentialRejected},
		// The SDK printed code and description; status not shown (Bitrix24
		// answers authorization errors with 401).
		{src: "https://github.com/mesilov/bitrix24-php-sdk/issues/215", name: "Bitrix24 401 authorization_error Unable to authorize user in call", status: 401,
			header: json(), body: `{"error":"authorization_error","error_description":"Unable to authorize user in call [task.items.getlist] for domain [molinos.bitrix24.ru]"}`,
			cred: bitrix, path: "/rest/task.items.getlist.json", want: CredentialRejected},
		// REST v3 with a webhook whose secret (in the path) is wrong.
		{src: "https://github.com/bitrix24/b24jssdk/issues/500", name: "Bitrix24 REST v3 401 ACCESSDENIEDEXCEPTION Доступ запрещен, a wrong webhook secret in the path", status: 401,
			header: json(), body: `{"error":{"code":"BITRIX_REST_V3_EXCEPTION_ACCESSDENIEDEXCEPTION","message":"Доступ запрещен"}}`,
			method: "POST", path: "/rest/api/1/" + bitrixHook + "/tasks.task.list", secrets: map[string]string{"BITRIX24_WEBHOOK": bitrixHook}, want: CredentialRejected},

		// PayPay's app API: 200 with a result code; the library documents
		// the parsed answer (a Python dict, None written back as null).
		{src: "https://github.com/taka-4602/PayPaython/blob/d835efb4db31330d5749feeb4868cc02c3ab2aad/PAYPAYRESPONCE.md", name: "PayPay 200 S0001 Session refresh request because of AccessToken is revoked", status: 200,
			header: json(), body: `{"header":{"resultCode":"S0001","resultMessage":"Session refresh request because of AccessToken is revoked"},"error":{"oauth2V2TokenRolledbackTimestamp":null}}`,
			cred: bearer("PAYPAY_ACCESS_TOKEN", makeJWT(map[string]any{"sub": "a1b2c3d4-e5f6-7a8b-9c0d-1e2f3a4b5c6d", "exp": now.Add(time.Hour).Unix()})), path: "/bff/v1/getBalanceInfo?includePendingBonusLite=false", want: CredentialRejected},

		// Yandex's account API (an x-token login); the integration logged
		// the parsed answer, status not shown (Yandex Passport answers its
		// errors in a 200 with status "error").
		{src: "https://github.com/AlexxIT/YandexStation/issues/627", name: "Yandex Passport 200 status error oauth_token.invalid", status: 200,
			header: json(), body: `{"status":"error","errors":["oauth_token.invalid"]}`,
			cred: headerCred("Authorization", "YANDEX_X_TOKEN", "OAuth y0_AgAAAAAWq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0"), method: "POST", path: "/1/bundle/oauth/token_by_sessionid", want: CredentialRejected},
	}
}

// roundasiaNonRefusals: answers of the same servers that speak of tokens,
// signatures, sessions or permissions but refuse nothing: a trade that
// does not exist, a missing parameter, a parameter error, an internal
// error in a 200, a reply token (a message's, not a credential) used
// twice or too late.
func roundasiaNonRefusals() []fpCase {
	return []fpCase{
		// Luncher/alipay wrapped the gateway's answer in its own envelope;
		// the gateway's object is written back with the values shown.
		{src: "https://github.com/Luncher/alipay/issues/14", name: "Alipay 200 40004 Business Failed ACQ.TRADE_NOT_EXIST", status: 200, header: jsonCT(),
			body: `{"alipay_trade_query_response":{"code":"40004","msg":"Business Failed","sub_code":"ACQ.TRADE_NOT_EXIST","sub_msg":"交易不存在","buyer_pay_amount":"0.00","invoice_amount":"0.00","out_trade_no":"117814570259111501","point_amount":"0.00","receipt_amount":"0.00"},"sign":"bUWtOkwueXq1bGKx6fWP9vx+9ytdK60Hn84gR2XW/kAXJmw2pjCCQu8y1eZT=="}`,
			path: "/gateway.do?method=alipay.trade.query"},
		{src: "https://github.com/VKCOM/bot-example-php/issues/11", name: "VK 200 error_code 100 One of the parameters specified was missing or invalid: file is undefined", status: 200, header: jsonCT(),
			body: `{"error":{"error_code":100,"error_msg":"One of the parameters specified was missing or invalid: file is undefined","request_params":[{"key":"title","value":"Voice message"},{"key":"v","value":"5.67"},{"key":"method","value":"docs.save"},{"key":"oauth","value":"1"}]}}`,
			path: "/method/docs.save"},
		{src: "https://github.com/wechatpay-apiv3/wechatpay-go/issues/216", name: "WeChat Pay v3 400 PARAM_ERROR 参数错误", status: 400, header: jsonCT(),
			body: `{"code":"PARAM_ERROR","message":"参数错误"}`, path: "/v3/pay/transactions/jsapi"},
		{src: "https://github.com/baidu/unit-dmkit/issues/46", name: "Baidu UNIT 200 error_code 282000 Internal error", status: 200, header: jsonCT(),
			body: `{"error_code":282000,"error_msg":"Internal error"}`, path: "/rpc/2.0/unit/bot/chat"},
		{src: "https://github.com/SvenZhao/var-translation/issues/60", name: "Baidu Translate 200 error_code 54000 PARAM_FROM_TO_OR_Q_EMPTY", status: 200, header: jsonCT(),
			body: `{"error_code":"54000","error_msg":"PARAM_FROM_TO_OR_Q_EMPTY"}`, path: "/api/trans/vip/translate"},
		// The script printed the parsed answer (a Python dict).
		{src: "https://github.com/zhayujie/CowAgent/issues/1651", name: "Baidu Qianfan 200 error_code 336000 Internal error", status: 200, header: jsonCT(),
			body: `{"error_code":336000,"error_msg":"Internal error","id":"as-pvj2b5gaq8"}`, path: "/rpc/2.0/ai_custom/v1/wenxinworkshop/chat/chatlaw"},
		{src: "https://github.com/line/line-bot-sdk-ruby/issues/199", name: "LINE 400 Invalid reply token", status: 400, header: jsonCT(),
			body: `{"message":"Invalid reply token"}`, path: "/v2/bot/message/reply"},
	}
}

// TestHeldoutRoundasia reports top-1 on the East Asia and Russia round:
// the refusals as runProviderCases serves them, and the non-refusals,
// which must get no cause.
func TestHeldoutRoundasia(t *testing.T) {
	runHeldoutRound(t, heldoutRound{name: "roundasia", cases: roundasiaCases(time.Now()), nonRefusals: roundasiaNonRefusals()})
}

// lateRoundasiaCases: answers gathered after the fixes above, looked at
// for the first time and run once before any change: late: first cause
// right in 3 of 6. Misses: Feishu's "request trigger frequency limit" on a
// 400 given no cause; "Not Exist Client URL information" to a request that
// sent nothing read as a referrer restriction (this round's own reading,
// which now ranks after no credential sent, as a key's restriction can
// only judge a key); an HMAC said incorrect on a 403 read as a permission.
// All three pass after the readings that followed (a request frequency
// limit said triggered or exceeded; an HMAC said incorrect, invalid or
// mismatched is the signature refused).
func lateRoundasiaCases() []provCase {
	json := jsonCT
	return []provCase{
		// GigaChat (Sber): the access token fetched with the key lives 30
		// minutes.
		{src: "https://github.com/tomyumm-ge/n8n-gigachat/issues/11", name: "GigaChat 401 Token has expired", status: 401,
			header: json(), body: `{"status":401,"message":"Token has expired"}`,
			cred: bearer("GIGACHAT_ACCESS_TOKEN", makeJWT(map[string]any{"sub": "8f2c1b6e-4d3a-4e9f-9b7c-1a2d3e4f5a6b", "scope": "GIGACHAT_API_PERS"})), method: "POST", path: "/api/v1/chat/completions", want: TokenExpired},
		// Feishu's frequency control: the status is Feishu's documented
		// 400 for code 99991400; the tool printed code and msg.
		{src: "https://github.com/Wsine/feishu2md/issues/137", name: "Feishu 400 code 99991400 request trigger frequency limit", status: 400,
			header: json(), body: `{"code":99991400,"msg":"request trigger frequency limit","data":{}}`,
			cred: bearer("FEISHU_TENANT_ACCESS_TOKEN", "t-g1044ghJGLOPQRS7tUvXyZa1b2c3d4e5f6g7h8"), path: "/open-apis/docx/v1/documents/doxcnAJ9VRRJqVMYZ1MyKnavXWe", want: RateLimited},
		// WeCom (Python dicts in the logs, written back as JSON).
		{src: "https://github.com/langbot-app/LangBot/issues/986", name: "WeCom 200 errcode 42001 access_token expired, with a hint", status: 200,
			header: json(), body: `{"errcode":42001,"errmsg":"access_token expired, hint: [1737759218426833351570099], from ip: , more info at https://open.work.weixin.qq.com/devtool/query?e=42001"}`,
			cred: apiKey("WECOM_ACCESS_TOKEN", "Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0kLmN0pQrS7tUvXyZa1b2c3d4", "", "access_token"), method: "POST", path: "/cgi-bin/message/send", want: TokenExpired},
		{src: "https://github.com/node-webot/wechat-enterprise/issues/37", name: "WeCom 200 errcode 40001 invalid credential, with a hint", status: 200,
			header: json(), body: `{"errcode":40001,"errmsg":"invalid credential, hint: [1515552923_6_1c32f77d5bb48e4e928ca8e9c257f188], more info at https://open.work.weixin.qq.com/devtool/query?e=40001"}`,
			cred: apiKey("WECOM_ACCESS_TOKEN", "Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0kLmN0pQrS7tUvXyZa1b2c3d4", "", "access_token"), method: "POST", path: "/cgi-bin/message/send", want: CredentialRejected},
		// Naver's Open API reads the client id and secret from its
		// X-Naver-Client-Id and X-Naver-Client-Secret headers; to a request
		// without them it says the client URL information does not exist.
		{src: "https://github.com/navermaps/maps.js/issues/327", name: "Naver 401 errorCode 024 Not Exist Client URL information, nothing sent", status: 401,
			header: json(), body: `{"errorMessage":"Not Exist Client URL information : Authentication failed. (인증에 실패했습니다.)","errorCode":"024"}`,
			path: "/v1/map/geocode?query=%EB%B6%88%EC%A0%95%EB%A1%9C+6", want: NoCredentialsSent},
		// Papago's web API signs each request with an HMAC; the signature
		// the client computed was refused.
		{src: "https://github.com/UlionTse/translators/issues/172", name: "Papago 403 errorCode 00002 HMAC_HASH_INCORRECT", status: 403,
			header: json(), body: `{"errorCode":"00002","errorMessage":"HMAC_HASH_INCORRECT"}`,
			cred: headerCred("Authorization", "PAPAGO_AUTHORIZATION", "PPG 5f3c9e1a-7b2d-4c6e-8f0a-1b3c5d7e9f12:Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e=="), method: "POST", path: "/apis/n2mt/translate", want: CredentialRejected},
	}
}

// TestHeldoutRoundasiaLate: see lateRoundasiaCases.
func TestHeldoutRoundasiaLate(t *testing.T) {
	runProviderCases(t, "roundasia late answers", lateRoundasiaCases())
}
