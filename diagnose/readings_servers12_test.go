package diagnose

import "testing"

// TestServerReadings12: the general readings the twelfth round of real
// servers (VictoriaMetrics and vmauth, ZNC, Apt-Cacher NG;
// e2e/heldout12_test.go) called for, each in paraphrases another server
// could send and with the neighbours it must leave alone. The credential
// provided said not found is unknown to the server; a credential quoted
// empty after its fault arrived nowhere the server reads; a file type
// refused is refused to every caller; a short plain-text 2xx that opens
// with a refusal is one.
func TestServerReadings12(t *testing.T) {
	tok := bearer("READER_TOKEN", "vma-Tok3n-Wrong-2026")
	key := apiKey("SNAPSHOT_KEY", "Vm-Snap-Key-2026", "X-Auth-Key", "")
	login := basicCred("acng", "Acng-Admin-Pass-2026")
	text := map[string]string{"Content-Type": "text/plain; charset=utf-8"}
	html := map[string]string{"Content-Type": "text/html"}
	runReadings(t, []readingCase{
		// The credential provided, looked up and not found.
		{"cannot find the provided auth token in config", 400, text, "cannot find the provided auth token \"Bearer vma-Tok3n-Wrong-2026\" in config\n", tok, CredentialRejected, nil},
		{"could not find the supplied api key, on a 403", 403, nil, `{"error":"Could not find the supplied API key"}`, key, CredentialRejected, nil},
		{"the given access token was not found", 400, nil, `{"message":"The given access token was not found."}`, tok, CredentialRejected, nil},
		// Neighbours: an object's key the request names is a store's data.
		{"cannot find the provided object key", 400, nil, `{"message":"Cannot find the provided object key in bucket logs"}`, tok, "", []string{CredentialRejected}},
		{"key not found alone is a lookup's", 400, nil, `{"error":"key not found: color"}`, tok, "", []string{CredentialRejected}},
	})
	runReadings(t, []readingCase{
		// A credential quoted empty after its fault: nothing arrived where
		// the server reads it (the key went in a header, or nothing went).
		{"invalid authKey quoted empty, key in a header", 400, text, "remoteAddr: \"127.0.0.1:46016\"; requestURI: /snapshot/create; invalid authKey \"\". It must match the value from -snapshotAuthKey command line flag\n", key, CredentialInWrongPlace, nil},
		{"invalid api key in single quotes, nothing sent", 401, nil, `{"error":"Invalid API key ''"}`, nil, NoCredentialsSent, nil},
		{"unknown token quoted empty, nothing sent", 401, text, "unknown token \"\"\n", nil, NoCredentialsSent, nil},
		// Neighbours: a key quoted with a value was read and refused; a
		// field of the data said empty names no credential.
		{"invalid token quoted with a value", 401, nil, `{"error":"invalid token \"abc\""}`, tok, CredentialRejected, []string{NoCredentialsSent, CredentialInWrongPlace}},
		{"a name quoted empty is data", 400, nil, `{"error":"name \"\" is invalid"}`, tok, "", nil},
	})
	page := "<!DOCTYPE html>\n<html lang=\"en\"><head><title>403 Forbidden file type or location</title>\n</head>\n<body><h1>403 Forbidden file type or location</h1></body><hr><address>Server: Apt-Cacher-NG/3.7.4</address></body></html>\n"
	runReadings(t, []readingCase{
		// A kind of file refused: to every caller, by the API itself.
		{"forbidden file type or location page", 403, html, page, login, "", []string{BlockedByProxy, PermissionDenied}},
		{"file type not allowed", 403, nil, `{"message":"File type not allowed"}`, tok, "", []string{PermissionDenied}},
		{"file extension is not permitted", 403, text, "This file extension is not permitted.\n", tok, "", []string{PermissionDenied}},
		// Neighbour: the caller may not upload at all.
		{"no permission to upload files", 403, nil, `{"message":"You do not have permission to upload files"}`, tok, PermissionDenied, nil},
	})
	runReadings(t, []readingCase{
		// A short plain-text 2xx that opens with a refusal sentence.
		{"not authorized, then what to do", 200, text, "Not Authorized. To start this action, an administrator password must be set and you must be logged in.", tok, CredentialRejected, nil},
		{"unauthorized colon, log in first", 200, text, "Unauthorized: log in first\n", login, CredentialRejected, nil},
		{"authentication required, nothing sent", 200, text, "Authentication required.\n", nil, NoCredentialsSent, nil},
		// Neighbours: the refusal word that opens no sentence of its own,
		// and one further on, are a report's words.
		{"unauthorized attempts counted", 200, text, "Unauthorized access attempts today: 0\n", tok, "", nil},
		{"access denied further on", 200, text, "Backup finished. Files skipped: 2 (access denied)\n", tok, "", nil},
	})
}
