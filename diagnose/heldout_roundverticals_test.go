package diagnose

import (
	"testing"
	"time"
)

// roundverticalsCases: a held-out round on weather and climate APIs
// (Tomorrow.io, Weatherbit, Open-Meteo, the NWS api.weather.gov, The
// Weather Company, MeteoGroup, OpenWeatherMap), connected cars (Tesla's
// owner API, BMW's, BMW CarData's device flow) and crypto exchanges
// (Gate.io, KuCoin, MEXC, OKX, Binance, Kraken Futures, Deribit, Bybit, HTX,
// Bitfinex, Bitstamp): answers not in the corpora before, new providers
// or new codes, endpoints or versions of ones already there. Agriculture
// (John Deere, Climate FieldView, Farmobile), Enode, High Mobility and
// Mercedes had no public error answer to be found. Most bodies are quoted
// in issue threads; where one is rebuilt around quoted words (an envelope
// from the provider's docs, a status the thread does not give) a comment
// says so. Gathered and given their expected first cause from the
// catalog before the diagnosis code was read; a comment says why when two
// codes could fit. First run, before any fix: first cause right in 34 of
// 41 (refusals 26 of 33, the token endpoint's 1 of 1, non-refusals 7 of 7
// given no cause). Misses: a key said "not presented or is invalid" read
// as sent in the wrong place; a signed request's Timestamp header said
// missing, nothing sent, read as another header missing; an IP "not in the
// ip white list" (two words) read as nothing; a key header said "cannot
// be empty", the key sent under another name, and a passphrase header
// said "cannot be empty", both read as a refused key; "login-required"
// and "Missing key, signature and nonce parameters" in a 200, nothing
// sent, read as nothing. After the readings the misses lacked: 41 of 41
// (a header said it cannot be empty, a credential's or one besides it; a
// signed request's timestamp, nonce or signature header said missing,
// after the missing credential when nothing was sent; absent or invalid
// said with "not … or is invalid"; an error code beside a failure flag;
// a body that is nothing but an error's text; an IP address said not on
// an allowlist, on any 4xx when the request did not carry it; an API or
// key said frozen).
func roundverticalsCases(now time.Time) []provCase {
	const (
		tomorrowDocs = "https://docs.tomorrow.io/reference/api-errors"
		okxDocs      = "https://web3.okx.com/onchainos/dev-docs/wallet/defi-error-code"
		bybitDocs    = "https://bybit-exchange.github.io/docs/v5/error"
		deribitDocs  = "https://docs.deribit.com/articles/errors"
	)
	headers := headerValues
	okx := headers("okx_keys",
		"OKX_API_KEY", "OK-ACCESS-KEY", "641e5ce6-2b7a-4c1d-9e8f-23cb7740ffe8",
		"OKX_SIGN", "OK-ACCESS-SIGN", "Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0=",
		"OKX_PASSPHRASE", "OK-ACCESS-PASSPHRASE", "Qm2LkT9wXy7NbV3c")
	okxErr := func(code, msg string) string { return `{"msg":"` + msg + `","code":"` + code + `"}` }
	gate := headers("gate_keys",
		"GATE_API_KEY", "KEY", "9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e",
		"GATE_SIGN", "SIGN", "e2cf15c9a0fe34385ab04f1a7c2b9d8e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f")
	gateJSON := func() map[string]string { return jsonCT("Server", "openresty") }
	kucoin := headers("kucoin_keys",
		"KUCOIN_API_KEY", "KC-API-KEY", "6123f0a1b2c3d4e5f6a7b8c9",
		"KUCOIN_API_SIGN", "KC-API-SIGN", "Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0=",
		"KUCOIN_API_PASSPHRASE", "KC-API-PASSPHRASE", "Qm2LkT9wXy7NbV3c")
	mexc := apiKey("MEXC_API_KEY", "mx0vglWq8ZbV3kLmN0pQrS7", "X-MEXC-APIKEY", "")
	binance := apiKey("BINANCE_API_KEY", "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A", "X-MBX-APIKEY", "")
	bybit := headers("bybit_keys",
		"BYBIT_API_KEY", "X-BAPI-API-KEY", "FHbAjiUBUtK1arA4IP",
		"BYBIT_SIGN", "X-BAPI-SIGN", "ec339533155f4154d71b95a59769c21a22a156ebceb23fc229e1e61cdc66f2b8")
	bybitErr := func(code, msg string) string {
		return `{"retCode":` + code + `,"retMsg":"` + msg + `","result":{},"retExtInfo":{},"time":1700000000000}`
	}
	bitfinexV1 := headers("bitfinex_keys",
		"BITFINEX_API_KEY", "X-BFX-APIKEY", "Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0",
		"BITFINEX_SIGNATURE", "X-BFX-SIGNATURE", "337cc8b4ea692cfe65b4a85fcc9f042b2e3f702ac956fd098d600ab15705775017beae402be773ceee10719ff70d710f")
	htx := apiKey("HTX_ACCESS_KEY", "e2d1c0b9-3f4e5d6c-7b8a9f0e-1d2c3", "", "AccessKeyId")
	htxSig := "SignatureMethod=HmacSHA256&SignatureVersion=2&Timestamp=2021-05-16T08%3A12%3A04&Signature=4F65x5A2bLyMWVQj3Aqp%2BB4w%2BivaA7n5Oi2SuYtCJ9o%3D"
	deribit := bearer("DERIBIT_ACCESS_TOKEN", "1704153600000.1MbQ-J_4.CBP-OqOwm_FBdMYj4cRK2dMXyHPfBtXGpzLxhWg31nHu3H_Q60FpE5_vqUBEQGSiMrIGzw3nC37NMb9d1tpBNqBOM")
	tomorrowKey := apiKey("TOMORROW_API_KEY", "Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e", "", "apikey")
	tomorrowErr := func(code, typ, msg string) string {
		return "{\n    \"code\": " + code + ",\n    \"type\": \"" + typ + "\",\n    \"message\": \"" + msg + "\"\n}"
	}
	return []provCase{
		// Tomorrow.io: the docs' table gives code, type and message; the
		// envelope is the docs' own hard-error example.
		{src: tomorrowDocs, name: "Tomorrow.io 401 401001 Invalid Auth (words from the docs' table)", status: 401,
			header: jsonCT(), body: tomorrowErr("401001", "Invalid Auth", "The method requires authentication but it was not presented or is invalid."),
			cred: tomorrowKey, path: "/v4/weather/forecast?location=42.3478,-71.0466", want: CredentialRejected},
		{src: tomorrowDocs, name: "Tomorrow.io 429 429001 Too Many Calls (words from the docs' table)", status: 429,
			header: jsonCT(), body: tomorrowErr("429001", "Too Many Calls", "The request limit for this resource has been reached for the current rate limit window. Wait and retry the operation, or examine your API request volume."),
			cred: tomorrowKey, path: "/v4/timelines", method: "POST", want: RateLimited},

		// Weatherbit's daily quota, the key in the query.
		{src: "https://github.com/briis/weatherbit/issues/73", name: "Weatherbit 429 request count over the allowed limit per day", status: 429,
			header: jsonCT(), body: `{"status_code":429,"status_message":"Your request count (585) is over the allowed limit of 500 per day - Upgrade your key, or retry after 129.85 minutes"}`,
			cred: apiKey("WEATHERBIT_KEY", "f77974adbc6d4efd91ae6ae0b4f69a73", "", "key"), path: "/v2.0/current?lat=38.65&lon=-90.49&lang=en&units=M", want: RateLimited},
		// Open-Meteo's free tier counts calls per IP; nothing is sent. The
		// thread quotes the words; the envelope is Open-Meteo's
		// {"error":true,"reason":...} (as #501 below shows it).
		{src: "https://github.com/open-meteo/open-meteo/issues/438", name: "Open-Meteo 429 Daily API request limit exceeded (envelope rebuilt)", status: 429,
			header: jsonCT(), body: `{"reason":"Daily API request limit exceeded. Please try again tomorrow.","error":true}`,
			path: "/v1/archive?latitude=52.52&longitude=13.41&start_date=2023-01-01&end_date=2023-09-01&daily=temperature_2m_max", want: RateLimited},

		// api.weather.gov sits behind Akamai; its edge refused the caller
		// (the NWS asks only for a User-Agent, no credential). The issue
		// gives status and page, not the headers: the page's Reference #
		// is the CDN's mark.
		{src: "https://github.com/weather-gov/api/issues/163", name: "NWS 403 Akamai Access Denied page (headers not quoted)", status: 403,
			header: ctHeader("text/html"),
			body:   "<HTML><HEAD>\n<TITLE>Access Denied</TITLE>\n</HEAD><BODY>\n<H1>Access Denied</H1>\n \nYou don't have permission to access \"http&#58;&#47;&#47;api&#46;weather&#46;gov&#47;points&#47;33&#46;204&#44;&#45;97&#46;06\" on this server.<P>\nReference&#32;&#35;18&#46;9632c717&#46;1612481418&#46;150882fd\n</BODY>\n</HTML>\n",
			path:   "/points/33.2045,-97.0605", want: BlockedByProxy},

		// The Weather Company (Weather Underground's PWS API). The thread
		// quotes code and message; the envelope around them is the API's
		// errors list, rebuilt.
		{src: "https://github.com/naofireblade/homebridge-weather-plus/issues/215", name: "Weather Company 401 CDN-0001 Invalid apiKey (envelope rebuilt)", status: 401,
			header: jsonCT(), body: `{"metadata":{"transaction_id":"1631964733915:1382371592"},"success":false,"errors":[{"error":{"code":"CDN-0001","message":"Invalid apiKey."}}]}`,
			cred: apiKey("WU_API_KEY", "e1f10a1e78da46f5b10a1e78da96f525", "", "apiKey"), path: "/v2/pws/observations/current?stationId=IGELXXX9&format=json&units=m", want: CredentialRejected},
		// MeteoGroup's weather API to a caller without an account's token.
		{src: "https://github.com/MeteoGroup/weather-api/issues/27", name: "MeteoGroup 401 status 401 Unauthorized, nothing sent", status: 401,
			header: jsonCT(), body: "{\n    \"status\": 401,\n    \"message\": \"Unauthorized\"\n}", path: "/observation?location=53.5,10.0", want: NoCredentialsSent},
		// OpenWeatherMap's daily forecast is a paid endpoint; to a free key
		// it answers that the key is invalid (the older faq link over
		// http). The catalog reads the server's words: credential_rejected.
		{src: "https://github.com/CICCIOSGAMINO/openweather-apis/issues/29", name: "OpenWeatherMap 401 Invalid API key on /data/2.5/forecast/daily", status: 401,
			header: jsonCT(), body: `{"cod":401, "message": "Invalid API key. Please see http://openweathermap.org/faq#error401 for more info."}`,
			cred: apiKey("OWM_APPID", "3e4972652ad8b596a707ef44ebb741bf", "", "APPID"), path: "/data/2.5/forecast/daily?q=Rome&cnt=7&units=metric", want: CredentialRejected},

		// Tesla's owner API no longer runs unsigned REST commands for most
		// cars: the way of authenticating the command is retired.
		{src: "https://github.com/alandtse/tesla/issues/858", name: "Tesla owner API 403 Tesla Vehicle Command Protocol required", status: 403,
			header: jsonCT(), body: `{"response":null,"error":"Tesla Vehicle Command Protocol required, please refer to the documentation here: https://developer.tesla.com/docs/fleet-api#2023-10-09-rest-api-vehicle-commands-endpoint-deprecation-warning","error_description":""}`,
			cred: bearer("TESLA_ACCESS_TOKEN", makeJWT(map[string]any{"iss": "https://auth.tesla.com/oauth2/v3", "aud": []string{"https://owner-api.teslamotors.com/"},
				"sub": "7c9d2f4e-1a3b-4c5d-8e6f-0a1b2c3d4e5f", "exp": now.Add(2 * time.Hour).Unix(), "scp": []string{"openid", "offline_access"}})),
			method: "POST", path: "/api/1/vehicles/1492930924544594/command/remote_auto_seat_climate_request", want: DeprecatedAuthMethod},
		// BMW's connected-drive API answers its call quota with 403.
		{src: "https://github.com/home-assistant/core/issues/151502", name: "BMW 403 Out of call volume quota", status: 403,
			header: jsonCT(), body: `{ "statusCode": 403, "message": "Out of call volume quota. Quota will be replenished in 00:28:11." }`,
			cred: bearer("BMW_ACCESS_TOKEN", "QmMwNzk3ZTgtOGQxZi00YjQ2LWE5MzUtNGU2ZjdhOGI5YzBk"), path: "/eadrax-vcs/v4/vehicles", want: RateLimited},

		// Gate.io APIv4.
		{src: "https://github.com/CyberPunkMetalHead/gateio-crypto-trading-bot-binance-announcements-new-coins/issues/65", name: "Gate.io 401 INVALID_KEY Invalid key provided", status: 401,
			header: gateJSON(), body: `{"label":"INVALID_KEY","message":"Invalid key provided"}`, cred: gate, path: "/api/v4/spot/accounts", want: CredentialRejected},
		// The same label to a client that sent no key at all, and to one
		// that sent its key and signature without the Timestamp header the
		// signature needs: the first has no credential; the second's
		// credential may be fine, a header the API requires is missing.
		{src: "https://github.com/gateio/gateapi-python/issues/26", name: "Gate.io 401 MISSING_REQUIRED_HEADER Timestamp, nothing sent", status: 401,
			header: gateJSON(), body: `{"label":"MISSING_REQUIRED_HEADER","message":"Missing required header: Timestamp"}`, path: "/api/v4/futures/usdt/accounts", want: NoCredentialsSent},
		{src: "https://github.com/sieblyio/gateio-api/issues/55", name: "Gate.io 400 MISSING_REQUIRED_HEADER Timestamp, key and signature sent", status: 400,
			header: jsonCT("Server", "openresty", "X-Gate-Trace-Id", "6862bfb3d70283c2166736deb8ca74c6"), body: `{"message":"Missing required header: Timestamp","label":"MISSING_REQUIRED_HEADER"}`,
			cred: gate, path: "/api/v4/spot/accounts", want: RequiredHeaderMissing},

		// KuCoin.
		{src: "https://github.com/Kucoin/kucoin-api-docs/issues/298", name: "KuCoin 401 400003 KC-API-KEY not exists", status: 401,
			header: jsonCT(), body: `{"code":"400003","msg":"KC-API-KEY not exists"}`, cred: kucoin, method: "POST", path: "/api/v1/orders", want: CredentialRejected},
		// The thread quotes code and message (the status, as KuCoin's other
		// authentication codes, is 401); modelled with none of the key's
		// headers sent.
		{src: "https://github.com/escwdev/kucoin-node-api/issues/1", name: "KuCoin 401 400001 check the header for KC-API-KEY, nothing sent", status: 401,
			header: jsonCT(), body: `{"code":"400001","msg":"Please check the header of your request for KC-API-KEY, KC-API-SIGN, KC-API-TIMESTAMP, KC-API-PASSPHRASE"}`,
			path: "/api/v1/accounts", want: NoCredentialsSent},

		// MEXC spot v3. The signature made with the secret was refused:
		// credential_rejected, as the corpus reads Binance's -1022.
		{src: "https://github.com/mexcdevelop/mexc-api-sdk/issues/65", name: "MEXC 400 700002 Signature for this request is not valid", status: 400,
			header: jsonCT(), body: `{"code":700002,"msg":"Signature for this request is not valid."}`, cred: mexc,
			path: "/api/v3/account?timestamp=1703150000000&signature=6265db308e4fd6f9df6a23797186f27d3865972ff5703bc2caec1d8992708717", want: CredentialRejected},
		// The page quotes the body; the status is not given (MEXC answers
		// its v3 errors with 400, as above).
		{src: "https://robotrade-ai.gitbook.io/untitled/guides/api-troubleshooting", name: "MEXC 400 700006 IP not in the ip white list (status not quoted)", status: 400,
			header: jsonCT(), body: `{"code":700006,"msg":"IP [203.0.113.77] not in the ip white list"}`, cred: mexc,
			method: "POST", path: "/api/v3/order?symbol=PEPEUSDT&side=BUY&type=MARKET&quoteOrderQty=10&timestamp=1703150000000&signature=6265db308e4fd6f9df6a23797186f27d3865972ff5703bc2caec1d8992708717", want: IPRestricted},

		// OKX v5 (envelope {"msg","code"} as the corpus's other OKX cases).
		// A live key sent to the demo environment (or the reverse): the
		// key is not valid where it was sent. No local marker says test or
		// live, so credential_rejected (belongs elsewhere, not enabled
		// here) rather than test_key_in_production.
		{src: "https://github.com/jane-cloud/Open-API-SDK-V5/issues/7", name: "OKX 401 50101 APIKey does not match current environment", status: 401,
			header: jsonCT(), body: okxErr("50101", "APIKey does not match current environment."), cred: okx, path: "/api/v5/asset/deposit-history?ccy=USDT", want: CredentialRejected},
		{src: okxDocs, name: "OKX 401 50100 API frozen (words from the docs)", status: 401,
			header: jsonCT(), body: okxErr("50100", "API frozen, please contact customer service."), cred: okx, path: "/api/v5/account/balance", want: CredentialRejected},
		// The key went as OK-ACCESS-APIKEY; the server names the header it
		// reads.
		{src: okxDocs, name: "OKX 401 50103 Request header OK-ACCESS-KEY cannot be empty, the key under another name", status: 401,
			header: jsonCT(), body: okxErr("50103", `Request header \"OK-ACCESS-KEY\" cannot be empty.`),
			cred: headers("okx_keys", "OKX_API_KEY", "OK-ACCESS-APIKEY", "641e5ce6-2b7a-4c1d-9e8f-23cb7740ffe8", "OKX_SIGN", "OK-ACCESS-SIGN", "Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0=",
				"OKX_PASSPHRASE", "OK-ACCESS-PASSPHRASE", "Qm2LkT9wXy7NbV3c"),
			path: "/api/v5/account/balance", want: CredentialInWrongPlace},
		// Key and signature sent, the passphrase header left out: the
		// credential sent may be fine, a header the API requires is
		// missing (required_header_missing rather than a refused key).
		{src: okxDocs, name: "OKX 401 50104 Request header OK-ACCESS-PASSPHRASE cannot be empty, key and sign sent", status: 401,
			header: jsonCT(), body: okxErr("50104", `Request header \"OK-ACCESS-PASSPHRASE\" cannot be empty.`),
			cred: headers("okx_keys", "OKX_API_KEY", "OK-ACCESS-KEY", "641e5ce6-2b7a-4c1d-9e8f-23cb7740ffe8", "OKX_SIGN", "OK-ACCESS-SIGN", "Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0="),
			path: "/api/v5/account/balance", want: RequiredHeaderMissing},

		// Binance: a key id the exchange does not know (-2008, newer than
		// the corpus's -2014/-2015). The thread gives the 400; the body is
		// the one #16777 quotes.
		{src: "https://github.com/ccxt/ccxt/issues/16616", name: "Binance 400 -2008 Invalid Api-Key ID.", status: 400,
			header: jsonCT(), body: `{"code":-2008,"msg":"Invalid Api-Key ID."}`, cred: binance,
			path: "/sapi/v1/capital/config/getall?timestamp=1674571483886&recvWindow=10000&signature=2a5e92b5f16b449d6bfe7023cea27a1779dbe27fbc6c9525d96311899acc34de", want: CredentialRejected},

		// Kraken Futures (derivatives API v3), a new endpoint beside the
		// spot API's E-strings. The thread quotes the body, not the status.
		{src: "https://github.com/CryptoFacilities/REST-v3-Python/issues/8", name: "Kraken Futures 401 authenticationError (status not quoted)", status: 401,
			header: jsonCT(), body: `{"result":"error","error":"authenticationError","serverTime":"2022-05-30T09:48:56.311Z"}`,
			cred: headers("kraken_futures_keys", "KRAKEN_FUTURES_KEY", "APIKey", "Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0kLmN0pQrS7tUvXyZa1",
				"KRAKEN_FUTURES_AUTHENT", "Authent", "4/dpxb3iT4tp/ZCVEwSnEsLxx0bqyhLpdfOpc6fn7OR8+UClSV5n9E6aSS8MPtnRfp32bAb0nmbRn6H8ndwLUQ=="),
			path: "/derivatives/api/v3/accounts", want: CredentialRejected},

		// Deribit: the docs' error example, an access token whose lifetime
		// ran out. The code's name is invalid_token but it is no RFC 6750
		// challenge, and the reason says expired: token_expired. Status as
		// the corpus's other 13009 answer (the docs show the body only).
		{src: deribitDocs, name: "Deribit 401 13009 invalid_token, reason token has expired (the docs' example)", status: 401,
			header: jsonCT(), body: "{\n  \"jsonrpc\": \"2.0\",\n  \"error\": {\n    \"code\": 13009,\n    \"message\": \"invalid_token\",\n    \"data\": {\n      \"reason\": \"token has expired\",\n      \"param\": \"access_token\"\n    }\n  },\n  \"usIn\": 1704153600000000,\n  \"usOut\": 1704153600001234,\n  \"usDiff\": 1234,\n  \"id\": 42\n}",
			cred: deribit, path: "/api/v2/private/get_account_summary?currency=BTC", want: TokenExpired},
		{src: deribitDocs, name: "Deribit 429 10028 too_many_requests (envelope as the docs' example)", status: 429,
			header: jsonCT(), body: `{"jsonrpc":"2.0","error":{"code":10028,"message":"too_many_requests"},"usIn":1704153600000000,"usOut":1704153600000321,"usDiff":321,"id":43}`,
			cred: deribit, path: "/api/v2/private/buy?instrument_name=BTC-PERPETUAL&amount=10&type=market", want: RateLimited},

		// Bybit v5 (the docs' words, the retCode envelope of v5 answers).
		{src: bybitDocs, name: "Bybit 200 retCode 10005 Permission denied, check your API key permissions (words from the docs)", status: 200,
			header: jsonCT(), body: bybitErr("10005", "Permission denied, please check your API key permissions."), cred: bybit, path: "/v5/asset/transfer/query-account-coins-balance?accountType=FUND", want: PermissionDenied},
		// The catalog reads a key said expired as refused (rotate it in the
		// console), as the corpus reads Google's "API key expired".
		{src: bybitDocs, name: "Bybit 200 retCode 33004 Your api key has expired (words from the docs)", status: 200,
			header: jsonCT(), body: bybitErr("33004", "Your api key has expired."), cred: bybit, path: "/v5/account/wallet-balance?accountType=UNIFIED", want: CredentialRejected},

		// HTX (Huobi) v1: the signature's parameters go in the query.
		// "Verification failure" is the signature refused; "invalid
		// submission time" the signed timestamp (credential_rejected, as
		// the corpus reads a signed request's clock).
		{src: "https://github.com/ccxt/ccxt/issues/9189", name: "HTX 200 api-signature-not-valid Verification failure", status: 200,
			header: jsonCT(), body: `{"status":"error","err-code":"api-signature-not-valid","err-msg":"Signature not valid: Verification failure [校验失败]","data":null}`,
			cred: htx, path: "/v1/order/orders/302841592785741?" + htxSig, want: CredentialRejected},
		{src: "https://github.com/huobiapi/REST-API-demos/issues/4", name: "HTX 200 api-signature-not-valid invalid submission time (Chinese only)", status: 200,
			header: jsonCT(), body: `{"data": null, "err-code": "api-signature-not-valid", "status": "error", "err-msg": "Signature not valid: \u65e0\u6548\u7684\u63d0\u4ea4\u65f6\u95f4"}`,
			cred: htx, path: "/v1/account/accounts?" + htxSig, want: CredentialRejected},
		// login-required to an order placed with none of the signature's
		// parameters (the thread's body, Python's repr turned to JSON).
		{src: "https://github.com/huobiapi/API_Docs/issues/62", name: "HTX 200 login-required, nothing sent", status: 200,
			header: jsonCT(), body: `{"status":"error","err-code":"login-required","data":null,"err-msg":"\u9700\u8981\u767b\u5f55"}`,
			method: "POST", path: "/v1/order/orders/place", want: NoCredentialsSent},

		// Bitfinex v1.
		{src: "https://github.com/ccxt/ccxt/issues/6384", name: "Bitfinex 429 [error, 11010, ratelimit: error]", status: 429,
			header: jsonCT(), body: `["error", 11010, "ratelimit: error"]`, cred: bitfinexV1, method: "POST", path: "/v1/order/status", want: RateLimited},
		{src: "https://github.com/BitBotFactory/MikaLendingBot/issues/490", name: "Bitfinex 403 This API key does not have permission for this action", status: 403,
			header: jsonCT(), body: `{"message":"This API key does not have permission for this action"}`, cred: bitfinexV1, method: "POST", path: "/v1/offer/new", want: PermissionDenied},

		// Bitstamp's v1 withdrawal call with none of key, signature and
		// nonce. The thread quotes the body, not the status; v1 answered
		// its errors with 200.
		{src: "https://github.com/willmoss/bitstamp-php-api/issues/4", name: "Bitstamp 200 Missing key, signature and nonce parameters (status not quoted)", status: 200,
			header: jsonCT(), body: "{\n  \"error\": \"Missing key, signature and nonce parameters\"\n}", method: "POST", path: "/api/bitcoin_withdrawal/", want: NoCredentialsSent},
	}
}

// roundverticalsTokens: BMW CarData's device flow, polled after the user
// declined: access_denied, the client known and refused the grant.
func roundverticalsTokens() []tokenCase {
	return []tokenCase{
		{src: "https://github.com/kvanbiesen/bmw-cardata-ha/issues/393", name: "BMW CarData token 403 access_denied The user has declined authorization", status: 403,
			body: `{"error_description":"The user has declined authorization","error":"access_denied"}`, want: PermissionDenied},
	}
}

// roundverticalsNonRefusals: answers of the same servers that refuse
// nothing a credential could fix: a station with no observation, an
// expired forecast grid, the NWS's own failure, mismatched coordinates,
// an order already gone, parameters left unread, a body's invalid fields.
func roundverticalsNonRefusals() []fpCase {
	problem := ctHeader("application/problem+json")
	return []fpCase{
		{src: "https://github.com/weather-gov/api/issues/148", name: "NWS 404 Not Found problem (a station with no latest observation)", status: 404, header: problem,
			body: "{\n    \"correlationId\": \"5316761a\",\n    \"title\": \"Not Found\",\n    \"type\": \"https://api.weather.gov/problems/NotFound\",\n    \"status\": 404,\n    \"detail\": \"Not Found\",\n    \"instance\": \"https://api.weather.gov/requests/5316761a\"\n}",
			path: "/stations/COOPSIXI4/observations/latest"},
		{src: "https://github.com/weather-gov/api/issues/29", name: "NWS 503 Forecast Grid Expired", status: 503, header: problem,
			body: "{\n    \"correlationId\": \"3ed8bace-d53b-4d32-8175-68d396faffd3\",\n    \"title\": \"Forecast Grid Expired\",\n    \"type\": \"https://api.weather.gov/problems/ForecastGridExpired\",\n    \"status\": 503,\n    \"detail\": \"The requested forecast grid was issued 2020-02-11T02:50:40+00:00 and has expired.\",\n    \"instance\": \"https://api.weather.gov/requests/3ed8bace-d53b-4d32-8175-68d396faffd3\"\n}",
			path: "/gridpoints/BOX/10,39/forecast/hourly"},
		{src: "https://github.com/weather-gov/api/issues/182", name: "NWS 500 Unexpected Problem", status: 500, header: problem,
			body: "{\n    \"correlationId\": \"23a051dd\",\n    \"title\": \"Unexpected Problem\",\n    \"type\": \"https://api.weather.gov/problems/UnexpectedProblem\",\n    \"status\": 500,\n    \"detail\": \"An unexpected problem has occurred.\",\n    \"instance\": \"https://api.weather.gov/requests/23a051dd\"\n}",
			path: "/zones/forecast/ANZ335/forecast"},
		// The thread prints the body as Python's dict; here as the JSON it was.
		{src: "https://github.com/open-meteo/open-meteo/issues/501", name: "Open-Meteo 400 latitude and longitude must have the same number of elements", status: 400, header: jsonCT(),
			body: `{"error":true,"reason":"Parameter 'latitude' and 'longitude' must have the same number of elements"}`,
			path: "/v1/archive?latitude=40.7143&longtitude=-74.0060&start_date=2023-04-01&end_date=2023-04-30&hourly=temperature_2m"},
		{src: "https://github.com/sieblyio/binance/issues/396", name: "Binance 400 -2011 Unknown order sent. (cancelling an order already gone)", status: 400, header: jsonCT(),
			body: `{"code":-2011,"msg":"Unknown order sent."}`, path: "/api/v3/order?symbol=LTCBTC&orderId=1159416338&timestamp=1707324814066&recvWindow=5000&signature=6265db308e4fd6f9df6a23797186f27d3865972ff5703bc2caec1d8992708717"},
		{src: "https://github.com/binance-exchange/node-binance-api/pull/78", name: "Binance 400 -1104 Not all sent parameters were read", status: 400, header: jsonCT(),
			body: `{"code":-1104,"msg":"Not all sent parameters were read; read '5' parameter(s) but was sent '6'."}`, path: "/api/v3/order?symbol=BNBBTC&orderId=1&origClientOrderId=x&newOrderRespType=FULL&timestamp=1517700000000&signature=6265db308e4fd6f9df6a23797186f27d3865972ff5703bc2caec1d8992708717"},
		{src: "https://docs.tomorrow.io/reference/api-errors", name: "Tomorrow.io 400 400001 Invalid Body Parameters (words from the docs' table)", status: 400, header: jsonCT(),
			body: "{\n    \"code\": 400001,\n    \"type\": \"Invalid Body Parameters\",\n    \"message\": \"The entries provided as body parameters were not valid for the request.\"\n}", path: "/v4/timelines"},
	}
}

// TestHeldoutRoundverticals reports top-1 on the weather, connected-car
// and crypto-exchange round: the refusals as runProviderCases serves
// them, the token endpoint's, and the non-refusals, which must get no
// cause.
func TestHeldoutRoundverticals(t *testing.T) {
	runHeldoutRound(t, heldoutRound{name: "roundverticals", cases: roundverticalsCases(time.Now()), tokens: roundverticalsTokens(), nonRefusals: roundverticalsNonRefusals()})
}

// lateRoundverticalsCases: answers of the same category gathered after
// the fixes above, looked at for the first time and run once before any
// change: late: first cause right in 5 of 6 (refusals 4 of 5, the
// non-refusal 1 of 1). The miss, CoinEx's "IP Prohibited" in a 200, read
// as nothing; an IP said prohibited now reads as the address refused
// (ipNotAllowedPattern), and the five refusals are right.
func lateRoundverticalsCases() []provCase {
	bitmex := headerValues("bitmex_keys",
		"BITMEX_API_KEY", "api-key", "LAqUlngMIQkIUjXMUreyu3qn",
		"BITMEX_SIGNATURE", "api-signature", "c7682d435d0cfe87c16098df34ef2eb5a549d4c5a3c2b1e3f0a9d8c7b6a5f4e3")
	return []provCase{
		// BingX answers its codes in a 200 (the thread quotes the body as
		// ccxt printed it, not the status).
		{src: "https://github.com/ccxt/ccxt/issues/24538", name: "BingX 200 100004 Permission denied as the API key was created without the permission (status not quoted)", status: 200,
			header: jsonCT(), body: `{"code":100004,"msg":"Permission denied as the API key was created without the permission","timestamp":1734021585654}`,
			cred: apiKey("BINGX_API_KEY", "Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0kLmN0pQrS7tUvXyZa1b2", "X-BX-APIKEY", ""), method: "POST",
			path: "/openApi/swap/v2/trade/closePosition?symbol=BTC-USDT&timestamp=1734021585654&signature=6265db308e4fd6f9df6a23797186f27d3865972ff5703bc2caec1d8992708717", want: PermissionDenied},
		// BitMEX: the signature refused, and a key without the Order
		// permission placing orders.
		{src: "https://github.com/imwatsi/crypto-market-samples/issues/4", name: "BitMEX 401 Signature not valid.", status: 401,
			header: jsonCT(), body: `{"error":{"message":"Signature not valid.","name":"HTTPError"}}`, cred: bitmex, path: "/api/v1/position", want: CredentialRejected},
		{src: "https://github.com/BitMEX/sample-market-maker/issues/59", name: "BitMEX 403 Access Denied (a key without the order permission)", status: 403,
			header: jsonCT(), body: `{"error":{"message":"Access Denied","name":"HTTPError"}}`, cred: bitmex, method: "POST", path: "/api/v1/order/bulk", want: PermissionDenied},
		// LN Markets: the thread quotes the body, not the status.
		{src: "https://github.com/ln-markets/api-python/issues/8", name: "LN Markets 401 apiKeyInvalidSignature Signature is not valid (status not quoted)", status: 401,
			header: jsonCT(), body: `{"code":"apiKeyInvalidSignature","message":"Signature is not valid"}`,
			cred:   headerValues("lnm_keys", "LNM_KEY", "LNM-ACCESS-KEY", "Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g", "LNM_SIGNATURE", "LNM-ACCESS-SIGNATURE", "Tm9wZVdxOFpiVjNrTG1OMHBRclM3dFV2WHlaYTFiMmMzZDQ="),
			method: "POST", path: "/v2/swap", want: CredentialRejected},
		// CoinEx v2: the FAQ gives code and message; the envelope is v2's
		// {"code","data","message"}.
		{src: "https://docs.coinex.com/api/v2/faq", name: "CoinEx 200 4007 IP Prohibited (words from the FAQ)", status: 200,
			header: jsonCT(), body: `{"code":4007,"data":{},"message":"IP Prohibited"}`,
			cred: apiKey("COINEX_ACCESS_ID", "6A2B3C4D5E6F70819A2B3C4D5E6F7081", "X-COINEX-KEY", ""), path: "/v2/assets/spot/balance", want: IPRestricted},
	}
}

// lateRoundverticalsNonRefusals: AerisWeather's success with a warning
// about a parameter (the observation that follows cut short here).
func lateRoundverticalsNonRefusals() []fpCase {
	return []fpCase{
		{src: "https://github.com/poblabs/weewx-belchertown/issues/393", name: "AerisWeather 200 success true with warn_invalid_param", status: 200, header: jsonCT(),
			body: `{"success":true,"error":{"code":"warn_invalid_param","description":"Invalid location parameter."},"response":[{"id":"PWS_59227","dataSource":"PWS","loc":{"long":3.44211,"lat":50.24045},"ob":{"tempC":24.8,"humidity":51}}]}`,
			path: "/observations/closest?p=50.24045,3.44211&client_id=5Y75EL1n376AeswmEmGc1"},
	}
}

// TestHeldoutRoundverticalsLate: see lateRoundverticalsCases.
func TestHeldoutRoundverticalsLate(t *testing.T) {
	runProviderCases(t, "roundverticals late answers", lateRoundverticalsCases())
	runFalsePositives(t, "roundverticals late non-refusals", lateRoundverticalsNonRefusals())
}
