package diagnose

import (
	"testing"
	"time"
)

// cryptoCases: a held-out round on crypto exchanges and blockchain
// infrastructure (Binance, OKX, Bybit, KuCoin, Coinbase Exchange and
// Advanced, Kraken, Bitfinex, Gemini, Deribit, Bitvavo, Gate.io, CoinEx,
// BitMEX, Polymarket, CoinMarketCap, Covalent, NFT.Storage), gathered and
// given their expected first cause from the catalog before the diagnosis
// code was read. Most of these APIs sign each request with a secret and a
// timestamp or nonce; the catalog has no code for a skewed clock or a
// spent nonce, so a refused signature, timestamp or nonce reads as
// credential_rejected (the signed credential was not accepted; the
// Hotelbeds X-Signature case set the same reading), and the comment says
// so where it applies. Numeric codes are the providers' own and are only
// read through their words. First run, before any fix: first cause right
// in 30 of 49 (refusals 26 of 44, token endpoint 0 of 1, non-refusals 4
// of 4 given no cause); 49 of 49 after the readings the misses lacked (a
// signature said not valid with words between, or a short sign error; a
// signed request's timestamp or nonce refused; an address said unmatched
// or not allowed in other words than an allowlist's; Bybit's ret_code /
// retCode envelopes and codes written as strings; a key's id said not to
// exist; a caller said forbidden; a key said missing from a named custom
// header; a warning beside the errors refusing nothing; a bare
// Authorization value the server judged ranking below its words).
func cryptoCases(now time.Time) []provCase {
	binance := apiKey("BINANCE_API_KEY", "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A", "X-MBX-APIKEY", "")
	headers := headerValues
	okx := headers("okx_keys",
		"OKX_API_KEY", "OK-ACCESS-KEY", "8f3c2a1b-4d5e-4f70-9a8b-7c6d5e4f3a2b",
		"OKX_SIGN", "OK-ACCESS-SIGN", "Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0=",
		"OKX_PASSPHRASE", "OK-ACCESS-PASSPHRASE", "Qm2LkT9wXy7NbV3c")
	bybit := headers("bybit_keys",
		"BYBIT_API_KEY", "X-BAPI-API-KEY", "FHbAjiUBUtK1arA4IP",
		"BYBIT_SIGN", "X-BAPI-SIGN", "ec339533155f4154d71b95a59769c21a22a156ebceb23fc229e1e61cdc66f2b8")
	bybitQuery := apiKey("BYBIT_API_KEY", "1OGDohRQys8PuCLgEl", "", "api_key")
	kucoin := headers("kucoin_keys",
		"KUCOIN_API_KEY", "KC-API-KEY", "6123f0a1b2c3d4e5f6a7b8c9",
		"KUCOIN_API_SIGN", "KC-API-SIGN", "Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0=",
		"KUCOIN_API_PASSPHRASE", "KC-API-PASSPHRASE", "Qm2LkT9wXy7NbV3c")
	coinbaseEx := headers("coinbase_exchange_keys",
		"CB_ACCESS_KEY", "CB-ACCESS-KEY", "9f8e7d6c5b4a39281706f5e4d3c2b1a0",
		"CB_ACCESS_SIGN", "CB-ACCESS-SIGN", "Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0=",
		"CB_ACCESS_PASSPHRASE", "CB-ACCESS-PASSPHRASE", "qm2lkt9wxy7n")
	kraken := headers("kraken_keys",
		"KRAKEN_API_KEY", "API-Key", "Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0kLmN0pQrS7tUvXyZa1",
		"KRAKEN_API_SIGN", "API-Sign", "4/dpxb3iT4tp/ZCVEwSnEsLxx0bqyhLpdfOpc6fn7OR8+UClSV5n9E6aSS8MPtnRfp32bAb0nmbRn6H8ndwLUQ==")
	bitfinex := apiKey("BITFINEX_API_KEY", "Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0", "bfx-apikey", "")
	gemini := headers("gemini_keys",
		"GEMINI_API_KEY", "X-GEMINI-APIKEY", "account-Wq8ZbV3kLmN0pQrS7tUv",
		"GEMINI_SIGNATURE", "X-GEMINI-SIGNATURE", "337cc8b4ea692cfe65b4a85fcc9f042b2e3f702ac956fd098d600ab15705775017beae402be773ceee10719ff70d710f")
	// Coinbase Advanced's CDP JWTs live two minutes by design (exp = now
	// + 120): that they expire soon is no cause of a refusal.
	coinbaseJWT := bearer("COINBASE_CDP_JWT", makeJWT(map[string]any{"iss": "cdp", "sub": "organizations/8f3c2a1b/apiKeys/4d5e6f70",
		"nbf": now.Unix(), "exp": now.Add(2 * time.Minute).Unix(), "uri": "GET api.coinbase.com/api/v3/brokerage/accounts"}))
	deribit := bearer("DERIBIT_ACCESS_TOKEN", "1582628593469.1MbQ-J_4.CBP-OqOwm_FBdMYj4cRK2dMXyHPfBtXGpzLxhWg31nHu3H_Q60FpE5_vqUBEQGSiMrIGzw3nC37NMb9d1tpBNqBOM_Ql9pXOmgtV9Yj3Pq1c6BqC6dU6eTxHMFO67x8GpJxqw_QcKP5IepwGBD-gfKSHfAv9AEnLJkNu3JkMJBdLToY1lrBnuedF3dU_uARm")
	okxErr := func(code, msg string) string { return `{"msg":"` + msg + `","code":"` + code + `"}` }
	kucoinErr := func(code, msg string) string { return `{"code":"` + code + `","msg":"` + msg + `"}` }
	return []provCase{
		// Binance.
		// -2015 names three readings (the key, the caller's IP, the key's
		// permissions) and singles out none; the fix starts at the key in
		// the console (its IP list and permission flags are there too):
		// credential_rejected rather than a guess at ip_restricted.
		{src: "https://github.com/binance/binance-connector-python/issues/155", name: "Binance 401 -2015 Invalid API-key, IP, or permissions for action", status: 401,
			header: jsonCT(), body: `{"code":-2015,"msg":"Invalid API-key, IP, or permissions for action."}`, cred: binance, path: "/api/v3/account?timestamp=1657200000000&signature=6265db308e4fd6f9df6a23797186f27d3865972ff5703bc2caec1d8992708717", want: CredentialRejected},
		// The signature made with the secret was refused: the secret (or the
		// key pair) is wrong. credential_rejected.
		{src: "https://github.com/emmtte/Cryptocurrency-Portfolio/issues/39", name: "Binance 400 -1022 Signature for this request is not valid", status: 400,
			header: jsonCT(), body: `{"code":-1022,"msg":"Signature for this request is not valid."}`, cred: binance, path: "/api/v3/account?timestamp=1532171161829&signature=6265db308e4fd6f9df6a23797186f27d3865972ff5703bc2caec1d8992708717", want: CredentialRejected},
		// The signed timestamp is outside the window: the machine's clock.
		// No catalog code speaks of a signed request's clock; the signed
		// credential was refused (see the doc comment).
		{src: "https://github.com/binance/binance-api-postman/issues/60", name: "Binance 400 -1021 Timestamp outside of the recvWindow", status: 400,
			header: jsonCT(), body: `{"code":-1021,"msg":"Timestamp for this request is outside of the recvWindow."}`, cred: binance, path: "/api/v3/account?timestamp=1606310000&signature=6265db308e4fd6f9df6a23797186f27d3865972ff5703bc2caec1d8992708717", want: CredentialRejected},
		{src: "https://github.com/ccxt/php-binance-api/issues/260", name: "Binance 429 -1003 Too much request weight used", status: 429,
			header: jsonCT("X-Mbx-Used-Weight-1m", "1247"), body: `{"code":-1003,"msg":"Too much request weight used; current limit is 1200 request weight per 1 MINUTE. Please use the websocket for live updates to avoid polling the API."}`,
			cred: binance, path: "/api/v3/openOrders?timestamp=1574400000000&signature=6265db308e4fd6f9df6a23797186f27d3865972ff5703bc2caec1d8992708717", want: RateLimited},

		// OKX answers 401 for every 501xx authentication code. The first
		// comes through Cloudflare, its headers as the ccxt issue shows
		// them: the refusal is OKX's, not the CDN's.
		{src: "https://github.com/ccxt/ccxt/issues/11109", name: "OKX 401 50113 Invalid Sign through Cloudflare", status: 401,
			header: map[string]string{"Content-Type": "application/json", "Set-Cookie": "locale=en_US; Max-Age=604800; Path=/", "X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY",
				"Cache-Control": "no-cache, no-store, max-age=0, must-revalidate", "X-Brokerid": "0", "Cf-Cache-Status": "DYNAMIC", "Server": "cloudflare", "Cf-Ray": "6c770a3e991d42ee-FRA"},
			body: okxErr("50113", "Invalid Sign"), cred: okx, path: "/api/v5/asset/currencies", want: CredentialRejected},
		{src: "https://github.com/pyted/okx/issues/1", name: "OKX 401 50111 Invalid OK-ACCESS-KEY", status: 401,
			header: jsonCT(), body: okxErr("50111", "Invalid OK-ACCESS-KEY"), cred: okx, path: "/api/v5/account/balance", want: CredentialRejected},
		// "expired" here is the request's timestamp, not the credential's
		// lifetime: token_expired would send the user to refresh a token
		// there is none of. The signed credential was refused.
		{src: "https://github.com/jane-cloud/Open-API-SDK-V5/issues/31", name: "OKX 401 50102 Timestamp request expired", status: 401,
			header: jsonCT(), body: `{"code":"50102","data":[],"msg":"Timestamp request expired"}`, cred: okx, path: "/api/v5/account/balance?ccy=USDT", want: CredentialRejected},
		// In the thread the key was an EEA account's used on the global
		// domain, but the answer names no region; region_mismatch needs the
		// server's words about regions. The key is not known here.
		{src: "https://github.com/ccxt/ccxt/issues/23779", name: "OKX 401 50119 API key doesn't exist", status: 401,
			header: jsonCT(), body: okxErr("50119", "API key doesn't exist"), cred: okx, path: "/api/v5/account/balance", want: CredentialRejected},
		{src: "https://www.okx.com/docs-v5/en/#error-code-rest-api-authentication", name: "OKX 401 50110 Your IP is not included in your API key's IP whitelist", status: 401,
			header: jsonCT(), body: `{"code":"50110","data":[],"msg":"Your IP 203.0.113.7 is not included in your API key's IP whitelist."}`, cred: okx, path: "/api/v5/account/balance", want: IPRestricted},
		{src: "https://www.okx.com/docs-v5/en/#error-code-rest-api-general-class", name: "OKX 429 50011 Too Many Requests", status: 429,
			header: jsonCT(), body: okxErr("50011", "Too Many Requests"), cred: okx, path: "/api/v5/trade/order", method: "POST", want: RateLimited},

		// Bybit answers 200 with ret_code / retCode.
		{src: "https://github.com/VictorFrWu/bybit-java-api/issues/57", name: "Bybit 200 retCode 10003 API key is invalid.", status: 200,
			header: jsonCT(), body: `{"retCode":10003,"retMsg":"API key is invalid.","result":{},"retExtInfo":{},"time":1714065629010}`, cred: bybit, method: "POST", path: "/v5/order/create", want: CredentialRejected},
		{src: "https://github.com/bybit-exchange/bybit-official-api-docs/issues/9", name: "Bybit 200 ret_code 10004 error sign!", status: 200,
			header: jsonCT(), body: `{"ret_code":10004,"ret_msg":"error sign!","ext_code":"","result":null,"ext_info":null,"time_now":"1560094053.519714","rate_limit_status":799}`,
			cred: bybitQuery, path: "/open-api/order/list?timestamp=1560093891337&sign=37363534326630373436373066343333613263373734666362643964303538663863633630393239316537346431623432313165303361623937353830343933", want: CredentialRejected},
		{src: "https://github.com/bybit-exchange/docs-legacy/issues/217", name: "Bybit 200 ret_code 10010 unmatched ip.", status: 200,
			header: jsonCT(), body: `{"ret_code":10010,"ret_msg":"unmatched ip.","ext_code":"","ext_info":"","result":null,"time_now":"1623656762.513459"}`,
			cred: bybitQuery, path: "/v2/private/wallet/balance?coin=BTC&timestamp=1623656762185&sign=ec339533155f4154d71b95a59769c21a22a156ebceb23fc229e1e61cdc66f2b8", want: IPRestricted},
		{src: "https://github.com/sieblyio/bybit-api/issues/555", name: "Bybit 200 retCode 10010 Unmatched IP, check your API key's bound IP addresses", status: 200,
			header: jsonCT(), body: `{"retCode":10010,"retMsg":"Unmatched IP, please check your API key's bound IP addresses."}`, cred: bybit, path: "/v5/user/query-api", want: IPRestricted},
		// The timestamp and recv_window of a signed request: the clock (see
		// the doc comment).
		{src: "https://github.com/vnpy/vnpy/issues/2147", name: "Bybit 200 ret_code 10002 check your timestamp and recv_window", status: 200,
			header: jsonCT(), body: `{"ret_code":10002,"ret_msg":"invalid request, please check your timestamp and recv_window param. req_timestamp: 1571459363578 server_timestamp: 1571459362349 recv_window: 30000","ext_code":"","result":null,"ext_info":null,"time_now":"1571459362.343717"}`,
			cred: bybit, method: "POST", path: "/v2/private/order/create", want: CredentialRejected},
		// The key works for other calls; P2P needs a permission it lacks.
		{src: "https://github.com/sieblyio/bybit-api/issues/435", name: "Bybit 200 ret_code 912000014 permission denied (P2P)", status: 200,
			header: jsonCT(), body: "{\n        \"ret_code\": 912000014,\n        \"ret_msg\": \"permission denied\",\n        \"result\": {},\n        \"ext_code\": \"\",\n        \"ext_info\": {\n            \"fiat_error_config\": \"\"\n        },\n        \"time_now\": \"1745230442.858831\"\n}",
			cred: bybit, method: "POST", path: "/v5/p2p/item/online", want: PermissionDenied},
		// Bybit's older API echoing Binance's words.
		{src: "https://github.com/ccxt/ccxt/pull/10436", name: "Bybit 200 ret_code -2015 Invalid API-key, IP, or permissions for action", status: 200,
			header: jsonCT(), body: `{"ret_code":"-2015","ret_msg":"Invalid API-key, IP, or permissions for action.","ext_code":null,"ext_info":null,"result":null}`,
			cred: bybitQuery, path: "/v2/private/position/list?timestamp=1635850000000&sign=ec339533155f4154d71b95a59769c21a22a156ebceb23fc229e1e61cdc66f2b8", want: CredentialRejected},

		// KuCoin.
		{src: "https://github.com/Kucoin/kucoin-api-docs/issues/466", name: "KuCoin 401 400005 Invalid KC-API-SIGN", status: 401,
			header: jsonCT(), body: kucoinErr("400005", "Invalid KC-API-SIGN"), cred: kucoin, path: "/api/v1/accounts", want: CredentialRejected},
		// The request's IP is not on the key's list.
		{src: "https://github.com/Kucoin/kucoin-api-docs/issues/395", name: "KuCoin 403 400006 Invalid request ip", status: 403,
			header: jsonCT(), body: kucoinErr("400006", "Invalid request ip"), cred: kucoin, path: "/api/v2/deposit-addresses?currency=USDT", want: IPRestricted},
		// A key without the trading permission: the words ask for more
		// permission, not for a named scope: permission_denied.
		{src: "https://github.com/mickomagallanes/kucoin-futures-node-api/issues/1", name: "KuCoin 403 400007 Access denied, require more permission", status: 403,
			header: jsonCT(), body: kucoinErr("400007", "Access denied, require more permission."), cred: kucoin, method: "POST", path: "/api/v1/orders", want: PermissionDenied},

		// Coinbase Exchange (the former Pro) and Coinbase's v2 API.
		{src: "https://github.com/coinbase-samples/exchange-scripts-py/issues/16", name: "Coinbase Exchange 401 Invalid API Key", status: 401,
			header: jsonCT(), body: "{\n   \"message\": \"Invalid API Key\"\n}", cred: coinbaseEx, path: "/profiles", want: CredentialRejected},
		{src: "https://github.com/coinbase/coinbase-pro-node/issues/388", name: "Coinbase Exchange 400 invalid signature", status: 400,
			header: jsonCT(), body: `{"message":"invalid signature"}`, cred: coinbaseEx, path: "/orders", want: CredentialRejected},
		{src: "https://github.com/ccxt/ccxt/issues/7237", name: "Coinbase Pro 401 Invalid Passphrase", status: 401,
			header: jsonCT(), body: `{"message":"Invalid Passphrase"}`, cred: coinbaseEx, path: "/accounts", want: CredentialRejected},
		// The error is the signature; the warning about CB-VERSION rides
		// along on every answer without the header and refuses nothing.
		{src: "https://github.com/knowm/XChange/issues/2456", name: "Coinbase v2 401 authentication_error invalid signature, with a missing_version warning", status: 401,
			header: jsonCT(), body: `{"errors":[{"id":"authentication_error","message":"invalid signature"}],"warnings":[{"id":"missing_version","message":"Please supply API version (YYYY-MM-DD) as CB-VERSION header","url":"https://developers.coinbase.com/api#versioning"}]}`,
			cred: headers("coinbase_v2_keys", "CB_ACCESS_KEY", "CB-ACCESS-KEY", "Wq8ZbV3kLmN0pQrS", "CB_ACCESS_SIGN", "CB-ACCESS-SIGN", "b2f8a5c1d9e3f7a6b4c2d0e8f6a4c2e0b8d6f4a2c0e8d6b4"), path: "/v2/accounts", want: CredentialRejected},
		{src: "https://github.com/ccxt/ccxt/issues/26300", name: "Coinbase Advanced 401 Unauthorized to a two-minute CDP JWT", status: 401,
			header: map[string]string{"Content-Type": "text/plain; charset=utf-8"}, body: "Unauthorized", cred: coinbaseJWT, path: "/api/v3/brokerage/products/PEPE-USDC", want: CredentialRejected},

		// Kraken answers 200 with an error list.
		{src: "https://support.kraken.com/hc/en-us/articles/360001491786-API-error-messages", name: "Kraken 200 EAPI:Invalid signature", status: 200,
			header: jsonCT(), body: `{"error":["EAPI:Invalid signature"]}`, cred: kraken, method: "POST", path: "/0/private/Balance", want: CredentialRejected},
		// A nonce below the last one the key used (another program used the
		// key): the fix in every thread is a new key. credential_rejected.
		{src: "https://github.com/jonatack/kraken_ruby_client/issues/27", name: "Kraken 200 EAPI:Invalid nonce", status: 200,
			header: jsonCT(), body: `{"error":["EAPI:Invalid nonce"]}`, cred: kraken, method: "POST", path: "/0/private/Balance", want: CredentialRejected},

		// Bitfinex: the nonce again (v1 as a 400, v2 as a 500).
		{src: "https://github.com/ccxt/ccxt/issues/39", name: "Bitfinex v1 400 Nonce is too small.", status: 400,
			header: jsonCT(), body: `{"message":"Nonce is too small."}`, cred: bitfinex, method: "POST", path: "/v1/balances", want: CredentialRejected},
		{src: "https://github.com/ohenrik/bitfinex/issues/18", name: "Bitfinex v2 500 [error, 10114, nonce: small]", status: 500,
			header: jsonCT(), body: `["error",10114,"nonce: small"]`, cred: bitfinex, method: "POST", path: "/v2/auth/r/trades/tIOTUSD/hist", want: CredentialRejected},

		// Gemini.
		{src: "https://github.com/butor/blackbird/issues/306", name: "Gemini 400 InvalidSignature", status: 400,
			header: jsonCT(), body: `{"result": "error", "reason": "InvalidSignature", "message": "InvalidSignature"}`, cred: gemini, method: "POST", path: "/v1/balances", want: CredentialRejected},

		// A nonce that did not grow since the key's last call: the key was
		// used elsewhere (the thread's fix is a new key). credential_rejected.
		{src: "https://github.com/ccxt/ccxt/issues/3603", name: "Gemini 400 InvalidNonce has not increased since your last call", status: 400,
			header: jsonCT(), body: `{"result":"error","reason":"InvalidNonce","message":"Nonce '1533831705' has not increased since your last call to the Gemini API."}`, cred: gemini, method: "POST", path: "/v1/balances", want: CredentialRejected},

		// Deribit (JSON-RPC over HTTP).
		{src: "https://github.com/ccxt/ccxt/issues/9133", name: "Deribit 401 JSON-RPC 13009 unauthorized", status: 401,
			header: jsonCT(), body: `{"jsonrpc":"2.0","error":{"message":"unauthorized","code":13009},"testnet":false,"usIn":1620162727414410,"usOut":1620162727414499,"usDiff":89}`,
			cred: deribit, path: "/api/v2/private/get_position?instrument_name=BTC-PERPETUAL", want: CredentialRejected},

		// Deribit's token endpoint is a JSON-RPC method (public/auth) that
		// takes the client id and secret as parameters, not an RFC 6749
		// form; its refusal is read as an answer like the others (the first
		// run listed it with the token endpoint answers, whose harness reads
		// only RFC 6749 bodies: 0 of 1 there for that reason).
		{src: "https://github.com/ccxt/ccxt/issues/8696", name: "Deribit 400 public/auth JSON-RPC 13004 invalid_credentials", status: 400,
			header: jsonCT(), body: `{"jsonrpc":"2.0","error":{"message":"invalid_credentials","code":13004},"testnet":false,"usIn":1616444742558343,"usOut":1616444742558590,"usDiff":247}`,
			cred: apiKey("DERIBIT_CLIENT_SECRET", "BD9AmDIkSVG3P49Gjoszk4p84Gj0qn81x5f7XuHXIDE", "", "client_secret"), path: "/api/v2/public/auth?grant_type=client_credentials&client_id=9BJXrRKo", want: CredentialRejected},

		// Other exchanges.
		{src: "https://github.com/bitvavo/python-bitvavo-api/issues/7", name: "Bitvavo 403 errorCode 307 This key does not allow access from this IP.", status: 403,
			header: jsonCT(), body: `{"errorCode":307,"error":"This key does not allow access from this IP."}`,
			cred: headers("bitvavo_keys", "BITVAVO_API_KEY", "Bitvavo-Access-Key", "3f2e1d0c9b8a4f6e8d4c3b2a1f0e9d8c3f2e1d0c9b8a4f6e8d4c3b2a1f0e9d8c", "BITVAVO_SIGNATURE", "Bitvavo-Access-Signature", "9b8a4f6e8d4c3b2a1f0e9d8c3f2e1d0c9b8a4f6e8d4c3b2a1f0e9d8c3f2e1d0c"),
			path: "/v2/balance", want: IPRestricted},
		{src: "https://github.com/CyberPunkMetalHead/gateio-crypto-trading-bot-binance-announcements-new-coins/issues/152", name: "Gate.io 401 IP_FORBIDDEN Request IP not in whitelist", status: 401,
			header: map[string]string{"Content-Type": "application/json", "Server": "openresty"}, body: `{"label":"IP_FORBIDDEN","message":"Request IP not in whitelist: 142.163.85.117"}`,
			cred:   headers("gate_keys", "GATE_API_KEY", "KEY", "3f2e1d0c9b8a4f6e8d4c3b2a1f0e9d8c", "GATE_SIGN", "SIGN", "9b8a4f6e8d4c3b2a1f0e9d8c3f2e1d0c9b8a4f6e8d4c3b2a1f0e9d8c3f2e1d0c"),
			method: "POST", path: "/api/v4/spot/orders", want: IPRestricted},
		{src: "https://github.com/coinexcom/coinex_perpetual_api/issues/3", name: "CoinEx 401 4005 access_id not exists", status: 401,
			header: jsonCT(), body: `{"code": 4005, "data": {}, "message": "access_id not exists"}`,
			cred: headers("coinex_keys", "COINEX_ACCESS_ID", "AccessId", "4F8E2D1C9B7A4E6F8D3C2B1A0F9E8D7C", "COINEX_SIGN", "Authorization", "9b8a4f6e8d4c3b2a1f0e9d8c3f2e1d0c"), path: "/perpetual/v1/asset/query?timestamp=1612651869454", want: CredentialRejected},
		// The key was read ("user") and the account is forbidden from the
		// call: authenticated, not allowed, whatever the 401.
		{src: "https://github.com/coinexcom/coinex_perpetual_api/issues/3", name: "CoinEx 401 4011 user is forbid", status: 401,
			header: jsonCT(), body: `{"code": 4011, "data": {}, "message": "user is forbid"}`,
			cred: headers("coinex_keys", "COINEX_ACCESS_ID", "AccessId", "4F8E2D1C9B7A4E6F8D3C2B1A0F9E8D7C", "COINEX_SIGN", "Authorization", "9b8a4f6e8d4c3b2a1f0e9d8c3f2e1d0c"), path: "/perpetual/v1/asset/query?timestamp=1612244604686", want: PermissionDenied},
		// The testnet key lacked the order permission (BitMEX's own answer
		// in the thread); a bare Access Denied on a 403 reads as not allowed.
		{src: "https://github.com/BitMEX/sample-market-maker/issues/59", name: "BitMEX 403 Access Denied (key without the order permission)", status: 403,
			header: jsonCT(), body: `{"error":{"message":"Access Denied","name":"HTTPError"}}`,
			cred:   headers("bitmex_keys", "BITMEX_API_KEY", "api-key", "LAqUlngMIQkIUjXMUreyu3qn", "BITMEX_SIGNATURE", "api-signature", "9b8a4f6e8d4c3b2a1f0e9d8c3f2e1d0c9b8a4f6e8d4c3b2a1f0e9d8c3f2e1d0c"),
			method: "POST", path: "/api/v1/order/bulk", want: PermissionDenied},
		{src: "https://github.com/Polymarket/py-clob-client/issues/190", name: "Polymarket CLOB 401 Unauthorized/Invalid api key", status: 401,
			header: jsonCT(), body: "{\"error\":\"Unauthorized/Invalid api key\"}\n",
			cred: headers("poly_keys", "POLY_API_KEY", "POLY_API_KEY", "a9ea8ae9-4cd0-227b-7042-33caecd34be4", "POLY_SIGNATURE", "POLY_SIGNATURE", "ufrot+nJ0adQ5cXvbDV1DbAqoojG5vBT/ygX2Qo+0Y4="), path: "/data/orders", want: CredentialRejected},

		// Market data and blockchain infrastructure.
		{src: "https://github.com/rsz44/python-coinmarketcap/issues/1", name: "CoinMarketCap 401 1001 This API Key is invalid.", status: 401,
			header: jsonCT(), body: "{\n    \"status\": {\n        \"timestamp\": \"2022-04-17T06:58:28.344Z\",\n        \"error_code\": 1001,\n        \"error_message\": \"This API Key is invalid.\",\n        \"elapsed\": 0,\n        \"credit_count\": 0\n    }\n}",
			cred: apiKey("CMC_PRO_API_KEY", "b54bcf4d-1bca-4e8e-9a24-22ff2c3d4e5f", "X-CMC_PRO_API_KEY", ""), path: "/v1/cryptocurrency/listings/latest", want: CredentialRejected},
		// The key went in ?api_key=, a parameter CoinMarketCap does not read
		// (it reads X-CMC_PRO_API_KEY or CMC_PRO_API_KEY): "missing" to a key
		// that was sent elsewhere.
		{src: "https://github.com/amrrs/coinmarketcapr/issues/24", name: "CoinMarketCap 401 1002 API key missing, key sent as ?api_key=", status: 401,
			header: jsonCT(), body: "{\n    \"status\": {\n        \"timestamp\": \"2020-03-23T18:29:38.913Z\",\n        \"error_code\": 1002,\n        \"error_message\": \"API key missing.\",\n        \"elapsed\": 0,\n        \"credit_count\": 0\n    }\n}",
			cred: apiKey("CMC_PRO_API_KEY", "b54bcf4d-1bca-4e8e-9a24-22ff2c3d4e5f", "", "api_key"), path: "/v1/cryptocurrency/listings/latest", want: CredentialInWrongPlace},
		{src: "https://github.com/hack3r-0m/NFTminter/issues/23", name: "Covalent 401 No API key given, nothing sent", status: 401,
			header: jsonCT(), body: `{"data":null,"error":true,"error_message":"No API key given (sign up at covalenthq.com/platform)","error_code":401}`,
			path: "/v1/137/address/0x4cd62a002f55b1a47dbfb751587a39f0fcdf586c/balances_v2/", want: NoCredentialsSent},
		// The key went in Authorization; Moralis reads X-API-Key and says
		// so by name.
		{src: "https://github.com/DanielMoralisSamples/Video_Tutorials/issues/1", name: "Moralis 401 API KEY missing from x-api-key header, key sent in Authorization", status: 401,
			header: jsonCT(), body: `{"message":"API KEY missing from x-api-key header"}`,
			cred: headerCred("Authorization", "MORALIS_API_KEY", "Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0kLmN0pQrS7tUvXyZa1b2c"), path: "/api/v2/0x4cd62a002f55b1a47dbfb751587a39f0fcdf586c/nft?chain=eth", want: CredentialInWrongPlace},
		{src: "https://github.com/neto737/BitGoSDK-PHP/issues/1", name: "BitGo 401 unauthorized with an access token", status: 401,
			header: jsonCT(), body: `{"error":"unauthorized","name":"Unauthorized","requestId":"cja0w3yb55dvkj9rtcdx6nxck"}`,
			cred: bearer("BITGO_ACCESS_TOKEN", "v2x8f3c2a1b4d5e6f708f3c2a1b4d5e6f708f3c2a1b4d5e6f708f3c2a1b4d5e6f70"), path: "/api/v2/tbtc/wallet/5a1b2c3d4e5f6a7b8c9d0e1f/addresses", want: CredentialRejected},
		// A key of the new dashboard sent to the classic API: it does not
		// parse there. The key was read and not accepted.
		{src: "https://github.com/nftstorage/nft.storage/issues/2841", name: "NFT.Storage 401 ERROR_MALFORMED_TOKEN API Key is malformed", status: 401,
			header: jsonCT(), body: `{"ok":false,"error":{"code":"ERROR_MALFORMED_TOKEN","message":"API Key is malformed or failed to parse."}}`,
			cred: bearer("NFT_STORAGE_KEY", "5e6840b2.37a8cf491e9f478cb437cc9d2e1f0a3b"), method: "POST", path: "/upload", want: CredentialRejected},
	}
}

// cryptoNonRefusals: answers of the same APIs that are not about the
// credential: a trade refused for its balance, and successes in the
// exchanges' own envelopes (a code field of 0, "200000", retMsg OK).
func cryptoNonRefusals() []fpCase {
	return []fpCase{
		{src: "https://github.com/ccxt/binance-trade-bot/issues/62", name: "Binance 400 -2010 Account has insufficient balance", status: 400, header: jsonCT(),
			body: `{"code":-2010,"msg":"Account has insufficient balance for requested action."}`},
		{src: "https://www.okx.com/docs-v5/en/#public-data-rest-api-get-system-time", name: "OKX 200 code 0 success (system time)", status: 200, header: jsonCT(),
			body: "{\n    \"code\": \"0\",\n    \"msg\": \"\",\n    \"data\": [\n        {\n            \"ts\": \"1597026383085\"\n        }\n    ]\n}"},
		{src: "https://bybit-exchange.github.io/docs/v5/market/time", name: "Bybit 200 retCode 0 OK (server time)", status: 200, header: jsonCT(),
			body: `{"retCode":0,"retMsg":"OK","result":{"timeSecond":"1688639403","timeNano":"1688639403423213947"},"retExtInfo":{},"time":1688639403423}`},
		{src: "https://www.kucoin.com/docs/rest/spot-trading/market-data/get-server-time", name: "KuCoin 200 code 200000 success (server time)", status: 200, header: jsonCT(),
			body: `{"code":"200000","data":1546837113087}`},
	}
}

func TestHeldoutCrypto(t *testing.T) {
	cases := cryptoCases(time.Now())
	if n := len(cases) + len(cryptoNonRefusals()); n < 40 {
		t.Fatalf("%d cases, want at least 40", n)
	}
	runProviderCases(t, "crypto held-out corpus", cases)
	runFalsePositives(t, "crypto non-refusals", cryptoNonRefusals())
}

// cryptoLateCases: answers gathered after the round's fixes and run once
// unchanged: 5 of 6. The miss was FCoin's "Illegal API signature" (a
// 400): "illegal" now reads as the other adjectives of a refused
// credential do (normalizeWords); 6 of 6 after.
func cryptoLateCases() []provCase {
	key := apiKey("EXCHANGE_API_KEY", "Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e", "X-API-KEY", "")
	return []provCase{
		{src: "https://github.com/bybit-exchange/docs-legacy/issues/60", name: "Bybit 200 ret_code 10003 invalid api_key", status: 200, header: jsonCT(),
			body: `{"result": null, "ret_msg": "invalid api_key", "time_now": "1589962849.789200", "ext_info": null, "ret_code": 10003, "ext_code": ""}`, cred: apiKey("BYBIT_API_KEY", "1OGDohRQys8PuCLgEl", "", "api_key"), want: CredentialRejected},
		{src: "https://github.com/BTCTrader/broker-api-docs/issues/9", name: "BTCTurk 401 Unauthorized - Invalid Request", status: 401, header: jsonCT(),
			body: `{"code":401,"message":"Unauthorized - Invalid Request"}`, cred: headerCred("X-PCK", "BTCTURK_KEY", "3f2e1d0c-9b8a-4f6e-8d4c-3b2a1f0e9d8c"), want: CredentialRejected},
		{src: "https://github.com/weiliuv/fcoin-python-sdk/issues/7", name: "FCoin 400 status 1090 Illegal API signature", status: 400, header: jsonCT(),
			body: `{"status":1090,"msg":"Illegal API signature"}`, cred: key, want: CredentialRejected},
		{src: "https://developers.cryptopay.me/guides/api-basics/authentication/how-it-works.md", name: "Cryptopay 401 unauthenticated", status: 401, header: jsonCT(),
			body: "{\n  \"error\": {\n    \"code\": \"unauthenticated\",\n    \"message\": \"unauthenticated\",\n    \"details\": []\n  },\n  \"meta\": {\n    \"request_id\": \"932e4625b1735951f471cb7e7d3dab6e\"\n  }\n}",
			cred: headerCred("Authorization", "CRYPTOPAY_AUTH", "HMAC D-I3cYuBrEGhgPE0Wn:Wq8ZbV3kLmN0pQrS7tUvXyZa1b2="), want: CredentialRejected},
		{src: "https://github.com/LiveCoinWatch/lcw-api-docs/issues/2", name: "LiveCoinWatch 401 requester is not authorized", status: 401, header: jsonCT(),
			body: "{\n  \"error\": {\n    \"code\": 401,\n    \"status\": \"Unauthorized\",\n    \"description\": \"The requester is not authorized to access the resource. This is similar to 403 but is used in cases where authentication is expected but has failed or has not been provided.\"\n  }\n}",
			cred: apiKey("LCW_KEY", "51c700ba-905b-400d-9e30-458714c2d8b1", "x-api-key", ""), method: "POST", path: "/overview", want: CredentialRejected},
		{src: "https://github.com/coinbase/coinbase-node/issues/84", name: "Coinbase v2 401 authentication_error invalid signature", status: 401, header: jsonCT(),
			body: `{"errors":[{"id":"authentication_error","message":"invalid signature"}]}`, cred: key, path: "/v2/accounts", want: CredentialRejected},
	}
}

func TestHeldoutCryptoLate(t *testing.T) {
	runProviderCases(t, "crypto late answers", cryptoLateCases())
}
