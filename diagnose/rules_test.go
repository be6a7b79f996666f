package diagnose

import (
	"slices"
	"testing"
	"time"

	"github.com/authspec/authspec/secret"
)

// TestRules: one answer per row of the rules table, and that row's code
// comes first. Every row must have its case here.
func TestRules(t *testing.T) {
	key := apiKey("API_KEY", "key_9f8e7d6c5b4a3210", "X-API-Key", "")
	tok := bearer("API_TOKEN", "opq_7Hd92kLmQ4pXrT")
	cases := map[string]struct {
		status int
		header map[string]string
		body   string
		cred   *Credential
		env    string
		want   string
	}{
		"AWS API Gateway":                          {403, nil, `{"message":"Missing Authentication Token"}`, key, "", EndpointNotFound},
		"scope not allowed for the client or role": {422, nil, `{"error":{"type":"request_malformed","message":"Scope is not allowed by client type."}}`, tok, "", PermissionDenied},
		"not authorized to access, off a 401":      {403, nil, `{"message":"Not authorized to access this resource"}`, tok, "", PermissionDenied},
		"credential's value said not found":        {500, nil, `{"error":"Failed to find session object. [SessionId = key_9f8e7d6c5b4a3210]"}`, key, "", CredentialRejected},
		"unknown operation":                        {403, nil, `{"message":"GetInvoices is not a valid operation name for this service. Authorization failed."}`, tok, "", EndpointNotFound},
		"endpoint said invalid":                    {401, nil, `{"error":"Unknown route. Please verify the path of the endpoint you call.","code":"G404"}`, tok, "", EndpointNotFound},
		"method not for the route":                 {405, nil, `{"message":"Method is not valid or authorized for this endpoint"}`, tok, "", EndpointNotFound},
		"route said not found":                     {403, nil, `{"status":403,"message":"The specified resource was not found: '/v1/fake'"}`, tok, "", EndpointNotFound},
		"route retired":                            {401, nil, `{"error":{"type":"Authentication Error","message":"This method has been removed; call v3 instead"}}`, tok, "", EndpointNotFound},
		"AWS API Gateway SigV4 parse":              {403, map[string]string{"X-Amzn-ErrorType": "IncompleteSignatureException"}, `{"message":"Invalid key=value pair (missing equal-sign) in Authorization header (hashed with SHA-256 and encoded with Base64): 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG='."}`, tok, "", EndpointNotFound},
		"proxy authentication":                     {407, map[string]string{"Proxy-Authenticate": `Basic realm="corp-proxy"`, "Content-Type": "text/html"}, `<html><body><h1>407 Proxy Authentication Required</h1></body></html>`, tok, "", BlockedByProxy},
		"Atlassian login refused":                  {200, map[string]string{"X-Seraph-LoginReason": "AUTHENTICATED_FAILED"}, `{"name":"ci-bot","loginInfo":{"failedLoginCount":3}}`, basicCred("ci-bot", "Wq8ZbV3kLmN0pQrS"), "", CredentialRejected},
		"gRPC status unauthenticated":              {200, map[string]string{"Content-Type": "application/grpc-web+proto", "Grpc-Status": "16", "Grpc-Message": "invalid token"}, "", tok, "", CredentialRejected},
		"gRPC status permission denied":            {200, map[string]string{"Content-Type": "application/grpc-web+proto", "Grpc-Status": "7", "Grpc-Message": "caller may not call this method"}, "", tok, "", PermissionDenied},
		"gRPC status resource exhausted":           {200, map[string]string{"Content-Type": "application/grpc-web+proto", "Grpc-Status": "8", "Grpc-Message": "quota exceeded"}, "", tok, "", RateLimited},
		"HAProxy deny page":                        {403, map[string]string{"Content-Type": "text/html", "Cache-Control": "no-cache"}, "<html><body><h1>403 Forbidden</h1>\nRequest forbidden by administrative rules.\n</body></html>\n", tok, "", BlockedByProxy},
		"Cloudflare error code":                    {403, nil, "error code: 1010", tok, "", BlockedByProxy},
		"security rules named":                     {400, nil, `{"code":"P0920","description":"Request blocked by security rules. Please consult API documentation for more information."}`, tok, "", BlockedByProxy},
		"named header":                             {403, nil, `{"error":{"code":403,"message":"Your application has authenticated using end user credentials. You may need to specify 'X-Goog-User-Project' HTTP header for quota and billing purposes.","status":"PERMISSION_DENIED"}}`, tok, "", RequiredHeaderMissing},
		"cookie's nonce":                           {403, nil, `{"error":"invalid_request","message":"Missing CSRF nonce"}`, headerCred("Cookie", "SESSION_COOKIE", "session=Wq8ZbV3kLmN0pQrS7tUvXyZa"), "", RequiredHeaderMissing},
		"anti-CSRF token handed out":               {403, map[string]string{"X-CSRF-Token": "Required"}, `{"code":0,"message":"Token Validation Failed"}`, headerCred("Cookie", "SESSION_COOKIE", "session=Wq8ZbV3kLmN0pQrS7tUvXyZa"), "", RequiredHeaderMissing},
		"tenant missing":                           {401, map[string]string{"Content-Type": "text/plain; charset=utf-8"}, "no org id\n", tok, "", RequiredHeaderMissing},
		"key cannot access resource":               {403, nil, `{"message":"The API key cannot access the index ` + "`products`" + `.","code":"invalid_api_key"}`, tok, "", PermissionDenied},
		"token not yet valid":                      {401, nil, `{"message":"JWT issued at future"}`, tok, "", JWTNotYetValid},
		"client id missing":                        {401, nil, `{"error":"Unauthorized","status":401,"message":"Client ID is missing"}`, tok, "", RequiredHeaderMissing},
		"header value invalid":                     {400, nil, `{"code":"INVALID_X_API_USER_HEADER","message":"Value provided in x-api-user header is in invalid format"}`, tok, "", RequiredHeaderMissing},
		"header mismatch":                          {401, nil, `{"error":{"message":"X-Tenant-ID header must match the tenant of the access token","code":"tenant_mismatch"}}`, tok, "", RequiredHeaderMissing},
		"account header names nothing":             {401, nil, `{"error":{"message":"No such tenant: acme-eu.","code":"invalid_tenant"}}`, headerCred("X-Tenant-Key", "TENANT_KEY", "tk_9Xv4Rp2Wn7Bc3Yd8Hs1Jf6Ga0Ze"), "", RequiredHeaderMissing},
		"private network only":                     {403, nil, `{"error":{"code":"403","message":"Public access is disabled. Please configure private endpoint."}}`, tok, "", IPRestricted},
		"no permission words":                      {422, nil, `{"title":"Not permitted","detail":"The dataset does not exist, or you do not have permission to read it."}`, tok, "", PermissionDenied},
		"credential said not to exist":             {401, nil, `{"message":"Session does not exist or was signed out"}`, tok, "", CredentialRejected},
		"client not recognised":                    {403, nil, `{"errors":[{"code":"CM_FORBIDDEN","status":"403","title":"Forbidden","detail":"Client not recognised or not yet onboarded."}]}`, tok, "", CredentialRejected},
		"unknown API key":                          {400, nil, `{"error":{"code":400,"message":"API key not found. Please pass a valid API key.","status":"INVALID_ARGUMENT"}}`, key, "", CredentialRejected},
		"Mashery gateway":                          {403, map[string]string{"X-Mashery-Error-Code": "ERR_403_NOT_AUTHORIZED", "Content-Type": "text/xml"}, "<h1>Not Authorized</h1>", key, "", CredentialRejected},
		"Mashery gateway limit":                    {403, map[string]string{"X-Mashery-Error-Code": "ERR_403_DEVELOPER_OVER_QPS"}, `{"message":"Forbidden"}`, key, "", RateLimited},
		"access disallowed":                        {403, nil, `{"error": "Access to this API has been disallowed"}`, headerCred("Authorization", "GW_KEY", "5989653286341f6a160639cf"), "", PermissionDenied},
		"remote access turned off":                 {401, nil, `{"response":null,"error":"remote_access_off","error_description":"The owner has switched off app access for this device."}`, tok, "", PermissionDenied},
		"access control exception":                 {200, nil, `{"exception":"webservice_access_exception","errorcode":"accessexception","message":"Zugriffskontrollausnahme"}`, apiKey("WSTOKEN", "5ee41bb0f11b8f1c04412f2cb5c1a6c6", "", "wstoken"), "", PermissionDenied},
		"hidden 404 permission code":               {404, nil, `{"errors":[{"error_key":"request","category":"MissingPermissions","message":"This endpoint is part of another product."}]}`, tok, "", NotFoundHidesPermission},
		"access policy":                            {400, nil, `{"statusCode":"403","error":"Unauthorized","message":"new row violates row-level security policy"}`, tok, "", PermissionDenied},
		"GitHub SSO":                               {403, map[string]string{"X-GitHub-SSO": "required; url=https://github.com/orgs/acme/sso"}, `{"message":"Forbidden"}`, tok, "", SSOAuthorizationRequired},
		"SAML/SSO enforcement":                     {403, nil, `{"message":"Resource protected by organization SAML enforcement."}`, tok, "", SSOAuthorizationRequired},
		"test/live mode":                           {404, nil, `{"detail":"Payment exists, but the wrong mode is used. Try switching live / test API keys."}`, bearer("KEY", "live_kW8Gx2Qp4sN7kRCU"), "", LiveKeyOutsideProduction},
		"region":                                   {400, map[string]string{"X-Amz-Bucket-Region": "eu-west-1", "Content-Type": "application/xml"}, `<Error><Code>PermanentRedirect</Code><Message>The bucket you are attempting to access must be addressed using the specified endpoint. Authorization required.</Message></Error>`, tok, "", RegionMismatch},
		"Mailchimp datacenter":                     {401, nil, `{"title":"API Key Invalid","status":401,"detail":"Your API key may be invalid, or you've attempted to access the wrong datacenter."}`, basicCred("anystring", "610b6dbed585726c243fda6821554ddd"), "", CredentialRejected},
		"region words":                             {401, nil, `{"message":"This API key belongs to a different region. Use the EU endpoint."}`, key, "", RegionMismatch},
		"referrer restriction":                     {403, nil, `{"error":{"message":"Requests from referer <empty> are blocked."}}`, key, "", ReferrerRestricted},
		"credential header format":                 {400, nil, `{"success":false,"errors":[{"code":6003,"message":"Invalid request headers","error_chain":[{"code":6103,"message":"Invalid format for X-API-Key header"}]}],"messages":[],"result":null}`, key, "", CredentialInWrongPlace},
		"scheme named":                             {401, nil, `{"error":"unauthorized","message":"The Basic authentication scheme must be used for this endpoint"}`, tok, "", SchemeMismatch},
		"key kind refused":                         {403, nil, `{"message":"You cannot delete projects with a read-only API key"}`, key, "", PermissionDenied},
		"credential kind not supported":            {401, nil, `{"error":{"code":401,"message":"API keys are not supported by this API. Expected OAuth2 access token or other authentication credentials that assert a principal.","status":"UNAUTHENTICATED"}}`, key, "", SchemeMismatch},
		"IP address refused":                       {403, nil, `{"error":"Unauthorized IP address"}`, tok, "", IPRestricted},
		"caller's IP address unmatched":            {400, nil, `{"error":"No API key matches your IP address"}`, tok, "", IPRestricted},
		"Authorization header format":              {401, nil, `{"message":"Authorization header is malformed"}`, headerCred("Authorization", "API_TOKEN", "opq_7Hd92kLmQ4pXrT"), "", PrefixMissing},
		"Authorization elsewhere":                  {401, nil, `{"error":{"message":"Authentication Fails (auth header format should be Bearer sk-...)","type":"authentication_error"}}`, key, "", CredentialInWrongPlace},
		"credential's place refused":               {401, nil, `{"message":"Cookie-based authentication is not allowed for this endpoint."}`, headerCred("Cookie", "SESSION", "sid=Q7wZp2Lx9Rt3Vb8Nc1Mf"), "", CredentialInWrongPlace},
		"user required":                            {422, nil, `{"error":"A user context is required for this endpoint"}`, tok, "", PermissionDenied},
		"geo restriction":                          {403, nil, `{"error":{"code":"unsupported_country_region_territory","message":"Country, region, or territory not supported","param":null,"type":"request_forbidden"}}`, tok, "", IPRestricted},
		"anti-CSRF":                                {403, nil, `{"detail":"CSRF Failed: CSRF token missing."}`, tok, "", RequiredHeaderMissing},
		"anti-CSRF to a key header":                {403, map[string]string{"Content-Type": "text/plain; charset=utf-8"}, "CSRF Error\n", key, "", CredentialRejected},
		"anti-CSRF, nothing sent":                  {403, map[string]string{"Content-Type": "text/plain; charset=utf-8"}, "CSRF Error\n", nil, "", NoCredentialsSent},
		"required header":                          {400, nil, `{"message":"Missing required header: X-Tenant-ID. Access needs a tenant."}`, tok, "", RequiredHeaderMissing},
		"signing header missing":                   {401, nil, `{"label":"MISSING_REQUIRED_HEADER","message":"Missing required header: X-Nonce"}`, key, "", RequiredHeaderMissing},
		"deprecated method":                        {400, nil, `{"message":"Authentication via the access_token query parameter is deprecated."}`, apiKey("API_TOKEN", "opq_7Hd92kLmQ4pXrT", "", "access_token"), "", DeprecatedAuthMethod},
		"token required instead of a password":     {401, map[string]string{"Content-Type": "text/plain"}, "Content access is protected by token", basicCred("deployer", "Rk7pW2qZ9xL4mN8vB3cT"), "", DeprecatedAuthMethod},
		"token expired":                            {401, nil, `{"error":{"message":"The access token has expired."}}`, tok, "", TokenExpired},
		"FHIR issue expired":                       {401, nil, `{"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"expired","diagnostics":"Session is no longer valid"}]}`, tok, "", TokenExpired},
		"FHIR issue throttled":                     {403, nil, `{"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"throttled","diagnostics":"Too many calls from this client"}]}`, tok, "", RateLimited},
		"FHIR issue login on 403":                  {403, nil, `{"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"login","diagnostics":"Please log in"}]}`, tok, "", CredentialRejected},
		"audience":                                 {401, nil, `{"error":"The audience of the token is invalid"}`, tok, "", JWTWrongAudience},
		"issuer":                                   {401, nil, `{"error":"Invalid token issuer"}`, tok, "", JWTWrongIssuer},
		"scopes":                                   {403, nil, `{"message":"insufficient_scope: required scopes [orders:write]"}`, tok, "", ServerInsufficientScope},
		"API product":                              {403, nil, `{"message":"Cloud Translation API has not been used in project 123 before or it is disabled."}`, key, "", PermissionDenied},
		"one-time password":                        {401, map[string]string{"WWW-Authenticate": "OTP"}, `{"error":"You must provide a one-time pass. Upgrade your client to npm@latest in order to use 2FA."}`, tok, "", RequiredHeaderMissing},
		"second factor header":                     {403, map[string]string{"X-2FA-Approval-Result": "REJECTED", "X-2FA-Approval": "be2f6579-9426-480b-9cb7-d8f1116cc8b9"}, `{"error":"Forbidden"}`, tok, "", RequiredHeaderMissing},
		"second factor":                            {403, nil, `{"id":"two_factor","message":"A second authentication factor or pre-authorization is required for this request. Your account has either two-factor or a Yubikey registered."}`, tok, "", RequiredHeaderMissing},
		"IP allowlist challenge":                   {401, map[string]string{"WWW-Authenticate": "IPAddress"}, `{"error":"Unauthorized"}`, tok, "", IPRestricted},
		"plan":                                     {403, nil, `{"message":"Your plan does not include access to this endpoint."}`, key, "", PermissionDenied},
		"plan lapsed":                              {401, nil, `{"message":"Your subscription has ended. Renew it to continue."}`, key, "", PermissionDenied},
		"restricted key":                           {401, nil, `{"statusCode":401,"message":"This API key is restricted to only send emails","name":"restricted_api_key"}`, key, "", PermissionDenied},
		"signed request timestamp or nonce":        {400, nil, `{"message":"Nonce is too small."}`, key, "", CredentialRejected},
		"signed request's time invalid":            {400, nil, `{"title":"Bad request","status":400,"detail":"Invalid timestamp"}`, headerCred("Authorization", "HMAC_AUTH", "HMAC-SHA256 keyId=k_7Rt3;timestamp=20250103T07:47:33+0000;signature=c7t85HBImm5IW/uzg0gQyzhDk="), "", CredentialRejected},
		"signed policy unreadable":                 {403, map[string]string{"Content-Type": "application/xml"}, `<Error><Code>MalformedPolicy</Code><Message>Malformed Policy</Message></Error>`, apiKey("URL_SIGNATURE", "Ph1Plk0Wdvs8jPOV6Jk2E4NHzlaLF", "", "Signature"), "", CredentialRejected},
		"every credential header's format":         {400, nil, `{"errors":[{"message":"Invalid format for X-Api-User header"},{"message":"Invalid format for X-Api-Key header"}]}`, headerValues("api_pair", "API_USER", "X-Api-User", "ops@example.org", "API_KEY", "X-Api-Key", "Q7wZp2Lx9Rt3Vb8Nc1Mf6"), "", CredentialRejected},
		"signature refused":                        {400, nil, `{"code":-1022,"msg":"Signature for this request is not valid."}`, key, "", CredentialRejected},
		"caller not authorized":                    {401, nil, `{"message":"The consumer isn't authorized to access %resources.","parameters":{"resources":"Magento_Catalog::products"}}`, tok, "", PermissionDenied},
		"explicit deny":                            {403, nil, `{"Message":"User is not authorized to access this resource with an explicit deny"}`, tok, "", PermissionDenied},
		"scoped to another project":                {403, nil, `{"message":"Invalid API Token: project-scoped token is not valid for project: 'acme-tools'"}`, basicCred("__token__", "pypi-AgEIcHlwaS5vcmcCJGNm"), "", PermissionDenied},
		"OANDA v20":                                {401, nil, `{"errorMessage":"Insufficient authorization to perform request."}`, tok, "", CredentialRejected},
		"permission on 401":                        {401, nil, `{"error":"not_authorised","reason":"Not administrator user"}`, basicCred("monitor", "m0n-pass-1234"), "", PermissionDenied},
		"no credential found":                      {401, nil, `{"message":"No API key found in request"}`, key, "", CredentialInWrongPlace},
		"credential header named":                  {401, nil, `{"error":"A valid 'X-Auth-Token' must be sent in the request headers."}`, key, "", CredentialInWrongPlace},
		"GitHub hidden 404":                        {404, map[string]string{"X-Accepted-OAuth-Scopes": "repo", "X-OAuth-Scopes": ""}, `{"message":"Not Found"}`, tok, "", NotFoundHidesPermission},
		"hidden 404 words":                         {404, nil, `{"message":"Project not found or you do not have access to it"}`, tok, "", NotFoundHidesPermission},
		"web server default page":                  {403, map[string]string{"Content-Type": "text/html", "Server": "nginx"}, nginxPage, tok, "", PermissionDenied},
		"AWS API Gateway Forbidden":                {403, map[string]string{"X-Amzn-ErrorType": "ForbiddenException"}, `{"message":"Forbidden"}`, key, "", CredentialRejected},
		"API Gateway key Forbidden":                {403, nil, `{"message":"Forbidden"}`, apiKey("API_KEY", "Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb7cDe0f", "x-api-key", ""), "", CredentialRejected},
		"credential for another network":           {403, nil, `{"error":"Forbidden","message":"This key is for another network: environment key mismatch."}`, tok, "", CredentialRejected},
		"expired API key":                          {400, nil, `{"error":{"code":400,"message":"API key expired. Please renew the API key.","status":"INVALID_ARGUMENT"}}`, apiKey("API_KEY", "AIzaSyB7x3Qm2LkT9wXy7NbV3cD1fG4hJ6kL8mN", "", "key"), "", CredentialRejected},
		"password expired":                         {401, nil, `{"message":"Your password has expired. Please change it at the sign-in page."}`, basicCred("ci-bot", "Wq8ZbV3kLmN0pQrS"), "", CredentialRejected},
		"credential's place named invalid":         {400, nil, `{"errors":["invalid x-api-key value"]}`, key, "", CredentialRejected},
		"lone value said invalid":                  {400, nil, `{"error_description":"Invalid Value"}`, apiKey("ACCESS_TOKEN", "ya29.a0AfH6SMBq7Wm2Lk9Xz4Rt8", "", "access_token"), "", CredentialRejected},
		"lone state word":                          {403, nil, `{"error":"Suspended."}`, key, "", CredentialRejected},
		"rejected credential words":                {401, nil, `{"message":"Invalid API key"}`, key, "", CredentialRejected},
		"payment required":                         {402, nil, `{"message":"Payment Required"}`, key, "", PermissionDenied},
		"caller restricted, answered 405":          {405, nil, `{"message":"You are restricted to read-only access. POST, PUT, and DELETE requests are forbidden."}`, key, "", PermissionDenied},
		"valid credential required":                {401, nil, `{"error":"A valid API key is required to call this endpoint"}`, key, "", CredentialRejected},
		"authorization required on 403":            {403, nil, `{"message":"Authorization required","type":"authorization_required"}`, tok, "", CredentialRejected},
		"proof required":                           {400, nil, `{"message":"Server calls require a hmac_proof parameter"}`, tok, "", RequiredHeaderMissing},
		"role required":                            {403, nil, `{"error":"error authorizing query: reader not authorized to execute statement 'CREATE DATABASE audit', requires admin privilege"}`, basicCred("reader", "Re4der-Influx-2026"), "", PermissionDenied},
		"TLS client cert required, none set":       {401, nil, `{"message":"A valid client certificate is required"}`, key, "", NoCredentialsSent},
		"TLS client cert required, one set":        {400, map[string]string{"Content-Type": "text/html"}, "<html><head><title>400 No required SSL certificate was sent</title></head></html>", key, "", CredentialRejected},
		"TLS client cert required, none asked":     {401, nil, `{"error":"no client certificate presented"}`, key, "", NoCredentialsSent},
		"TLS client cert refused, expired":         {400, map[string]string{"Content-Type": "text/html"}, "<html><head><title>400 The SSL certificate error</title></head></html>", nil, "", CertificateExpiring},
		"TLS client cert refused":                  {403, nil, `{"error":"client certificate verification failed"}`, nil, "", CredentialRejected},
		"server has no authentication set up":      {403, nil, `{"error":"authentication must be set up on the rc server to use \"config/listremotes\" or the --rc-no-auth flag must be in use","status":403}`, basicCred("admin", "Adm1n-Rcl0ne-2026"), "", CredentialRejected},
		"TLS client cert kept back":                {403, map[string]string{"Content-Type": "text/html"}, "<html><head><title>403 Forbidden</title></head></html>", nil, "", CredentialRejected},
		"TLS client cert asked, none set":          {403, map[string]string{"Content-Type": "text/html"}, "<html><head><title>403 Forbidden</title></head></html>", nil, "", NoCredentialsSent},
		"TLS client cert refused, none set":        {403, nil, `{"message":"Invalid client certificate"}`, key, "", NoCredentialsSent},
		"no user name":                             {400, nil, `{"error":"etcdserver: user name is empty","message":"etcdserver: user name is empty","code":3}`, nil, "", NoCredentialsSent},
		"second factor not set up":                 {401, nil, `[{"error":{"code":401,"details":[{"errors":[{"errorCode":{"authenticationError":"TWO_STEP_VERIFICATION_NOT_ENROLLED"},"message":"To access this account, enable 2-Step Verification in your account settings."}]}],"status":"UNAUTHENTICATED"}}]`, tok, "", PermissionDenied},
		"account not verified":                     {400, nil, `{"error":{"message":"Your organization must be verified to use this model.","type":"invalid_request_error"}}`, tok, "", PermissionDenied},
		"login's user unknown":                     {400, nil, `"Cannot find user"`, nil, "", CredentialRejected},
	}
	// The rows whose sample is sent from an environment with a TLS
	// client certificate (Exchange.ClientCert).
	withClientCert := map[string]bool{"TLS client cert required, one set": true, "TLS client cert required, none asked": true,
		"TLS client cert refused, expired": true, "TLS client cert refused": true, "TLS client cert kept back": true}
	// Those whose server asked for no certificate on the connection
	// (Exchange.ClientCertNotAsked).
	notAsked := map[string]bool{"TLS client cert required, none asked": true}
	// The rows that read the certificate's notAfter, or that the
	// handshake asked for one, or that the environment's was kept back
	// (Exchange.ClientCertNotAfter, ClientCertAsked, ClientCertKeptBack).
	expiredCert := map[string]bool{"TLS client cert refused, expired": true}
	certAsked := map[string]bool{"TLS client cert asked, none set": true, "TLS client cert kept back": true}
	certKept := map[string]bool{"TLS client cert kept back": true}
	// The rows that read the request as a login: its body (a password
	// field) posted to the path.
	logins := map[string][2]string{"login's user unknown": {"/login", `{"email":"nobody@example.com","password":"Rules-Login-2026"}`}}
	for _, r := range rules {
		tc, ok := cases[r.name]
		if !ok {
			t.Errorf("rule %q has no test case", r.name)
			continue
		}
		t.Run(r.name, func(t *testing.T) {
			cc := corpusCase{api: fixed{status: tc.status, header: tc.header, body: tc.body}, cred: tc.cred, env: tc.env, clientCert: withClientCert[r.name],
				certNotAsked: notAsked[r.name], certAsked: certAsked[r.name], certKept: certKept[r.name]}
			if expiredCert[r.name] {
				cc.certNotAfter = time.Now().Add(-time.Hour)
			}
			var reqBody string
			if l, ok := logins[r.name]; ok {
				cc.method, cc.path, reqBody = "POST", l[0], l[1]
			}
			ex := cc.run(t, reqBody)
			matched, _ := r.match(&analysis{ex: ex, red: newRedactor(nil, ex.Credential), srv: readServer(ex, newRedactor(nil, ex.Credential), nil), sent: locate(ex, newRedactor(nil, ex.Credential))})
			if !matched {
				t.Fatalf("the row does not match its own sample")
			}
			causes := Analyze(ex)
			if got := codesOf(causes); len(got) == 0 || got[0] != tc.want {
				t.Errorf("first cause %v, want %s\n%s", got, tc.want, dump(causes))
			}
		})
	}
	if len(cases) != len(rules) {
		t.Errorf("%d cases for %d rules: a case names no rule", len(cases), len(rules))
	}
}

// TestRuleMessagesAreLiteral: a row's message and the names in its
// evidence are authspec's words; a secret that happens to be a word of
// them ("token", "key") never rewrites them at the sink.
func TestRuleMessagesAreLiteral(t *testing.T) {
	api := fixed{status: 401, body: `{"message":"Invalid API key"}`}
	ex := corpusCase{api: api, cred: apiKey("API_KEY", "key_9f8e7d6c5b4a3210", "X-API-Key", "")}.run(t, "")
	red := newRedactor(nil, ex.Credential).r
	red.Add("WORD", "credential")
	ex.Redactor = red
	causes := Analyze(ex)
	if len(causes) == 0 || causes[0].Code != CredentialRejected {
		t.Fatalf("causes %v", codesOf(causes))
	}
	var row rule
	for _, r := range rules {
		if r.name == "rejected credential words" {
			row = r
		}
	}
	if got := secret.Render(red, causes[0].Message); got != row.message {
		t.Errorf("message rendered as\n%s\nwant\n%s", got, row.message)
	}
	if got := secret.Render(red, causes[0].Evidence[0]); got != "matches rejected credential words (401 Unauthorized)" {
		t.Errorf("evidence %q", got)
	}
}

// TestScopeEvidence: the scopes an answer names reach the evidence.
func TestScopeEvidence(t *testing.T) {
	for _, tc := range []struct {
		name   string
		status int
		header map[string]string
		body   string
		want   []string
	}{
		{"Slack", 200, nil, `{"ok":false,"error":"missing_scope","needed":"chat:write","provided":"channels:read,users:read"}`,
			[]string{`the answer says the call needs scopes chat:write (needed)`, `the answer says the call has scopes channels:read,users:read (provided)`}},
		{"HubSpot", 403, nil, `{"status":"error","message":"This app hasn't been granted all required scopes to make this call.","errors":[{"message":"One or more of the following scopes are required.","context":{"requiredScopes":["contacts","crm.objects.deals.read"]}}],"category":"MISSING_SCOPES"}`,
			[]string{`the answer says the call needs scopes contacts, crm.objects.deals.read (requiredScopes)`}},
		{"GitHub", 404, map[string]string{"X-Accepted-OAuth-Scopes": "repo", "X-OAuth-Scopes": "read:user"}, `{"message":"Not Found"}`,
			[]string{`X-Accepted-OAuth-Scopes: repo (scopes this call accepts)`, `X-OAuth-Scopes: read:user (scopes the token has)`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ex := corpusCase{api: fixed{status: tc.status, header: tc.header, body: tc.body}, cred: bearer("API_TOKEN", "opq_7Hd92kLmQ4pXrT")}.run(t, "")
			causes := Analyze(ex)
			if len(causes) == 0 {
				t.Fatal("no causes")
			}
			var ev []string
			for _, e := range causes[0].Evidence {
				ev = append(ev, secret.Plain(e))
			}
			for _, w := range tc.want {
				if !slices.Contains(ev, w) {
					t.Errorf("evidence %q lacks %q", ev, w)
				}
			}
		})
	}
}

// TestRuleWhenVetoes: a row whose words match stays silent when the rest
// of the answer or the request contradicts it.
func TestRuleWhenVetoes(t *testing.T) {
	tok := bearer("API_TOKEN", "opq_7Hd92kLmQ4pXrT")
	for _, tc := range []struct {
		name, row, body string
	}{
		// The scheme named is the one sent: the value was refused.
		{"bearer named, bearer sent", "scheme named", `{"errors":[{"error":"AuthError","message":"Unauthorized, authentication bearer scheme must be used"}],"status_code":401}`},
		// Refused with this key in words about authenticating: the key.
		{"cannot authenticate with the key", "key kind refused", `{"message":"Cannot authenticate with the provided token"}`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ex := corpusCase{api: fixed{status: 401, body: tc.body}, cred: tok}.run(t, "")
			red := newRedactor(nil, ex.Credential)
			a := &analysis{ex: ex, red: red, srv: readServer(ex, red, nil), sent: locate(ex, red)}
			for _, r := range rules {
				if r.name != tc.row {
					continue
				}
				if ok, _ := r.match(a); ok {
					t.Errorf("row %q matches %s", r.name, tc.body)
				}
			}
		})
	}
}

// match is matchIn for one row, as a test asks it (ruleHits reads the
// whole table with the words read once).
func (r *rule) match(a *analysis) (bool, []string) {
	text, norm := a.ruleTexts()
	return r.matchIn(a, text, norm)
}
