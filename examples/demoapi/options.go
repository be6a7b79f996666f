// Package demoapi is a small HTTP API with real-looking authentication,
// used by the example suites in examples/suites and by the demo in
// examples/demo. It is not part of authspec; it is what authspec tests.
//
// One instance simulates one environment. Run two instances with
// DefaultOptions("staging") and DefaultOptions("production") to get two
// environments whose credentials differ, as they do in real life: each
// rejects the other's tokens.
//
// Authentication it accepts, checked in this order:
//   - Authorization: Bearer <token> — an opaque service token
//     (Options.ServiceTokens, read and write), a token issued by
//     POST /oauth2/token, or a JWT (HS256, decoded; verified when
//     Options.JWTSecret is set; exp, nbf, aud, iss and scope are checked);
//   - Authorization: Basic — the admin user (everything allowed);
//   - X-API-Key — a read-only key (GET only).
//
// Errors follow RFC 6750 (WWW-Authenticate challenges) and RFC 6749 section 5.2
// (token endpoint errors). Writes are simulated: POST and DELETE answer as
// if they had happened but change nothing, so suites can run in any order
// and in parallel.
package demoapi

import "time"

// Account is one account the API serves.
type Account struct {
	ID          string   `json:"id"`
	Name        string   `json:"name"`
	Plan        string   `json:"plan"`
	Permissions []string `json:"permissions"`
}

// Scopes the API knows. Reads need ScopeRead, writes ScopeWrite.
const (
	ScopeRead  = "accounts.read"
	ScopeWrite = "accounts.write"
)

// Options configure one instance. Every credential field may be empty,
// which disables that way in.
type Options struct {
	Environment string // "staging", "production", …; shown in /healthz and /v1/me
	Realm       string // for WWW-Authenticate; default "demo"

	// ServiceTokens are opaque bearer tokens with read and write access.
	// Several may be listed (overlap during a rotation).
	ServiceTokens []string
	// ReadOnlyKeys are API keys sent in X-API-Key: reads only.
	ReadOnlyKeys []string

	// AdminUser and AdminPassword are HTTP Basic credentials with every
	// right; the admin may also get a token from POST /oauth2/token.
	AdminUser     string
	AdminPassword string

	// ClientID and ClientSecret are an OAuth2 client (client credentials
	// grant, HTTP Basic or form), allowed ClientScopes.
	ClientID     string
	ClientSecret string
	ClientScopes []string

	// JWTs: when JWTSecret is set, the HS256 signature is verified; when
	// JWTIssuer or JWTAudience is set, iss and aud must match.
	JWTSecret   string
	JWTIssuer   string
	JWTAudience string

	TokenTTL time.Duration    // lifetime of issued tokens; default 1h
	Accounts []Account        // served by /v1/accounts
	Now      func() time.Time // default time.Now
}

// DefaultOptions returns the options of the demo environment env
// ("staging" or "production"). They match examples/suites/.env.<env>.
// Any other name gets an instance that accepts no credentials.
func DefaultOptions(env string) Options {
	o := Options{
		Environment:  env,
		Realm:        "demo",
		ClientScopes: []string{ScopeRead},
		JWTAudience:  "demo-api",
		TokenTTL:     time.Hour,
	}
	switch env {
	case "staging":
		o.ServiceTokens = []string{"stg_tok_4f8d2a91c7e35b60d1a8"}
		o.ReadOnlyKeys = []string{"rk_test_51Hq8ZdemoR3adOnlyK3y"}
		o.AdminUser = "stg-admin"
		o.AdminPassword = "stg-admin-pass-7d1e"
		o.ClientID = "stg_client_reporting"
		o.ClientSecret = "stg_secret_9b3c55e0a1"
		o.JWTSecret = "demo-staging-jwt-secret"
		o.JWTIssuer = "https://auth.staging.demo.example"
		o.Accounts = []Account{
			{ID: "acc_123", Name: "Acme Staging", Plan: "pro", Permissions: []string{"read", "write", "billing"}},
			{ID: "acc_456", Name: "Globex Staging", Plan: "free", Permissions: []string{"read"}},
		}
	case "production":
		o.ServiceTokens = []string{"live_tok_b27e90f4a6c1d3852e7f"}
		o.ReadOnlyKeys = []string{"rk_live_51Hq8ZkR3adOnlyXy9m2"}
		o.AdminUser = "ops-admin"
		o.AdminPassword = "live-admin-pass-2c9a"
		o.ClientID = "live_client_reporting"
		o.ClientSecret = "live_secret_4e7d81b2f6"
		o.JWTSecret = "demo-production-jwt-secret"
		o.JWTIssuer = "https://auth.demo.example"
		o.Accounts = []Account{
			{ID: "acc_9001", Name: "Acme", Plan: "pro", Permissions: []string{"read", "write"}},
			{ID: "acc_9002", Name: "Initech", Plan: "enterprise", Permissions: []string{"read", "write", "billing", "admin"}},
		}
	default:
		o.ClientScopes = nil
	}
	return o
}
