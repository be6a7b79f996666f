package diagnose

import (
	"testing"
	"time"
)

// servers8Cases: the refusals of the eighth real-server round
// (e2e/heldout8_test.go: ejabberd 23.01's HTTP API, Netdata 1.37's
// management API) as curl showed them, byte for byte, kept here so that
// the metamorphic test varies them too. Their first causes are the e2e
// round's, decided before authspec ran on them. Deluge's refusals (a 200
// whose body a scenario's expect reads), the token endpoint's answers to
// a password sent in the form, the answers no reading tells apart
// (ejabberd's 403 to a token in the query, Netdata's address-list 403)
// and those that are no refusal stay in e2e.
func servers8Cases(now time.Time) []provCase {
	ejabberd := map[string]string{"Content-Type": "application/json", "Access-Control-Allow-Origin": "*",
		"Access-Control-Allow-Headers": "Content-Type, Authorization, X-Admin"}
	netdata := map[string]string{"Content-Type": "text/plain; charset=utf-8", "Server": "Netdata Embedded HTTP Server v1.37.1",
		"Access-Control-Allow-Origin": "*", "Access-Control-Allow-Credentials": "true", "Connection": "close"}
	const (
		rights       = `{"status":"error","code":32,"message":"AccessRules: Account does not have the right to perform the operation."}`
		notAuthd     = `{"status":"error","code":10,"message":"You are not authorized to call this command."}`
		invalidToken = `{"status":"error","code":10,"message":"Oauth Token is invalid or expired."}`
		ej           = "https://docs.ejabberd.im/developer/ejabberd-api/permissions/"
		nd           = "https://learn.netdata.cloud/docs/agent/web/api/health#health-management-api"
	)
	key := func(v string) *Credential { return apiKey("NETDATA_KEY", v, "X-Auth-Token", "") }
	return []provCase{
		{src: ej, name: "ejabberd 403 code 32, nothing sent", status: 403, header: ejabberd, body: rights, method: "POST",
			path: "/api/registered_users", want: NoCredentialsSent},
		{src: ej, name: "ejabberd 403 code 32, a user without the right", status: 403, header: ejabberd, body: rights,
			cred: basicCred("bob@localhost", "B0b-Ejab-2026"), method: "POST", path: "/api/registered_users", want: PermissionDenied},
		{src: ej, name: "ejabberd 401 code 10, a wrong password", status: 401, header: ejabberd, body: notAuthd,
			cred: basicCred("admin@localhost", "not-Adm1n-Ejab"), method: "POST", path: "/api/registered_users", want: CredentialRejected},
		{src: ej, name: "ejabberd 401 Oauth Token is invalid or expired, a stale token", status: 401, header: ejabberd, body: invalidToken,
			cred: bearer("OLD_TOKEN", "k3v9PqL2mX8rT5wN1yB6cF4hJ7dS0aZe"), method: "POST", path: "/api/registered_users", want: CredentialRejected},
		{src: ej, name: "ejabberd 403 code 32, a token of another scope", status: 403, header: ejabberd, body: rights,
			cred: bearer("SASL_TOKEN", "4K0eTj855XwPgoaNmEjQMdWPytnpO5uu"), method: "POST", path: "/api/registered_users", want: PermissionDenied},
		{src: nd, name: "Netdata 403 Auth Error, nothing sent", status: 403, header: netdata, body: "Auth Error\n",
			path: "/api/v1/manage/health", want: NoCredentialsSent},
		{src: nd, name: "Netdata 403 Auth Error, an old key", status: 403, header: netdata, body: "Auth Error\n",
			cred: key("0b7d4e2f-1a3c-4d5e-8f9a-2b4c6d8e0f1a"), path: "/api/v1/manage/health", want: CredentialRejected},
		{src: nd, name: "Netdata 403 Auth Error, the key as a bearer token", status: 403, header: netdata, body: "Auth Error\n",
			cred: bearer("NETDATA_KEY", "6f1c2a4e-9b3d-4e8f-a2c1-5d7e9f0b1c3a"), path: "/api/v1/manage/health", want: CredentialRejected},
	}
}

func TestHeldoutServers8(t *testing.T) {
	runProviderCases(t, "eighth real-server round's answers", servers8Cases(time.Now()))
}
