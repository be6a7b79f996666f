package diagnose

import "testing"

// TestRoundhrsportReadings: the readings the roundhrsport round widened,
// each in words another server could send for the same thing, where only
// the reading decides (a 400, a 200 under a failure flag), with the
// neighbour it must leave alone.
func TestRoundhrsportReadings(t *testing.T) {
	tok := bearer("ACCESS_TOKEN", "tk_Q7wZp2Lx9Rt3Vb8Nc1Mf6Gh5Jk0Lq2Ws9Ed4")
	key := apiKey("API_KEY", "Zk9yV2hhdEl0c1dvcnRoMTIzNDU2", "X-Api-Key", "")
	runReadings(t, []readingCase{
		// A usage quota said reached is a usage limit.
		{"usage quota has been reached, 400", 400, nil, `{"error":"Usage quota has been reached for this key."}`, key, RateLimited, nil},
		{"usage quota was exhausted, 200 success false", 200, nil, `{"success":false,"message":"Your usage quota was exhausted."}`, key, RateLimited, nil},
		{"a disk usage quota reached is the plan's bytes", 400, nil, `{"error":"Disk usage quota has been reached"}`, tok, "", []string{RateLimited}},

		// A credential said missing or stopped in one breath: to a request
		// that sent one, the state is the fault.
		{"API key is missing or disabled, a key sent", 400, nil, `{"message":"API key is missing or disabled"}`, key, CredentialRejected, []string{CredentialInWrongPlace}},
		{"token missing or deactivated, 200 success false", 200, nil, `{"success":false,"error":"Your token is missing or has been deactivated"}`, tok, CredentialRejected, []string{CredentialInWrongPlace}},
		{"the same words, nothing sent", 400, nil, `{"message":"API key is missing or disabled"}`, nil, NoCredentialsSent, nil},
		{"an e-mail missing or inactive is the request's", 400, nil, `{"message":"Contact email is missing or inactive"}`, tok, "", []string{CredentialRejected, CredentialInWrongPlace}},

		// A login or credential refused in Swedish, Danish, Norwegian,
		// Dutch or Italian, read as the English rows read it.
		{"Swedish: invalid token, 400", 400, nil, `{"error":"Ogiltig token"}`, tok, CredentialRejected, nil},
		{"Swedish: the API key is invalid, 200 success false", 200, nil, `{"success":false,"message":"API-nyckeln är ogiltig"}`, key, CredentialRejected, nil},
		{"Norwegian: cannot log in, 200 success false", 200, nil, `{"success":false,"message":"Kan ikke logge inn"}`, tok, CredentialRejected, nil},
		{"Dutch: invalid API key, 400", 400, nil, `{"message":"Ongeldige API-sleutel"}`, key, CredentialRejected, nil},
		{"Italian: authentication failed, 400", 400, nil, `{"errore":"Autenticazione fallita"}`, tok, CredentialRejected, nil},
		{"Danish: the token has expired, 400", 400, nil, `{"message":"Token er udløbet"}`, tok, TokenExpired, nil},
		{"Dutch: no access to this administration, 200 success false", 200, nil, `{"success":false,"error":"Geen toegang tot deze administratie"}`, tok, PermissionDenied, nil},
		{"Swedish: token missing, nothing sent", 400, nil, `{"error":"Token saknas"}`, nil, NoCredentialsSent, nil},
		{"Swedish: an invalid organisation number is the request's", 400, nil, `{"ErrorInformation":{"error":1,"message":"Ogiltigt organisationsnummer","code":2000731}}`, tok, "", []string{CredentialRejected}},
		{"Dutch: an invalid date is the request's", 400, nil, `{"message":"Ongeldige datum"}`, tok, "", []string{CredentialRejected}},
		{"Swedish: an account not found is data", 400, nil, `{"ErrorInformation":{"error":1,"message":"Kan inte hitta kontot.","code":2000423}}`, tok, "", nil},
		{"Swedish: no API licence, 200 success false", 200, nil, `{"success":false,"message":"Api-licens saknas."}`, tok, PermissionDenied, nil},
		{"Dutch: no valid licence, 200 status error", 200, nil, `{"status":"error","message":"Geen geldige licentie voor deze module"}`, tok, PermissionDenied, nil},

		// An RFC 6750 code opening an error's text, in any field or page.
		{"invalid_token: opening msg", 401, nil, `{"msg":"invalid_token: The request token failed to authenticate or validate."}`, tok, ServerInvalidToken, nil},
		{"insufficient_scope: opening a plain-text line", 403, ctHeader("text/plain; charset=utf-8"), "insufficient_scope: the token lacks invoices:write\n", tok, ServerInsufficientScope, nil},
		// Named inside a sentence, the code is a word the rows read (a
		// credential refused), not the answer's RFC 6750 code.
		{"a code named inside a sentence is not the answer's", 400, nil, `{"detail":"Expected error code invalid_token: got none"}`, tok, CredentialRejected, []string{ServerInvalidToken}},

		// A kind of plan between "paid" and "plans".
		{"only available on paid usage plans, 200 success false", 200, nil, `{"success":false,"message":"Historical data is only available on paid usage plans."}`, key, PermissionDenied, nil},
		{"only available to premium API members, 400", 400, nil, `{"error":"This endpoint is only available to premium API members"}`, key, PermissionDenied, nil},
		{"paid plans listed in a 2xx is data", 200, nil, `{"status":"ok","plans":["free","paid usage plans"],"note":"only available on paid usage plans: history"}`, key, "", nil},

		// No access to a module, feature or add-on.
		{"no access to module, 400", 400, nil, `{"ErrorCode":4002,"DeveloperErrorMessage":"ForbiddenRequestException - No access to module: payroll"}`, tok, PermissionDenied, nil},
		{"no access to this feature, 200 success false", 200, nil, `{"success":false,"error":"No access to this feature on your account"}`, tok, PermissionDenied, nil},
		{"a module's access list in a 2xx is data", 200, nil, `{"modules":[{"name":"payroll","note":"no access to module settings for viewers"}]}`, tok, "", nil},

		// A credential's noun with a short aside after it.
		{"OAuth token (Bearer) is not valid, 403", 403, nil, `{"Errors":[{"Name":"OAuthTokenIsInvalid","Message":"The supplied OAuth token (Bearer) is not valid"}]}`, tok, CredentialRejected, nil},
		{"API key (live) is invalid, 200 success false", 200, nil, `{"success":false,"message":"API key (live) is invalid"}`, key, CredentialRejected, nil},
		{"an idempotency key with an aside is the request's", 400, nil, `{"message":"The idempotency key (header) is not valid"}`, key, "", []string{CredentialRejected}},
	})
}
