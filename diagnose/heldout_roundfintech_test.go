package diagnose

import (
	"testing"
	"time"
)

// roundfintechCases: a held-out round on accounting, open banking,
// payments-infrastructure, brokerage and crypto APIs (Dwolla, Plaid,
// Wise, GoCardless, Brex, Method, Xero, Alpaca, Coinbase Advanced,
// Kraken, Bitstamp, OKX, Binance), answers not in the corpora before:
// providers that were not there, and other codes, statuses or endpoints
// of those that were. Gathered and given their expected first cause from
// the catalog (docs/diagnosis.md) before the diagnosis code was read; a
// comment says why when two codes could fit, and when a body is not byte
// for byte from its source. First run, before any fix: first cause right
// in 29 of 41 (refusals 24 of 34, non-refusals 5 of 7 given no cause).
// Misses: scopes said missing or invalid on a 401; a missing or invalid
// Authorization header said so to a request that sent none; an API
// version said missing on a 406; a 403 whose headers ask for a signed
// one-time token; a user's role named on a 401 (twice); a client
// certificate said required on a 401; a product the client may not use
// said unauthorized on a 401; an opaque token said "expired or is
// invalid"; a 418 IP ban for too much request weight; and, among the
// non-refusals, two 403s about buying power and holdings read as
// permission_denied. After the readings the misses lacked: 40 of 40
// (scopes said missing or invalid; an Authorization header faulted to a
// request that sent none is the missing credential; an API version said
// missing; a second factor asked in headers named for it; the roles that
// may, named first in a sentence or as a list; a product not given to
// the client; a token said expired with words between; a weighted limit
// and the timed IP ban after it; buying power or holdings short is the
// business's answer), with one case left out as pending then: Method's
// 401 "A valid client certificate is required to access this resource"
// to a request that sent its API key
// (https://docs.methodfi.com/2024-04-04/reference/errors/mtls-errors.md)
// is no_credentials_sent when the environment has no tls.cert_file and
// credential_rejected when the certificate it sent was not trusted: the
// same bytes for both. Since the diagnosis is told whether the
// environment has a client certificate (Exchange.ClientCert), it joins
// the table twice, once each way: 42 of 42.
func roundfintechCases(now time.Time) []provCase {
	const (
		dwollaDocs = "https://github.com/Dwolla/v2-ach-api-docs/blob/ef8657ff10e40a6ff6af243b81c370208aa61fa3/source/includes/_introduction.md"
		brexDocs   = "https://developer.brex.com/docs/error_codes"
	)
	headers := headerValues
	hal := func(extra ...string) map[string]string {
		return ctHeader("application/vnd.dwolla.v1.hal+json", extra...)
	}
	dwollaErr := func(code, msg string) string {
		return "{\n  \"code\": \"" + code + "\",\n  \"message\": \"" + msg + "\"\n}"
	}
	dwolla := bearer("DWOLLA_ACCESS_TOKEN", "asdfwXTdDQFimVQOMdn9bOGHJh8KrqnFi34sugYqgrULRCb")
	kraken := headers("kraken_keys",
		"KRAKEN_API_KEY", "API-Key", "Qm2LkT9wXy7NbV3cD1fG4hWq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9",
		"KRAKEN_API_SIGN", "API-Sign", "9/dpxb3iT4tp/ZCVEwSnEsLxx0bqyhLpdfOpc6fn7OR8+UClSV5n9E6aSS8MPtnRfp32bAb0nmbRn6H8ndwLUQ==")
	bitstamp := headers("bitstamp_keys",
		"BITSTAMP_AUTH", "X-Auth", "BITSTAMP Lm3Nq8Rt2Vw6Xy9Zb4Cd7Ef1Gh5Jk0Mp",
		"BITSTAMP_SIGNATURE", "X-Auth-Signature", "2E0A5F6C8D1B3A7E9F0C2D4B6A8E1F3C5D7B9A0E2F4C6D8B1A3E5F7C9D0B2A4E",
		"BITSTAMP_NONCE", "X-Auth-Nonce", "f93c979d-b00d-43a9-9b9c-fd4cd9547fa6")
	alpaca := headers("alpaca_keys",
		"APCA_API_KEY_ID", "APCA-API-KEY-ID", "PKT7W3Q9Z2X5C8V1B4N6",
		"APCA_API_SECRET_KEY", "APCA-API-SECRET-KEY", "Zb4Cd7Ef1Gh5Jk0MpLm3Nq8Rt2Vw6Xy9Qs1Tu3Wv")
	okx := headers("okx_keys",
		"OKX_API_KEY", "OK-ACCESS-KEY", "5c1e7a3b-9d2f-4e8a-b6c0-1f3d5e7a9b2c",
		"OKX_SIGN", "OK-ACCESS-SIGN", "Zb4Cd7Ef1Gh5Jk0MpLm3Nq8Rt2Vw6Xy9Qs1Tu3Wv5Yx=",
		"OKX_PASSPHRASE", "OK-ACCESS-PASSPHRASE", "Helloworld-passphrase-98")
	binance := apiKey("BINANCE_API_KEY", "Lm3Nq8Rt2Vw6Xy9Zb4Cd7Ef1Gh5Jk0MpQs1Tu3Wv5Yx7Ab9Ce2Df4Gh6Jk8Mn0", "X-MBX-APIKEY", "")
	// Coinbase Advanced's CDP JWTs live two minutes by design.
	method := bearer("METHOD_API_KEY", "sk_Wq4Lm3Nq8Rt2Vw6Xy9Zb4Cd7")
	coinbase := bearer("COINBASE_CDP_JWT", makeJWT(map[string]any{"iss": "cdp", "sub": "organizations/2b7e4c1a/apiKeys/9d0f3e6b",
		"nbf": now.Unix(), "exp": now.Add(2 * time.Minute).Unix(), "uri": "GET api.coinbase.com/api/v3/brokerage/portfolios"}))
	plaid := headers("plaid_keys",
		"PLAID_CLIENT_ID", "PLAID-CLIENT-ID", "60e3ee4019a2660010f8bc54",
		"PLAID_SECRET", "PLAID-SECRET", "7c2d9e4f1a8b3c6d0e5f2a9b4c7d1e")
	qbo := bearer("QBO_ACCESS_TOKEN", "eyJlbmMiOiJBMTI4Q0JDLUhTMjU2IiwiYWxnIjoiZGlyIn0..Qm2LkT9wXy7NbV3cD1fG4h.Zb4Cd7Ef1Gh5Jk0MpLm3Nq8Rt2Vw6Xy9.Lm3Nq8Rt2Vw6Xy9Zb4Cd7E")
	brex := bearer("BREX_TOKEN", "bxt_Zb4Cd7Ef1Gh5Jk0MpLm3Nq8Rt2Vw6Xy9Qs1Tu3Wv5Yx7Ab9")
	// Xero's access tokens are JWTs; this one ran out an hour ago.
	xeroExpired := bearer("XERO_ACCESS_TOKEN", makeJWT(map[string]any{"iss": "https://identity.xero.com", "aud": "https://identity.xero.com/resources",
		"client_id": "91E5715B1199038080D6D0296EBC1648", "iat": now.Add(-90 * time.Minute).Unix(), "exp": now.Add(-time.Hour).Unix()}))
	return []provCase{
		// Dwolla: the docs' example 401 is byte for byte; the other bodies
		// are the same vnd.error envelope around the code and the words
		// the docs' table gives for it.
		{src: dwollaDocs, name: "Dwolla 401 InvalidAccessToken", status: 401,
			header: hal(), body: dwollaErr("InvalidAccessToken", "Invalid access token."), cred: dwolla, path: "/customers", want: CredentialRejected},
		// An opaque token said expired in the server's words.
		{src: dwollaDocs, name: "Dwolla 401 ExpiredAccessToken (envelope from the docs' table)", status: 401,
			header: hal(), body: dwollaErr("ExpiredAccessToken", "Generate a new access token using a valid refresh token."), cred: dwolla, path: "/customers", want: TokenExpired},
		// The words say the token's scopes are missing for this endpoint:
		// the catalog's server_insufficient_scope ("the server says the
		// token lacks a scope") rather than the wider permission_denied.
		{src: dwollaDocs, name: "Dwolla 401 InvalidScopes (envelope from the docs' table)", status: 401,
			header: hal(), body: dwollaErr("InvalidScopes", "Missing or invalid scopes for requested endpoint."), cred: dwolla, method: "POST", path: "/transfers", want: ServerInsufficientScope},
		{src: dwollaDocs, name: "Dwolla 403 Forbidden not authorized for this resource (envelope from the docs' table)", status: 403,
			header: hal(), body: dwollaErr("Forbidden", "The supplied credentials are not authorized for this resource."), cred: dwolla, path: "/accounts/a84222d5-31d2-4290-9a96-089813ef96b3/transfers", want: PermissionDenied},
		{src: dwollaDocs, name: "Dwolla 401 InvalidCredentials, nothing sent (envelope from the docs' table)", status: 401,
			header: hal(), body: dwollaErr("InvalidCredentials", "Missing or invalid Authorization header."), path: "/customers", want: NoCredentialsSent},
		// The API version travels in the Accept header (application/vnd.
		// dwolla.v1.hal+json); a request without it is refused though the
		// token is fine: the catalog's required_header_missing names "an
		// API version".
		{src: dwollaDocs, name: "Dwolla 406 InvalidVersion Missing or invalid API version (envelope from the docs' table)", status: 406,
			header: hal(), body: dwollaErr("InvalidVersion", "Missing or invalid API version."), cred: dwolla, path: "/customers", want: RequiredHeaderMissing},
		// The application behind the token is not (or no longer) enabled:
		// credential_rejected's "not enabled for this API".
		{src: dwollaDocs, name: "Dwolla 401 InvalidApplicationStatus (envelope from the docs' table)", status: 401,
			header: hal(), body: dwollaErr("InvalidApplicationStatus", "Invalid application status."), cred: dwolla, path: "/customers", want: CredentialRejected},

		// Plaid: the client is known and not allowed a product.
		{src: "https://github.com/plaid/pattern/issues/246", name: "Plaid 400 INVALID_PRODUCT client is not authorized to access the following products", status: 400,
			header: jsonCT(), body: "{\n\"display_message\":null,\n\"documentation_url\":\"https://plaid.com/docs/?ref=error#invalid-input-errors\",\n\"error_code\":\"INVALID_PRODUCT\",\n\"error_message\":\"client is not authorized to access the following products: [\\\"transfer\\\"]\",\n\"error_type\":\"INVALID_INPUT\",\n\"request_id\":\"bTmjHtEoYBmcXlS\"\n}",
			cred: plaid, method: "POST", path: "/link/token/create", want: PermissionDenied},

		// Wise's strong customer authentication: a 403 whose headers carry
		// a one-time token to sign and send back (X-2FA-Approval with
		// X-Signature). The docs give status and headers only; the body is
		// left empty. The catalog's required_header_missing: "a one-time
		// password ... a challenge that asks for something besides the
		// credential".
		{src: "https://github.com/transferwise/api-docs/pull/94", name: "Wise 403 SCA X-2FA-Approval-Result REJECTED with a one-time token", status: 403,
			header: jsonCT("X-2FA-Approval-Result", "REJECTED", "X-2FA-Approval", "be2f6579-9426-480b-9cb7-d8f1116cc8b9"), body: "",
			cred: bearer("WISE_API_TOKEN", "9a1c4e7f-2b5d-4a8c-9e1f-3b6d8a0c2e4f"), path: "/v1/profiles/12345678/balance-statements/87654321/statement.json?currency=EUR", want: RequiredHeaderMissing},

		// GoCardless: a live access token sent to the sandbox. The words
		// are the issue's; the envelope is GoCardless's documented error
		// shape around them. The key's live_ marker in a staging
		// environment is the catalog's live_key_outside_production ("a
		// sandbox refuses live keys").
		{src: "https://github.com/gocardless/gocardless-pro-php/issues/54", name: "GoCardless 401 not a valid sandbox API access token, a live token in staging", status: 401,
			header: jsonCT(), body: `{"error":{"message":"The access token you've used is not a valid sandbox API access token","errors":[{"reason":"access_token_not_found","message":"The access token you've used is not a valid sandbox API access token"}],"documentation_url":"https://developer.gocardless.com/api-reference#access_token_not_found","type":"invalid_api_usage","request_id":"0ABB6D3B-6C2F-4C1F-8A4E-6F2E1C9B3A7D","code":401}}`,
			cred: bearer("GOCARDLESS_ACCESS_TOKEN", "live_Zb4Cd7Ef1Gh5Jk0MpLm3Nq8Rt2Vw6Xy9Qs1Tu3W"), path: "/customers", want: LiveKeyOutsideProduction},

		// Brex answers a user's missing role with 401 and words about it
		// (the docs' table; the envelope is the docs' error shape).
		{src: brexDocs, name: "Brex 401 Must be cash admin, bookkeeper or user (envelope from the docs)", status: 401,
			header: jsonCT(), body: `{"type":"UNAUTHORIZED","message":"Must be cash admin, bookkeeper or user."}`, cred: brex, path: "/v2/accounts/cash", want: PermissionDenied},
		{src: brexDocs, name: "Brex 401 Only account admin, ap clerks and bookkeepers can access contacts (envelope from the docs)", status: 401,
			header: jsonCT(), body: `{"type":"UNAUTHORIZED","message":"Only account admin, ap clerks and bookkeepers can access contacts"}`, cred: brex, path: "/v2/vendors", want: PermissionDenied},

		// Xero: the issue quotes the body as a Ruby hash; here it is the
		// JSON Xero sends. The JWT's exp is in the past: read locally.
		{src: "https://github.com/waynerobinson/xeroizer/pull/509", name: "Xero 401 TokenExpired: token expired at, an expired JWT", status: 401,
			header: jsonCT(), body: `{"Type":null,"Title":"Unauthorized","Status":401,"Detail":"TokenExpired: token expired at 03/03/2020 09:46:07","Instance":"9a3f0c2e-6b1d-4e8a-a7c5-2d4f6b8e0a1c","Extensions":{}}`,
			cred: xeroExpired, path: "/api.xro/2.0/Invoices", want: JWTExpired},

		// Alpaca.
		{src: "https://github.com/alpacahq/alpaca-ts/issues/23", name: "Alpaca 401 40110000 access key verification failed: access key not found", status: 401,
			header: jsonCT(), body: `{"code":40110000,"message":"access key verification failed : access key not found (Code = 40110000)"}`, cred: alpaca, path: "/v2/account", want: CredentialRejected},

		// Coinbase Advanced Trade.
		{src: "https://github.com/coinbase/coinbase-advanced-py/issues/89", name: "Coinbase Advanced 403 PERMISSION_DENIED User does not have access to portfolio", status: 403,
			header: jsonCT(), body: `{"error":"PERMISSION_DENIED","error_details":"User does not have access to portfolio","message":"User does not have access to portfolio"}`,
			cred: coinbase, path: "/api/v3/brokerage/portfolios/6f1c2b9e-3d4a-4e8f-9b7c-1a2d3e4f5a6b", want: PermissionDenied},
		// The status is not quoted (ccxt prints the body only); Coinbase
		// answers its permission refusals with 403.
		{src: "https://github.com/ccxt/ccxt/issues/19034", name: "Coinbase 403 missing required scopes", status: 403,
			header: jsonCT(), body: `{"error":"unknown","error_details":"missing required scopes","message":"missing required scopes"}`,
			cred: coinbase, path: "/api/v3/brokerage/orders/historical/fills", want: ServerInsufficientScope},

		// Kraken answers 200 with its error array.
		{src: "https://github.com/ccxt/ccxt/issues/8634", name: "Kraken 200 EAPI:Invalid key without result", status: 200,
			header: jsonCT(), body: `{"error":["EAPI:Invalid key"]}`, cred: kraken, method: "POST", path: "/0/private/Balance", want: CredentialRejected},
		// The docs give the error; the envelope is the one every answer has.
		{src: "https://docs.kraken.com/exchange/guides/rest/api-keys", name: "Kraken 200 EGeneral:Permission denied (envelope from the docs)", status: 200,
			header: jsonCT(), body: `{"error":["EGeneral:Permission denied"],"result":{}}`, cred: kraken, method: "POST", path: "/0/private/Withdraw", want: PermissionDenied},

		// Bitstamp (v2 API, 403 for its API0xxx errors).
		{src: "https://github.com/knowm/XChange/issues/1891", name: "Bitstamp 403 API0001 API key not found", status: 403,
			header: jsonCT(), body: `{"status":"error","reason":"API key not found","code":"API0001"}`, cred: bitstamp, method: "POST", path: "/api/v2/balance/", want: CredentialRejected},
		// A nonce the key has used: the signed request is refused, as the
		// corpora read Kraken's and Gemini's nonce errors.
		{src: "https://github.com/gazbert/bxbot/issues/64", name: "Bitstamp 403 API0004 Invalid nonce", status: 403,
			header: jsonCT(), body: `{"status": "error", "reason": "Invalid nonce", "code": "API0004"}`, cred: bitstamp, method: "POST", path: "/api/v2/balance/", want: CredentialRejected},

		// OKX: the key's passphrase is wrong.
		{src: "https://github.com/ccxt/ccxt/issues/22265", name: "OKX 401 50105 Request header OK-ACCESS-PASSPHRASE incorrect", status: 401,
			header: jsonCT(), body: `{"msg":"Request header OK-ACCESS-PASSPHRASE incorrect.","code":"50105"}`, cred: okx, path: "/api/v5/account/balance", want: CredentialRejected},

		// QuickBooks Online, JSON (the corpora hold the XML and a
		// detailed 3200): an access token left past its hour, refused with
		// no word of expiry (the JWE token cannot be read locally).
		{src: "https://github.com/routablehq/python-quickbooks/issues/118", name: "QuickBooks 401 3200 message=AuthenticationFailed, detail null (JSON)", status: 401,
			header: jsonCT(), body: `{"warnings":null,"intuitObject":null,"fault":{"error":[{"message":"message=AuthenticationFailed; errorCode=003200; statusCode=401","detail":null,"code":"3200","element":null}],"type":"AUTHENTICATION"},"report":null,"queryResponse":null,"batchItemResponse":[],"attachableResponse":[],"syncErrorResponse":null,"requestId":null,"time":1533811101733,"status":null,"cdcresponse":[]}`,
			cred: qbo, path: "/v3/company/4620816365171227080/query?query=select%20*%20from%20Customer", want: CredentialRejected},
		// The node SDK prints the fault only; the envelope is the one above.
		{src: "https://github.com/mcohen01/node-quickbooks/issues/154", name: "QuickBooks 403 3100 message=AuthorizationFailed, type SERVICE (JSON)", status: 403,
			header: jsonCT(), body: `{"warnings":null,"intuitObject":null,"fault":{"error":[{"message":"message=AuthorizationFailed; errorCode=003100; statusCode=403","detail":null,"code":"3100","element":null}],"type":"SERVICE"},"report":null,"queryResponse":null,"batchItemResponse":[],"attachableResponse":[],"syncErrorResponse":null,"requestId":null,"time":1582020321441,"status":null,"cdcresponse":[]}`,
			cred: qbo, path: "/v3/company/4620816365171227080/query?query=select%20*%20from%20Term", want: PermissionDenied},

		// Airwallex.
		{src: "https://github.com/airwallex/airwallex-payment-demo/issues/55", name: "Airwallex 401 unauthorized Access denied, authentication failed", status: 401,
			header: jsonCT(), body: "{\n    \"message\": \"Access denied, authentication failed\",\n    \"code\": \"unauthorized\"\n}",
			cred: bearer("AIRWALLEX_TOKEN", "Zb4Cd7Ef1Gh5Jk0MpLm3Nq8Rt2Vw6Xy9Qs1Tu3Wv5Yx7Ab9Ce2Df4"), method: "POST", path: "/api/v1/pa/payment_intents/int_hkdmxqfgmgb1vkaeror/confirm", want: CredentialRejected},

		// Mangopay: the SDK prints the fields; the JSON is Mangopay's error
		// shape around them. The endpoint is closed to this client.
		{src: "https://github.com/Mangopay/mangopay2-java-sdk/issues/159", name: "Mangopay 403 forbidden_ressource This endpoint is not available for your account", status: 403,
			header: jsonCT(), body: `{"Message":"This endpoint is not available for your account","Type":"forbidden_ressource","Id":"34e3121f-d603-4886-ac1a-857a3dca00e3#1570900712","Date":1570900714,"errors":null}`,
			cred: bearer("MANGOPAY_TOKEN", "Zb4Cd7Ef1Gh5Jk0MpLm3Nq8Rt2Vw6"), path: "/v2.01/mjk-client/users", want: PermissionDenied},

		// BingX answers 200 with its code.
		{src: "https://github.com/ccxt/ccxt/issues/24538", name: "BingX 200 100004 Permission denied as the API key was created without the permission", status: 200,
			header: jsonCT(), body: `{"code":100004,"msg":"Permission denied as the API key was created without the permission","timestamp":1734021585654}`,
			cred: apiKey("BINGX_API_KEY", "Lm3Nq8Rt2Vw6Xy9Zb4Cd7Ef1Gh5Jk0MpQs1Tu3Wv5Yx7Ab9Ce2Df4Gh6Jk8Mn0Pq", "X-BX-APIKEY", ""), method: "POST", path: "/openApi/swap/v2/trade/closePosition", want: PermissionDenied},

		// Coinbase v2 (OAuth app): the issue quotes the error as the
		// client names it; the body is Coinbase v2's errors envelope.
		{src: "https://github.com/coinbase/coinbase-node/issues/144", name: "Coinbase v2 403 invalid_scope Invalid scope", status: 403,
			header: jsonCT(), body: `{"errors":[{"id":"invalid_scope","message":"Invalid scope"}]}`,
			cred: bearer("COINBASE_OAUTH_TOKEN", "8f2c4e6a1b3d5f7092a4c6e8f0b2d4f6a8c0e2b4d6f8a0c2e4b6d8f0a2c4e6b8"), path: "/v2/accounts", want: ServerInsufficientScope},

		// OKEx's v3 API before OKX's v5 (the corpora hold v5's 50105):
		// the whole body as ccxt printed it; the status is not quoted.
		{src: "https://github.com/ccxt/ccxt/issues/6374", name: "OKEx v3 401 30015 Invalid OK_ACCESS_PASSPHRASE", status: 401,
			header: jsonCT(), body: `{"error_message":"Invalid OK_ACCESS_PASSPHRASE","code":30015,"error_code":"30015","message":"Invalid OK_ACCESS_PASSPHRASE"}`,
			cred: okx, method: "POST", path: "/api/account/v3/withdrawal", want: CredentialRejected},

		// Plaid's legacy API: a product the client ID was not sold.
		{src: "https://github.com/simonlevy5/plaid-ios-sdk/issues/2", name: "Plaid legacy 401 1104 unauthorized product", status: 401,
			header: jsonCT(), body: `{"error":"unauthorized product","code":1104,"status":"requires_credentials","request_id":"YjD5L"}`,
			cred: plaid, method: "POST", path: "/connect", want: PermissionDenied},

		// Brokerages.
		// Firstrade's app sends a fixed access-token header beside the
		// user's login; the server refuses the pair without saying which.
		{src: "https://github.com/MaxxRK/firstrade-api/issues/85", name: "Firstrade 401 Unauthorized Authentication failed", status: 401,
			header: jsonCT(), body: "{\n\"statusCode\": 401,\n\"error\": \"Unauthorized\",\n\"message\": \"Authentication failed\"\n}",
			cred: headerCred("access-token", "FIRSTRADE_ACCESS_TOKEN", "833w3XuIFycv18ybi"), method: "POST", path: "/sess/login", want: CredentialRejected},
		// TD Ameritrade: "expired or is invalid" about an opaque token,
		// read as the corpus reads Salesforce's "Session expired or
		// invalid": token_expired (refresh it) comes first.
		{src: "https://github.com/areed1192/td-ameritrade-python-api/issues/148", name: "TD Ameritrade 401 The access token being passed has expired or is invalid", status: 401,
			header: jsonCT(), body: "{\n  \"error\":\"The access token being passed has expired or is invalid.\"\n}",
			cred: bearer("TDA_ACCESS_TOKEN", "Zb4Cd7Ef1Gh5Jk0MpLm3Nq8Rt2Vw6Xy9Qs1Tu3Wv5Yx7Ab9Ce2Df4Gh6Jk8Mn0Pq2Rs4Tu6Vw8"), method: "POST", path: "/v1/accounts/123456789/orders", want: TokenExpired},

		// AllTick (market data) reads its token from the query string.
		{src: "https://github.com/AllTick-Official/alltick-realtime-forex-crypto-stock-tick-finance-websocket-api/issues/20", name: "AllTick 401 ret 401 token invalid, a token in the query", status: 401,
			header: jsonCT(), body: `{"msg":"token invalid","trace":"","ret":401}`,
			cred: apiKey("ALLTICK_TOKEN", "b6c2e9f1a4d8c3e7f0a5b9d2c6e1f4a8-c-app", "", "token"), path: "/quote-stock-b-api/kline", want: CredentialRejected},

		// Binance's IP ban after too much weight: a limit, answered 418.
		{src: "https://github.com/ccxt/ccxt/issues/14639", name: "Binance 418 -1003 Way too much request weight used; IP banned until", status: 418,
			header: jsonCT(), body: `{"code":-1003,"msg":"Way too much request weight used; IP banned until 1660090423228. Please use the websocket for live updates to avoid bans."}`,
			cred: binance, path: "/api/v3/openOrders", want: RateLimited},

		// Method's mTLS refusal, the same bytes twice (the docs' example
		// body): to an environment without tls.cert_file it is the
		// certificate never sent, to one with it the certificate refused.
		{src: methodMTLS, name: "Method 401 UNAUTHORIZED a valid client certificate is required, no tls.cert_file", status: 401,
			header: jsonCT(), body: methodCertRequired, cred: method, method: "POST", path: "/entities", want: NoCredentialsSent},
		{src: methodMTLS, name: "Method 401 UNAUTHORIZED a valid client certificate is required, tls.cert_file set", status: 401,
			header: jsonCT(), body: methodCertRequired, cred: method, clientCert: true, method: "POST", path: "/entities", want: CredentialRejected},
	}
}

const (
	methodMTLS         = "https://docs.methodfi.com/2024-04-04/reference/errors/mtls-errors.md"
	methodCertRequired = "{\n  \"error\": {\n    \"type\": \"INVALID_REQUEST\",\n    \"code\": 401,\n    \"sub_type\": \"UNAUTHORIZED\",\n    \"message\": \"A valid client certificate is required to access this resource. Contact your account administrator about mTLS provisioning.\"\n  }\n}"
)

// roundfintechNonRefusals: answers of the same servers that refuse
// nothing about the credential: a missing record, a validation error, an
// unknown symbol or pair, and an order the account cannot afford (a 403
// about money, not about who is calling).
func roundfintechNonRefusals() []fpCase {
	const dwollaDocs = "https://github.com/Dwolla/v2-ach-api-docs/blob/ef8657ff10e40a6ff6af243b81c370208aa61fa3/source/includes/_introduction.md"
	hal := ctHeader("application/vnd.dwolla.v1.hal+json")
	return []fpCase{
		{src: dwollaDocs, name: "Dwolla 404 NotFound (envelope from the docs' table)", status: 404, header: hal,
			body: "{\n  \"code\": \"NotFound\",\n  \"message\": \"The requested resource was not found.\"\n}", path: "/customers/132681FA-1B4D-4181-8FF2-619CA46235B1"},
		// The docs' example, less a trailing comma that made it invalid JSON.
		{src: dwollaDocs, name: "Dwolla 400 ValidationError FirstName is required", status: 400, header: hal,
			body: "{\n    \"code\": \"ValidationError\",\n    \"message\": \"Validation error(s) present. See embedded errors list for more details.\",\n    \"_embedded\": {\n        \"errors\": [\n            {\n                \"code\": \"Required\",\n                \"message\": \"FirstName is required.\",\n                \"path\": \"/firstName\"\n            }\n        ]\n    }\n}", path: "/customers"},
		{src: "https://github.com/alpacahq/alpaca-py/issues/225", name: "Alpaca 403 40310000 insufficient buying power", status: 403, header: jsonCT(),
			body: `{"buying_power":"176531.28","code":40310000,"cost_basis":"48640000","message":"insufficient buying power"}`, path: "/v2/orders"},
		{src: "https://support.kraken.com/articles/360001491786-api-error-messages", name: "Kraken 200 EQuery:Unknown asset pair (envelope from the docs)", status: 200, header: jsonCT(),
			body: `{"error":["EQuery:Unknown asset pair"]}`, path: "/0/public/Ticker?pair=XBTUSDX"},
		{src: "https://github.com/alpacahq/Alpaca-API/issues/271", name: "Alpaca 403 40310000 insufficient underlying qty available for covered call", status: 403, header: jsonCT(),
			body: `{"available_qty":"0","code":40310000,"message":"insufficient underlying qty available for covered call (required: 200, available: 0)","required_qty":"200","symbol":"CLSK250110C00012000","underlying_asset_id":"8f33ee14-9d35-490c-b33f-6fbb2d163c13"}`, path: "/v2/orders"},
		{src: "https://support.kraken.com/articles/360001491786-api-error-messages", name: "Kraken 200 EOrder:Insufficient funds (envelope from the docs)", status: 200, header: jsonCT(),
			body: `{"error":["EOrder:Insufficient funds"]}`, path: "/0/private/AddOrder"},
		// The issues quote the code and words; the body is Binance's
		// {code, msg} envelope around them.
		{src: "https://github.com/binance/binance-connector-python/issues/181", name: "Binance 400 -1121 Invalid symbol.", status: 400, header: jsonCT(),
			body: `{"code":-1121,"msg":"Invalid symbol."}`, path: "/api/v3/allOrders?symbol=ALPHAUSDT"},
	}
}

// TestHeldoutRoundfintech reports top-1 on the fintech round: the
// refusals as runProviderCases serves them, and the non-refusals, which
// must get no cause.
func TestHeldoutRoundfintech(t *testing.T) {
	runHeldoutRound(t, heldoutRound{name: "roundfintech", cases: roundfintechCases(time.Now()), nonRefusals: roundfintechNonRefusals()})
}

// lateRoundfintechCases: exchanges' answers gathered after the fixes
// above, looked at for the first time and run once before any change:
// late: first cause right in 4 of 6. Misses: HTX's two 200s, whose
// {"status":"error"} flag carries its text under "err-msg", a key no
// reading knew (no cause at all). After reading err-msg and err_msg beside
// a failure flag, and an address named refused in a 2xx that is a
// refusal by its body as in a 401 or 403: 6 of 6.
func lateRoundfintechCases() []provCase {
	headers := headerValues
	bitget := headers("bitget_keys",
		"BITGET_API_KEY", "ACCESS-KEY", "bg_5c1e7a3b9d2f4e8ab6c01f3d5e7a9b2c",
		"BITGET_SIGN", "ACCESS-SIGN", "Zb4Cd7Ef1Gh5Jk0MpLm3Nq8Rt2Vw6Xy9Qs1Tu3Wv5Yx=",
		"BITGET_PASSPHRASE", "ACCESS-PASSPHRASE", "Lm3Nq8Rt2Vw6Xy9Z")
	huobi := apiKey("HUOBI_ACCESS_KEY", "5c1e7a3b-9d2f4e8a-b6c01f3d-5e7a9", "", "AccessKeyId")
	huobiErr := func(msg string) string {
		return `{"status":"error","err-code":"api-signature-not-valid","err-msg":"` + msg + `","data":null}`
	}
	return []provCase{
		// Crypto.com Exchange v1: the key and signature travel in the JSON
		// body; here the key is in the query, the nearest place a case can
		// model.
		{src: "https://github.com/rotki/rotki/issues/10468", name: "Crypto.com Exchange 401 40101 Authentication failure", status: 401,
			header: jsonCT(), body: `{"code":40101,"message":"Authentication failure"}`,
			cred: apiKey("CRYPTOCOM_API_KEY", "Lm3Nq8Rt2Vw6Xy9Zb4Cd7Ef1", "", "api_key"), method: "POST", path: "/exchange/v1/private/user-balance", want: CredentialRejected},
		// HTX (Huobi) answers 200 with its err-code; the SDKs print the
		// code and message, the envelope is the one the issues quote.
		{src: "https://github.com/HuobiRDCenter/huobi_Python/issues/110", name: "HTX 200 api-signature-not-valid Incorrect IP address", status: 200,
			header: jsonCT(), body: huobiErr("Signature not valid: Incorrect IP address [IP地址错误]:104.128.67.45"), cred: huobi, path: "/v1/account/accounts", want: IPRestricted},
		{src: "https://github.com/JKorf/HTX.Net/issues/29", name: "HTX 200 api-signature-not-valid Incorrect Access key", status: 200,
			header: jsonCT(), body: huobiErr("Signature not valid: Incorrect Access key [Access key错误]"), cred: huobi, path: "/v1/account/accounts", want: CredentialRejected},
		// Bitget (the SDK shows status 400 and the body).
		{src: "https://github.com/sieblyio/bitget-api/issues/33", name: "Bitget 400 40006 Invalid ACCESS_KEY", status: 400,
			header: jsonCT(), body: `{"code":"40006","msg":"Invalid ACCESS_KEY","requestTime":1707473926922,"data":null}`, cred: bitget, path: "/api/v2/spot/account/assets", want: CredentialRejected},
		// The status is not quoted; Bitget answers its 400xx codes with 400.
		{src: "https://github.com/ccxt/ccxt/pull/19778", name: "Bitget 400 40037 Apikey does not exist", status: 400,
			header: jsonCT(), body: `{"code":"40037","msg":"Apikey does not exist","requestTime":"1698871811447","data":null}`, cred: bitget, path: "/api/v2/spot/account/assets", want: CredentialRejected},
		// Bittrex v1.1 answered 200 with success false.
		{src: "https://github.com/n0mad01/node.bittrex.api/issues/64", name: "Bittrex 200 APIKEY_INVALID", status: 200,
			header: jsonCT(), body: `{"success":false,"message":"APIKEY_INVALID","result":null}`,
			cred: apiKey("BITTREX_API_KEY", "93fa4c2e8b1d4f6a9c0e3b5d7f1a2c4e", "", "apikey"), path: "/api/v1.1/account/getbalance?currency=BTC", want: CredentialRejected},
	}
}

// TestHeldoutRoundfintechLate: see lateRoundfintechCases.
func TestHeldoutRoundfintechLate(t *testing.T) {
	runProviderCases(t, "roundfintech late answers", lateRoundfintechCases())
}
