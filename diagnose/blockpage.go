package diagnose

import (
	"net/http"
	"strings"

	"github.com/authspec/authspec/internal/lazyre"
)

// headlineRE: a page's title and headings, where an error page says what
// went wrong.
var headlineRE = lazyre.New(`(?is)<(title|h1|h2)[^>]*>(.*?)</(title|h1|h2)>`)

// htmlHeadline is the text of a page's title and headings, one per line.
func htmlHeadline(body string) string {
	var lines []string
	for _, m := range headlineRE.FindAllStringSubmatch(body, 8) {
		lines = append(lines, strings.TrimSpace(m[2]))
	}
	return strings.Join(lines, "\n")
}

// pageRefusalRE: a page's headline about the credential or a permission
// in an API's words (also the caller refused or the credential's fault
// in the words of refusalwords.go, or the HTTP scheme named: Rails'
// "HTTP Basic: Access denied.", or the caller named as not authorised;
// a signature refused: "Invalid Sign", OKX behind Cloudflare; the
// authorization's issues or errors pointed to: "Forbidden. For
// troubleshooting Function URL authorization issues, see: …", Lambda's;
// a trial account's limit, "Trial accounts cannot send messages to
// unverified numbers", Twilio's 21608 as a page: no WAF says that;
// an access level denied or missing, accessLevelDeniedPattern's "Write
// access denied"; the refusal naming the principal it refused, the
// kubelet's and kube-rbac-proxy's "Forbidden (user=system:serviceaccount:
// argo:default, verb=get, resource=nodes)": no WAF knows the caller's
// identity);
// a bare "403 Forbidden", "401 Unauthorized" or "Access Denied" says only
// the status and stays a proxy's page.
var pageRefusalRE = lazyre.New(`authori[sz]ation (failure|failed|denied|issues?|problems?|errors?)|authenticat|not authori[sz]ed (to|for)|permission|access denied (due to|for|to|because)|` +
	`\b(scopes?|privileges?|rights|roles?|credentials?|api[ _-]?keys?|subscription keys?|tokens?)\b|` +
	`\b(do|does|did) not have access|don'?t have access|not (allowed|permitted) (to|with|for)\b|\bhttp (basic|digest)\b|\b(basic|bearer|digest) auth|` +
	`\b(client|user|agent|caller|app|account|consumer|member)s?\b[^.]{0,20}\b(is|are) not authori[sz]ed\b|` +
	`\b(forbidden|denied|refused|unauthori[sz]ed)\b[^.]{0,10}\(?\b(user|principal|subject|identity)\s*[=:]\s*[^\s,)]+|` +
	callerRefusedPattern + `|` + credentialFaultPattern + `|` + trialModePattern + `|\bsignatures?\b|\b(invalid|error|bad|wrong) sign\b|` + accessLevelDeniedPattern)

// WAF and CDN fingerprints: header names and Server values, and phrases of
// their block pages.
var (
	wafHeaders = []string{"CF-RAY", "CF-Mitigated", "X-Iinfo", "X-Sucuri-ID", "X-Amzn-Waf-Action", "X-Akamai-Request-ID", "Akamai-GRN"}
	// A forward proxy's name in Server is on its own pages only (what it
	// passes on keeps the origin's Server, and names it in Via): Tinyproxy
	// answers a wrong proxy password with 401 and WWW-Authenticate, not
	// 407.
	wafServers = []string{"cloudflare", "akamaighost", "akamai", "incapsula", "imperva", "sucuri", "awselb", "cloudfront", "big-ip", "barracuda", "fortiweb",
		"tinyproxy", "squid"}
	wafPhrases = []string{"cloudflare", "attention required", "sorry, you have been blocked", "access denied", "reference #",
		"incapsula incident", "request unsuccessful", "imperva", "sucuri", "modsecurity", "mod_security",
		"web application firewall", "the requested url was rejected", "aws waf", "request blocked",
		"the request could not be satisfied", "akamai", "blocked by", "the request is blocked",
		// Azure Application Gateway signs its pages (its WAF's 403 too).
		"microsoft-azure-application-gateway"}
)

// blockPage reports a page from a proxy, CDN or WAF rather than from the
// API. strong: a product's marks are on it; otherwise only an HTML page
// answered a request that did not ask for HTML.
func blockPage(s server, reqH, respH http.Header, status int) (found, strong bool, ev []string) {
	var marks []string
	for _, name := range wafHeaders {
		if respH.Get(name) != "" {
			marks = append(marks, textf("header %s", name))
		}
	}
	server := strings.ToLower(respH.Get("Server"))
	for _, w := range wafServers {
		if strings.Contains(server, w) {
			marks = append(marks, textf("Server: %s", respH.Get("Server")))
			break
		}
	}
	var phrase string
	for _, p := range wafPhrases {
		if strings.Contains(s.text, p) {
			phrase = p
			break
		}
	}
	if phrase == "blocked by" && blockedByPersonRE.MatchString(s.text) {
		phrase = "" // "bot was blocked by the user": a person's choice, no firewall's
	}
	if len(marks) == 0 && (defaultPageRE.MatchString(s.text) || appPermissionPageRE.MatchString(s.text) || frameworkPageRE.MatchString(s.text)) {
		return false, false, nil // the web server's, the framework's or the application's own error page is not a WAF's
	}
	// A 401 that challenges (WWW-Authenticate) asks for a credential: the
	// server's own authentication answered, whatever its page says
	// (Glances' "Access denied" page with Basic realm="private"). A WAF
	// blocks; it does not ask to authenticate.
	if len(marks) == 0 && status == http.StatusUnauthorized && respH.Get("WWW-Authenticate") != "" {
		return false, false, nil
	}
	// The origin web server's own page signed with its name (openresty's
	// "401 Authorization Required" behind Cloudflare, with the CDN's
	// challenge script injected) is passed on, not made, by the CDN whose
	// headers come with it: its own block pages say they blocked.
	if phrase == "" && s.html && webServerSignatureRE.MatchString(s.text) {
		return false, false, nil
	}
	// A page whose headline names the credential's or a permission's fault
	// ("<h1>Invalid access token</h1>", "<title>Access denied due to
	// invalid subscription key</title>") and no block is the API's or its
	// gateway's own refusal in HTML: a WAF's page says it blocked, not what
	// the credential lacks. A CDN's headers come with every answer it
	// passes on, so they alone do not make the page its own. Nor is one
	// whose headline refuses the caller's IP address ("403 Access denied:
	// your IP address is not allowed", a Varnish ACL's page) without a
	// product's marks: that is the API's allowlist (ip_restricted).
	// A headline that is the API's error code (api-umbrella's
	// "<h1>API_KEY_UNAUTHORIZED</h1>") is read as its words.
	if headline := strings.ReplaceAll(htmlHeadline(s.text), "_", " "); (phrase == "" || phrase == "access denied" && len(marks) == 0) && s.html &&
		(pageRefusalRE.MatchString(headline) || len(marks) == 0 && ipRefusal(headline)) {
		return false, false, nil
	}
	accept := strings.ToLower(reqH.Get("Accept"))
	asked := strings.Contains(accept, "html")
	switch {
	case s.html && (len(marks) > 0 || phrase != ""):
		found, strong = true, true
	case phrase != "" && !s.json && (strings.Contains(phrase, "modsecurity") || strings.Contains(phrase, "incident") || strings.Contains(phrase, "rejected")):
		found, strong = true, true
	case s.html && status == http.StatusForbidden && !asked && !businessRuleRE.MatchString(s.text):
		// (A page that names a rule every caller meets, a file type
		// refused, is the API's answer about the request: no proxy's.)
		found = true
	default:
		return false, false, nil
	}
	if s.html {
		ev = append(ev, textf("Content-Type: %s (an HTML page; the request accepted %s)", respH.Get("Content-Type"), orDash(reqH.Get("Accept"))))
	}
	ev = append(ev, marks...)
	if phrase != "" {
		ev = append(ev, textf("the page says %q", phrase))
	}
	if s.message != "" {
		ev = append(ev, textf("page: %s", s.message))
	}
	return found, strong, ev
}

var blockedByPersonRE = lazyre.New(blockedByPersonPattern)

// defaultPageRE recognises a web server's built-in error page (nginx,
// Apache): its access rules refused the request, no WAF did.
var defaultPageRE = lazyre.New(defaultPagePattern)

// appPermissionPageRE: an HTML page naming the permission the user lacks
// (Jenkins: "ci-bot is missing the Overall/Administer permission"), or
// saying this client may not fetch this URL (Google Frontend in front of
// Cloud Run or Cloud Functions without the invoker role), or that the
// caller's privileges fall short (Monit's read-only user: "You do not have
// sufficient privileges to access this page"; CUPS: "Your account does
// not have the necessary privileges."), is the application refusing an
// authenticated caller; no WAF knows its permissions.
var appPermissionPageRE = lazyre.New(`\bis missing the [a-z0-9/ _.-]{1,60} permission\b|\bclient does not have permission to [a-z]+ url\b|` +
	`\b(do|does) not have (the )?(sufficient|necessary|required|enough) (privileges|permissions|access rights)\b|\binsufficient (privileges|access rights)\b`)

// webServerSignaturePattern: the line a web server signs its own error
// pages with (nginx's and openresty's <center>, Apache's <address>).
const webServerSignaturePattern = `<center>(nginx|openresty)[^<]*</center>|<address>apache`

var webServerSignatureRE = lazyre.New(webServerSignaturePattern)

// defaultPagePattern: nginx and openresty, Apache, IIS, Tomcat and Jetty
// pages for a refused request: the web server's access rules refused it.
// Apache's sentence is read as Apache words it ("You don't have
// permission to access /x on this server.", since 2.4.39 "… to access
// this resource."): the same words with another ending are an
// application's ("You don't have permission to access this.", Directus),
// and Werkzeug's "You don't have the permission to access the requested
// resource." is the framework's page (frameworkPageRE), whose reading
// differs: there the application refused, and its status says no more.
const defaultPagePattern = webServerSignaturePattern + `|you don't have permission to access ([^<>]{1,200}?\son this server|this resource)\b|403 - forbidden: access is denied|http status 403 [–-] forbidden|<h2>http error 403`

// frameworkPageRE: the default 403 page of a Python web framework, the
// application's own answer and no WAF's: WebOb's, which OpenStack Swift
// and Pyramid copy ("Access was denied to this resource."), and
// Werkzeug's (Flask: "You don't have the permission to access the
// requested resource."). Its words say no more than the status, so the
// status's own reading stands. A reading apart from defaultPagePattern's
// (Apache's close words), which says a web server's access rules refused,
// not the application.
var frameworkPageRE = lazyre.New(`\baccess was denied to this resource\b|\byou don'?t have the permission to access the requested resource\b`)

func orDash(s string) string {
	if s == "" {
		return "anything"
	}
	return s
}

// securityRulesBlockedPattern: the request said blocked or rejected by
// security rules, a firewall or a WAF (its rules or policy): a filter in
// front of the API refused it. The request must be the subject: a payment
// or an account "blocked by security rules" is the business's verdict,
// and an authorization "policy" alone is a permission's.
const securityRulesBlockedPattern = `\brequests? (was |were |has been |have been |is |are )?(blocked|rejected) by (the |our |a |an )?(security rules?|(web application )?firewall( rules?| polic(y|ies))?|waf( rules?| polic(y|ies))?)\b`
