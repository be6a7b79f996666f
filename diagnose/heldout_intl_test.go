package diagnose

import (
	"testing"
	"time"
)

// intlCases: a held-out round on providers outside the US and their
// local-language or numeric-code answers: WeChat Official Account and
// WeCom (errcode in a 200), DingTalk, Feishu/Lark, Baidu AI Cloud,
// Tencent Cloud, Alibaba Cloud, Qiniu (China); LINE, Money Forward, freee
// (Japan); Kakao, Naver (Korea); Yandex, VK (Russia); Allegro (Poland);
// Conekta, Mercado Pago, Mercado Libre (Latin America); Flutterwave,
// M-Pesa Daraja (Africa). Gathered and given their expected first cause
// from the catalog before the diagnosis code was read; a comment says why
// when two codes could fit. Bodies are as the source shows them; where an
// SDK printed the parsed fields of a provider's documented envelope
// (errcode/errmsg, error_code/error_msg), the envelope is written back with
// those values. First run, before any fix: first cause right in 33 of 50
// refusals, token endpoint refusals 2 of 2, non-refusals 8 of 8 given no
// cause (43 of 60); 60 of 60 after the readings the misses lacked: a
// numeric-code envelope read also inside an "error" object (VK's
// error_code/error_msg) and an "Error" object with a string Code (Tencent
// Cloud's Response.Error); envelope texts about an app secret, an API
// said unauthorized (a permission), an address not on the allowlist and a
// usage limit reached ("reach max api daily quota limit", "qps request
// limit reached"); a small multilingual family (localWords: a credential
// invalid, expired or missing, no permission, in Chinese, Japanese,
// Korean, Russian, Spanish, Portuguese, German and French) read through
// normalizeWords; an access key or secret id "not found" is the key
// refused, not a hidden 404; "auth failed"; "Not Exist Client ID" (the id
// said missing); a scope disabled for the app or not callable with the
// current scopes; "unauthorized use of live credentials" (a permission).
func intlCases(now time.Time) []provCase {
	_ = now
	json := jsonCT
	wechat := apiKey("WECHAT_ACCESS_TOKEN", "78_Xq2Lm9pR4sT6vX8zB1cD3fG5hJ7kL0nP2qR4sT6vX8zB1cD3fG5hJ7kL0nP2qR4sT6vX8zB1cD3fG5hJ7kL0nP", "", "access_token")
	wechatSecret := apiKey("WECHAT_APPSECRET", "3f2e1d0c9b8a7f6e5d4c3b2a1f0e9d8c", "", "secret")
	const wechatTokenPath = "/cgi-bin/token?grant_type=client_credential&appid=wx8f3c2a1b4d5e6f70"
	wechatErr := func(code, msg string) string { return `{"errcode":` + code + `,"errmsg":"` + msg + `"}` }
	baidu := apiKey("BAIDU_ACCESS_TOKEN", "24.6c5e1ff107f0e8bcef8c46d3424a0e78.2592000.1485516651.282335-8574074", "", "access_token")
	baiduErr := func(code, msg string) string { return `{"error_code":` + code + `,"error_msg":"` + msg + `"}` }
	feishu := bearer("FEISHU_TENANT_ACCESS_TOKEN", "t-g1044ghJRUIJJ5ELPPV2ZBNNQ5KQ2MNEWYPLRUHW")
	tencent := headerCred("Authorization", "TENCENTCLOUD_AUTHORIZATION", "TC3-HMAC-SHA256 Credential=AKIDq7Pf3n2Lm9Wx4Rt8Yz1Bc5Dv6Ef0Gh2/2023-03-22/dnspod/tc3_request, SignedHeaders=content-type;host, Signature=5da7a33f6993f0614b047e5df4582db9e9bf4672ba50567dba16c6ccf174c474")
	qiniu := headerCred("Authorization", "QINIU_UPLOAD_TOKEN", "UpToken dP5UdTA5ylgZDy4qFAGzTK_URi0EDE9UasGzWtFR:uGfv_0ef7Y2aZpFEWDVT7Cu9orU=:eyJzY29wZSI6Im15LWJ1Y2tldCIsImRlYWRsaW5lIjoxNjQzMDAwMDAwfQ==")
	line := bearer("LINE_CHANNEL_ACCESS_TOKEN", "Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0kLmN0pQrS7tUvXyZa1b2c3d4e5f6g=")
	kakao := bearer("KAKAO_ACCESS_TOKEN", "Xq2Lm9pR4sT6vX8zB1cD3fG5hJ7kL0nP2qR4sT6vAAAAAQopyV4AAAGE")
	yandex := headerCred("Authorization", "YANDEX_OAUTH_TOKEN", "OAuth y0_AgAAAAAq7Pf3AAX8zgAAAAD9Lm2Rt8Yz1Bc5Dv6Ef0Gh2Jk4Nm6Pq8")
	vk := apiKey("VK_ACCESS_TOKEN", "vk1.a.Xq2Lm9pR4sT6vX8zB1cD3fG5hJ7kL0nP2qR4sT6vX8zB1cD3fG5hJ7kL0nP2qR4sT6vX8zB1cD3fG5hJ7kL0nP", "", "access_token")
	vkErr := func(code, msg, method string) string {
		return `{"error":{"error_code":` + code + `,"error_msg":"` + msg + `","request_params":[{"key":"oauth","value":"1"},{"key":"method","value":"` + method + `"},{"key":"v","value":"5.131"}]}}`
	}
	mercado := bearer("MP_ACCESS_TOKEN", "APP_USR-6363002050898251-102616-1d91cfca2d92ad4361d0a9ea12043a1d-148760055")
	flutterwave := bearer("FLW_SECRET_KEY", "FLWSECK-4a1163f79c09b2c3d4e5f6a7b8c9d0e1-X")
	return []provCase{
		// WeChat Official Account: every answer is a 200 with errcode/errmsg.
		{src: "https://github.com/sd4324530/fastweixin/issues/23", name: "WeChat 200 errcode 40001 invalid credential, access_token is invalid or not latest", status: 200,
			header: json(), body: wechatErr("40001", "invalid credential, access_token is invalid or not latest hint: [dLTTea0566vr46!]"), cred: wechat, method: "POST", path: "/cgi-bin/message/template/send", want: CredentialRejected},
		{src: "https://github.com/chanjarster/weixin-java-tools/issues/64", name: "WeChat 200 errcode 42001 access_token expired", status: 200,
			header: json(), body: wechatErr("42001", "access_token expired"), cred: wechat, path: "/sns/userinfo?openid=oLVPpjqs2BhvzwPj5A-vTYAX3GLc&lang=zh_CN", want: TokenExpired},
		{src: "https://github.com/WeixinCloud/wxcloudrun-wxcomponent/issues/23", name: "WeChat 200 errcode 41001 access_token missing, nothing sent", status: 200,
			header: json(), body: wechatErr("41001", "access_token missing rid: 637df9e4-4cd673ce-10c42658"), method: "POST", path: "/cgi-bin/component/api_create_preauthcode", want: NoCredentialsSent},
		// The account (a subscription account) has no right to this API: the
		// token is fine, the operation is not allowed.
		{src: "https://github.com/node-webot/wechat-api/issues/253", name: "WeChat 200 errcode 48001 api unauthorized", status: 200,
			header: json(), body: wechatErr("48001", "api unauthorized hint: [FNYrYa0206k455!]"), cred: wechat, path: "/cgi-bin/user/get", want: PermissionDenied},
		{src: "https://github.com/overtrue/laravel-wechat/issues/367", name: "WeChat 200 errcode 40164 invalid ip, not in whitelist (token endpoint)", status: 200,
			header: json(), body: wechatErr("40164", "invalid ip 101.45.43.1 ipv6 ::ffff:101.45.43.1, not in whitelist hint: [jotvMa01143580]"), cred: wechatSecret, path: wechatTokenPath, want: IPRestricted},
		{src: "https://github.com/other-blowsnow/n8n-nodes-wechat-offiaccount/issues/2", name: "WeChat 200 errcode 40125 invalid appsecret (token endpoint)", status: 200,
			header: json(), body: wechatErr("40125", "invalid appsecret rid: 67b81456-7702e5f9-2c9e1783"), cred: wechatSecret, path: wechatTokenPath, want: CredentialRejected},
		{src: "https://github.com/JeffreySu/WeiXinMPSDK/issues/1677", name: "WeChat 200 errcode 45009 reach max api daily quota limit", status: 200,
			header: json(), body: wechatErr("45009", "reach max api daily quota limit hint: [nl1a8a02641530!]"), cred: wechat, method: "POST", path: "/cgi-bin/material/batchget_material", want: RateLimited},
		// WeCom (WeChat Work).
		{src: "https://github.com/Micro-sheep/wechat_work/issues/3", name: "WeCom 200 errcode 60020 not allow to access from your ip", status: 200,
			header: json(), body: `{"errcode":60020,"errmsg":"not allow to access from your ip, hint: [1658286717354964018506079], from ip: 115.227.127.185, more info at https://open.work.weixin.qq.com/devtool/query?e=60020"}`,
			cred:   apiKey("WECOM_ACCESS_TOKEN", "kQz1Lm9pR4sT6vX8zB1cD3fG5hJ7kL0nP2qR4sT6vX8zB1cD3fG5hJ7kL0nP2qR4sT6vX8zB1cD3fG5hJ7kL0nP2qR4sT6v", "", "access_token"),
			method: "POST", path: "/cgi-bin/message/send", want: IPRestricted},

		// DingTalk: the old API's errcode in a 200 and the new API's code in
		// a 400, both in Chinese.
		{src: "https://github.com/satorijs/satori/issues/240", name: "DingTalk 200 errcode 40014 不合法的access_token", status: 200,
			header: map[string]string{"Content-Type": "application/json", "Server": "DingTalk/1.0.0"}, body: `{"errcode":40014,"errmsg":"不合法的access_token"}`,
			cred: apiKey("DINGTALK_ACCESS_TOKEN", "3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e", "", "access_token"), path: "/microapp/list", want: CredentialRejected},
		{src: "https://github.com/satorijs/satori/issues/240", name: "DingTalk 400 InvalidAuthentication 不合法的access_token", status: 400,
			header: json(), body: `{"code":"InvalidAuthentication","requestid":"30EE8654-1AA2-7D88-8248-9518547248AA","message":"不合法的access_token"}`,
			cred: headerCred("x-acs-dingtalk-access-token", "DINGTALK_ACCESS_TOKEN", "3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e"), path: "/v1.0/microApp/allInnerApps", want: CredentialRejected},

		// Feishu/Lark answer 400 with a numeric code.
		{src: "https://github.com/satorijs/satori/issues/310", name: "Feishu 400 code 99991663 Invalid access token for authorization", status: 400,
			header: json(), body: `{"code":99991663,"msg":"Invalid access token for authorization. Please make a request with token attached."}`, cred: feishu, method: "POST", path: "/open-apis/im/v1/messages?receive_id_type=chat_id", want: CredentialRejected},
		// The SDK printed the error object's fields; permission_violations
		// (an array it did not print) is left out.
		{src: "https://github.com/modelzen/feishu-codex-bridge/issues/9", name: "Feishu 400 code 99991672 one of the following scopes is required (English and Chinese)", status: 400,
			header: json(), body: `{"code":99991672,"msg":"Access denied. One of the following scopes is required: [im:chat.announcement:read].应用尚未开通所需的应用身份权限：[im:chat.announcement:read]，点击链接申请并开通任一权限即可：https://open.feishu.cn/app/cli_aafa172a51385bd1/auth?q=im:chat.announcement:read&op_from=openapi&token_type=tenant","error":{"message":"Refer to the documentation to fix the error: https://open.feishu.cn/document/uAjLw4CM/ugTN1YjL4UTN24CO1UjN/trouble-shooting/how-to-fix-the-99991672-error","log_id":"20260804050828F97B51FEDC7BE8EA5D0B","troubleshooter":"排查建议查看(Troubleshooting suggestions): https://open.feishu.cn/search?from=openapi&log_id=20260804050828F97B51FEDC7BE8EA5D0B&code=99991672&method_id=7345358935301701633"}}`,
			cred: feishu, path: "/open-apis/im/v1/chats/oc_a0553eda9014c201e6969b478895c230/announcement", want: ServerInsufficientScope},

		// Baidu AI Cloud: error_code/error_msg in a 200.
		{src: "https://cnblogs.com/j-y-s/p/15474339.html", name: "Baidu 200 error_code 110 Access token invalid or no longer valid", status: 200,
			header: json(), body: baiduErr("110", "Access token invalid or no longer valid"), cred: baidu, method: "POST", path: "/rest/2.0/ocr/v1/general_basic", want: CredentialRejected},
		{src: "https://ai.baidu.com/ai-doc/EASYDL/Hknepqm24", name: "Baidu 200 error_code 111 Access token expired", status: 200,
			header: json(), body: baiduErr("111", "Access token expired"), cred: baidu, method: "POST", path: "/rpc/2.0/ai_custom/v1/classification/flowers", want: TokenExpired},
		{src: "https://ai.baidu.com/ai-doc/BML/Hkhzv1j2k", name: "Baidu 200 error_code 18 Open api qps request limit reached", status: 200,
			header: json(), body: baiduErr("18", "Open api qps request limit reached"), cred: baidu, method: "POST", path: "/rest/2.0/image-classify/v2/advanced_general", want: RateLimited},
		{src: "https://ai.baidu.com/ai-doc/BML/Hkhzv1j2k", name: "Baidu 200 error_code 6 No permission to access data", status: 200,
			header: json(), body: baiduErr("6", "No permission to access data"), cred: baidu, method: "POST", path: "/rest/2.0/face/v3/faceset/user/get", want: PermissionDenied},

		// Tencent Cloud API 3.0 answers 200 with Response.Error.
		{src: "https://github.com/starsunyzl/ddns-scripts-dnspod/issues/3", name: "Tencent Cloud 200 AuthFailure.SecretIdNotFound", status: 200,
			header: json(), body: `{"Response":{"Error":{"Code":"AuthFailure.SecretIdNotFound","Message":"The SecretId is not found, please ensure that your SecretId is correct."},"RequestId":"4474675b-d2c8-4b53-9600-78573b72effb"}}`,
			cred: tencent, method: "POST", path: "/", want: CredentialRejected},
		{src: "https://github.com/tencentyun/qcloud-cos-sts-sdk/issues/72", name: "Tencent Cloud 200 AuthFailure.SignatureFailure", status: 200,
			header: json(), body: `{"Response":{"Error":{"Code":"AuthFailure.SignatureFailure","Message":"The provided credentials could not be validated. Please check your signature is correct."},"RequestId":"a4b9f6a7-6c1e-4d2f-9b3a-1f0e2d3c4b5a"}}`,
			cred: tencent, method: "POST", path: "/", want: CredentialRejected},

		// Alibaba Cloud: the RPC API's 404 and OSS's XML 403.
		{src: "https://github.com/XWJR-Ops/zabbix-RDS-monitor/issues/9", name: "Alibaba Cloud 404 InvalidAccessKeyId.NotFound", status: 404,
			header: json(), body: `{"RequestId":"B395284E-9787-4083-9BCF-762FCD230402","HostId":"rds.aliyuncs.com","Code":"InvalidAccessKeyId.NotFound","Message":"Specified access key is not found."}`,
			cred: apiKey("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAI5tF6LrZkKNaVUcCLYy3q", "", "AccessKeyId"), path: "/?Action=DescribeDBInstancePerformance&Format=JSON&Version=2014-08-15&SignatureMethod=HMAC-SHA1&SignatureVersion=1.0", want: CredentialRejected},
		{src: "https://github.com/Molunerfinn/PicGo/issues/488", name: "Alibaba OSS 403 XML InvalidAccessKeyId", status: 403,
			header: map[string]string{"Content-Type": "application/xml", "Server": "AliyunOSS", "x-oss-request-id": "5EB007079214783733C13E56"},
			body:   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error>\n  <Code>InvalidAccessKeyId</Code>\n  <Message>The OSS Access Key Id you provided does not exist in our records.</Message>\n  <RequestId>5EB007079214783733C13E56</RequestId>\n  <HostId>wznote.oss-cn-shenzhen.aliyuncs.com</HostId>\n  <OSSAccessKeyId>1</OSSAccessKeyId>\n</Error>\n",
			cred:   headerCred("Authorization", "OSS_AUTHORIZATION", "OSS LTAI4G5UEaSTA6mSCH8iSpQq:kZoYNv66bsmc10+dcGKw5x2PRrk="), method: "PUT", path: "/img/2020/05/04/shot.png", want: CredentialRejected},

		// Qiniu.
		{src: "https://github.com/oncemi/OnceMi.AspNetCore.OSS/issues/11", name: "Qiniu 401 bad token BadToken", status: 401,
			header: map[string]string{"Content-Type": "application/json", "Server": "openresty", "X-Log": "BUCKET/401", "X-Reqid": "ThYAAGCGip0DE80W"}, body: `{"error":"bad token","error_code":"BadToken"}`,
			cred: qiniu, path: "/v2/buckets", want: CredentialRejected},
		{src: "https://github.com/qiniu/java-sdk/issues/284", name: "Qiniu 401 expired token", status: 401,
			header: json("X-Reqid", "lV4AAJqVlOxMg60U", "X-Log", "body:1;UP:1/401;UP:2/401"), body: `{"error":"expired token"}`, cred: qiniu, method: "POST", path: "/", want: TokenExpired},

		// LINE Messaging API.
		{src: "https://github.com/invokable/laravel-line-sdk/issues/9", name: "LINE 401 Authorization header required, nothing sent", status: 401,
			header: json(), body: `{"message":"Authorization header required. Must follow the scheme, 'Authorization: Bearer <ACCESS TOKEN>'"}`, method: "POST", path: "/v2/bot/message/push", want: NoCredentialsSent},
		{src: "https://github.com/line/line-bot-sdk-java/issues/1026", name: "LINE 401 Authentication failed, confirm the access token is valid", status: 401,
			header: json(), body: `{"message":"Authentication failed. Confirm that the access token in the authorization header is valid."}`, cred: line, path: "/v2/bot/message/468789577898262530/content", want: CredentialRejected},
		{src: "https://github.com/bottenderjs/messaging-apis/issues/604", name: "LINE 401 the access token malformed", status: 401,
			header: json(), body: `{"message":"Authentication failed due to the following reason: The access token malformed. Confirm that the access token in the authorization header is valid."}`, cred: line, method: "POST", path: "/v2/bot/message/push", want: CredentialRejected},

		// Money Forward and freee (Japanese messages). Money Forward's
		// token went as a curl -G parameter, not in the Authorization
		// header: the API saw none ("please log in").
		{src: "https://github.com/moneyforward/expense-api-doc/issues/34", name: "Money Forward 401 ログインしてください, nothing sent", status: 401,
			header: json(), body: `{"messages":["ログインしてください"]}`, path: "/api/external/v1/offices/6410-1232/office_members", want: NoCredentialsSent},
		// The message says "no permission to access" but the code says the
		// token expired: token_expired, as the code is the specific part.
		{src: "https://github.com/freee/freee-mcp/issues/525", name: "freee 401 expired_access_token アクセスする権限がありません", status: 401,
			header: json(), body: `{"message":"アクセスする権限がありません","code":"expired_access_token"}`, cred: bearer("FREEE_ACCESS_TOKEN", "Lm9pR4sT6vX8zB1cD3fG5hJ7kL0nP2qR4sT6vX8zB1c"), path: "/hr/api/v1/employees?company_id=123456&year=2026&month=9", want: TokenExpired},

		// Kakao.
		{src: "https://github.com/JosephNK/flutter_kakao_login/issues/21", name: "Kakao 401 code -401 this access token does not exist", status: 401,
			header: json(), body: `{"msg":"this access token does not exist","code":-401}`, cred: kakao, path: "/v2/user/me", want: CredentialRejected},
		{src: "https://devtalk.kakao.com/t/faq-api-api/82152", name: "Kakao 403 code -402 insufficient scopes, required_scopes listed", status: 403,
			header: json(), body: `{"msg":"insufficient scopes.","code":-402,"api_type":"FRIENDS","required_scopes":["friends"],"allowed_scopes":["profile"]}`, cred: kakao, path: "/v1/api/talk/friends", want: ServerInsufficientScope},
		// The app has not enabled the consent item (scope) the API needs:
		// permission_denied could fit, but the answer names the scope and the
		// fix is to grant it to the app.
		{src: "https://devtalk.kakao.com/t/errors-you-may-encounter-when-calling-the-messaging-api-and-the-friends-apis/118998", name: "Kakao 403 code -3 App disabled [talk_message] scopes", status: 403,
			header: json(), body: `{"msg":"[YOUR_APP_NAME] App disabled [talk_message] scopes for [TALK_MESSAGE_SEND] API on developers.kakao.com. Enable it first.","code":-3}`, cred: kakao, method: "POST", path: "/v2/api/talk/memo/default/send", want: ServerInsufficientScope},

		// Naver (Korean in parentheses).
		{src: "https://github.com/crossplatformkorea/react-native-naver-login/issues/86", name: "Naver 401 resultcode 024 Authentication failed (인증 실패하였습니다.)", status: 401,
			header: json(), body: `{"message": "Authentication failed (인증 실패하였습니다.)", "resultcode": "024"}`, cred: bearer("NAVER_ACCESS_TOKEN", "AAAAOkZq7Pf3n2Lm9Wx4Rt8Yz1Bc5Dv6Ef0Gh2Jk4Nm6Pq8Rs0Tu2Vw4Xy6Za8"), path: "/v1/nid/me", want: CredentialRejected},
		// The client id went in the query; Naver reads X-Naver-Client-Id and
		// says none exists: the place, not the id.
		{src: "https://github.com/navermaps/maps.js/issues/327", name: "Naver 401 errorCode 024 Not Exist Client ID, id sent in the query", status: 401,
			header: json(), body: `{"errorMessage":"Not Exist Client ID : Authentication failed. (인증에 실패했습니다.)","errorCode":"024"}`,
			cred: apiKey("NAVER_CLIENT_ID", "BS1db0PaEGmwo4vqjH4V", "", "clientId"), path: "/v1/map/geocode?query=%EB%B6%88%EC%A0%95%EB%A1%9C+6", want: CredentialInWrongPlace},
		{src: "https://github.com/naver/searchad-apidoc/issues/1442", name: "Naver Search Ad 403 problem invalid-signature", status: 403,
			header: map[string]string{"Content-Type": "application/problem+json"}, body: `{"signature":"hGpLTwizudMrJPpq9fQvVHxyBFQQJ/pPFbt12DST5rg=","status":403,"type":"urn:naver:api:problem:invalid-signature","title":"Invalid Signature","detail":"Signature 'hGpLTwizudMrJPpq9fQvVHxyBFQQJ/pPFbt12DST5rg=' is invalid."}`,
			cred: apiKey("NAVER_SEARCHAD_API_KEY", "0100000000c84ef1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e", "X-API-KEY", ""), path: "/ncc/campaigns", want: CredentialRejected},
		// A 403, but the words say authentication failed for the key: the
		// key, not a permission.
		{src: "https://github.com/naver/searchad-apidoc/issues/1493", name: "Naver Search Ad 403 problem auth-failed with api-key", status: 403,
			header: map[string]string{"Content-Type": "application/problem+json"}, body: `{"status":403,"type":"urn:naver:api:problem:auth-failed","title":"Auth Failed","detail":"Auth failed with api-key: 010…..71, customer-id: 000000"}`,
			cred: apiKey("NAVER_SEARCHAD_API_KEY", "0100000000d95f02b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f", "X-API-KEY", ""), path: "/keywordstool?hintKeywords=shoes", want: CredentialRejected},

		// Yandex (Russian messages).
		{src: "https://github.com/ivknv/yadisk/issues/54", name: "Yandex Disk 401 UnauthorizedError Не авторизован.", status: 401,
			header: json(), body: `{"message":"Не авторизован.","description":"Unauthorized","error":"UnauthorizedError"}`, cred: yandex, path: "/v1/disk/operations/0000?fields=status", want: CredentialRejected},
		// "The app may lack the rights for this action": permission_denied;
		// no scope is named.
		{src: "https://github.com/ivknv/yadisk/issues/34", name: "Yandex Disk 403 ForbiddenError Доступ запрещён, у приложения недостаточно прав", status: 403,
			header: json(), body: `{"message":"Доступ запрещён. Возможно, у приложения недостаточно прав для данного действия.","description":"Forbidden","error":"ForbiddenError"}`,
			cred: yandex, path: "/v1/disk/resources/upload?path=%2Ftest.ini", want: PermissionDenied},
		{src: "https://github.com/alexusmai/yandex-metrika/issues/15", name: "Yandex Metrika 403 access_denied Access is denied", status: 403,
			header: json(), body: `{"errors":[{"error_type":"access_denied","message":"Access is denied"}],"code":403,"message":"Access is denied"}`, cred: yandex, path: "/stat/v1/data?ids=44147844&metrics=ym:s:visits", want: PermissionDenied},

		// VK: error_code in a 200.
		{src: "https://github.com/negezor/vk-io/issues/153", name: "VK 200 error_code 5 User authorization failed: invalid access_token (4).", status: 200,
			header: json(), body: vkErr("5", "User authorization failed: invalid access_token (4).", "groups.getById"), cred: vk, path: "/method/groups.getById?v=5.131", want: CredentialRejected},
		{src: "https://github.com/AndrewShmig/Vkontakte-iOS-SDK-LV/issues/36", name: "VK 200 error_code 5 user revoke access for this token", status: 200,
			header: json(), body: vkErr("5", "User authorization failed: user revoke access for this token.", "friends.get"), cred: vk, path: "/method/friends.get?v=5.131&fields=nickname", want: CredentialRejected},
		{src: "https://github.com/Duff89/parser_avito/issues/267", name: "VK 200 error_code 15 Access denied, cannot be called with current scopes", status: 200,
			header: json(), body: `{"error":{"error_code":15,"error_subcode":1133,"error_msg":"Access denied: no access to call this method. It cannot be called with current scopes.","request_params":[{"key":"v","value":"5.199"},{"key":"method","value":"photos.getMessagesUploadServer"},{"key":"oauth","value":"1"}]}}`,
			cred: vk, path: "/method/photos.getMessagesUploadServer?v=5.199", want: ServerInsufficientScope},

		// Allegro (Poland).
		{src: "https://github.com/allegro/allegro-api/issues/3077", name: "Allegro 401 invalid_token Cannot convert access token to JSON", status: 401,
			header: json(), body: "{\n   \"error\": \"invalid_token\",\n   \"error_description\": \"Cannot convert access token to JSON\"\n}",
			cred: bearer("ALLEGRO_ACCESS_TOKEN", "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJ1c2VyX25hbWUiOiI0OTU0OTcwNSJ9.Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g"), path: "/sale/offers?status=READY_FOR_PROCESSING&offset=0&limit=25", want: ServerInvalidToken},

		// Conekta (Mexico; Spanish message for the purchaser).
		{src: "https://github.com/conekta/conekta-android/issues/17", name: "Conekta 401 authentication_error Acceso no autorizado", status: 401,
			header: json(), body: `{"object":"error","type":"authentication_error","message":"Unauthorized access, please check the permissions of your key for this call.","message_to_purchaser":"Acceso no autorizado.","param":null,"code":"authentication_error","validation_error":null}`,
			cred: headerCred("Authorization", "CONEKTA_PUBLIC_KEY", "Basic a2V5X2VZdldWN2dTRGtOWVhzbXE6"), method: "POST", path: "/tokens", want: CredentialRejected},
		{src: "https://github.com/conekta/conekta-python/issues/54", name: "Conekta 401 missing_key Please include your access key, nothing sent", status: 401,
			header: json(), body: `{"object":"error","type":"authentication_error","log_id":"507f1f77bcf86cd799439011","details":[{"debug_message":"Please include your access key in your request.","message":"Acceso no autorizado.","param":null,"code":"conekta.errors.authentication.missing_key"}]}`,
			path: "/orders/ord_2tUigJ8DgBhbp6w5D/line_items", want: NoCredentialsSent},

		// Mercado Pago and Mercado Libre.
		{src: "https://github.com/mercadopago/sdk-php/issues/118", name: "Mercado Pago 401 Must provide your access_token to proceed, nothing sent", status: 401,
			header: json(), body: `{"message":"Must provide your access_token to proceed","error":"unauthorized","status":401,"cause":[{"code":5,"description":"Must provide your access_token to proceed","data":null}]}`,
			method: "PUT", path: "/v1/payments/4368913390?status=canceled", want: NoCredentialsSent},
		// Live credentials the account may not use for this (the app is not
		// approved for live payments): the token is known and refused this
		// use; permission_denied rather than credential_rejected.
		{src: "https://github.com/mercadopago/sdk-nodejs/issues/161", name: "Mercado Pago 401 Unauthorized use of live credentials", status: 401,
			header: json(), body: `{"message":"Unauthorized use of live credentials","error":"unauthorized","status":401,"cause":[{"code":7,"description":"Unauthorized use of live credentials","data":null}]}`,
			cred: mercado, env: "production", method: "POST", path: "/v1/payments", want: PermissionDenied},
		{src: "https://github.com/mercadopago/sdk-php/issues/81", name: "Mercado Pago 400 Invalid credentials cause 17", status: 400,
			header: json(), body: "{\n    \"message\": \"Invalid credentials\",\n    \"error\": \"bad_request\",\n    \"status\": 400,\n    \"cause\": [\n        {\n            \"code\": 17,\n            \"description\": \"Invalid credentials\",\n            \"data\": null\n        }\n    ]\n}",
			cred: mercado, method: "POST", path: "/v1/payments", want: CredentialRejected},
		{src: "https://github.com/ctmil/meli_oerp/issues/112", name: "Mercado Libre 401 unauthorized invalid access token", status: 401,
			header: json(), body: `{"code":"unauthorized","message":"invalid access token"}`, cred: mercado, method: "PUT", path: "/items/MLC1300000000", want: CredentialRejected},

		// Flutterwave and M-Pesa Daraja.
		{src: "https://github.com/Flutterwave/Node-v3/issues/22", name: "Flutterwave 401 Invalid authorization key", status: 401,
			header: json(), body: `{"status":"error","message":"Invalid authorization key","data":null}`, cred: flutterwave, method: "POST", path: "/v3/payments", want: CredentialRejected},
		{src: "https://developer.flutterwave.com/docs/integration-guides/errors", name: "Flutterwave 401 Authorization required, nothing sent", status: 401,
			header: json(), body: "{\n    \"status\": \"error\",\n    \"message\": \"Authorization required\",\n    \"data\": null\n}", method: "POST", path: "/v3/charges?type=card", want: NoCredentialsSent},
		// Daraja answers an unknown token with 404 and errorCode 404.001.03.
		{src: "https://github.com/safaricom/LNMOnlineAndroidSample/issues/11", name: "M-Pesa Daraja 404 errorCode 404.001.03 Invalid Access Token", status: 404,
			header: json(), body: "{\n\t  \"requestId\":\"10219-2484793-1\",\n\t  \"errorCode\": \"404.001.03\",\n\t  \"errorMessage\": \"Invalid Access Token\"\n  }",
			cred: bearer("MPESA_ACCESS_TOKEN", "cHnkwYIgBbrxlgBoneczmIJFXVm0"), method: "POST", path: "/mpesa/stkpush/v1/processrequest", want: CredentialRejected},
	}
}

// intlTokenCases: token endpoints of the category refusing a client.
func intlTokenCases() []tokenCase {
	return []tokenCase{
		{src: "https://github.com/spring-ai-community/qianfan/issues/7", name: "Baidu Qianfan 401 invalid_client unknown client id", status: 401,
			body: `{"error_description":"unknown client id","error":"invalid_client"}`, want: CredentialRejected},
		{src: "https://github.com/lepture/flask-oauthlib/issues/295", name: "Kakao 401 invalid_client Bad client credentials", status: 401,
			body: `{"error":"invalid_client","error_description":"Bad client credentials"}`, want: CredentialRejected},
	}
}

// intlNonRefusals: answers of the category that look like refusals but
// are not: a token in a 200, a user id (openid) said invalid, a request
// parameter refused, a record that does not exist.
func intlNonRefusals() []fpCase {
	return []fpCase{
		{src: "https://developers.weixin.qq.com/doc/offiaccount/Basic_Information/Get_access_token.html", name: "WeChat 200 access_token and expires_in (success)", status: 200, header: jsonCT(),
			body: `{"access_token":"ACCESS_TOKEN","expires_in":7200}`},
		{src: "https://github.com/binarywang/WxJava/issues/710", name: "WeChat 200 errcode 40003 invalid openid (a user id)", status: 200, header: jsonCT(),
			body: `{"errcode":40003,"errmsg":"invalid openid hint: [T4BDAa00124119]"}`},
		{src: "https://github.com/VKCOM/vk-android-sdk/issues/100", name: "VK 200 error_code 113 Invalid user id", status: 200, header: jsonCT(),
			body: `{"error":{"error_code":113,"error_msg":"Invalid user id","request_params":[{"key":"oauth","value":"1"},{"key":"method","value":"friends.get"},{"key":"fields","value":"id,first_name,last_name,sex,photo_200_orig"}]}}`},
		{src: "https://github.com/louislam/uptime-kuma/issues/913", name: "LINE 400 the property 'to' is invalid", status: 400, header: jsonCT(),
			body: `{"message":"The property, 'to', in the request body is invalid (line:-, column:-)"}`},
		{src: "https://github.com/moneyforward/expense-api-doc/issues/34", name: "Money Forward 404 処理対象のレコードが存在しません", status: 404, header: jsonCT(),
			body: `{"messages":["処理対象のレコードが存在しません"]}`},
		{src: "https://devtalk.kakao.com/t/errors-you-may-encounter-when-calling-the-messaging-api-and-the-friends-apis/118998", name: "Kakao 400 code -2 receiver_uuids cannot be empty", status: 400, header: jsonCT(),
			body: `{"msg":"The Parameter [receiver_uuids] cannot be empty.","code":-2}`},
		{src: "https://github.com/mercadopago/sdk-nodejs/issues/179", name: "Mercado Pago 400 payment methods inference error", status: 400, header: jsonCT(),
			body: `{"message":"Cannot infer Payment Method","error":"bad_request","status":400,"cause":[{"code":2131,"description":"payment methods inference error","data":null}]}`},
		{src: "https://developer.flutterwave.com/docs/integration-guides/errors", name: "Flutterwave 400 Cardno is required", status: 400, header: jsonCT(),
			body: "{\n    \"status\": \"error\",\n    \"message\": \"Cardno is required\",\n    \"data\": null\n}"},
	}
}

// TestHeldoutIntl: see intlCases.
func TestHeldoutIntl(t *testing.T) {
	cases := intlCases(time.Now())
	if len(cases) < 45 {
		t.Fatalf("intl corpus has %d cases, want at least 45", len(cases))
	}
	runProviderCases(t, "intl held-out corpus", cases)
	runTokenCases(t, intlTokenCases())
	runFalsePositives(t, "intl non-refusals", intlNonRefusals())
}

// lateIntlCases: answers of the same category gathered after the round's
// fixes, run once unchanged before any further reading; expectations from
// the catalog. First run: 7 of 8 (refusals 5 of 6, token endpoint 1 of
// 1, non-refusals 1 of 1). The miss: hh.ru's 403 {"errors":[{"type":
// "oauth","value":"bad_authorization"}]} read as a permission by its
// status; 8 of 8 after one general reading: a bad or invalid
// authorization named as a whole (a code word, or before header, token,
// key) is the credential refused, whatever status carries it ("invalid
// authorization code" is not).
func lateIntlCases() []provCase {
	hh := bearer("HH_ACCESS_TOKEN", "USERQ7Pf3N2LM9WX4RT8YZ1BC5DV6EF0GH2JK4NM6PQ8RS0TU2VW4XY6ZA8BC0DE2")
	hhErr := func(typ, value string) string {
		return `{"errors":[{"type":"` + typ + `","value":"` + value + `"}]}`
	}
	return []provCase{
		// PagSeguro (Brazil).
		{src: "https://github.com/pagseguro/payment-magento/issues/80", name: "PagSeguro 401 UNAUTHORIZED Invalid credential, review AUTHORIZATION header", status: 401,
			header: jsonCT(), body: `{"error_messages":[{"code":"UNAUTHORIZED","description":"Invalid credential. Review AUTHORIZATION header"}]}`,
			cred: bearer("PAGSEGURO_TOKEN", "6f1c2b3a-4d5e-4f60-8a9b-0c1d2e3f4a5b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f"), method: "POST", path: "/orders", want: CredentialRejected},
		{src: "https://github.com/michaeldouglas/laravel-pagseguro/issues/33", name: "PagSeguro v2 401 plain Unauthorized, token in the query", status: 401,
			header: map[string]string{"Content-Type": "text/plain"}, body: "Unauthorized",
			cred: apiKey("PAGSEGURO_TOKEN", "135772AD6B3C401ABC7EE285FC0A972A", "", "token"), method: "POST", path: "/v2/checkout?email=loja%40example.com", want: CredentialRejected},
		// Alibaba Cloud Model Studio (DashScope).
		{src: "https://github.com/dinoanderson/qwen_cli_coder/issues/1", name: "DashScope 401 InvalidApiKey Invalid API-key provided.", status: 401,
			header: jsonCT(), body: `{"code":"InvalidApiKey","message":"Invalid API-key provided.","request_id":"01415ff3-53f4-989d-83c0-3eb61fa1418e"}`,
			cred: bearer("DASHSCOPE_API_KEY", "sk-aec4f2b9c8d7e6f5a4b3c2d1e07b1f01"), method: "POST", path: "/compatible-mode/v1/chat/completions", want: CredentialRejected},
		// HeadHunter (hh.ru) answers its oauth errors with 403 and a type/value pair.
		{src: "https://github.com/hhru/api/blob/master/docs/errors.md", name: "hh.ru 403 oauth token_expired", status: 403,
			header: jsonCT(), body: hhErr("oauth", "token_expired"), cred: hh, path: "/me", want: TokenExpired},
		// A 403, but the token is said not to exist or not to be valid.
		{src: "https://github.com/hhru/api/blob/master/docs/errors.md", name: "hh.ru 403 oauth bad_authorization", status: 403,
			header: jsonCT(), body: hhErr("oauth", "bad_authorization"), cred: hh, path: "/resumes/mine", want: CredentialRejected},
		// A paid method without paid access: the plan's.
		{src: "https://github.com/hhru/api/blob/master/docs/errors.md", name: "hh.ru 403 api_access_payment action_must_be_payed", status: 403,
			header: jsonCT(), body: hhErr("api_access_payment", "action_must_be_payed"), cred: hh, path: "/resumes/0123abcd/contacts", want: PermissionDenied},
	}
}

// lateIntlTokenCases: a late token endpoint refusal.
func lateIntlTokenCases() []tokenCase {
	return []tokenCase{
		{src: "https://github.com/hhru/api/blob/master/docs/errors.md", name: "hh.ru 400 invalid_client client_id or client_secret not found", status: 400,
			body: `{"error":"invalid_client","error_description":"client_id or client_secret not found"}`, want: CredentialRejected},
	}
}

// lateIntlNonRefusals: a late look-alike that is not a refusal.
func lateIntlNonRefusals() []fpCase {
	return []fpCase{
		{src: "https://github.com/hhru/api/blob/master/docs/errors.md", name: "hh.ru 400 bad_argument employer_id", status: 400, header: jsonCT(),
			body: `{"errors":[{"type":"bad_argument","value":"employer_id"}]}`},
	}
}

// TestHeldoutIntlLate: see lateIntlCases.
func TestHeldoutIntlLate(t *testing.T) {
	runProviderCases(t, "intl late answers", lateIntlCases())
	runTokenCases(t, lateIntlTokenCases())
	runFalsePositives(t, "intl late non-refusals", lateIntlNonRefusals())
}
