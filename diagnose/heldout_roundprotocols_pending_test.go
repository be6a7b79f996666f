package diagnose

// roundprotocolsPending: answers measured blind with the rest and left
// out of the passing table; want is the catalog's expectation, which no
// general reading gives them (runPending fails when one comes right).
func roundprotocolsPending() []provCase {
	json := jsonCT
	wpLogin := basicCred("editor", "Wq8Z bV3k LmN0 pQrS 7tUv XyZa")
	const wpXMLRPC = "https://github.com/WordPress/wordpress-develop/blob/6.5.0/src/wp-includes/class-wp-xmlrpc-server.php"
	xml := ctHeader("text/xml; charset=UTF-8")
	return []provCase{
		// A bare value in Authorization that the server could not parse as
		// a JWT: AppSync reads its user pool's token bare, but "Unable to
		// parse JWT token" to a bare value reads as well as a scheme
		// missing (prefix_missing, first) as a token refused; nothing in
		// the answer tells them apart.
		// The issue does not say what was sent; modelled as an opaque access
		// token where the API wants the user pool's JWT: refused, not
		// expired, credential_rejected.
		// Sharper: the bytes differ by what was sent. A value that is no
		// JWT at all (no segments, as here) explains "unable to parse JWT"
		// by itself, scheme or not; a bare JWT refused in the same words
		// may be the scheme missing. No reading yet holds such words
		// against the value's shape: authorizationHeader ranks
		// prefix_missing by the challenges, serverJudged and the
		// credential's configuration, not by what the value is.
		{src: "https://github.com/aws-amplify/amplify-js/issues/2645", name: "AppSync 401 UnauthorizedException Unable to parse JWT token, an opaque token sent", status: 401,
			header: json("x-amzn-ErrorType", "UnauthorizedException"), body: "{\n  \"errors\" : [ {\n    \"errorType\" : \"UnauthorizedException\",\n    \"message\" : \"Unable to parse JWT token.\"\n  } ]\n}",
			cred: headerCred("Authorization", "APPSYNC_TOKEN", "da2-q7wzp2lx9rt3vb8nc1mf6gh5jk"), method: "POST", path: "/graphql", want: CredentialRejected},
		// Odoo reads the password from the call's params, which the
		// modelled request cannot carry; sent as the Basic pair, a 2xx
		// "Access Denied" reads as the call denied after the login passed
		// (NZBGet's JSON-RPC answers its users' rank so: permission_denied).
		// The exception's class (AccessDenied, not AccessError) is Odoo's
		// own name, no general word.
		{src: "https://github.com/it-projects-llc/odoo-saas-tools/issues/749", name: "Odoo JSON-RPC 200 odoo.exceptions.AccessDenied Access Denied", status: 200,
			header: json(), body: protoOdooError("odoo.exceptions.AccessDenied", "Access Denied"), cred: basicCred("admin", "Wq8ZbV3kLmN0pQrS"), method: "POST", path: "/jsonrpc", want: CredentialRejected},
		// The xmlrpc_enabled filter turns off only the methods that log in,
		// so this way of authenticating is disabled (deprecated_auth_method);
		// but the words name the whole service disabled on the site, which
		// read as a product switched off (the plan's), not a method: no
		// general reading takes them for the method.
		{src: wpXMLRPC, name: "WordPress XML-RPC 200 fault 405 XML-RPC services are disabled on this site.", status: 200,
			header: xml, body: protoXMLRPCFault("405", "XML-RPC services are disabled on this site."), cred: wpLogin, method: "POST", path: "/xmlrpc.php", want: DeprecatedAuthMethod},
	}
}
