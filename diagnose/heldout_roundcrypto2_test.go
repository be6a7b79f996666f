package diagnose

import (
	"strconv"
	"testing"
	"time"
)

// roundcrypto2Cases: a second held-out round on crypto exchanges, wallets
// and blockchain APIs, answers no corpus held: Upbit and Bithumb (Korea's
// JWT-signed exchange APIs, their error names glued with underscores and
// their words in Korean), Blockfrost, CoinGecko's Pro and Demo keys,
// Etherscan's plan refusals, Alchemy's origin allowlist, Helius, Circle,
// Gemini's key roles, MEXC, Bitget, Binance's geographic refusal and
// -1002, Kraken Futures' nonce. Gathered and given their expected first
// cause from the catalog before the diagnosis code was read; as in the
// first crypto round, a signed request's nonce or timestamp refused is
// credential_rejected (the catalog has no code for a spent nonce), and a
// key said expired is credential_rejected (rotate it in the console). A
// comment says why where two codes could fit, and where a body is not
// byte for byte from its source (an envelope from an API reference around
// documented words). First run, before any fix: first cause right in 24
// of 42 (refusals 17 of 34, non-refusals 7 of 8 given no cause). Misses:
// Upbit's out_of_scope and no_authorization_i_p read only by their 401
// (credential_rejected); Bithumb's "Bad Request.(Auth Data)" read
// nothing; Blockfrost's network token mismatch and its missing project
// token (the key sent as Bearer) read permission_denied by their 403, its
// 418 auto-ban for flooding and 402 usage over limit nothing; CoinGecko's
// "limited Pro API subscribers" read credential_rejected by its 401;
// Etherscan's three plan refusals in a 200 nothing; MEXC's "No permission
// to access the endpoint" and Bitget's "Invalid IP" and "Incorrect
// permissions" on a 400 nothing; Binance's 451 restricted location
// nothing, its -1002 "not authorized to execute this request" on a 401
// permission_denied; Kraken Futures' nonceBelowThreshold in a 200
// nothing; and Bitget's 400 "Insufficient balance" (funds for an order)
// read as a plan's billing (permission_denied). After the readings the
// misses lacked: 40 of 42 (refusals 32 of 34, non-refusals 8 of 8), the
// two others pending (roundcrypto2Pending: Bitget's bare "Invalid IP" on
// a 400, Binance's -1002). The readings: "no permission to <do>" with no
// holder, and permissions said incorrect as the whole complaint; a call
// out of the credential's scope (out_of_scope); no authorization for the
// caller's IP, also in a code whose IP was underscored letter by letter
// (i_p); a "result" of error as a failure flag, and a nonce refused as a
// code (nonce_below_threshold, nonce_used); a request limited to a plan's
// subscribers, and a plan upgrade or feature read in a 2xx's failure
// envelope; usage over its limit, a ban for flooding, free calls held
// back for a while: a rate; the service unavailable from a restricted
// location: the caller's address; bad authentication data; a credential
// for another network or environment; a project's token said missing;
// and a bare "insufficient balance" to a request that places an order is
// the order's, not the API's bill.
func roundcrypto2Cases(now time.Time) []provCase {
	const (
		upbitDocs   = "https://docs.upbit.com/kr/reference/rest-api-guide"
		bithumbDocs = "https://apidocs.bithumb.com/docs/api-%EC%A3%BC%EC%9A%94-%EC%97%90%EB%9F%AC-%EC%BD%94%EB%93%9C"
		bfDocs      = "https://github.com/blockfrost/openapi/blob/486407227a55295cb20d1da6e132ed27c6dc5150/blockfrost-openapi.yaml"
		cgDocs      = "https://docs.coingecko.com/v3.0.1/reference/common-errors-rate-limit"
		mexcDocs    = "https://mexcdevelop.github.io/apidocs/spot_v3_en/#error-code"
		bitgetDocs  = "https://www.bitget.com/api-doc/common/error-code/restapi"
	)
	json := jsonCT
	upbitJSON := func(extra ...string) map[string]string {
		return ctHeader("application/json; charset=utf-8", extra...)
	}
	// Upbit and Bithumb 2.0 sign a JWT per request with the secret key:
	// its claims name the access key and a one-time nonce, no exp.
	upbit := bearer("UPBIT_AUTH_JWT", makeJWT(map[string]any{"access_key": "W4lIX6y7j2xsa43aHkxkc5j0d17l2EbRDE1zIRZF", "nonce": "6f1c2b9e-3d4a-4e8f-9b7c-1a2d3e4f5a6b"}))
	bithumb2 := bearer("BITHUMB_AUTH_JWT", makeJWT(map[string]any{"access_key": "cd68235a9f8e7d6c5b4a39281706f5e4d3c2b1a0", "nonce": "97905452-d4a5-42e8-983e-a8b94b00c77c", "timestamp": now.UnixMilli()}))
	bithumb1 := headerValues("bithumb_keys",
		"BITHUMB_API_KEY", "Api-Key", "7c3b1e9a5f2d4c8e6a0b9d7f1e3c5a2b",
		"BITHUMB_API_SIGN", "Api-Sign", "qCHx3Sa3yNhQa/KSgTwU1VxJ7dgx5nB8lOCg5WoNSerVZk91qkHrXl7igP/UUOpR05rfEOSUZQUB5+Kp/qIh7A==",
		"BITHUMB_API_NONCE", "Api-Nonce", "1510556512345")
	upbitErr := func(name, msg string) string { return `{"error":{"message":"` + msg + `","name":"` + name + `"}}` }
	blockfrost := apiKey("BLOCKFROST_PROJECT_ID", "mainnetQ8Kx2LmN7pR4sT6vW8yZ1aB3cD5eF7gH", "project_id", "")
	bfErr := func(status int, errText, msg string) string {
		return `{"status_code":` + strconv.Itoa(status) + `,"error":"` + errText + `","message":"` + msg + `"}`
	}
	cgPro := apiKey("COINGECKO_API_KEY", "CG-Wq8ZbV3kLmN0pQrS7tUvXyZa", "x-cg-pro-api-key", "")
	etherscan := apiKey("ETHERSCAN_API_KEY", "QX7B2KMN9PTRW4VYZ6CDEFGH8JA3SU5LB1", "", "apikey")
	mexc := apiKey("MEXC_API_KEY", "mx0vglWq8ZbV3kLmN0pQrS7tUv", "X-MEXC-APIKEY", "")
	bitget := headerValues("bitget_keys",
		"BITGET_API_KEY", "ACCESS-KEY", "bg_7f3e9c1a5b2d4e6f8a0b2c4d6e8f0a1b",
		"BITGET_SIGN", "ACCESS-SIGN", "Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0=",
		"BITGET_PASSPHRASE", "ACCESS-PASSPHRASE", "Qm2LkT9wXy7NbV3c")
	bitgetErr := func(code, msg string) string {
		return `{"code":"` + code + `","msg":"` + msg + `","requestTime":1695865615662,"data":null}`
	}
	binance := apiKey("BINANCE_API_KEY", "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A", "X-MBX-APIKEY", "")
	alchemyKey := "Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e"
	return []provCase{
		// Upbit: the JWT goes as a Bearer token; every refusal is a 401
		// with an error name and (in Korea) Korean words.
		{src: "https://github.com/ccxt/ccxt/issues/6094", name: "Upbit 401 invalid_access_key (Korean words, Remaining-Req)", status: 401,
			header: upbitJSON("Remaining-Req", "group=default; min=897; sec=29", "Content-Language", "ko"), body: upbitErr("invalid_access_key", "잘못된 엑세스 키입니다."),
			cred: upbit, path: "/v1/accounts", want: CredentialRejected},
		// The status is the docs' (the issue quotes the body only).
		{src: "https://github.com/ccxt/ccxt/issues/19236", name: "Upbit 401 invalid_access_key Access key is incorrect.", status: 401,
			header: upbitJSON(), body: `{"error":{"message":"Access key is incorrect.","name":"invalid_access_key"}}`, cred: upbit, path: "/v1/accounts", want: CredentialRejected},
		// The body as ccxt's upbit exchange quotes it ("insufficient
		// rights"); the status is the docs'. The key lacks the feature's
		// permission group: authenticated, not allowed.
		{src: upbitDocs, name: "Upbit 401 out_of_scope (Korean words)", status: 401,
			header: upbitJSON(), body: upbitErr("out_of_scope", "권한이 부족합니다."), cred: upbit, method: "POST", path: "/v1/orders", want: PermissionDenied},
		// Envelope from the docs around their words ("an IP address that is
		// not allowed"); the key's allowlist lacks this machine.
		{src: upbitDocs, name: "Upbit 401 no_authorization_i_p (Korean words)", status: 401,
			header: upbitJSON(), body: upbitErr("no_authorization_i_p", "허용되지 않은 IP 주소입니다."), cred: upbit, path: "/v1/accounts", want: IPRestricted},
		// A nonce used again: the signed request refused (see the doc
		// comment). Envelope from the docs around their words.
		{src: upbitDocs, name: "Upbit 401 nonce_used (Korean words)", status: 401,
			header: upbitJSON(), body: upbitErr("nonce_used", "이미 요청한 nonce값이 다시 사용되었습니다."), cred: upbit, path: "/v1/orders/chance?market=KRW-BTC", want: CredentialRejected},
		// "The API key has expired": the key, not a session; the catalog
		// reads a key said expired as refused (rotate it), as the first
		// crypto round's Bybit 33004. Envelope from the docs.
		{src: upbitDocs, name: "Upbit 401 expired_access_key (Korean words)", status: 401,
			header: upbitJSON(), body: upbitErr("expired_access_key", "API 키가 만료되었습니다."), cred: upbit, path: "/v1/accounts", want: CredentialRejected},

		// Bithumb.
		// API 1.0: key, signature and nonce in headers; "Auth Data" refused.
		{src: "https://github.com/ccxt/ccxt/issues/333", name: "Bithumb 400 status 5100 Bad Request.(Auth Data)", status: 400,
			header: json(), body: `{"status":"5100","message":"Bad Request.(Auth Data)"}`, cred: bithumb1, method: "POST", path: "/info/balance", want: CredentialRejected},
		// API 2.0 (JWT like Upbit's): envelopes from the docs' table
		// around its words.
		{src: bithumbDocs, name: "Bithumb 2.0 401 NotAllowIP not allowed client IP", status: 401,
			header: json(), body: `{"error":{"message":"not allowed client IP","name":"NotAllowIP"}}`, cred: bithumb2, path: "/v1/accounts", want: IPRestricted},
		{src: bithumbDocs, name: "Bithumb 2.0 401 jwt_verification (Korean words)", status: 401,
			header: json(), body: upbitErr("jwt_verification", "Jwt 토큰 검증에 실패했습니다."), cred: bithumb2, path: "/v1/accounts", want: CredentialRejected},
		// The member is restricted by policy: the key was read and the
		// account may not use the service (the first round's CoinEx "user
		// is forbid" read so): authenticated, not allowed.
		{src: bithumbDocs, name: "Bithumb 2.0 403 blocked_member_id restricted by operational policy", status: 403,
			header: json(), body: `{"error":{"message":"Service usage has been restricted in accordance with our operational policy.","name":"blocked_member_id"}}`,
			cred: bithumb2, method: "POST", path: "/v1/orders", want: PermissionDenied},

		// Blockfrost: the project key in the project_id header.
		{src: "https://github.com/input-output-hk/plutus-pioneer-program/issues/106", name: "Blockfrost 403 Invalid project token.", status: 403,
			header: json(), body: `{"error":"Forbidden","message":"Invalid project token.","status_code":403}`, cred: blockfrost, path: "/api/v0/epochs/latest/parameters", want: CredentialRejected},
		// A preprod project's key sent to mainnet. No code speaks of a
		// key for another network of the same API; region_mismatch is
		// about regions and datacenters. The key is not enabled where it
		// was sent (the catalog's credential_rejected), as the first
		// round's OKX 50101 "APIKey does not match current environment".
		// Envelope from the docs around the words clients match on.
		{src: bfDocs, name: "Blockfrost 403 Network token mismatch", status: 403,
			header: json(), body: bfErr(403, "Forbidden", "Network token mismatch. Are you using token for the correct network?"),
			cred: apiKey("BLOCKFROST_PROJECT_ID", "preprodQ8Kx2LmN7pR4sT6vW8yZ1aB3cD5eF7gH", "project_id", ""), path: "/api/v0/blocks/latest", want: CredentialRejected},
		// The key went as a Bearer token; the server reads project_id.
		// Envelope from the docs around the words a client's test holds.
		{src: bfDocs, name: "Blockfrost 403 Missing project token, key sent as Bearer", status: 403,
			header: json(), body: bfErr(403, "Forbidden", "Missing project token. Please include project_id in your request."),
			cred: bearer("BLOCKFROST_PROJECT_ID", "mainnetQ8Kx2LmN7pR4sT6vW8yZ1aB3cD5eF7gH"), path: "/api/v0/blocks/latest", want: CredentialInWrongPlace},
		// Banned for flooding after 402/429: a limit, not an allowlist.
		{src: bfDocs, name: "Blockfrost 418 IP has been auto-banned for flooding", status: 418,
			header: json(), body: bfErr(418, "Requested Banned", "IP has been auto-banned for flooding."), cred: blockfrost, path: "/api/v0/blocks/latest", want: RateLimited},
		// 402 is the daily request limit of the plan (the docs' list).
		{src: bfDocs, name: "Blockfrost 402 Usage is over limit", status: 402,
			header: json(), body: bfErr(402, "Payment Required", "Usage is over limit."), cred: blockfrost, path: "/api/v0/addresses/addr1qxqs59lphg8g6qndelq8xwqn60ag3aeyfcp33c2kdp46a09re5df3pzwwmyq946axfcejy5n4x0y99wqpgtp2gd0k09qsgy6pz", want: RateLimited},

		// CoinGecko: Pro keys go to pro-api.coingecko.com as
		// x-cg-pro-api-key, Demo keys to api.coingecko.com. Envelopes as
		// its answers have them ({"status":{"error_code","error_message"}})
		// around the docs' words.
		{src: cgDocs, name: "CoinGecko 401 10002 API Key Missing, key sent as Bearer", status: 401,
			header: json(), body: `{"status":{"error_code":10002,"error_message":"API Key Missing. Please make sure you're using the right authentication method. For Pro API, ensure you pass in x_cg_pro_api_key parameter with a Pro Key and for Demo API, ensure you pass in x_cg_demo_api_key parameter with a Demo Key."}}`,
			cred: bearer("COINGECKO_API_KEY", "CG-Wq8ZbV3kLmN0pQrS7tUvXyZa"), path: "/api/v3/simple/price?ids=bitcoin&vs_currencies=usd", want: CredentialInWrongPlace},
		// A Pro key sent to the public host: the key is not valid where it
		// was sent; no code names another host of the same API (see
		// Blockfrost's network above): credential_rejected.
		{src: cgDocs, name: "CoinGecko 401 10010 Pro API key on the public root URL", status: 401,
			header: json(), body: `{"status":{"error_code":10010,"error_message":"If you are using Pro API key, please change your root URL from api.coingecko.com to pro-api.coingecko.com"}}`,
			cred: cgPro, path: "/api/v3/simple/price?ids=bitcoin&vs_currencies=usd", want: CredentialRejected},
		// A plan feature the key's plan lacks, on a 401.
		{src: cgDocs, name: "CoinGecko 401 10005 limited to Pro API subscribers", status: 401,
			header: json(), body: `{"status":{"error_code":10005,"error_message":"This request is limited Pro API subscribers"}}`,
			cred: apiKey("COINGECKO_API_KEY", "CG-Wq8ZbV3kLmN0pQrS7tUvXyZa", "x-cg-demo-api-key", ""), path: "/api/v3/global/market_cap_chart?days=30", want: PermissionDenied},
		// The 429 body as several clients record it.
		{src: cgDocs, name: "CoinGecko 429 error_code 429 You've exceeded the Rate Limit", status: 429,
			header: json(), body: `{"status":{"error_code":429,"error_message":"You've exceeded the Rate Limit. Please visit https://www.coingecko.com/en/api/pricing to subscribe to our API plans for higher rate limits."}}`,
			cred: apiKey("COINGECKO_API_KEY", "CG-Wq8ZbV3kLmN0pQrS7tUvXyZa", "x-cg-demo-api-key", ""), path: "/api/v3/coins/markets?vs_currency=usd", want: RateLimited},

		// Etherscan API V2: 200, status 0, the refusal in result.
		// The free plan does not cover the chain asked for: a plan
		// feature (permission_denied). The English sentence as clients
		// quote it (the issue shows it translated).
		{src: "https://github.com/wangegou/UPAY_PRO/issues/7", name: "Etherscan V2 200 NOTOK Free API access is not supported for this chain", status: 200,
			header: json(), body: `{"status":"0","message":"NOTOK","result":"Free API access is not supported for this chain. Please upgrade your api plan for full chain coverage. https://etherscan.io/apis"}`,
			cred: etherscan, path: "/v2/api?chainid=56&module=account&action=txlist&address=0x5084951aca1844FF69bC4110DB32c95F9CDAD05B", want: PermissionDenied},
		{src: "https://docs.etherscan.io/common-error-messages", name: "Etherscan 200 NOTOK API Pro endpoint, contact us to upgrade", status: 200,
			header: json(), body: `{"status":"0","message":"NOTOK","result":"Sorry, it looks like you are trying to access an API Pro endpoint. Contact us to upgrade to API Pro."}`,
			cred: etherscan, path: "/v2/api?chainid=1&module=stats&action=dailyavggasprice&startdate=2024-01-01&enddate=2024-01-31", want: PermissionDenied},
		// Free calls shed under load: temporary, "upgrade or wait"; the
		// catalog's rate_limited (the credential is fine, the calls are
		// held back) rather than a permission the key lacks.
		{src: "https://github.com/LightCountry/TokenPay/issues/53", name: "Etherscan 200 NOTOK Free API access is temporarily unavailable", status: 200,
			header: json(), body: `{"status":"0","message":"NOTOK","result":"Free API access is temporarily unavailable due to unusually high network activity. To maintain uninterrupted service, we recommend upgrading to a paid plan: https://etherscan.io/apis"}`,
			cred: etherscan, path: "/v2/api?chainid=56&module=account&action=tokentx&address=0x5084951aca1844FF69bC4110DB32c95F9CDAD05B", want: RateLimited},

		// Alchemy: the app's domain allowlist refuses a request with no
		// allowed Origin (403 as a client's test records it; the JSON-RPC
		// envelope is modelled on Alchemy's other errors).
		{src: "https://docs.alchemy.com/reference/error-reference", name: "Alchemy 403 Unspecified origin not on whitelist", status: 403,
			header: json(), body: `{"jsonrpc":"2.0","id":1,"error":{"code":-32600,"message":"Unspecified origin not on whitelist."}}`,
			method: "POST", path: "/v2/" + alchemyKey, secrets: map[string]string{"ALCHEMY_API_KEY": alchemyKey}, want: ReferrerRestricted},

		// Helius (Solana RPC), the key in the api-key parameter. The body
		// as a project's setup guide quotes it; 401 from the docs.
		{src: "https://www.helius.dev/docs/api-reference/common-error-codes", name: "Helius 401 -32401 invalid api key provided", status: 401,
			header: json(), body: `{"jsonrpc":"2.0","error":{"code":-32401,"message":"invalid api key provided"}}`,
			cred: apiKey("HELIUS_API_KEY", "a1b2c3d4-e5f6-7890-abcd-ef1234567890", "", "api-key"), method: "POST", path: "/?api-key=a1b2c3d4-e5f6-7890-abcd-ef1234567890", want: CredentialRejected},

		// Circle (Wallets, Mint): the body its docs show for a key missing
		// or malformed; here a well-formed key with its Bearer prefix.
		{src: "https://developers.circle.com/circle-mint/authentication", name: "Circle 401 Malformed authorization. Are the credentials properly encoded?", status: 401,
			header: json(), body: `{"code":401,"message":"Malformed authorization. Are the credentials properly encoded?"}`,
			cred: bearer("CIRCLE_API_KEY", "TEST_API_KEY:7f3e9c1a5b2d4e6f8a0b2c4d6e8f0a1b:3c5d7e9f1a3b5c7d9e1f3a5b7c9d1e3f"), path: "/v1/configuration", want: CredentialRejected},

		// Gemini: the key lacks a role the endpoint needs (403 per its
		// docs; the body as a client's fixture records it).
		{src: "https://docs.gemini.com/rest-api/#error-codes", name: "Gemini 403 MissingRole assign the FundManager role to the API key", status: 403,
			header: json(), body: `{"result":"error","reason":"MissingRole","message":"To access this endpoint, you need to log in to the website and go to the settings page to assign one of these roles [FundManager] to API key wujB3szN54gtJ4QDhqRJ which currently has roles [Trader]"}`,
			cred:   headerValues("gemini_keys", "GEMINI_API_KEY", "X-GEMINI-APIKEY", "account-Wq8ZbV3kLmN0pQrS7tUv", "GEMINI_SIGNATURE", "X-GEMINI-SIGNATURE", "337cc8b4ea692cfe65b4a85fcc9f042b2e3f702ac956fd098d600ab15705775017beae402be773ceee10719ff70d710f"),
			method: "POST", path: "/v1/withdraw/btc", want: PermissionDenied},

		// MEXC spot v3 (bodies as clients' tests record them; 400 as
		// ccxt's tests serve them).
		{src: mexcDocs, name: "MEXC 400 700007 No permission to access the endpoint.", status: 400,
			header: json(), body: `{"code":700007,"msg":"No permission to access the endpoint."}`, cred: mexc, path: "/api/v3/openOrders?timestamp=1700000000000&signature=6265db308e4fd6f9df6a23797186f27d3865972ff5703bc2caec1d8992708717", want: PermissionDenied},
		{src: mexcDocs, name: "MEXC 400 10072 Api key info invalid", status: 400,
			header: json(), body: `{"code":10072,"msg":"Api key info invalid"}`, cred: mexc, path: "/api/v3/account?timestamp=1700000000000&signature=6265db308e4fd6f9df6a23797186f27d3865972ff5703bc2caec1d8992708717", want: CredentialRejected},
		// The key went under Binance's header name: MEXC answers as if
		// none was sent (a client's note records both answers).
		{src: mexcDocs, name: "MEXC 400 api key required, key sent as X-MBX-APIKEY", status: 400,
			header: json(), body: `{"code":400,"msg":"api key required"}`,
			cred: apiKey("MEXC_API_KEY", "mx0vglWq8ZbV3kLmN0pQrS7tUv", "X-MBX-APIKEY", ""), path: "/api/v3/account?timestamp=1700000000000&signature=6265db308e4fd6f9df6a23797186f27d3865972ff5703bc2caec1d8992708717", want: CredentialInWrongPlace},

		// Bitget v2: envelopes from the docs' error list (400 as Bitget
		// answers its business errors).
		{src: bitgetDocs, name: "Bitget 400 40014 Incorrect permissions", status: 400,
			header: json(), body: bitgetErr("40014", "Incorrect permissions"), cred: bitget, method: "POST", path: "/api/v2/spot/wallet/withdrawal", want: PermissionDenied},

		// Binance refuses every request from a restricted country, by the
		// caller's address: run from an allowed network (the catalog's
		// ip_restricted fix); nothing about the key.
		{src: "https://github.com/jptsantossilva/BEC/issues/22", name: "Binance 451 Service unavailable from a restricted location", status: 451,
			header: json(), body: "{\n  \"code\": 0,\n  \"msg\": \"Service unavailable from a restricted location according to 'b. Eligibility' in https://www.binance.com/en/terms. Please contact customer service if you believe you received this message in error.\"\n}",
			cred: binance, path: "/api/v3/account?timestamp=1700000000000&signature=6265db308e4fd6f9df6a23797186f27d3865972ff5703bc2caec1d8992708717", want: IPRestricted},

		// Kraken Futures: a nonce below the last one used (the error
		// string as its documented errors list it; the envelope is the
		// futures API's result/serverTime/error).
		{src: "https://docs.kraken.com/api/docs/guides/futures-rest/", name: "Kraken Futures 200 result error nonceBelowThreshold", status: 200,
			header: json(), body: `{"result":"error","serverTime":"2024-05-14T09:21:04.315Z","error":"nonceBelowThreshold"}`,
			cred: headerValues("kraken_futures_keys", "KRAKEN_FUTURES_KEY", "APIKey", "Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0kLmN0pQrS7tUv", "KRAKEN_FUTURES_AUTHENT", "Authent", "4/dpxb3iT4tp/ZCVEwSnEsLxx0bqyhLpdfOpc6fn7OR8+UClSV5n9E6aSS8MPtnRfp32bAb0nmbRn6H8ndwLUQ=="),
			path: "/derivatives/api/v3/accounts", want: CredentialRejected},
	}
}

// roundcrypto2Pending: answers measured blind with the rest and left
// out of the passing table: no general reading tells them from the same
// words meaning something else.
func roundcrypto2Pending() []provCase {
	bitget := headerValues("bitget_keys",
		"BITGET_API_KEY", "ACCESS-KEY", "bg_7f3e9c1a5b2d4e6f8a0b2c4d6e8f0a1b",
		"BITGET_SIGN", "ACCESS-SIGN", "Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0=",
		"BITGET_PASSPHRASE", "ACCESS-PASSPHRASE", "Qm2LkT9wXy7NbV3c")
	binance := apiKey("BINANCE_API_KEY", "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A", "X-MBX-APIKEY", "")
	return []provCase{
		// "Invalid IP" alone on a 400, no address named: the same two
		// words answer a request whose data holds a malformed IP (adding
		// an address to a key's allowlist), and nothing in the answer
		// tells which; read as the caller's address, every such
		// validation error would become ip_restricted. No cause today.
		{src: "https://www.bitget.com/api-doc/common/error-code/restapi", name: "Bitget 400 40018 Invalid IP", status: 400,
			header: jsonCT(), body: `{"code":"40018","msg":"Invalid IP","requestTime":1695865615662,"data":null}`, cred: bitget, path: "/api/v2/spot/account/assets", want: IPRestricted},
		// "You are not authorized to execute this request." on a 401
		// reads permission_denied first, credential_rejected second (both
		// listed): "not authorized to execute" is how many APIs say a
		// known caller may not do something, and nothing here tells
		// Binance's -1002 (expected credential_rejected blind: nothing
		// names a permission the key lacks) from those. Envelope from the
		// docs.
		{src: "https://developers.binance.com/docs/binance-spot-api-docs/errors", name: "Binance 401 -1002 You are not authorized to execute this request.", status: 401,
			header: jsonCT(), body: `{"code":-1002,"msg":"You are not authorized to execute this request."}`,
			cred: binance, path: "/sapi/v1/simple-earn/flexible/position?timestamp=1700000000000&signature=6265db308e4fd6f9df6a23797186f27d3865972ff5703bc2caec1d8992708717", want: CredentialRejected},
	}
}

// roundcrypto2NonRefusals: answers of the same APIs that refuse nothing
// about the credential: a record not found, a full mempool, funds short,
// a missing chain parameter, a bad parameter.
func roundcrypto2NonRefusals() []fpCase {
	const bfDocs = "https://github.com/blockfrost/openapi/blob/486407227a55295cb20d1da6e132ed27c6dc5150/blockfrost-openapi.yaml"
	return []fpCase{
		{src: bfDocs, name: "Blockfrost 404 The requested component has not been found.", status: 404, header: jsonCT(),
			body: `{"status_code":404,"error":"Not Found","message":"The requested component has not been found."}`, path: "/api/v0/txs/6e5f825c42c1c6d6b77f2a14092f3b78c8f1b66db6f4cf8caec1555b6f967b3b"},
		{src: bfDocs, name: "Blockfrost 425 Mempool is full", status: 425, header: jsonCT(),
			body: `{"status_code":425,"error":"Mempool Full","message":"Mempool is full, please try resubmitting again later."}`, path: "/api/v0/tx/submit"},
		{src: "https://docs.upbit.com/kr/reference/rest-api-guide", name: "Upbit 400 insufficient_funds_bid (Korean words)", status: 400, header: ctHeader("application/json; charset=utf-8"),
			body: `{"error":{"message":"주문가능한 금액(KRW)이 부족합니다.","name":"insufficient_funds_bid"}}`, path: "/v1/orders"},
		{src: "https://docs.upbit.com/kr/reference/rest-api-guide", name: "Upbit 404 order_not_found (Korean words)", status: 404, header: ctHeader("application/json; charset=utf-8"),
			body: `{"error":{"message":"주문을 찾지 못했습니다.","name":"order_not_found"}}`, path: "/v1/order?uuid=9ca023a5-851b-4fec-9f0a-48cd83c2eaae"},
		{src: "https://docs.coingecko.com/v3.0.1/reference/coins-id", name: "CoinGecko 404 coin not found", status: 404, header: jsonCT(),
			body: `{"error":"coin not found"}`, path: "/api/v3/coins/bitcoinn"},
		{src: "https://docs.etherscan.io/common-error-messages", name: "Etherscan V2 200 NOTOK Missing or unsupported chainid parameter", status: 200, header: jsonCT(),
			body: `{"status":"0","message":"NOTOK","result":"Missing or unsupported chainid parameter (required for v2 api), please see https://api.etherscan.io/v2/chainlist for the list of supported chainids"}`,
			path: "/v2/api?module=account&action=balance&address=0x5084951aca1844FF69bC4110DB32c95F9CDAD05B"},
		{src: "https://apidocs.bithumb.com/docs/api-%EC%A3%BC%EC%9A%94-%EC%97%90%EB%9F%AC-%EC%BD%94%EB%93%9C", name: "Bithumb 2.0 400 invalid_parameter (Korean words)", status: 400, header: jsonCT(),
			body: `{"error":{"message":"잘못된 파라미터 입니다.","name":"invalid_parameter"}}`, path: "/v1/orders"},
		{src: "https://www.bitget.com/api-doc/common/error-code/restapi", name: "Bitget 400 43012 Insufficient balance", status: 400, header: jsonCT(),
			body: `{"code":"43012","msg":"Insufficient balance","requestTime":1695865615662,"data":null}`, path: "/api/v2/spot/trade/place-order"},
	}
}

// TestHeldoutRoundcrypto2 reports top-1 on the second crypto round: the
// refusals as runProviderCases serves them, and the non-refusals, which
// must get no cause.
func TestHeldoutRoundcrypto2(t *testing.T) {
	runHeldoutRound(t, heldoutRound{name: "roundcrypto2", cases: roundcrypto2Cases(time.Now()), nonRefusals: roundcrypto2NonRefusals(), pending: roundcrypto2Pending()})
}
