package diagnose

import (
	"testing"
	"time"
)

// roundasia2Cases: a second held-out round on Asian clouds and APIs: the
// model platforms of Zhipu (BigModel), Volcengine Ark, Moonshot, MiniMax
// and Alibaba's DashScope; Tencent Cloud, Alibaba OSS and Log Service;
// WeChat and WeCom; Rakuten, LINE Notify and LINE Login (Japan); Toss
// Payments and the Naver Cloud API gateway (Korea); PhonePe (India) and
// Midtrans (Indonesia). Only answers not in a corpus before: providers
// that were not there, and new codes, endpoints or messages of those that
// were. Most come from issue threads quoting the server's answer; where
// only the message was quoted, the provider's documented envelope is
// written around it and a comment says so, as it does where the status
// is not shown. Gathered and given their expected first cause from the
// catalog before the diagnosis code was read; a comment says why when two
// codes could fit. First run, before any fix: first cause right in 28 of
// 36 (refusals 20 of 28, non-refusals 8 of 8 given no cause). Misses: a
// 404 "Not found the model … or Permission denied" read as nothing; a 200
// whose base_resp says "login fail: Please carry the API secret key in
// the 'Authorization' field" read as nothing, with nothing sent and with
// the key in x-api-key; "Access denied, please make sure your account is
// in good standing" on a 400 read as nothing; a signature said expired
// read as an expired token; "client_id or access_token is required" on a
// 400 with nothing sent read as nothing; a Basic value said to need its
// ':' (INCORRECT_BASIC_AUTH_FORMAT) read as a permission; "Key not found
// for the merchant" on a 400 read as nothing. After the readings the
// misses lacked: 36 of 36 (a base response object, base_resp or
// BaseResp, read as an envelope; the Authorization header or field named
// as where the key is carried; "not found … or permission denied" with
// the thing named between; the request's time said to differ from the
// server's, or NTP advised, beside a signature said expired; a
// credential's parameter said required with its underscore; a key not
// found or not configured for the caller; an account not in good
// standing, overdue or in arrears; a Basic value's format named wrong;
// a key named by its id, "you provided", said switched off, which the
// metamorphic variants of OSS's answer asked for). None is on the blind
// expectations.
func roundasia2Cases(now time.Time) []provCase {
	_ = now
	json := jsonCT
	zhipu := bearer("ZHIPUAI_API_KEY", "4f1c2b9e3d4a4e8f9b7c1a2d3e4f5a6b.Wq8ZbV3kLmN0pQrS")
	zhipuErr := func(code, msg string) string { return `{"error":{"code":"` + code + `","message":"` + msg + `"}}` }
	ark := bearer("ARK_API_KEY", "3f2e1d0c-9b8a-4f6e-8d4c-3b2a1f0e9d8c")
	moonshot := bearer("MOONSHOT_API_KEY", "sk-Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0kLmN0pQrS")
	tencent := headerCred("Authorization", "TENCENTCLOUD_AUTHORIZATION",
		"TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2024-01-28/dnspod/tc3_request, SignedHeaders=content-type;host, Signature=2230eefd229f582d8b1b891af7107b91597240707d778ab3738f756258d7652c")
	wechatToken := apiKey("WECHAT_ACCESS_TOKEN", "80_Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0kLmN0pQrS7tUvXyZa1b2c3d4e5f6g", "", "access_token")
	tossSecret := headerCred("Authorization", "TOSS_SECRET_KEY_BASIC", "Basic dGVzdF9za196WExrS0V5cE5BcldtbzUwblgzbG1lYXhZRzVSOg==")
	ncp := headerValues("ncp_key", "NCP_CLIENT_ID", "X-NCP-APIGW-API-KEY-ID", "vdpb7wt973",
		"NCP_CLIENT_SECRET", "X-NCP-APIGW-API-KEY", "Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i")
	const ncpDocs = "https://api.ncloud-docs.com/docs/en/common-ncpapi"
	return []provCase{
		// Zhipu BigModel (open.bigmodel.cn). The statuses of the error
		// table are 401 for 1000-1004; 1003's 401 is shown in the SDK's
		// message, 1002's is the table's.
		{src: "https://github.com/FoundationAgents/MetaGPT/issues/1373", name: "Zhipu 401 code 1002 Authorization Token非法 (status from the error table)", status: 401,
			header: json(), body: zhipuErr("1002", "Authorization Token非法，请确认Authorization Token正确传递。"),
			cred: zhipu, method: "POST", path: "/api/paas/v4/chat/completions", want: CredentialRejected},
		// An API key, not a JWT: the server says the token expired, the
		// catalog's token_expired.
		{src: "https://github.com/MetaGLM/zhipuai-sdk-python-v4/issues/8", name: "Zhipu 401 code 1003 Authorization Token已过期", status: 401,
			header: json(), body: zhipuErr("1003", "Authorization Token已过期，请重新生成/获取。"),
			cred: zhipu, method: "POST", path: "/api/paas/v4/chat/completions", want: TokenExpired},
		{src: "https://github.com/yilewang/llm-for-zotero/issues/17", name: "Zhipu 429 code 1302 您的账户已达到速率限制", status: 429,
			header: json(), body: zhipuErr("1302", "您的账户已达到速率限制，请您控制请求频率"),
			cred: zhipu, method: "POST", path: "/api/paas/v4/chat/completions", want: RateLimited},
		// A balance run out on a 429: the corpus reads OpenAI's 429
		// insufficient_quota as rate_limited, the catalog's 429 with a
		// usage counter at its limit.
		{src: "https://github.com/zhayujie/CowAgent/issues/2910", name: "Zhipu 429 code 1113 余额不足或无可用资源包", status: 429,
			header: json(), body: zhipuErr("1113", "余额不足或无可用资源包,请充值。"),
			cred: zhipu, method: "POST", path: "/api/paas/v4/chat/completions", want: RateLimited},

		// Volcengine Ark (Doubao). The message is quoted in the issue; the
		// envelope is Ark's OpenAI-like error object, as its 404 below shows.
		{src: "https://github.com/can1357/oh-my-pi/issues/3440", name: "Volcengine Ark 401 AuthenticationError, an API key sent (envelope from Ark's error object)", status: 401,
			header: json(), body: `{"error":{"code":"AuthenticationError","message":"The API key or AK/SK in the request is missing or invalid. Request id: 021719318394733fdbddc1a5bbf4f2b8d4c1e0f6e7a8b9c0d1e2f","param":"","type":"Unauthorized"}}`,
			cred: ark, method: "POST", path: "/api/plan/v3/chat/completions", want: CredentialRejected},
		{src: "https://github.com/can1357/oh-my-pi/issues/3440", name: "Volcengine Ark 401 AuthenticationError, nothing sent (envelope from Ark's error object)", status: 401,
			header: json(), body: `{"error":{"code":"AuthenticationError","message":"The API key or AK/SK in the request is missing or invalid. Request id: 021719318394733fdbddc1a5bbf4f2b8d4c1e0f6e7a8b9c0d1e2f","param":"","type":"Unauthorized"}}`,
			method: "POST", path: "/api/v3/chat/completions", want: NoCredentialsSent},
		// The same words as OpenAI's model_not_found: a 404 that may hide
		// a model the key may not use. The message is the issue's; code and
		// envelope are Ark's 404 (as w4n9H/autocoder-nano#3 quotes one).
		{src: "https://github.com/volcengine/MineContext/issues/328", name: "Volcengine Ark 404 InvalidEndpointOrModel.NotFound, does not exist or you do not have access", status: 404,
			header: json(), body: `{"error":{"code":"InvalidEndpointOrModel.NotFound","message":"The model or endpoint doubao-embedding-large-text-240915 does not exist or you do not have access to it. Request id: 0217890245221013d763aaa7a5e423f9e5323a8c500bc9f82c41e","param":"","type":"NotFound"}}`,
			cred: ark, method: "POST", path: "/api/v3/embeddings", want: NotFoundHidesPermission},

		// Moonshot (Kimi).
		{src: "https://github.com/can1357/oh-my-pi/issues/6292", name: "Moonshot 401 invalid_authentication_error Invalid Authentication", status: 401,
			header: json(), body: `{"error":{"message":"Invalid Authentication","type":"invalid_authentication_error"}}`,
			cred: moonshot, method: "POST", path: "/v1/chat/completions", want: CredentialRejected},
		// Not found "or Permission denied": the catalog's 404 that hides
		// what the key may not use.
		{src: "https://github.com/langgenius/dify/issues/39778", name: "Moonshot 404 resource_not_found_error Not found the model or Permission denied", status: 404,
			header: json(), body: `{"error":{"message":"Not found the model kimi‑k2‑0711‑preview or Permission denied","type":"resource_not_found_error"}}`,
			cred: moonshot, method: "POST", path: "/v1/chat/completions", want: NotFoundHidesPermission},

		// MiniMax answers a missing Authorization with a 200 and base_resp.
		{src: "https://github.com/akz142857/Halro", name: "MiniMax 200 base_resp 1004 login fail, carry the key in Authorization, nothing sent", status: 200,
			header: json(), body: `{"base_resp":{"status_code":1004,"status_msg":"login fail: Please carry the API secret key in the 'Authorization' field of the request header"}}`,
			method: "POST", path: "/v1/music_generation", want: NoCredentialsSent},
		{src: "https://github.com/akz142857/Halro", name: "MiniMax 200 base_resp 1004 login fail, the key in x-api-key", status: 200,
			header: json(), body: `{"base_resp":{"status_code":1004,"status_msg":"login fail: Please carry the API secret key in the 'Authorization' field of the request header"}}`,
			cred: apiKey("MINIMAX_API_KEY", "sk-api-Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0", "x-api-key", ""), method: "POST", path: "/v1/image_generation", want: CredentialInWrongPlace},

		// Alibaba DashScope (Model Studio), OpenAI-compatible mode: an
		// account in arrears. The corpus reads a balance run out on a 402
		// (DeepSeek) as permission_denied: the account may not use the
		// service until it pays.
		{src: "https://github.com/hsliuping/TradingAgents-CN/issues/170", name: "DashScope 400 Arrearage Access denied, account in good standing", status: 400,
			header: json(), body: `{"error":{"code":"Arrearage","param":null,"message":"Access denied, please make sure your account is in good standing.","type":"Arrearage"},"id":"chatcmpl-f9fdb027-830c-9e05-8366-ce479a878825","request_id":"f9fdb027-830c-9e05-8366-ce479a878825"}`,
			cred: bearer("DASHSCOPE_API_KEY", "sk-5f3c9e1a7b2d4c6e8f0a1b3c5d7e9f12"), method: "POST", path: "/compatible-mode/v1/chat/completions", want: PermissionDenied},

		// Tencent Cloud API 3.0: a signature too old for the server's
		// clock. The message is the issue's; the envelope is Tencent's.
		{src: "https://github.com/jeessy2/ddns-go/issues/999", name: "Tencent Cloud 200 AuthFailure.SignatureExpire", status: 200,
			header: json(), body: "{\"Response\":{\"Error\":{\"Code\":\"AuthFailure.SignatureExpire\",\"Message\":\"Signature expired. Please use local time and enable NTP service for time synchronization to avoid a deviation between `Timestamp` and the server time 1706406788.\"},\"RequestId\":\"2a2f5e2c-93e1-4c1b-8f4e-6b9f0c3d7a11\"}}",
			cred: tencent, method: "POST", path: "/", want: CredentialRejected},

		// Alibaba Cloud OSS: a disabled AccessKey. The message and status
		// are the issue's; the XML envelope is OSS's.
		{src: "https://github.com/1Panel-dev/1Panel/issues/12223", name: "Alibaba OSS 403 InvalidAccessKeyId the Access Key Id you provided is disabled", status: 403,
			header: ctHeader("application/xml", "Server", "AliyunOSS"), body: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error>\n  <Code>InvalidAccessKeyId</Code>\n  <Message>The OSS Access Key Id you provided is disabled.</Message>\n  <RequestId>65F9B3A1C2D4E5F60718293A</RequestId>\n  <HostId>backup-1panel.oss-cn-hangzhou.aliyuncs.com</HostId>\n  <OSSAccessKeyId>LTAI5tQ8ZbV3kLmN0pQrS7tU</OSSAccessKeyId>\n</Error>\n",
			cred: headerCred("Authorization", "OSS_AUTHORIZATION", "OSS LTAI5tQ8ZbV3kLmN0pQrS7tU:Wq8ZbV3kLmN0pQrS7tUvXyZa1b2="), path: "/?prefix=backup%2F", want: CredentialRejected},
		// Alibaba Log Service: the key said inactive (the service was not
		// activated, the thread found; the words speak of the key). The
		// message is the SDK's; the envelope is Log Service's JSON error.
		{src: "https://github.com/serverless/serverless/issues/7468", name: "Alibaba Log Service 401 InvalidAccessKeyId AccessKeyId is inactive", status: 401,
			header: json("x-log-requestid", "5E6F1A2B3C4D5E6F7A8B9C0D"), body: `{"errorCode":"InvalidAccessKeyId","errorMessage":"AccessKeyId LTAI5tQ8ZbV3kLmN0pQrS7tU is inactive"}`,
			cred: headerCred("Authorization", "SLS_AUTHORIZATION", "LOG LTAI5tQ8ZbV3kLmN0pQrS7tU:Wq8ZbV3kLmN0pQrS7tUvXyZa1b2="), method: "POST", path: "/", want: CredentialRejected},

		// WeChat Official Accounts: the token in the query string.
		{src: "https://github.com/binarywang/WxJava/issues/197", name: "WeChat 200 errcode 40014 invalid access_token", status: 200,
			header: json(), body: `{"errcode":40014,"errmsg":"invalid access_token"}`,
			cred: wechatToken, method: "POST", path: "/cgi-bin/message/template/send", want: CredentialRejected},
		// The token endpoint: the app id it names is unknown (the secret
		// goes with it). The SDK printed code and message; the envelope is
		// WeChat's.
		{src: "https://github.com/ArtisanCloud/PowerWeChat/issues/413", name: "WeChat token endpoint 200 errcode 40013 invalid appid", status: 200,
			header: json(), body: `{"errcode":40013,"errmsg":"invalid appid rid: 655d878c-2e41a3f4-65f9b9ba"}`,
			cred: apiKey("WECHAT_APPSECRET", "5f3c9e1a7b2d4c6e8f0a1b3c5d7e9f12", "", "secret"), path: "/cgi-bin/token?grant_type=client_credential&appid=wx1234567890abcdef", want: CredentialRejected},
		// WeCom: an app's token may not read the directory.
		{src: "https://github.com/w7corp/easywechat/issues/2148", name: "WeCom 200 errcode 60011 no privilege to access/modify contact/party/agent", status: 200,
			header: json(), body: `{"errcode":60011,"errmsg":"no privilege to access/modify contact/party/agent , hint: [1625546734_130_8ac3b7e3f1d2c6f9a0b4e5d6c7a8b9c0], from ip: 47.96.12.34, more info at https://open.work.weixin.qq.com/devtool/query?e=60011"}`,
			cred: apiKey("WECOM_ACCESS_TOKEN", "Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0", "", "access_token"), path: "/cgi-bin/user/list?department_id=1", want: PermissionDenied},

		// Rakuten Web Service with no application id: the SDK quoted the
		// error_description; the envelope is Rakuten's error object.
		{src: "https://github.com/rakuten-ws/rws-ruby-sdk/pull/51", name: "Rakuten 400 wrong_parameter client_id or access_token is required, nothing sent", status: 400,
			header: json(), body: `{"error":"wrong_parameter","error_description":"client_id or access_token is required"}`,
			path: "/services/api/IchibaItem/Search/20220601?format=json&keyword=ruby", want: NoCredentialsSent},

		// LINE Notify (the status check) and LINE Login (verify).
		{src: "https://notify-bot.line.me/doc/en/", name: "LINE Notify 401 Invalid access token", status: 401,
			header: json(), body: `{"status":401,"message":"Invalid access token"}`,
			cred: bearer("LINE_NOTIFY_TOKEN", "uzGHMbOhqza0RUuNKwdfKXv2kc714DEJCVzFrDUXIMQ"), path: "/api/status", want: CredentialRejected},
		// The token is verified in the query string: the server says it
		// expired.
		{src: "https://developers.line.biz/en/reference/line-login/#verify-access-token", name: "LINE Login 400 invalid_request access token expired (verify)", status: 400,
			header: json(), body: `{"error":"invalid_request","error_description":"access token expired"}`,
			cred: apiKey("LINE_LOGIN_ACCESS_TOKEN", "eyJhbGciOiJIUzI1NiJ9.Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g", "", "access_token"), path: "/oauth2/v2.1/verify", want: TokenExpired},

		// Toss Payments (Korea): the secret key is the Basic user, with a
		// colon and no password. The 401 body is a client's test fixture's.
		{src: "https://docs.tosspayments.com/reference/error-codes", name: "Toss Payments 401 UNAUTHORIZED_KEY 인증되지 않은 시크릿 키 혹은 클라이언트 키", status: 401,
			header: json(), body: `{"code":"UNAUTHORIZED_KEY","message":"인증되지 않은 시크릿 키 혹은 클라이언트 키 입니다."}`,
			cred: tossSecret, method: "POST", path: "/v1/payments/confirm", want: CredentialRejected},
		// Encoded without the colon: the server read no secret key out of
		// the Basic value. No code names a Basic value badly built; the
		// key was not accepted, credential_rejected.
		{src: "https://github.com/woowacourse/spring-roomescape-payment", name: "Toss Payments 403 INCORRECT_BASIC_AUTH_FORMAT, encode it with the colon", status: 403,
			header: json(), body: `{"code":"INCORRECT_BASIC_AUTH_FORMAT","message":"잘못된 요청입니다. ':' 를 포함해 인코딩해주세요."}`,
			cred: headerCred("Authorization", "TOSS_SECRET_KEY_BASIC", "Basic dGVzdF9za196WExrS0V5cE5BcldtbzUwblgzbG1lYXhZRzVS"), method: "POST", path: "/v1/payments/confirm", want: CredentialRejected},

		// Naver Cloud Platform's API gateway (API HUB), not the developer
		// center's openapi.naver.com: its own envelope and codes.
		{src: ncpDocs, name: "Naver Cloud 401 errorCode 200 Authentication Failed, Invalid authentication information", status: 401,
			header: json(), body: `{"error":{"errorCode":"200","message":"Authentication Failed","details":"Invalid authentication information."}}`,
			cred: ncp, path: "/map-geocode/v2/geocode?query=%EC%84%9C%EC%9A%B8", want: CredentialRejected},
		{src: ncpDocs, name: "Naver Cloud 401 errorCode 200 Authentication information are missing, nothing sent", status: 401,
			header: json(), body: `{"error":{"errorCode":"200","message":"Authentication Failed","details":"Authentication information are missing."}}`,
			method: "POST", path: "/tts-premium/v1/tts", want: NoCredentialsSent},
		// The keys are known; the application has not subscribed to this
		// API: not allowed, on a 401 (the catalog says some APIs say so).
		{src: "https://github.com/inervetdev/g-plat/blob/main/react-app/check-naver-api-config.md", name: "Naver Cloud 401 errorCode 210 Permission Denied, a subscription to the API is required", status: 401,
			header: json(), body: `{"error":{"errorCode":"210","message":"Permission Denied","details":"A subscription to the API is required."}}`,
			cred: ncp, path: "/map-geocode/v2/geocode?query=%EC%84%9C%EC%9A%B8", want: PermissionDenied},

		// PhonePe (India): the merchant's salt key is unknown to the
		// gateway. Status and message are quoted; the envelope is
		// PhonePe's PG error object.
		{src: "https://github.com/harshXitachi/winmicro-nextjs/blob/main/PHONEPE_ACTIVATION_REQUIRED.md", name: "PhonePe 400 KEY_NOT_CONFIGURED Key not found for the merchant", status: 400,
			header: json(), body: `{"success":false,"code":"KEY_NOT_CONFIGURED","message":"Key not found for the merchant","data":{}}`,
			cred: headerCred("X-VERIFY", "PHONEPE_X_VERIFY", "d2f1c0b9a8e7f6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1###1"), method: "POST", path: "/apis/hermes/pg/v1/pay", want: CredentialRejected},

		// Midtrans (Indonesia): a server key of the other environment.
		// The message is quoted; the envelope is the Core API's.
		{src: "https://github.com/SenorKhilqi/villa/blob/main/docs/QUICK_FIX_MIDTRANS_ERROR.md", name: "Midtrans 401 Unknown Merchant server_key/id", status: 401,
			header: json(), body: `{"status_code":"401","status_message":"Unknown Merchant server_key/id","id":"c4b0e5a2-7f3d-4e8a-9b1c-2d3e4f5a6b7c"}`,
			cred: headerCred("Authorization", "MIDTRANS_SERVER_KEY_BASIC", "Basic U0ItTWlkLXNlcnZlci1XcThaYlYza0xtTjBwUXJTN3RVdlh5WmE6"), method: "POST", path: "/v2/charge", want: CredentialRejected},
	}
}

// roundasia2NonRefusals: answers of the same servers that refuse nothing:
// a payment, a transaction or a model that does not exist, an API not
// published at a gateway, a query parameter missing, an external contact
// that is none.
func roundasia2NonRefusals() []fpCase {
	return []fpCase{
		{src: "https://docs.tosspayments.com/reference/error-codes", name: "Toss Payments 404 NOT_FOUND_PAYMENT", status: 404,
			header: jsonCT(), body: `{"code":"NOT_FOUND_PAYMENT","message":"존재하지 않는 결제 정보 입니다."}`, path: "/v1/payments/orders/ORDER_99_1"},
		// Midtrans answers an unknown order with a 200 carrying a 404.
		{src: "https://docs.midtrans.com/reference/get-transaction-status", name: "Midtrans 200 status_code 404 Transaction doesn't exist", status: 200,
			header: jsonCT(), body: `{"status_code":"404","status_message":"Transaction doesn't exist.","id":"e73ed594-d7a5-4ab7-8c19-5e61e275577c"}`, path: "/v2/ORD-20241230-0001/status"},
		{src: "https://github.com/huaweicloud/terraform-provider-huaweicloud/issues/2050", name: "Huawei Cloud 404 APIGW.0101 The API does not exist or has not been published", status: 404,
			header: jsonCT("Server", "api-gateway"), body: `{"error_msg":"The API does not exist or has not been published in the environment","error_code":"APIGW.0101","request_id":"220b2c0b5847e3e3f0437c2111b1b19f"}`,
			path: "/v3/0df327ee7080f2d52f3ac0130e42af0f/vpc/security-groups"},
		{src: "https://developers.naver.com/docs/serviceapi/search/blog/blog.md", name: "Naver Search 400 SE01 Incorrect query request", status: 400,
			header: jsonCT(), body: `{"errorMessage":"Incorrect query request (잘못된 쿼리요청입니다.)","errorCode":"SE01"}`, path: "/v1/search/blog.json"},
		{src: "https://github.com/binarywang/WxJava/issues/1528", name: "WeCom 200 errcode 84061 not external contact", status: 200,
			header: jsonCT(), body: `{"errcode":84061,"errmsg":"not external contact, hint: [1587638134_59_10c59a36f1cb3c6706ad8e04d0a15d7a], from ip: 115.205.95.244, more info at https://open.work.weixin.qq.com/devtool/query?e=84061"}`,
			path: "/cgi-bin/externalcontact/list?userid=LvBiZi"},
		// An endpoint id (ep-…) that does not exist: no word of access.
		{src: "https://github.com/w4n9H/autocoder-nano/issues/3", name: "Volcengine Ark 404 InvalidEndpoint.NotFound endpoint does not exist or is invalid", status: 404,
			header: jsonCT(), body: `{"error":{"code":"InvalidEndpoint.NotFound","message":"The request targeted an endpoint that does not exist or is invalid. Request id: 021738925468725d237d31a05adcf01e52f51c0f328db3e922dfb","param":"","type":"NotFound"}}`,
			path: "/api/v3/chat/completions"},
		// The SDK printed the fields; the envelope is Ark's.
		{src: "https://github.com/volcengine/volcengine-java-sdk/issues/107", name: "Volcengine Ark 400 MissingParameter", status: 400,
			header: jsonCT(), body: `{"error":{"code":"MissingParameter","message":"The request failed because it is missing one or multiple required parameters. Request id: 0217397861963127a3eba3779afacbf4086645566c141b591d61a","param":"","type":"BadRequest"}}`,
			path: "/api/v3/chat/completions"},
		{src: "https://open.bigmodel.cn/dev/api/error-code/service-error", name: "Zhipu 400 code 1211 模型不存在", status: 400,
			header: jsonCT(), body: `{"error":{"code":"1211","message":"模型不存在，请检查模型代码。"}}`, path: "/api/paas/v4/embeddings"},
	}
}

// TestHeldoutRoundRoundasia2 reports top-1 on the second Asian round: the
// refusals as runProviderCases serves them, and the non-refusals, which
// must get no cause.
func TestHeldoutRoundRoundasia2(t *testing.T) {
	cases, non := roundasia2Cases(time.Now()), roundasia2NonRefusals()
	runHeldoutRound(t, heldoutRound{name: "roundasia2", cases: cases, nonRefusals: non, gathered: 36})
}

// lateRoundasia2Cases: answers gathered after the readings above, looked
// at for the first time, their expected first cause set from the catalog
// before they were run once: late: first cause right in 5 of 7. The two
// misses are LINE Pay's 200 envelope of returnCode and returnMessage,
// which no reading takes for a failure ("Header information error.
// X-LINE-ChannelId data is invalid."; "Merchant not found." to a wrong
// channel secret); the third LINE Pay answer passes on its IP words
// alone. Reading returnCode as an envelope's code lost that one (a try
// left out), and a bare "Merchant not found." is as often a lookup's
// answer about a merchant record, so both were pending, not forced.
// Later, a return code not "0000" beside its returnMessage became a
// failure flag (failureCodeKeys: envelopeFailure, not envelopeError, so
// the IP answer keeps its reading) and a header named before its verdict
// ("X-LINE-ChannelId data is invalid") the named header's fault
// (placeNamedThenInvalidRE): the 1106 answer passes (6 of 7); "Merchant
// not found." stays pending (lateRoundasia2Pending).
func lateRoundasia2Cases() []provCase {
	linePay := headerValues("line_pay", "LINE_PAY_CHANNEL_ID", "X-LINE-ChannelId", "1656609584",
		"LINE_PAY_CHANNEL_SECRET", "X-LINE-ChannelSecret", "a917ab6a2367b536f8e5a6e2977e06f4")
	const linePayPath = "/v3/payments/request"
	return []provCase{
		// Tencent COS: a temporary key whose STS policy lacks the action
		// (the thread found cos:PostObject missing). Body byte for byte;
		// headers as another thread printed them.
		{src: "https://github.com/tencentyun/cos-wx-sdk-v5/issues/34", name: "Tencent COS 403 AccessDenied Access Denied. (an STS policy without the action)", status: 403,
			header: ctHeader("application/xml", "Server", "tencent-cos", "x-cos-request-id", "NWQzMWE1M2RfMTlhYTk0MGFfYjc1Zl8yODc3ZDA="),
			body:   "<Error>\n\t<Code>AccessDenied</Code>\n\t<Message>Access Denied.</Message>\n\t<ServerTime>2019-07-19T11:10:53Z</ServerTime>\n\t<Resource>XXX</Resource>\n\t<RequestId>NWQzMWE1M2RfMTlhYTk0MGFfYjc1Zl8yODc3ZDA=</RequestId>\n\t<TraceId>OGVmYzZiMmQzYjA2OWNhODk0NTRkMTBiOWVmMDAxODc0OWRkZjk0ZDM1NmI1M2E2MTRlY2MzZDhmNmI5MWI1OTQyYWVlY2QwZTk2MDVmZDQ3MmI2Y2I4ZmI5ZmM4ODFjYjEzMGU3N2I0OTJjYTAwYWExNjJhODI1NTRkOGZlM2Y=</TraceId>\n</Error>",
			cred:   headerCred("Authorization", "COS_AUTHORIZATION", "q-sign-algorithm=sha1&q-ak=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE&q-sign-time=1563534653;1563538253&q-key-time=1563534653;1563538253&q-header-list=host&q-url-param-list=&q-signature=5f3c9e1a7b2d4c6e8f0a1b3c5d7e9f125f3c9e1a"),
			method: "POST", path: "/", want: PermissionDenied},
		// Xendit: a secret key without the permission the call needs. The
		// SDK printed the message; the code and envelope are Xendit's.
		{src: "https://github.com/xendit/xendit-php/issues/63", name: "Xendit 403 REQUEST_FORBIDDEN_ERROR The API key is forbidden to perform this request", status: 403,
			header: jsonCT(), body: `{"error_code":"REQUEST_FORBIDDEN_ERROR","message":"The API key is forbidden to perform this request"}`,
			cred: headerCred("Authorization", "XENDIT_SECRET_KEY_BASIC", "Basic eG5kX2RldmVsb3BtZW50X1dxOFpiVjNrTG1OMHBRclM3dFV2WHlaYTFiMmMzZDRlNWY2Zzo="), path: "/balance?account_type=CASH", want: PermissionDenied},
		// Shopee's authorization URL carries a token computed from the
		// partner key; the status is not shown in the issue (403 assumed).
		{src: "https://github.com/JimCurryWang/python-shopee/issues/29", name: "Shopee 403 error_auth Invalid token (status assumed)", status: 403,
			header: jsonCT(), body: `{"error":"error_auth","msg":"Invalid token","request_id":"394de2e020be7f5074a488b3b27bbcce"}`,
			cred: apiKey("SHOPEE_AUTH_TOKEN", "9a3f5c7e1b2d4f6a8c0e2a4c6e8f0b2d4f6a8c0e2a4c6e8f0b2d4f6a8c0e2a4c", "", "token"), path: "/api/v1/shop/auth_partner?id=844793&redirect=https%3A%2F%2Fmyurl.com", want: CredentialRejected},
		// LINE Pay answers 200 with its returnCode; the log printed code
		// and message, the envelope is LINE Pay's.
		{src: "https://github.com/ringo636/Tib/issues/551", name: "LINE Pay 200 returnCode 1106 Ip address is not allowed to access this API", status: 200,
			header: jsonCT(), body: `{"returnCode":"1106","returnMessage":"Header information error. Ip address [18.222.188.71] is not allowed to access this API"}`,
			cred: linePay, method: "POST", path: linePayPath, want: IPRestricted},
		// The words name the header the channel id went in, said invalid
		// after its name, and mean one thing wherever they come: the
		// credential refused. It needed two readings: returnCode beside
		// returnMessage as a failure flag (failureCodeKeys), and the
		// header's name before its verdict (placeNamedThenInvalidRE).
		{src: "https://github.com/sumihiro3/line-pay-sdk-python/issues/1", name: "LINE Pay 200 returnCode 1106 X-LINE-ChannelId data is invalid", status: 200,
			header: jsonCT(), body: `{"returnCode":"1106","returnMessage":"Header information error. X-LINE-ChannelId data is invalid."}`,
			cred: linePay, method: "POST", path: linePayPath, want: CredentialRejected},
		// Naver Search Ad: an API key it does not know (auth-failed and
		// invalid-signature are in the corpus; invalid-apikey is not).
		{src: "https://github.com/naver/searchad-apidoc/issues/1163", name: "Naver Search Ad 403 problem invalid-apikey Invalid API-KEY", status: 403,
			header: jsonCT(), body: "{\n  \"apikey\":\"01000000008eb6f5ff0bd483fa8a3e7c0b634a9f460a4148c960e3447a03675c4d6752fb62\",\n  \"status\":403,\n  \"type\":\"urn:naver:api:problem:invalid-apikey\",\n  \"title\":\"Invalid API-KEY\",\n  \"detail\":\"API-KEY '01000000008eb6f5ff0bd483fa8a3e7c0b634a9f460a4148c960e3447a03675c4d6752fb62' is invalid.\"\n}",
			cred: headerValues("searchad", "NAVER_SEARCHAD_API_KEY", "X-API-KEY", "01000000008eb6f5ff0bd483fa8a3e7c0b634a9f460a4148c960e3447a03675c4d6752fb62",
				"NAVER_SEARCHAD_SIGNATURE", "X-Signature", "FV0u3jNtjEIsDPsEKlm8LsYdHdRj8EsJiQcegl4c5KI="), path: "/ncc/campaigns", want: CredentialRejected},
	}
}

// lateRoundasia2Pending: the late miss left (see lateRoundasia2Cases),
// with the catalog's expectation it does not get yet.
func lateRoundasia2Pending() []provCase {
	linePay := headerValues("line_pay", "LINE_PAY_CHANNEL_ID", "X-LINE-ChannelId", "1656609584",
		"LINE_PAY_CHANNEL_SECRET", "X-LINE-ChannelSecret", "a917ab6a2367b536f8e5a6e2977e06f4")
	const linePayPath = "/v3/payments/request"
	return []provCase{
		// A channel secret that does not match the channel id is answered
		// "Merchant not found." (the thread): the merchant the credentials
		// name is unknown, the credential refused.
		{src: "https://github.com/sumihiro3/line-pay-sdk-python/issues/1", name: "LINE Pay 200 returnCode 1104 Merchant not found (a wrong channel secret)", status: 200,
			header: jsonCT(), body: `{"returnCode":"1104","returnMessage":"Merchant not found."}`,
			cred: linePay, method: "POST", path: linePayPath, want: CredentialRejected},
	}
}

// TestHeldoutRoundRoundasia2Late: see lateRoundasia2Cases.
func TestHeldoutRoundRoundasia2Late(t *testing.T) {
	runProviderCases(t, "roundasia2 late answers", lateRoundasia2Cases())
	runPending(t, lateRoundasia2Pending())
}
