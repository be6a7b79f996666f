package diagnose

import (
	"strings"
	"testing"
)

// TestMergedFamilies2: families that were two readings of one meaning,
// now one pattern or one row each: every phrase the old pieces caught,
// paraphrases, and a neighbour each must leave alone.
func TestMergedFamilies2(t *testing.T) {
	key := apiKey("API_KEY", "key_9f8e7d6c5b4a3210", "X-API-Key", "")
	t.Run("noAuthProvidedPattern", func(t *testing.T) {
		runReadings(t, []readingCase{
			{"OCI: the information to complete authentication was not provided", 401, nil, `{"code":"NotAuthenticated","message":"The required information to complete authentication was not provided."}`, nil, NoCredentialsSent, nil},
			{"required authentication information was not supplied", 401, nil, `{"message":"Required authentication information was not supplied."}`, nil, NoCredentialsSent, nil},
			{"authentication information is not provided", 401, nil, `{"code":"MISSING_CREDENTIALS","message":"Authentication information is not provided"}`, nil, NoCredentialsSent, nil},
			{"no authentication provided", 401, nil, `{"error":"No authentication provided."}`, nil, NoCredentialsSent, nil},
			{"paraphrase: auth data is missing", 401, nil, `{"error":"Auth data is missing"}`, nil, NoCredentialsSent, nil},
			{"paraphrase: details needed to authenticate the request were missing", 401, nil, `{"message":"The details needed to authenticate the request were missing."}`, nil, NoCredentialsSent, nil},
			{"neighbour: billing information was not provided", 400, nil, `{"message":"Billing information was not provided."}`, key, "", []string{NoCredentialsSent}},
		})
		// The evidence quotes the sentence from its subject on.
		ex := corpusCase{api: fixed{status: 401, header: jsonCT(), body: `{"detail":"Required authentication information was not supplied; see the docs"}`}}.run(t, "")
		causes := Analyze(ex)
		if len(causes) == 0 || !strings.Contains(strings.Join(causes[0].Evidence, "\n"), "required authentication information was not supplied") {
			t.Errorf("the whole sentence is not quoted:\n%s", dump(causes))
		}
	})
}
