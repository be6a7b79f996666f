package diagnose

import (
	"testing"
	"time"
)

// dataapisCases: a held-out round on market, news and sports data APIs
// (Alpha Vantage, Polygon.io, Finnhub, IEX Cloud, Twelve Data, NewsAPI,
// the New York Times API, API-Football), healthcare FHIR servers (Epic,
// Oracle Health/Cerner, athenahealth) and telecom APIs (Twilio, Vonage,
// Telnyx, Plivo, MTN MoMo behind Azure API Management). Gathered and given
// their expected first cause from the catalog before the diagnosis code
// was read; a comment says why when two codes could fit. Data APIs often
// answer 200 with the refusal in the body (a "Note", an "Error Message",
// an "errors" object). First run, before any fix: first cause right in 33
// of 47 (refusals 27 of 41, non-refusals 6 of 6 given no cause). 47 of 47
// after general readings (one case's expectation corrected, the IEX
// circuit breaker, see its comment): a data API's one-text notice in a 200
// ({"Error Message"|"Note"|"Information": …} and nothing else) and an
// "errors" object (not a list) are read when their text refuses the
// credential, names a limit reached or a paid plan's feature; a body code
// that is an HTTP refusal status (401, 402, 403, 429) lets a limit's or a
// plan's words count; "apikey" and "application key" are credential words
// of an envelope; a limit reached ("reached the request limit for the
// day", "run out of API credits for the current minute", "allotted message
// quota", "call frequency"); a paid plan's feature ("premium endpoint",
// "free plans do not have access"); "you don't have access to this
// resource" is a permission, also on a 401; "the API key provided is not
// valid" is the key refused; "expired or signature is invalid" names two
// faults and is no expiry.
func dataapisCases(now time.Time) []provCase {
	alpha := apiKey("ALPHAVANTAGE_API_KEY", "Q7ZK3M9TWX1R5B2N", "", "apikey")
	polygon := apiKey("POLYGON_API_KEY", "pXq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4", "", "apiKey")
	finnhub := apiKey("FINNHUB_TOKEN", "cd752uiad3i47lmpm16gWq8ZbV3k", "", "token")
	iex := apiKey("IEX_TOKEN", "pk_3f2e1d0c9b8a4f6e5d4c3b2a1f0e9d8c", "", "token")
	twelve := apiKey("TWELVEDATA_API_KEY", "9d2f0b7c4e1a8f3b6c5d2e9a0f1b4c7d", "", "apikey")
	newsapi := apiKey("NEWSAPI_KEY", "6f4fa5447bb24a2687edecc4c1df43b4", "X-Api-Key", "")
	nyt := apiKey("NYT_API_KEY", "Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e", "", "api-key")
	football := apiKey("APIFOOTBALL_KEY", "4f2b9c1d7e6a5b8c3d0e9f1a2b7c6d5e", "x-apisports-key", "")
	fhir := bearer("FHIR_ACCESS_TOKEN", "Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0kLmN0pQrS7tUvXy")
	twilio := basicCred("AC3f2e1d0c9b8a7f6e5d4c3b2a1f0e9d8c", "9d2f0b7c4e1a8f3b6c5d2e9a0f1b4c7d")
	vonage := apiKey("VONAGE_API_SECRET", "Wq8ZbV3kLmN0pQrS", "", "api_secret")
	telnyx := bearer("TELNYX_API_KEY", "KEY0183F2E1D0C9B8A7F6E5D4C3B2A1F0_Wq8ZbV3kLmN0pQrS7tUv")
	momo := apiKey("MOMO_SUBSCRIPTION_KEY", "3f2e1d0c9b8a4f6e5d4c3b2a1f0e9d8c", "Ocp-Apim-Subscription-Key", "")
	json := jsonCT
	text := map[string]string{"Content-Type": "text/plain; charset=utf-8"}
	return []provCase{
		// Alpha Vantage answers 200 whatever happened.
		{src: "https://github.com/finance-quote/finance-quote/pull/104", name: "Alpha Vantage 200 Note: standard API call frequency", status: 200,
			header: json(), body: `{"Note": "Thank you for using Alpha Vantage! Our standard API call frequency is 5 calls per minute and 500 calls per day. Please visit https://www.alphavantage.co/premium/ if you would like to target a higher API call frequency."}`,
			cred: alpha, path: "/query?function=TIME_SERIES_DAILY&symbol=IBM", want: RateLimited},
		{src: "https://github.com/home-assistant/core/issues/109153", name: "Alpha Vantage 200 Information: standard rate limit 25 requests per day", status: 200,
			header: json(), body: `{"Information": "Thank you for using Alpha Vantage! Our standard API rate limit is 25 requests per day. Please subscribe to any of the premium plans at https://www.alphavantage.co/premium/ to instantly remove all daily rate limits."}`,
			cred: alpha, path: "/query?function=CURRENCY_EXCHANGE_RATE&from_currency=BTC&to_currency=USD", want: RateLimited},
		{src: "https://www.alphavantage.co/documentation/", name: "Alpha Vantage 200 Error Message: apikey is invalid or missing", status: 200,
			header: json(), body: "{\n    \"Error Message\": \"the parameter apikey is invalid or missing. Please claim your free API key on (https://www.alphavantage.co/support/#api-key). It should take less than 20 seconds.\"\n}",
			cred: alpha, path: "/query?function=TIME_SERIES_DAILY&symbol=STO:SAAB-B", want: CredentialRejected},
		// A plan feature: the key is known, the endpoint is not in its plan.
		// rate_limited could be read from "premium plans", but nothing was
		// counted; permission_denied.
		{src: "https://github.com/jinglescode/time-series-forecasting-pytorch/issues/11", name: "Alpha Vantage 200 Information: this is a premium endpoint", status: 200,
			header: json(), body: `{"Information": "Thank you for using Alpha Vantage! This is a premium endpoint and there are multiple ways to unlock premium endpoints: (1) become a holder of Alpha Vantage Coin (AVC), an Ethereum-based cryptocurrency that provides various utility & governance functions within the Alpha Vantage ecosystem (AVC mining guide: https://www.alphatournament.com/avc_mining_guide/) to unlock all premium endpoints, (2) subscribe to any of the premium plans at https://www.alphavantage.co/premium/ to instantly unlock all premium endpoints"}`,
			cred: alpha, path: "/query?function=TIME_SERIES_DAILY_ADJUSTED&symbol=IBM", want: PermissionDenied},

		// Polygon.io.
		{src: "https://polygon.io/docs/rest/quickstart", name: "Polygon 401 Unknown API Key", status: 401,
			header: json(), body: `{"status":"ERROR","request_id":"5f1e9d0c8b7a6f5e4d3c2b1a0f9e8d7c","error":"Unknown API Key"}`,
			cred: polygon, path: "/v2/aggs/ticker/AAPL/range/1/day/2023-01-09/2023-01-09", want: CredentialRejected},
		{src: "https://github.com/polygon-io/issues/issues/219", name: "Polygon 400 API Key was not provided, nothing sent", status: 400,
			header: json(), body: `{"status":"ERROR","request_id":"a1b2c3d4e5f60718293a4b5c6d7e8f90","error":"API Key was not provided"}`,
			path: "/v3/reference/tickers", want: NoCredentialsSent},
		{src: "https://github.com/OpenBB-finance/OpenBB/issues/4747", name: "Polygon 403 NOT_AUTHORIZED plan doesn't include this data timeframe", status: 403,
			header: json(), body: `{"status":"NOT_AUTHORIZED","request_id":"1e2a4e1c68224da666232d16699b7fd7","message":"Your plan doesn't include this data timeframe. Please upgrade your plan at https://polygon.io/pricing"}`,
			cred: polygon, path: "/v2/aggs/ticker/AAPL/range/1/day/2020-06-01/2020-06-17", want: PermissionDenied},

		// Finnhub.
		{src: "https://github.com/finnhubio/Finnhub-API/issues/582", name: "Finnhub 401 Invalid API key.", status: 401,
			header: json(), body: `{"error":"Invalid API key."}`, cred: finnhub, path: "/api/v1/quote?symbol=AAPL", want: CredentialRejected},
		{src: "https://github.com/finnhubio/Finnhub-API/issues/493", name: "Finnhub 403 You don't have access to this resource", status: 403,
			header: json(), body: `{"error":"You don't have access to this resource."}`, cred: finnhub, path: "/api/v1/forex/rates?base=USD", want: PermissionDenied},
		// The same words with a 401: Finnhub says the subscription lacks the
		// market. credential_rejected could fit the status; the words speak
		// of access to a resource, not of the key, so permission_denied.
		{src: "https://github.com/finnhubio/Finnhub-API/issues/405", name: "Finnhub 401 You don't have access to this resource (subscription)", status: 401,
			header: json(), body: `{"error":"You don't have access to this resource."}`, cred: finnhub, path: "/api/v1/stock/candle?symbol=0A02.L&resolution=D&from=1577836800&to=1613824343", want: PermissionDenied},
		{src: "https://github.com/finnhubio/Finnhub-API/issues/339", name: "Finnhub 429 API limit reached", status: 429,
			header: text, body: "API limit reached. Please sign up for a free account to continue using the API", cred: finnhub, path: "/api/v1/quote?symbol=TSLA", want: RateLimited},

		// IEX Cloud.
		// A monthly message quota used up, answered 402: permission_denied
		// (plan) could fit, but the words are a usage counter at its limit.
		{src: "https://github.com/iexg/IEX-API/issues/1303", name: "IEX Cloud 402 exceeded your allotted message quota", status: 402,
			header: text, body: "You have exceeded your allotted message quota. Please enable pay-as-you-go to regain access", cred: iex, path: "/stable/stock/market/batch?symbols=FB&types=chart&range=max", want: RateLimited},
		{src: "https://github.com/iexg/IEX-API/issues/1711", name: "IEX Cloud 403 The API key provided is not valid", status: 403,
			header: text, body: "The API key provided is not valid.", cred: iex, path: "/stable/stock/AAPL/quote", want: CredentialRejected},
		// A spending cap the account set. First expected rate_limited (a
		// limit, not the key); on reading the catalog again after the run,
		// the 402 row says what this is: the account's billing stops the
		// request, and waiting does not lift a budget cap until the next
		// billing period. Corrected to permission_denied (the case, not
		// the code); counted as a miss in the first run.
		{src: "https://github.com/iexg/IEX-API/issues/1557", name: "IEX Cloud 402 pay-as-you-go circuit breaker engaged", status: 402,
			header: text, body: "Your pay-as-you-go circuit breaker overage has been engaged", cred: iex, path: "/v1/stock/AAPL/earnings", want: PermissionDenied},

		// Twelve Data: the HTTP status is 200, the code is in the body.
		{src: "https://github.com/twelvedata/twelvedata-python/issues/63", name: "Twelve Data 200 code 401 apikey parameter is incorrect or not specified", status: 200,
			header: json(), body: `{"code":401,"message":"**apikey** parameter is incorrect or not specified. You can get your free API key instantly following this link: https://twelvedata.com/apikey","status":"error"}`,
			cred: twelve, path: "/time_series?symbol=AAPL&interval=1day&outputsize=30", want: CredentialRejected},
		{src: "https://github.com/blocksense-network/blocksense/pull/1276", name: "Twelve Data 200 code 429 run out of API credits for the current minute", status: 200,
			header: json(), body: `{"code":429,"message":"You have run out of API credits for the current minute. 12 API credits were used, with the current limit being 8. Wait for the next minute or consider switching to a higher tier plan at https://twelvedata.com/pricing","status":"error"}`,
			cred: twelve, path: "/price?symbol=AAPL", want: RateLimited},

		// NewsAPI.
		{src: "https://github.com/bzarras/newsapi/issues/31", name: "NewsAPI 401 apiKeyInvalid", status: 401,
			header: json(), body: `{"status":"error","code":"apiKeyInvalid","message":"Your API key is invalid or incorrect. Check your key, or go to https://newsapi.org to create a free API key."}`,
			cred: newsapi, path: "/v2/top-headlines?country=us", want: CredentialRejected},
		{src: "https://newsapi.org/docs/errors", name: "NewsAPI 401 apiKeyMissing, nothing sent", status: 401,
			header: json(), body: `{"status":"error","code":"apiKeyMissing","message":"Your API key is missing. Append this to the URL with the apiKey param, or use the x-api-key HTTP header."}`,
			path: "/v2/everything?q=tesla", want: NoCredentialsSent},
		{src: "https://newsapi.org/docs/errors", name: "NewsAPI 401 apiKeyDisabled", status: 401,
			header: json(), body: `{"status":"error","code":"apiKeyDisabled","message":"Your API key has been disabled."}`,
			cred: newsapi, path: "/v2/top-headlines?country=gb", want: CredentialRejected},
		{src: "https://github.com/marcushellberg/alternative-news/issues/8", name: "NewsAPI 429 rateLimited developer accounts are limited", status: 429,
			header: json(), body: `{"status":"error","code":"rateLimited","message":"You have made too many requests recently. Developer accounts are limited to 100 requests over a 24 hour period (50 requests available every 12 hours). Please upgrade to a paid plan if you need more requests."}`,
			cred: newsapi, path: "/v2/sources", want: RateLimited},

		// The New York Times API (Apigee).
		{src: "https://github.com/MikeRalphson/bbc-rss/issues/11", name: "NYT/Apigee 401 Invalid ApiKey oauth.v2.InvalidApiKey", status: 401,
			header: json(), body: `{"fault":{"faultstring":"Invalid ApiKey","detail":{"errorcode":"oauth.v2.InvalidApiKey"}}}`,
			cred: nyt, path: "/svc/mostpopular/v2/viewed/7.json", want: CredentialRejected},
		// The key went in "apikey" while the gateway reads "api-key".
		{src: "https://github.com/nytimes/public_api_specs/issues/18", name: "NYT 401 Failed to resolve API Key variable request.queryparam.api-key", status: 401,
			header: json(), body: `{"fault":{"faultstring":"Failed to resolve API Key variable request.queryparam.api-key","detail":{"errorcode":"steps.oauth.v2.FailedToResolveAPIKey"}}}`,
			cred: apiKey("NYT_API_KEY", "Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e", "", "apikey"), path: "/svc/search/v2/articlesearch.json?q=election", want: CredentialInWrongPlace},
		{src: "https://developer.nytimes.com/faq", name: "NYT 429 Rate limit quota violation", status: 429,
			header: json(), body: `{"fault":{"faultstring":"Rate limit quota violation. Quota limit  exceeded. Identifier : 2ea7f1c3-4b5d-4e6f-8a9b-0c1d2e3f4a5b","detail":{"errorcode":"policies.ratelimit.QuotaViolation"}}}`,
			cred: nyt, path: "/svc/books/v3/lists/current/hardcover-fiction.json", want: RateLimited},

		// API-Football (api-sports): 200 with the refusal under "errors".
		{src: "https://www.api-football.com/documentation-v3#section/Authentication", name: "API-Football 200 errors.token Error/Missing application key", status: 200,
			header: json(), body: `{"get":"status","parameters":[],"errors":{"token":"Error/Missing application key. Go to https://www.api-football.com/documentation-v3 to learn how to get your API application key."},"results":0,"paging":{"current":1,"total":1},"response":[]}`,
			cred: football, path: "/status", want: CredentialRejected},
		{src: "https://github.com/api-sports/public-roadmap/issues/104", name: "API-Football 200 errors.requests request limit for the day", status: 200,
			header: json(), body: `{"get":"fixtures","parameters":{"live":"all"},"errors":{"requests":"You have reached the request limit for the day, Go to https://dashboard.api-football.com to upgrade your plan."},"results":0,"paging":{"current":1,"total":1},"response":[]}`,
			cred: football, path: "/fixtures?live=all", want: RateLimited},
		{src: "https://github.com/mhaythornthwaite/Football_Prediction_Project/issues/7", name: "API-Football 200 errors.plan free plans do not have access to this season", status: 200,
			header: json(), body: `{"get":"fixtures","parameters":{"league":"39","season":"2019"},"errors":{"plan":"Free plans do not have access to this season, try from 2021 to 2023."},"results":0,"paging":{"current":1,"total":1},"response":[]}`,
			cred: football, path: "/fixtures?league=39&season=2019", want: PermissionDenied},

		// Healthcare FHIR servers.
		{src: "https://fhir.epic.com/Documentation?docId=oauth2", name: "Epic FHIR 401 WWW-Authenticate invalid_token", status: 401,
			header: map[string]string{"WWW-Authenticate": `Bearer error="invalid_token", error_description="The access token provided is not valid"`, "Content-Length": "0"},
			cred:   fhir, path: "/interconnect-fhir-oauth/api/FHIR/R4/Patient/erXuFYUfucBZaryVksYEcMg3", want: ServerInvalidToken},
		// "expired or signature is invalid": token_expired could fit, but the
		// server does not commit to expiry; invalid_token is what it says.
		{src: "https://github.com/smart-on-fhir/client-js/issues/97", name: "Cerner FHIR 401 invalid_token Token has expired or signature is invalid", status: 401,
			header: jsonCT("WWW-Authenticate", `Bearer realm="fhir-ehr-code.cerner.com", error="invalid_token", error_description="Token has expired or signature is invalid"`),
			body:   `{"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"login","diagnostics":"Bearer realm=\"fhir-ehr-code.cerner.com\", error=\"invalid_token\", error_description=\"Token has expired or signature is invalid\""}]}`,
			cred:   fhir, path: "/r4/ec2458f2-1e24-41c8-b71b-0e701af7583d/Practitioner/12724066", want: ServerInvalidToken},
		{src: "https://github.com/smart-on-fhir/client-js/issues/124", name: "Cerner FHIR 401 OperationOutcome login with the challenge in diagnostics", status: 401,
			header: map[string]string{"Content-Type": "application/fhir+json"},
			body:   "{\n    \"resourceType\": \"OperationOutcome\",\n    \"issue\": [\n        {\n            \"severity\": \"error\",\n            \"code\": \"login\",\n            \"diagnostics\": \"Bearer realm=\\\"fhir-ehr-code.cerner.com\\\", error=\\\"invalid_token\\\"\",\n            \"location\": [\n                \"http.Authorization\"\n            ]\n        }\n    ]\n}",
			cred:   fhir, path: "/r4/ec2458f2-1e24-41c8-b71b-0e701af7583d/Patient/12742400", want: ServerInvalidToken},
		{src: "https://fhir.cerner.com/authorization/", name: "Cerner FHIR 403 insufficient_scope challenge", status: 403,
			header: map[string]string{"WWW-Authenticate": `Bearer realm="fhir-ehr-code.cerner.com", error="insufficient_scope"`, "Content-Type": "application/fhir+json"},
			body:   `{"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"forbidden","diagnostics":"Bearer realm=\"fhir-ehr-code.cerner.com\", error=\"insufficient_scope\""}]}`,
			cred:   fhir, method: "POST", path: "/r4/ec2458f2-1e24-41c8-b71b-0e701af7583d/Observation", want: ServerInsufficientScope},
		{src: "https://github.com/athenahealth/apiserver-athenaFlex/issues/319", name: "athenaPractice token 401 Bad credentials (SECURITY_INVALID_CREDENTIALS)", status: 401,
			header: map[string]string{"Content-Type": "application/json;charset=ISO-8859-1", "Server": "JBoss-EAP/7"}, body: `{"message":"Bad credentials (SECURITY_INVALID_CREDENTIALS)","id":401}`,
			cred: basicCred("b5d36da4-19bb-4470-bd3e-70745f007770", "Wq8ZbV3kLmN0pQrS7tUv"), method: "POST", path: "/centricityps/ws/Services/rs/emr/oauth2/token", want: CredentialRejected},

		// Telecom.
		{src: "https://github.com/twilio/twilio-python/issues/42", name: "Twilio 401 20003 Authenticate", status: 401,
			header: json(), body: `{"code": 20003, "message": "Authenticate", "more_info": "https://www.twilio.com/docs/errors/20003", "status": 401}`,
			cred: twilio, method: "POST", path: "/2010-04-01/Accounts/AC3f2e1d0c9b8a7f6e5d4c3b2a1f0e9d8c/Messages.json", want: CredentialRejected},
		// A suspended account: the credential is right, the account is not
		// active. credential_rejected ("is it active?") fits the catalog.
		{src: "https://www.twilio.com/docs/errors/20005", name: "Twilio 401 20005 Account not active", status: 401,
			header: json(), body: `{"code": 20005, "message": "Account not active", "more_info": "https://www.twilio.com/docs/errors/20005", "status": 401}`,
			cred: twilio, path: "/v2/PhoneNumbers/+14155552671", want: CredentialRejected},
		{src: "https://www.twilio.com/docs/errors/60203", name: "Twilio Verify 429 60203 Max send attempts reached", status: 429,
			header: json(), body: `{"code": 60203, "message": "Max send attempts reached", "more_info": "https://www.twilio.com/docs/errors/60203", "status": 429}`,
			cred: twilio, method: "POST", path: "/v2/Services/VA3f2e1d0c9b8a7f6e5d4c3b2a1f0e9d8c/Verifications", want: RateLimited},
		// Test credentials on a resource test credentials cannot reach: the
		// env is staging (no test_key_in_production), the account is known
		// and the operation is not allowed to them; permission_denied.
		{src: "https://www.twilio.com/docs/errors/20008", name: "Twilio 403 20008 Resource not accessible with Test Account Credentials", status: 403,
			header: json(), body: `{"code": 20008, "message": "Resource not accessible with Test Account Credentials", "more_info": "https://www.twilio.com/docs/errors/20008", "status": 403}`,
			cred: twilio, path: "/2010-04-01/Accounts/AC3f2e1d0c9b8a7f6e5d4c3b2a1f0e9d8c/IncomingPhoneNumbers.json", want: PermissionDenied},
		{src: "https://github.com/Vonage/vonage-ruby-sdk/issues/25", name: "Vonage SMS 200 status 4 Bad Credentials", status: 200,
			header: map[string]string{"Content-Type": "application/json;charset=ISO-8859-1", "Server": "nginx/1.6.0"}, body: `{"message-count":"1","messages":[{"status":"4","error-text":"Bad Credentials"}]}`,
			cred: vonage, method: "POST", path: "/sms/json?api_key=3f2e1d0c&from=12345678910&to=12345678910&text=Hi", want: CredentialRejected},
		{src: "https://developer.vonage.com/en/api-errors", name: "Vonage 401 problem+json Invalid credentials supplied", status: 401,
			header: map[string]string{"Content-Type": "application/problem+json"}, body: `{"type":"https://developer.nexmo.com/api-errors#unauthorized","title":"Invalid credentials supplied","detail":"You did not provide correct credentials.","instance":"797a8f199c45014ab7b08bfe9cc1c12c"}`,
			cred: basicCred("3f2e1d0c", "Wq8ZbV3kLmN0pQrS"), path: "/v2/applications", want: CredentialRejected},
		{src: "https://developers.telnyx.com/docs/overview/errors/10009", name: "Telnyx 401 10009 Authentication failed, key looks malformed", status: 401,
			header: json(), body: `{"errors":[{"code":"10009","title":"Authentication failed","detail":"The API key looks malformed. Check that you copied it correctly.","meta":{"url":"https://developers.telnyx.com/docs/overview/errors/10009"}}]}`,
			cred: telnyx, method: "POST", path: "/v2/messages", want: CredentialRejected},
		{src: "https://github.com/plivo/plivo-php/pull/367", name: "Plivo 401 Could not verify your access level (no api_id)", status: 401,
			header: map[string]string{"Content-Type": "text/html; charset=utf-8", "WWW-Authenticate": `Basic realm="Login Required"`}, body: "Could not verify your access level for that URL.\nYou have to login with proper credentials",
			cred: basicCred("MAXXXXXXXXXXXXXXXXXX", "Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d"), method: "POST", path: "/v1/Account/MAXXXXXXXXXXXXXXXXXX/Message/", want: CredentialRejected},
		{src: "https://github.com/mtvbrianking/laravel-mtn-momo/issues/77", name: "MTN MoMo (Azure APIM) 401 invalid subscription key", status: 401,
			header: json(), body: `{ "statusCode": 401, "message": "Access denied due to invalid subscription key. Make sure to provide a valid key for an active subscription." }`,
			cred: momo, method: "POST", path: "/collection/v1_0/requesttopay", want: CredentialRejected},
		{src: "https://github.com/MicrosoftDocs/azure-docs/issues/65276", name: "Azure APIM 401 missing subscription key, nothing sent", status: 401,
			header: json(), body: `{ "statusCode": 401, "message": "Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API." }`,
			path: "/collection/v1_0/account/balance", want: NoCredentialsSent},
	}
}

// dataapisNonRefusals: answers of the same providers that look like auth
// but are not: a bad call, a missing parameter, an unknown number, a FHIR
// business rule, an outage.
func dataapisNonRefusals() []fpCase {
	return []fpCase{
		{src: "https://github.com/RomelTorres/alpha_vantage/issues/289", name: "Alpha Vantage 200 Error Message: Invalid API call", status: 200, header: jsonCT(),
			body: "{\n    \"Error Message\": \"Invalid API call. Please retry or visit the documentation (https://www.alphavantage.co/documentation/) for FX_DAILY.\"\n}"},
		{src: "https://newsapi.org/docs/errors", name: "NewsAPI 400 parametersMissing", status: 400, header: jsonCT(),
			body: `{"status":"error","code":"parametersMissing","message":"Required parameters are missing. Please set any of the following parameters and try again: sources, q, language, country, category."}`},
		{src: "https://www.api-football.com/documentation-v3#section/Sample-Scripts", name: "API-Football 200 errors.league must contain an integer", status: 200, header: jsonCT(),
			body: `{"get":"fixtures","parameters":{"league":"premier"},"errors":{"league":"The League field must contain an integer."},"results":0,"paging":{"current":1,"total":1},"response":[]}`},
		{src: "https://www.twilio.com/docs/errors/20404", name: "Twilio Lookup 404 20404 resource not found", status: 404, header: jsonCT(),
			body: `{"code": 20404, "message": "The requested resource /PhoneNumbers/+15555555555 was not found", "more_info": "https://www.twilio.com/docs/errors/20404", "status": 404}`},
		{src: "https://github.com/athenahealth/apiserver-athenaFlex/issues/378", name: "athenahealth FHIR 400 business-rule Invalid FHIR request", status: 400, header: map[string]string{"Content-Type": "application/fhir+json"},
			body: `{"issue":[{"severity":"error","code":"business-rule","details":"Invalid FHIR request"}],"resourceType":"OperationOutcome"}`},
		{src: "https://github.com/nytimes/public_api_specs/issues/6", name: "NYT 500 An unexpected error occurred (outage)", status: 500, header: jsonCT(),
			body: `{"fault":{"faultstring":"An unexpected error occurred","detail":{"errorcode":"messaging.adaptors.http.flow.InternalServerError"}}}`},
	}
}

// TestHeldoutDataapis reports top-1 on the data, healthcare and telecom
// round: the refusals as runProviderCases serves them, and the
// non-refusals, which must get no cause.
func TestHeldoutDataapis(t *testing.T) {
	cases := dataapisCases(time.Now())
	if n := len(cases) + len(dataapisNonRefusals()); n < 40 {
		t.Fatalf("%d cases, want at least 40", n)
	}
	runProviderCases(t, "dataapis held-out corpus", cases)
	runFalsePositives(t, "dataapis non-refusals", dataapisNonRefusals())
}

// lateDataapisCases: answers of the same category gathered after the
// round's fixes, run once unchanged before any further reading;
// expectations from the catalog. First run: 3 of 5. Misses: Twelve
// Data's "reached the API calls limit" (a plural between the article and
// "limit"), and a refusal under a "meta" object with a numeric status in a
// 200 (University of Waterloo). 5 of 5 after two general readings: "reached
// the <api/request/call…>s limit" is a limit reached; an envelope's
// numeric "status" counts like its "code", also under "meta".
func lateDataapisCases() []provCase {
	return []provCase{
		// "invalid subscription key or wrong API endpoint … a correct
		// regional API endpoint": region_mismatch could fit, but the words
		// offer the key first and do not say which; credential_rejected.
		{src: "https://github.com/microsoft/semantic-kernel/issues/10337", name: "Azure AI 401 invalid subscription key or wrong API endpoint", status: 401,
			header: jsonCT(), body: `{"error":{"code":"401","message":"Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource."}}`,
			cred: apiKey("AZURE_AI_KEY", "3f2e1d0c9b8a4f6e5d4c3b2a1f0e9d8c", "api-key", ""), method: "POST", path: "/openai/deployments/gpt-4o/chat/completions?api-version=2024-02-01", want: CredentialRejected},
		{src: "https://github.com/twelvedata/twelvedata-python/issues/10", name: "Twelve Data 200 code 429 reached the API calls limit", status: 200,
			header: jsonCT(), body: `{"code":429,"message":"You have reached the API calls limit. Please upgrade your plan or wait for the next minute.","status":"error"}`,
			cred: apiKey("TWELVEDATA_API_KEY", "9d2f0b7c4e1a8f3b6c5d2e9a0f1b4c7d", "", "apikey"), path: "/time_series?symbol=AAPL,MSFT&interval=1day", want: RateLimited},
		// The key is known and not let into this service (api.data.gov):
		// credential_rejected's "not enabled for this API" could fit; the
		// words say the supplied key is not authorized for the service,
		// which is a permission of a known key.
		{src: "https://github.com/regulationsgov/developers/issues/77", name: "regulations.gov 403 API_KEY_UNAUTHORIZED for the given service", status: 403,
			header: jsonCT(), body: `{"error":{"code":"API_KEY_UNAUTHORIZED","message":"The api_key supplied is not authorized to access the given service. Contact us at https://www.regulations.gov/contactUs for assistance"}}`,
			cred: apiKey("REGULATIONS_API_KEY", "Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i", "X-Api-Key", ""), path: "/v4/documents?filter[searchTerm]=water", want: PermissionDenied},
		{src: "https://github.com/openstates/openstates-scrapers/issues/2301", name: "Open States 401 no valid key", status: 401,
			header: jsonCT(), body: "{\n\"note\": \"https://openstates.org/api/register/ for API key. contact@openstates.org to raise limits\",\n\"error\": \"no valid key\"\n}",
			cred: apiKey("OPENSTATES_API_KEY", "4f2b9c1d-7e6a-4b8c-9d0e-9f1a2b7c6d5e", "X-API-KEY", ""), path: "/api/v1/bills/?state=ny", want: CredentialRejected},
		{src: "https://github.com/uwaterloo/OpenData/issues/108", name: "UWaterloo Open Data 200 meta status 403 API key has been banned", status: 200,
			header: jsonCT(), body: "{\n  \"meta\":{\n    \"requests\":0,\n    \"timestamp\":1393392973,\n    \"status\":403,\n    \"message\":\"The provided API key has been banned\",\n    \"method_id\":1381,\n    \"method\":{\n\n    }\n  }\n}",
			cred: apiKey("UWATERLOO_API_KEY", "ead3606c6f096657ebd283b58bf316b6", "", "key"), path: "/v2/foodservices/locations.json", want: CredentialRejected},
	}
}

// TestHeldoutDataapisLate: see lateDataapisCases.
func TestHeldoutDataapisLate(t *testing.T) {
	runProviderCases(t, "dataapis late answers", lateDataapisCases())
}
