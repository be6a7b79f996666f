package diagnose

import (
	"testing"

	"github.com/authspec/authspec/vocab"
)

// roundbankCases: a held-out round on EU/UK open banking, bank data
// aggregators and energy APIs: NextGenPSD2 (Berlin Group) answers as the
// adorsys XS2A server sends them (its integration-test fixtures and its
// message table, in the tppMessages envelope its fixtures show), UK Open
// Banking's read-write profile, Plaid's error reference (status and body
// as its docs print them), TrueLayer's Data API error table, Teller,
// GoCardless Bank Account Data, Enphase's v4 monitoring API (its OpenAPI
// examples) and Electricity Maps; none of these answers was in a corpus
// before. Gathered and given their expected first cause from the catalog
// before the diagnosis code was read; a comment says why when two codes
// could fit. First run, before any fix: first cause right in 33 of 45
// (refusals 24 of 36, the token endpoint 1 of 1, non-refusals 8 of 8
// given no cause). Misses: a signature certificate said mandated and
// missing, no client certificate (read as rejected); the eIDAS signature
// said mandated and missing (rejected, not a missing header); a PSD2 role
// the TPP lacks, on a 401; a token or consent "not valid for the addressed
// service/resource", on a 401 (rejected, not a permission); a consent that
// "has expired and needs to be renewed" (rejected, not expired); a
// Consent-ID with another certificate's request, on a 403 (read as a
// permission); a Consent-ID that "cannot be matched", on a 400 (no
// cause); a client ID not authorized for an environment, or only for
// another integration, on a 400 (no cause); a public_key that "cannot be
// used ... use the client_id and secret instead" (no cause); a "Missing
// certificate" 400 with no client certificate (no cause). After the
// readings the misses lacked: 45 of 45 (a client certificate said
// missing where the phrase ends, or absent from the request though
// mandated; a certificate said not to match the one expected; a request's
// own signature said mandated and missing, a header besides the
// credential; a caller without the correct or required role; a
// credential, consent or grant not valid for the addressed service or
// resource; a consent or grant expired with words between; a credential
// or consent id that cannot be matched, on any status; a client not
// enabled in the environment it called; a credential only authorized
// for some use; a kind of credential retired from a version of the API
// on; NextGenPSD2's tppMessages text read as the server's message). One
// case changed its credential, not its expectation: Teller's access token
// goes as a Basic user with a literal empty password (keyAsBasicUser),
// not one from a variable that resolves empty (credential_missing before
// anything is sent).
func roundbankCases() []provCase {
	const (
		xs2a       = "https://github.com/adorsys/xs2a/blob/7ce8fe270c0e540ee4b2a4f15167e66401c69516/"
		xs2aTexts  = xs2a + "xs2a-impl/src/main/resources/error_message.properties"
		xs2aFix    = xs2a + "xs2a-standalone-starter/src/test/resources/json/"
		plaidInput = "https://plaid.com/docs/errors/invalid-input/"
		enphase    = "https://github.com/andrewdmontgomery/Enphase-OpenAPI/blob/7af87c2bfaaf8c1d62bf3c6fc8918d166d3acd90/openapi/system.yaml"
		emaps      = "https://help.electricitymaps.com/en/articles/10616213-api-authentication-errors"
		trueLayer  = "https://docs.truelayer.com/docs/data-api-errors"
		obie       = "https://github.com/OpenBankingUK/read-write-api-docs-pub/blob/ab19be9a0b4991f960f3c87ad0929dea2b2a6702/docs/v3.1.11/profiles/read-write-data-api-profile.md"
	)
	json := jsonCT
	// Where src is the XS2A message table, the envelope is its fixtures'
	// and the words are the table's.
	bg := func(code, text string) string { return tppMessages("ERROR", code, text) }
	oauth := bearer("XS2A_ACCESS_TOKEN", "6b9f1c2e-8d3a-4f5b-a7c1-2e9d0b4f6a83")
	consent := headerCred("Consent-ID", "XS2A_CONSENT_ID", "Hx7Kq2Lm9Np4Rs6Tv8Wy1Za3Bc5De7Fg9Hj2Km4Np6Qr8St0Vw")
	psu := headerCred("PSU-ID", "XS2A_PSU_ID", "Wq8ZbV3kLmN0pQrS")
	plaid := headerValues("plaid_keys", "PLAID_CLIENT_ID", "PLAID-CLIENT-ID", "5f3c9e1a7b2d4c6e8f0a1b3c", "PLAID_SECRET", "PLAID-SECRET", "9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c")
	plaidErr := func(typ, code, msg string) string {
		return "{\n \"error_type\": \"" + typ + "\",\n \"error_code\": \"" + code + "\",\n \"error_message\": \"" + msg + "\",\n \"display_message\": null,\n \"request_id\": \"HNTDNrA8F1shFEW\"\n}"
	}
	enphaseToken := bearer("ENPHASE_ACCESS_TOKEN", "eyQx7Kq2Lm9Np4Rs6Tv8Wy1Za3Bc5De7Fg9Hj2Km4Np6Qr8St0Vw")
	enphaseErr := func(msg, details string, code string) string {
		return "{\"message\":\"" + msg + "\",\"details\":\"" + details + "\",\"code\":" + code + "}"
	}
	emapsKey := apiKey("ELECTRICITYMAPS_TOKEN", "Zk3Lm8Np2Qr6St9Vw1Xy4Za7Bc0De5Fg", "auth-token", "")
	tlToken := bearer("TRUELAYER_ACCESS_TOKEN", "tl_Wq8ZbV3kLmN0pQrS7tUvXyZa1b2c3d4e5f6g7h8i9j0")
	tlErr := func(code, desc string) string {
		return `{"error":"` + code + `","error_description":"` + desc + `","error_details":{}}`
	}
	return []provCase{
		// NextGenPSD2 on the adorsys XS2A server. The TPP identifies
		// itself with a QWAC (the environment's client certificate), the
		// PSU's grant is a Consent-ID header, and in the OAuth approach a
		// bearer token.
		// The certificate was read and refused: credential_rejected (the
		// catalog's TLS certificate refused), the certificate being the
		// credential here.
		{src: xs2aTexts, name: "XS2A 401 CERTIFICATE_INVALID the certificate's contents do not match PSD2 requirements (words from the message table)", status: 401,
			header: json(), body: bg("CERTIFICATE_INVALID", "The contents of the signature/corporate seal certificate are not matching PSD2 general PSD2 or attribute requirements"),
			cred: consent, clientCert: true, path: "/v1/accounts", want: CredentialRejected},
		// No notAfter is known in the test; what the server says is that
		// the certificate it was given is refused.
		{src: xs2aTexts, name: "XS2A 401 CERTIFICATE_EXPIRED Certificate is expired (words from the message table)", status: 401,
			header: json(), body: bg("CERTIFICATE_EXPIRED", "Certificate is expired"), cred: consent, clientCert: true, path: "/v1/accounts", want: CredentialRejected},
		{src: xs2aTexts, name: "XS2A 401 CERTIFICATE_BLOCKED blocked by the ASPSP (words from the message table)", status: 401,
			header: json(), body: bg("CERTIFICATE_BLOCKED", "Signature/corporate seal certificate has been blocked by the ASPSP"), cred: consent, clientCert: true, path: "/v1/accounts", want: CredentialRejected},
		// The environment has no certificate and the server says one is
		// mandated: no_credentials_sent (the catalog's "answered that one
		// is required when the environment has none"), although a token
		// was sent.
		{src: xs2aTexts, name: "XS2A 401 CERTIFICATE_MISSING certificate not available but mandated, no client certificate (words from the message table)", status: 401,
			header: json(), body: bg("CERTIFICATE_MISSING", "Signature/corporate seal certificate was not available in the request but is mandated for the corresponding"), cred: oauth, path: "/v1/accounts", want: NoCredentialsSent},
		{src: xs2aTexts, name: "XS2A 401 SIGNATURE_INVALID the eIDAS signature is not correct (words from the message table)", status: 401,
			header: json(), body: bg("SIGNATURE_INVALID", "Application layer eIDAS Signature for TPP authentication is not correct"), cred: consent, clientCert: true, method: "POST", path: "/v1/payments/sepa-credit-transfers", want: CredentialRejected},
		// The signature travels in its own header (Signature): the
		// credential may be fine, a header the ASPSP mandates is absent.
		{src: xs2aTexts, name: "XS2A 401 SIGNATURE_MISSING the eIDAS signature is mandated but missing (words from the message table)", status: 401,
			header: json(), body: bg("SIGNATURE_MISSING", "Application layer eIDAS Signature for TPP authentication is mandated by the ASPSP but is missing"), cred: consent, clientCert: true, method: "POST", path: "/v1/payments/sepa-credit-transfers", want: RequiredHeaderMissing},
		// A role (AIS, PIS) the certificate lacks: authenticated, not allowed.
		{src: xs2aTexts, name: "XS2A 401 ROLE_INVALID the TPP lacks the PSD2 role (words from the message table)", status: 401,
			header: json(), body: bg("ROLE_INVALID", "The TPP does not have the correct PSD2 role to access this service."), cred: consent, clientCert: true, method: "POST", path: "/v1/consents", want: PermissionDenied},
		{src: xs2aTexts, name: "XS2A 401 TOKEN_UNKNOWN the OAuth2 token cannot be matched (words from the message table)", status: 401,
			header: json(), body: bg("TOKEN_UNKNOWN", "The OAuth2 token cannot be matched by the ASPSP relative to the TPP"), cred: oauth, path: "/v1/accounts", want: CredentialRejected},
		// The token is known ("associated to the TPP") and not valid for
		// this service or resource: not allowed, not unknown.
		{src: xs2aTexts, name: "XS2A 401 TOKEN_INVALID the OAuth2 token is not valid for the addressed resource (words from the message table)", status: 401,
			header: json(), body: bg("TOKEN_INVALID", "The OAuth2 token is associated to the TPP but is not valid for the addressed service/resource"), cred: oauth, path: "/v1/accounts/3dc3d5b3-7023-4848-9853-f5400a64e80f/balances", want: PermissionDenied},
		{src: xs2aTexts, name: "XS2A 401 TOKEN_EXPIRED the OAuth2 token has expired (words from the message table)", status: 401,
			header: json(), body: bg("TOKEN_EXPIRED", "The OAuth2 token is associated to the TPP but has expired and needs to be renewed"), cred: oauth, path: "/v1/accounts", want: TokenExpired},
		// The consent is the PSU's grant the Consent-ID header carries;
		// its lifetime ran out, as token_expired says of a session.
		{src: "https://github.com/adorsys/XS2A-Sandbox/blob/dfd2a86b3dd9b874041f9378e9e65fb497d88c9c/developer-portal-ui/src/assets/content/i18n/en/faq.md", name: "XS2A 401 CONSENT_EXPIRED the consent has expired and needs to be renewed", status: 401,
			header: json(), body: "{\n  \"tppMessages\": [\n    {\n      \"category\": \"ERROR\",\n      \"code\": \"CONSENT_EXPIRED\",\n      \"path\": null,\n      \"text\": \"The consent was created by this TPP but has expired and needs to be renewed\"\n    }\n  ],\n  \"_links\": null\n}",
			cred: consent, clientCert: true, path: "/v1/accounts", want: TokenExpired},
		// A consent that does not cover this service (balances when only
		// accounts were granted): not allowed.
		{src: xs2a + "xs2a-impl/src/test/resources/json/service/mapper/psd2/ais/Error401NGAIS.json", name: "XS2A 401 CONSENT_INVALID the consent is not valid for the addressed service", status: 401,
			header: json(), body: bg("CONSENT_INVALID", "The consent was created by this TPP but is not valid for the addressed service/resource"), cred: consent, clientCert: true, path: "/v1/accounts/3dc3d5b3-7023-4848-9853-f5400a64e80f/balances", want: PermissionDenied},
		{src: xs2aTexts, name: "XS2A 401 CONSENT_INVALID Consent was revoked by PSU (words from the message table)", status: 401,
			header: json(), body: bg("CONSENT_INVALID", "Consent was revoked by PSU"), cred: consent, clientCert: true, path: "/v1/accounts", want: CredentialRejected},
		// The Consent-ID belongs to a request made with another
		// certificate: the credential belongs to another client.
		{src: xs2aFix + "consent/res/wrong-tpp-response.json", name: "XS2A 403 CONSENT_UNKNOWN TPP certificate doesn't match the initial request", status: 403,
			header: json(), body: bg("CONSENT_UNKNOWN", "TPP certificate doesn’t match the initial request"), cred: consent, clientCert: true, method: "DELETE", path: "/v1/consents/Hx7Kq2Lm9Np4", want: CredentialRejected},
		{src: xs2aTexts, name: "XS2A 400 CONSENT_UNKNOWN the Consent-ID cannot be matched (words from the message table)", status: 400,
			header: json(), body: bg("CONSENT_UNKNOWN", "The Consent-ID cannot be matched by the ASPSP relative to the TPP"), cred: consent, clientCert: true, path: "/v1/accounts", want: CredentialRejected},
		{src: xs2aFix + "payment/res/explicit/psu_credentials_invalid_response.json", name: "XS2A 401 PSU_CREDENTIALS_INVALID the PSU-ID cannot be matched or the password was not correct", status: 401,
			header: json(), body: bg("PSU_CREDENTIALS_INVALID", "The PSU-ID cannot be matched by the addressed ASPSP or is blocked, or a password resp. OTP was not correct"),
			cred: psu, clientCert: true, method: "PUT", path: "/v1/payments/sepa-credit-transfers/Wq8ZbV3k/authorisations/7f3e9c1a", want: CredentialRejected},
		// In OAuth mode a request without a token is sent to the token
		// endpoint first.
		{src: xs2aTexts, name: "XS2A 401 UNAUTHORIZED Please retrieve token first, nothing sent (words from the message table)", status: 401,
			header: json(), body: bg("UNAUTHORIZED", "Please retrieve token first from https://idp.example-aspsp.com/oauth2/.well-known/oauth-authorization-server"), path: "/v1/accounts", want: NoCredentialsSent},
		{src: xs2aTexts, name: "XS2A 403 SERVICE_BLOCKED a channel independent blocking by the ASPSP (words from the message table)", status: 403,
			header: json(), body: bg("SERVICE_BLOCKED", "This service is not reachable for the addressed PSU due to a channel independent blocking by the ASPSP"), cred: consent, clientCert: true, path: "/v1/accounts", want: PermissionDenied},
		// A 403 about a resource the TPP may not see (a 403, so not the
		// catalog's 404 that hides it).
		{src: xs2aFix + "auth/res/403_resource_unknown.json", name: "XS2A 403 RESOURCE_UNKNOWN the addressed resource is unknown relative to the TPP", status: 403,
			header: json(), body: bg("RESOURCE_UNKNOWN", "The addressed resource is unknown relative to the TPP"), cred: psu, clientCert: true, method: "PUT",
			path: "/v1/payments/sepa-credit-transfers/Wq8ZbV3k/authorisations/7f3e9c1a", want: PermissionDenied},
		{src: xs2aFix + "account/res/AccessExceededResponse.json", name: "XS2A 429 ACCESS_EXCEEDED the consented multiplicity per day exceeded", status: 429,
			header: json(), body: bg("ACCESS_EXCEEDED", "The access on the account has been exceeding the consented multiplicity per day"), cred: consent, clientCert: true, path: "/v1/accounts", want: RateLimited},

		// UK Open Banking: an expired access token gets a 401 without a
		// body (the profile says so). Nothing in the answer says expired.
		{src: obie, name: "UK Open Banking 401 without a body to an expired access token (status and headers from the profile)", status: 401,
			header: map[string]string{"x-fapi-interaction-id": "93bac548-d2de-4546-b106-880a5018460d"}, body: "",
			cred: bearer("OB_ACCESS_TOKEN", "Hx7Kq2Lm9Np4Rs6Tv8Wy1Za3Bc5De7Fg9"), path: "/open-banking/v3.1/aisp/accounts", want: CredentialRejected},

		// Plaid (status and body as the error reference prints them). The
		// client id and secret go in headers; the access token in the body.
		{src: plaidInput, name: "Plaid 400 INVALID_ACCESS_TOKEN could not find matching access token", status: 400,
			header: json(), body: plaidErr("INVALID_INPUT", "INVALID_ACCESS_TOKEN", "could not find matching access token"), cred: plaid, method: "POST", path: "/accounts/get", want: CredentialRejected},
		{src: plaidInput, name: "Plaid 400 UNAUTHORIZED_ENVIRONMENT not authorized to create items in this api environment", status: 400,
			header: json(), body: plaidErr("INVALID_INPUT", "UNAUTHORIZED_ENVIRONMENT", "you are not authorized to create items in this api environment. Go to the Dashboard (https://dashboard.plaid.com) to see which environments you are authorized for."),
			cred: plaid, method: "POST", path: "/link/token/create", want: PermissionDenied},
		{src: plaidInput, name: "Plaid 400 DIRECT_INTEGRATION_NOT_ENABLED your client ID is only authorized to use Plaid Link", status: 400,
			header: json(), body: plaidErr("INVALID_INPUT", "DIRECT_INTEGRATION_NOT_ENABLED", "your client ID is only authorized to use Plaid Link. head to the docs (https://plaid.com/docs) to get started."),
			cred: plaid, method: "POST", path: "/item/create", want: PermissionDenied},
		// A public_key where the API now takes client_id and secret: a way
		// of authenticating that is no longer accepted.
		{src: "https://plaid.com/docs/errors/invalid-request/", name: "Plaid 400 INCOMPATIBLE_API_VERSION the public_key cannot be used, use the client_id and secret", status: 400,
			header: json(), body: plaidErr("INVALID_REQUEST", "INCOMPATIBLE_API_VERSION", "The public_key cannot be used for this endpoint as of version {version-date} of the API. Please use the client_id and secret instead."),
			cred: headerCred("PLAID-PUBLIC-KEY", "PLAID_PUBLIC_KEY", "7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c"), method: "POST", path: "/institutions/get_by_id", want: DeprecatedAuthMethod},
		{src: "https://plaid.com/docs/errors/rate-limit-exceeded/", name: "Plaid 429 ACCOUNTS_LIMIT rate limit exceeded for attempts to access this item", status: 429,
			header: json(), body: plaidErr("RATE_LIMIT_EXCEEDED", "ACCOUNTS_LIMIT", "rate limit exceeded for attempts to access this item. please try again later"), cred: plaid, method: "POST", path: "/accounts/get", want: RateLimited},

		// TrueLayer Data API (code and description from its error table,
		// in the error, error_description, error_details envelope).
		{src: trueLayer, name: "TrueLayer 401 invalid_token The token is no longer valid (envelope around the table's words)", status: 401,
			header: json(), body: tlErr("invalid_token", "The token is no longer valid"), cred: tlToken, path: "/data/v1/accounts", want: ServerInvalidToken},
		{src: trueLayer, name: "TrueLayer 403 access_denied access to a specific resource has been denied (envelope around the table's words)", status: 403,
			header: json(), body: tlErr("access_denied", "Access to a specific resource has been denied."), cred: tlToken, path: "/data/v1/accounts/56c7b029e0f8ec5a2334fb0ffc2fface/transactions", want: PermissionDenied},
		{src: trueLayer, name: "TrueLayer 429 provider_too_many_requests Provider rate limit exceeded (envelope around the table's words)", status: 429,
			header: json(), body: tlErr("provider_too_many_requests", "Provider rate limit exceeded."), cred: tlToken, path: "/data/v1/accounts/56c7b029e0f8ec5a2334fb0ffc2fface/balance", want: RateLimited},

		// Teller authenticates the application with a client certificate
		// and the user with an access token (Basic, as the username, the
		// password empty). Modelled blind with the password from a
		// variable that resolves empty, which is credential_missing before
		// anything is sent (docs/format.md; the first cause it got); a
		// suite writes a literal password: "", which the runner leaves out
		// of what diagnosis sees, as keyAsBasicUser does.
		{src: "https://teller.io/docs/api/errors", name: "Teller 400 bad_request Missing certificate, no client certificate", status: 400,
			header: json(), body: "{\n  \"error\": {\n      \"code\": \"bad_request\",\n      \"message\": \"Missing certificate: Retry request using your Teller client certificate.\"\n  }\n}",
			cred: keyAsBasicUser("TELLER_ACCESS_TOKEN", "token_Wq8ZbV3kLmN0pQrS7tUv"), path: "/accounts", want: NoCredentialsSent},

		// GoCardless Bank Account Data: the institution's daily cap for
		// one account (type, code and detail from its help centre's table,
		// in the summary/detail/status_code/type envelope its API answers).
		{src: "https://bankaccountdata.zendesk.com/hc/en-gb/articles/16671586189212-Account-Endpoint-Errors-and-Suspended-Accounts", name: "GoCardless Bank Account Data 429 RateLimitError daily request limit set by the institution (envelope around the table's words)", status: 429,
			header: json(), body: `{"summary":"Rate limit exceeded","detail":"Daily request limit set by the Institution has been exceeded","status_code":429,"type":"RateLimitError"}`,
			cred: bearer("GOCARDLESS_ACCESS_TOKEN", "eyQx7Kq2Lm9Np4Rs6Tv8Wy1Za3Bc5De7Fg9Hj2Km4Np6Qr8"), path: "/api/v2/accounts/7f3e9c1a-5b2d-4e6f-8a0b-2c4d6e8f0a1b/transactions/", want: RateLimited},

		// Enphase v4 monitoring API (OpenAPI examples of the answers): an
		// OAuth token and the application's key in the query.
		// A 401 whose words are the generic "not authorized": nothing
		// names a permission, and the catalog reads a 401 as the
		// credential not accepted.
		{src: enphase, name: "Enphase v4 401 Not Authorized User is not authorized (the OpenAPI example)", status: 401,
			header: json(), body: enphaseErr("Not Authorized", "User is not authorized", "401"), cred: enphaseToken, path: "/api/v4/systems", want: CredentialRejected},
		{src: enphase, name: "Enphase v4 403 Forbidden Not authorized to access this resource (the OpenAPI example)", status: 403,
			header: json(), body: enphaseErr("Forbidden", "Not authorized to access this resource", "403"), cred: enphaseToken, path: "/api/v4/systems/698905/telemetry/production_micro", want: PermissionDenied},
		{src: enphase, name: "Enphase v4 429 Usage limit exceeded for plan Kilowatt (the OpenAPI example)", status: 429,
			header: json(), body: "{\"message\":\"Too Many Requests\",\"details\":\"Usage limit exceeded for plan Kilowatt\",\"code\":429,\"period\":\"minute\",\"period_start\":1623825660,\"period_end\":1623825720,\"limit\":5}",
			cred: enphaseToken, path: "/api/v4/systems/698905/telemetry/production_micro", want: RateLimited},

		// Electricity Maps (bodies from its help centre; 401 is the status
		// its authentication errors are documented with).
		{src: emaps, name: "Electricity Maps 401 Invalid auth-token, please provide a valid authentication header, nothing sent", status: 401,
			header: json(), body: "{\n\"error\": \"Invalid auth-token\",\n\"message\": \"Please provide a valid authentication header. See https://portal.electricitymaps.com/docs/getting-started#authorization for details\"\n}",
			path: "/v3/carbon-intensity/latest?zone=DE", want: NoCredentialsSent},
		{src: emaps, name: "Electricity Maps 401 Invalid auth-token, the provided token is invalid", status: 401,
			header: json(), body: "{\n\"error\": \"Invalid auth-token\",\n\"message\": \"The provided token is invalid. If this token used to work, please visit https://help.electricitymaps.com to get support\"\n}",
			cred: emapsKey, path: "/v3/carbon-intensity/latest?zone=DE", want: CredentialRejected},
	}
}

// roundbankTokens: a token endpoint of the round refusing the client.
func roundbankTokens() []tokenCase {
	return []tokenCase{
		{src: "https://docs.truelayer.com/docs/data-api-errors", name: "TrueLayer token endpoint 400 invalid_client The client_id or client_secret are invalid (envelope around the table's words)", status: 400,
			body: `{"error":"invalid_client","error_description":"The client_id or client_secret are invalid."}`, want: CredentialRejected},
	}
}

// roundbankNonRefusals: answers of the same servers that refuse nothing a
// credential could fix: a malformed field, a period out of bound, a
// payment or system not found, a service unavailable, a body that is not
// JSON, an unsupported payment scheme.
func roundbankNonRefusals() []fpCase {
	const xs2a = "https://github.com/adorsys/xs2a/blob/7ce8fe270c0e540ee4b2a4f15167e66401c69516/"
	bg := tppMessages
	return []fpCase{
		{src: "https://github.com/adorsys/XS2A-Sandbox/blob/dfd2a86b3dd9b874041f9378e9e65fb497d88c9c/developer-portal-ui/src/assets/content/i18n/en/faq.md", name: "XS2A 400 FORMAT_ERROR request fields not matching the XS2A requirements", status: 400, header: jsonCT(), path: "/v1/consents",
			body: "{\n  \"tppMessages\": [\n    {\n      \"category\": \"ERROR\",\n      \"code\": \"FORMAT_ERROR\",\n      \"path\": \"null\",\n      \"text\": \"Format of certain request fields are not matching the XS2A requirements.\"\n    }\n  ],\n  \"_links\": null\n}"},
		{src: xs2a + "xs2a-impl/src/main/resources/error_message.properties", name: "XS2A 404 RESOURCE_UNKNOWN Payment not found (words from the message table)", status: 404, header: jsonCT(),
			path: "/v1/payments/sepa-credit-transfers/Wq8ZbV3k", body: bg("ERROR", "RESOURCE_UNKNOWN", "Payment not found")},
		{src: xs2a + "xs2a-impl/src/main/resources/error_message.properties", name: "XS2A 400 PERIOD_INVALID Requested time period out of bound (words from the message table)", status: 400, header: jsonCT(),
			path: "/v1/accounts/3dc3d5b3-7023-4848-9853-f5400a64e80f/transactions?dateFrom=2010-01-01", body: bg("ERROR", "PERIOD_INVALID", "Requested time period out of bound")},
		{src: xs2a + "xs2a-standalone-starter/src/test/resources/json/account/res/ServiceUnavailableErrorMessage.json", name: "XS2A 503 SERVICE_UNAVAILABLE Service Unavailable", status: 503, header: jsonCT(),
			path: "/v1/accounts", body: bg("WARNING", "SERVICE_UNAVAILABLE", "Service Unavailable")},
		{src: "https://plaid.com/docs/errors/invalid-request/", name: "Plaid 400 INVALID_BODY body could not be parsed as JSON", status: 400, header: jsonCT(), path: "/accounts/get",
			body: "{\n \"error_type\": \"INVALID_REQUEST\",\n \"error_code\": \"INVALID_BODY\",\n \"error_message\": \"body could not be parsed as JSON\",\n \"display_message\": null,\n \"request_id\": \"HNTDNrA8F1shFEW\"\n}"},
		{src: "https://github.com/andrewdmontgomery/Enphase-OpenAPI/blob/7af87c2bfaaf8c1d62bf3c6fc8918d166d3acd90/openapi/system.yaml", name: "Enphase v4 404 System not found (the OpenAPI example)", status: 404, header: jsonCT(),
			path: "/api/v4/systems/1/summary", body: `{"message":"Not Found","details":"System not found for {:id=>\"1\"}","code":404}`},
		{src: "https://docs.truelayer.com/docs/data-api-errors", name: "TrueLayer 404 account_not_found The requested account cannot be found (envelope around the table's words)", status: 404, header: jsonCT(),
			path: "/data/v1/accounts/0000/balance", body: `{"error":"account_not_found","error_description":"The requested account cannot be found.","error_details":{}}`},
		{src: "https://github.com/OpenBankingUK/read-write-api-docs-pub/blob/ab19be9a0b4991f960f3c87ad0929dea2b2a6702/docs/v3.1.11/profiles/read-write-data-api-profile.md", name: "UK Open Banking 400 UK.OBIE.Field.Missing and UK.OBIE.Unsupported.Scheme", status: 400,
			header: jsonCT("x-fapi-interaction-id", "93bac548-d2de-4546-b106-880a5018460d"), path: "/open-banking/v3.1/pisp/domestic-payment-consents",
			body: "{\n  \"Code\": \"400 BadRequest\",\n  \"Id\": \"2b5f0fb2-730b-11e8-adc0-fa7ae01bbebc\",\n  \"Message\": \"Invalid request parameters.\",\n  \"Errors\": [\n    {\n      \"ErrorCode\": \"UK.OBIE.Field.Missing\",\n      \"Message\": \"Instructed identification is missing\",\n      \"Path\": \"Data.Initiation.InstructionIdentification\",\n      \"Url\": \"<url to the api reference for Payment Inititaion API>\"\n    },\n    {\n      \"ErrorCode\": \"UK.OBIE.Unsupported.Scheme\",\n      \"Message\": \"Scheme name supplied is not supported\",\n      \"Path\": \"Data.Initiation.CreditorAccount.SchemeName\",\n      \"Url\": \"<url to the online documentation referring supported scheme names>\"\n    }\n  ]\n}"},
	}
}

// keyAsBasicUser is an API key sent as the Basic user name with a
// literal password: "" (Teller's access tokens, Octopus Energy's keys),
// as the runner gives it to diagnosis: the empty password left out.
func keyAsBasicUser(src, key string) *Credential {
	return &Credential{Name: "key_user", Type: vocab.CredBasic, Values: []Value{{Source: src, Value: key, EnvFile: ".env.staging", Field: vocab.FieldUsername}}}
}

// tppMessages is a NextGenPSD2 error body as the adorsys XS2A server
// writes it (its integration-test fixtures' layout): one message of the
// category, code and text given.
func tppMessages(category, code, text string) string {
	return "{\n  \"tppMessages\": [\n    {\n      \"category\": \"" + category + "\",\n      \"code\": \"" + code + "\",\n      \"text\": \"" + text + "\"\n    }\n  ]\n}"
}

// TestHeldoutRoundbank reports top-1 on the open banking and energy
// round: the refusals as runProviderCases serves them, the token
// endpoint's, and the non-refusals, which must get no cause.
func TestHeldoutRoundbank(t *testing.T) {
	runHeldoutRound(t, heldoutRound{name: "roundbank", cases: roundbankCases(), tokens: roundbankTokens(), nonRefusals: roundbankNonRefusals()})
}

// lateRoundbankCases: answers gathered after the fixes above, looked at
// for the first time and run once before any change: late: first cause
// right in 5 of 6 (refusals 4 of 5, the non-refusal 1 of 1). The miss is
// the case's credential, not a reading: Octopus's API key goes as a Basic
// user with an empty password, which authspec stops before sending
// (credential_missing came first) when the password comes from a
// variable that resolves empty, as Teller's above; a suite writes a
// literal password: "" (keyAsBasicUser), and then it reads as expected.
// No diagnosis change.
func lateRoundbankCases() []provCase {
	const flinks = "https://docs.flinks.com/api/authorize/error-codes"
	// Flinks' table gives the code and what it means; the envelope is the
	// HttpStatusCode, Message and FlinksCode its SDKs read.
	flinksErr := func(status, code, msg string) string {
		return `{"HttpStatusCode":` + status + `,"Message":"` + msg + `","FlinksCode":"` + code + `"}`
	}
	flinksKey := headerCred("flinks-auth-key", "FLINKS_AUTH_KEY", "Zk3Lm8Np2Qr6St9Vw1Xy4Za7Bc0De5Fg")
	return []provCase{
		// A fresh token refused during the provider's migration (the body
		// as curl printed it; the status is not shown, 401 is the one its
		// help centre gives its authentication errors).
		{src: "https://github.com/electricitymaps/electricitymaps-contrib/issues/7477", name: "Electricity Maps 401 bare Invalid auth-token", status: 401,
			header: jsonCT(), body: `{"error":"Invalid auth-token"}`, cred: apiKey("ELECTRICITYMAPS_TOKEN", "Zk3Lm8Np2Qr6St9Vw1Xy4Za7Bc0De5Fg", "auth-token", ""),
			path: "/v3/carbon-intensity/latest?zone=BE", want: CredentialRejected},
		// A region outside the free plan: the words say scope, but what
		// they mean is the plan's access ("data plans", "pricing"), which
		// the catalog's permission_denied names; no scope list is given.
		{src: "https://github.com/Green-Software-Foundation/if-unofficial-plugins/issues/66", name: "WattTime 403 Invalid scope, no sufficient access, see data plans (the message as the plugin quotes it, in an error field; status 403 from the same API's refusals)", status: 403,
			header: jsonCT(), body: `{"error":"Invalid scope. You do not have sufficient access to this resource. See https://https//watttime.org/docs-dev/data-plans/ for more information or email contact@watttime.org for pricing. Please note that all users are allowed free access to CAISO_NORTH."}`,
			cred: bearer("WATTTIME_TOKEN", "eyQx7Kq2Lm9Np4Rs6Tv8Wy1Za3Bc5De7Fg9Hj2Km4Np6Qr8"), path: "/v3/forecast?region=PJM_DC&signal_type=co2_moer", want: PermissionDenied},
		{src: flinks, name: "Flinks 401 ACCESS_DENIED Authentication was unsuccessful (envelope around the table's words)", status: 401,
			header: jsonCT(), body: flinksErr("401", "ACCESS_DENIED", "Authentication was unsuccessful."), cred: flinksKey, method: "POST", path: "/v3/a1b2c3d4/BankingServices/Authorize", want: CredentialRejected},
		// A limit said in a 401: the words decide.
		{src: flinks, name: "Flinks 401 TOO_MANY_REQUESTS too many requests in a given amount of time (envelope around the table's words)", status: 401,
			header: jsonCT(), body: flinksErr("401", "TOO_MANY_REQUESTS", "The endpoint has received too many requests in a given amount of time."), cred: flinksKey, method: "POST", path: "/v3/a1b2c3d4/BankingServices/Authorize", want: RateLimited},
		// Octopus Energy's REST API behind nginx: its own default 403 page
		// (a web server's page, not a WAF), to the API key as Basic user
		// (a literal empty password).
		{src: "https://github.com/BottlecapDave/HomeAssistant-OctopusEnergy/issues/1623", name: "Octopus Energy REST 403 nginx default Forbidden page", status: 403,
			header: ctHeader("text/html"), body: "<html>\n<head><title>403 Forbidden</title></head>\n<body>\n<center><h1>403 Forbidden</h1></center>\n</body>\n</html>",
			cred: keyAsBasicUser("OCTOPUS_API_KEY", "sk_live_Wq8ZbV3kLmN0pQrS7tUvXyZa"), path: "/v1/products/AGILE-OUTGOING-BB-23-02-28/electricity-tariffs/E-1R-AGILE-OUTGOING-BB-23-02-28-H/standard-unit-rates", want: PermissionDenied},
	}
}

// lateRoundbankNonRefusals: an aggregator's record not found.
func lateRoundbankNonRefusals() []fpCase {
	return []fpCase{
		{src: "https://docs.mx.com/api-reference/sso/v2/errors", name: "MX 400 User with guid not found (the docs' words in their error envelope)", status: 400, header: jsonCT(),
			path: "/users/USR-fa7537f3-48aa-a683-a02a-b18940482f54", body: `{"error":"User with guid USR-fa7537f3-48aa-a683-a02a-b18940482f54 not found."}`},
	}
}

// TestHeldoutRoundbankLate: see lateRoundbankCases.
func TestHeldoutRoundbankLate(t *testing.T) {
	runProviderCases(t, "roundbank late answers", lateRoundbankCases())
	runFalsePositives(t, "roundbank late non-refusals", lateRoundbankNonRefusals())
}
