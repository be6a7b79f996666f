package diagnose

import (
	"slices"
	"testing"
)

// TestErrorEnvelopes: an XML error document or a JSON SOAP Fault in a 2xx
// is a refusal when its own texts speak of authentication or a
// permission; another error in the same envelope, or a document that is
// not an error, is not.
func TestErrorEnvelopes(t *testing.T) {
	for _, tc := range []struct {
		name, body, want string
	}{
		{"XML error, authorization failure", `<?xml version="1.0" encoding="UTF-8"?><Error><Number>80040B1A</Number><Description>Authorization failure.  Perhaps username and/or password is incorrect.</Description><Source>USPSCOM::DoAuth</Source></Error>`,
			"Authorization failure.  Perhaps username and/or password is incorrect."},
		{"XML error, a business error", `<?xml version="1.0" encoding="UTF-8"?><Error><Number>-2147219401</Number><Description>Address Not Found.</Description></Error>`, ""},
		{"XML answer that is not an error", `<AddressValidateResponse><Address><Description>Not authorized pickup point</Description></Address></AddressValidateResponse>`, ""},
		{"XML answer whose status refuses", `<?xml version="1.0" encoding="UTF-8"?><GeocodeResponse><status>REQUEST_DENIED</status><error_message>The provided API key is invalid.</error_message></GeocodeResponse>`, "REQUEST_DENIED"},
		{"XML answer whose status is fine", `<?xml version="1.0" encoding="UTF-8"?><GeocodeResponse><status>ZERO_RESULTS</status></GeocodeResponse>`, ""},
		{"SOAP fault, authentication", `<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><soap:Fault><faultcode>soap:Client</faultcode><faultstring>Authentication failed</faultstring></soap:Fault></soap:Body></soap:Envelope>`,
			"Authentication failed"},
		{"JSON Fault, authentication severity", `{"Fault":{"faultcode":"Client","faultstring":"An exception has been raised as a result of client data.","detail":{"Errors":{"ErrorDetail":{"Severity":"Authentication","PrimaryErrorCode":{"Code":"250003","Description":"Invalid Access License number"}}}}}}`,
			"Invalid Access License number"},
		{"XML exception, invalid token", "<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<EXCEPTION class=\"moodle_exception\">\n<ERRORCODE>invalidtoken</ERRORCODE>\n<MESSAGE>Invalid token - token not found</MESSAGE>\n</EXCEPTION>\n",
			"Invalid token - token not found"},
		{"XML exception, a parameter", "<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<EXCEPTION class=\"invalid_parameter_exception\">\n<ERRORCODE>invalidparameter</ERRORCODE>\n<MESSAGE>Invalid parameter value detected</MESSAGE>\n</EXCEPTION>\n", ""},
		{"JSON exception, invalid token", `{"exception":"moodle_exception","errorcode":"invalidtoken","message":"Invalid token - token not found"}`, "Invalid token - token not found"},
		{"JSON exception, a localised message with an auth code", `{"exception":"moodle_exception","errorcode":"invalidtoken","message":"Ficha (token) no válida"}`, "Ficha (token) no válida"},
		{"JSON exception, a parameter", `{"exception":"invalid_parameter_exception","errorcode":"invalidparameter","message":"Invalid parameter value detected"}`, ""},
		{"JSON exception without a code is no envelope", `{"exception":"RuntimeException","message":"Invalid token in template"}`, ""},
		{"notice, apikey invalid", `{"Error Message":"the parameter apikey is invalid or missing."}`, "the parameter apikey is invalid or missing."},
		{"notice, an invalid call", `{"Error Message":"Invalid API call. Please retry or visit the documentation."}`, ""},
		{"errors object, a missing application key", `{"errors":{"token":"Error/Missing application key."},"results":0,"response":[]}`, "Error/Missing application key."},
		{"errors object, a field", `{"errors":{"league":"The League field must contain an integer."},"results":0,"response":[]}`, ""},
		{"code 401 in the body, an apikey parameter", `{"code":401,"message":"**apikey** parameter is incorrect or not specified.","status":"error"}`, "**apikey** parameter is incorrect or not specified."},
		{"XML error element under another root", `<?xml version='1.0' encoding='utf-8'?>
<root><error>Invalid API key</error></root>`, "Invalid API key"},
		{"XML error element, no fault", `<root><error>0</error><result>12</result></root>`, ""},
		{"XML numeric result code, a refused key", `<response><header><resultCode>30</resultCode><resultMsg>Invalid service key</resultMsg></header></response>`, "Invalid service key"},
		{"XML portal header, a service key not registered", `<OpenAPI_ServiceResponse><cmmMsgHeader><errMsg>SERVICE ERROR</errMsg><returnAuthMsg>SERVICE_KEY_IS_NOT_REGISTERED_ERROR</returnAuthMsg><returnReasonCode>30</returnReasonCode></cmmMsgHeader></OpenAPI_ServiceResponse>`,
			"SERVICE_KEY_IS_NOT_REGISTERED_ERROR"},
		{"XML numeric result code 00 is success", `<response><header><resultCode>00</resultCode><resultMsg>NORMAL SERVICE.</resultMsg></header><body><items/></body></response>`, ""},
		{"HTML page titled with the key's fault", `<html><head><title>Invalid API Key</title></head><body><p>Check your key.</p></body></html>`, "Invalid API Key"},
		{"HTML page about keys", `<html><head><title>API keys</title></head><body><h1>Invalid keys are rejected</h1></body></html>`, ""},
		{"JSON Fault, a business error", `{"Fault":{"faultcode":"Client","faultstring":"An exception has been raised as a result of client data.","detail":{"Errors":{"ErrorDetail":{"Severity":"Hard","PrimaryErrorCode":{"Code":"120802","Description":"Missing or invalid ship to address"}}}}}}`, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := AuthErrorBody([]byte(tc.body))
			if got != tc.want || ok != (tc.want != "") {
				t.Errorf("AuthErrorBody = %q, %v; want %q", got, ok, tc.want)
			}
			ex := corpusCase{cred: opaqueToken(), api: fixed{status: 200, header: map[string]string{"Content-Type": "text/xml"}, body: tc.body}}.run(t, "")
			causes := Analyze(ex)
			checkCauses(t, causes, ex.Credential)
			if refused := slices.Contains(codesOf(causes), CredentialRejected); refused != (tc.want != "") {
				t.Errorf("a 2xx answer read as refused: %v, want %v\n%s", refused, tc.want != "", dump(causes))
			}
		})
	}
}
