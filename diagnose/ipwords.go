package diagnose

import (
	"bytes"
	"net/http"
	"strings"

	"github.com/authspec/authspec/internal/lazyre"
)

// The caller's IP address refused: the words of a server or a header
// that say the request's address is not on an allowlist.

// ipRefusedPattern: the caller's IP address itself named refused
// (Directus's "Invalid IP address." on a 401 for a role limited to
// addresses, "Unauthorized IP address", dLocal's "Unregistered IP
// address." on a 403, "IP address 203.0.113.7 is not authorized to access
// this resource", Atlas's, in any of the words for not let in), the
// address perhaps after a colon; with the address named, "not supported"
// says not let in too (Moodle's "Invalid token - IP:203.0.113.7 is not
// supported"), or said not in a list of allowed addresses (MEXC's "IP
// [203.0.113.7] not in the ip white list", "not whitelisted"). Also a
// credential said not to allow access from the
// address ("Invalid authorization: API key does not allow access from IP
// 203.0.113.7", Supercell's game APIs; "this token does not permit
// requests from your IP address"), and the same refusal written as an
// error code (Tabstats' {"API":{"code":"INVALID_IP"}} beside "You need an
// API key.", Supercell's accessDenied.invalidIp, ip_not_allowed). Also a
// request said not authorized (permitted, allowed) for an operation made
// using or from this source IP (Azure Storage's
// AuthorizationSourceIPMismatch, "This request is not authorized to
// perform this operation using this source IP 203.0.113.57.", a SAS
// limited to an address range). Read on
// a 401 or 403, or a 2xx whose body refuses, where
// it cannot be a field of the request the server found malformed, and on
// another 4xx when the address it names is none the request carried
// (ipRefusedHere). The API's user is its caller: "invalid user IP"
// (Amap's INVALID_USER_IP) is the caller's address refused. Also no
// authorization said for the address, in words or as a code ("No
// authorization for this IP"; Upbit's 401 no_authorization_i_p, whose IP
// a class name's underscoring spelled letter by letter, as it spells any
// acronym: i_p is ip in a code). Two
// readings are right: ipRefusal below is the weaker one, an IP word and a
// refusal word in one string on any status, which cannot tell that the
// address is what was refused, so it ranks below every rules row
// (scoreIPRestricted); this row names the address refused and ranks with
// the rows, ahead of the permission's words in the same sentence
// ("explicit deny").
const ipRefusedPattern = `\b(invalid|bad|wrong|incorrect|unauthori[sz]ed|unknown|unrecogni[sz]ed|untrusted|disallowed|forbidden|unregistered|unlisted|unapproved) (client |source |remote |origin |request |caller |user )?ip( address)?\b|` +
	`\bip( address)?(( |\s?[:=]\s?)[0-9a-f.:]{3,45})? (is )?(invalid|unauthori[sz]ed|unrecogni[sz]ed|untrusted|unregistered|not (recogni[sz]ed|authori[sz]ed|trusted|permitted|allowed|registered|approved|whitelisted|allowlisted))\b|` +
	`\bip( address)?(( |\s?[:=]\s?)\[?[0-9a-f.:]{3,45}\]?)? (is )?not (in|on|part of) (the |your |an? |any |its )?([a-z'-]+ ){0,2}?(white[ -]?list|allow[ -]?list|safe[ -]?list)\b|` +
	`\bip( address)?( |\s?[:=]\s?)[0-9a-f.:]{3,45} (is )?not (supported|accepted)\b|` +
	`\b(does|do|will) not (allow|permit|accept) (access|requests?|calls?|connections?) from (this |your |the |that |an? )?((client|source|remote|caller) )?ip( address)?\b|` +
	`\b(invalid|unauthori[sz]ed|unknown|untrusted|disallowed|forbidden|unregistered|unlisted|unapproved)_((client|source|remote|request|caller|user)_)?(ip|i_p)(_address)?\b|` +
	`\b(ip|i_p)_(address_)?not_(allowed|authori[sz]ed|permitted|whitelisted|allowlisted|registered|trusted)\b|` +
	`\bno_?authori[sz]ation_?((for|from)_?)?(ip|i_p)\b|\bno authori[sz]ation (for|from) (this |your |the |that )?((client|source|remote|caller|request) )?ip( address)?\b|` +
	`\bnot (authori[sz]ed|permitted|allowed)( to [a-z]+( [a-z]+){0,3}?)? (using|from|with) (this|that|the|your) ((client|source|remote|caller) )?ip( address)?\b`

// callerIPUnmatchedPattern: nothing the server is set up with (an API
// client, a key, a rule, an allowed range) said to match the caller's own
// IP address ("There isn't an active API client matching your IP address
// in the configuration (203.0.113.7)", GLPI's 400; "No API key matches
// your IP address"; "Your IP address does not match any allowed range").
// "Your" names the caller, so on any status it is the caller's address
// that was not let in, not a field of the request ("The IP address field
// does not match the format" names no one's). Said of "your IP address"
// alone it must say what it does not match is something set up to let
// callers in (an allowed range, the registered one, an allowlist): "Your
// IP address does not match the country of your billing address" is a
// payment's fraud check, no refusal of the address.
const callerIPUnmatchedPattern = `\b(no|not an?|isn'?t an?|is not an?|there is no|there are no)( active| registered| enabled| allowed| configured)? ([a-z]+ ){0,2}(clients?|keys?|tokens?|rules?|entry|entries|ranges?|accounts?|applications?|apps?) (that )?(match(es|ing)?|correspond(s|ing)? to) (your|the caller'?s|the requester'?s) ip( address)?\b|` +
	`\byour ip( address)?( \(?[0-9a-f.:]{3,45}\)?)? (does not|doesn'?t|did not|didn'?t) match (any|an?|the)( [a-z-]+){0,3}? ` +
	`((allowed|permitted|authori[sz]ed|registered|configured|whitelisted|allowlisted|trusted|approved)\b|(ip )?(whitelist|allowlist|allow list|ranges?|rules?|entry|entries)\b)`

// privateNetworkOnlyPattern: the resource said reachable only from a
// private network, and the request said to come from outside it: its
// public network access turned off ("Public network access is disabled";
// "Public access is disabled. Please configure private endpoint.", Azure
// AI services), a virtual network said configured for the resource ("A
// Virtual Network is configured for this resource. Please use the correct
// endpoint"), traffic said not from an approved private endpoint, or a
// service perimeter that refused it (Google Cloud's VPC Service Controls,
// "Request is prohibited by organization's policy.
// vpcServiceControlsUniqueIdentifier: …"; "outside the service
// perimeter"). What refused is where the request came from, as an IP
// allowlist: run from inside that network. "Public access" alone is not
// enough: "Public access is not permitted on this storage account" is
// anonymous access turned off (a credential is wanted), not a network's;
// so the words need the network (public network access) or the private
// endpoint to turn to.
const privateNetworkOnlyPattern = `\b(public|internet) network access (is|has been|was) (disabled|blocked|denied|turned off|not allowed)\b|` +
	`\bpublic access (is|has been|was) (disabled|blocked|turned off)\b[^.]{0,40}[.;,]?\s*(please )?(configure|use|set up|create|go through) (a |an |the )?private (endpoint|link)\b|` +
	`\b(a )?virtual network( rules?)? (is|are) configured for this (resource|account|service|workspace|vault)\b|` +
	`\bnot from an? (approved|allowed|authori[sz]ed|trusted|configured) (private (endpoint|link)|virtual network|vnet|vpc)\b|` +
	`\bvpc[ _]?service[ _]?controls?|\b(outside|not in|not within) (the |a |its |your )?(vpc |security |service )?perimeter\b`

// ipRefusedRE is ipRefusedPattern compiled once, for the rules row and
// the token endpoint's reading alike.
var ipRefusedRE = lazyre.New(ipRefusedPattern)

// ipRefusedHere: the words that refuse an IP address are read on a
// refusal's status (or a 2xx that refuses), or on another 4xx when the
// address they name is none the request carried in its URL or body: then
// the server named the caller's own address (MEXC answers its IP
// allowlist with a 400), not a field of the request ("IP 203.0.113.7 not
// in the whitelist" to a call that removes that entry).
func ipRefusedHere(a *analysis) bool {
	if refusedByStatusOrBody(a) {
		return true
	}
	if st := a.ex.StatusCode; st < 400 || st >= 500 {
		return false
	}
	addr := ipLiteralRE.FindString(ipRefusedRE.FindString(a.srv.text))
	return addr != "" && !strings.Contains(a.ex.URL, addr) && !bytes.Contains(a.ex.RequestBody, []byte(addr))
}

// ipLiteralRE: an IPv4 address, or an IPv6 one (hex groups and colons).
var ipLiteralRE = lazyre.New(`\b\d{1,3}(\.\d{1,3}){3}\b|\b[0-9a-f]{0,4}(:[0-9a-f]{0,4}){2,7}\b`)

var (
	ipWordRE        = lazyre.New(`\b(ip|ipv4|ipv6|ip address(es)?|source address|client address|remote address|\d{1,3}(\.\d{1,3}){3})\b`)
	refusalRE       = lazyre.New(`not allowed|not permitted|denied|blocked|restricted|forbidden|not authori[sz]ed|not in`)
	versionNumberRE = lazyre.New(`(?i)\b(version|ver\.?|v|build|release|revision)[\s:=]*\d+(\.\d+)+`)
	ipPhraseRE      = lazyre.New(`ip address restriction|allow[- ]?list|white[- ]?list|ip restriction|ip range|trusted ip|your ip|client ip|source ip|cidr|` + ipNotAllowedPattern)
)

// originListRE: an origin (or domain) said not on a list or to be listed.
var originListRE = lazyre.New(originRestrictedPattern)

// linkRE: a URL in the text, whose host (an address too, on a server
// reached by its IP: "Contact us at http://10.0.0.5:9080/contact/") is the
// server's, where to sign up or ask for help, not the caller's.
var linkRE = lazyre.New(`(?i)\b[a-z][a-z0-9+.-]*://[^\s"'<>]+`)

// ipRestricted reads words about IP addresses and allowlists in the body
// or in the response's headers.
func ipRestricted(text string, h http.Header) (bool, string) {
	// An origin to list in the app's CORS settings is a referrer's list,
	// not an address's (referrer restriction reads it).
	if m := ipPhraseRE.FindString(text); m != "" && !(originListRE.MatchString(text) && !ipWordRE.MatchString(text)) {
		return true, textf("the body mentions %q", m)
	}
	// The address and the refusal must be said together: an error body
	// that reports the caller's address in a field of its own ("clientIp":
	// "198.51.100.7" next to "Not authorized") refuses for another reason.
	if ipRefusal(text) {
		return true, lit("the body refuses the request by IP address")
	}
	for name, vs := range h {
		for _, v := range vs {
			l := strings.ToLower(v)
			if ipPhraseRE.MatchString(l) || strings.Contains(strings.ToLower(name), "deny") && ipWordRE.MatchString(l) {
				return true, textf("header %s: %s", name, v)
			}
		}
	}
	return false, ""
}

// ipRefusal: a line or quoted string of text names an IP address and a
// refusal together. A dotted number after "version" or "build" is the
// server's version ("(version 24.3.2.23 (official build))" at the end of
// ClickHouse's ACCESS_DENIED), not an address; nor is the host of a link
// the server gives (its contact or sign-up page, api-umbrella's "… is not
// authorized to access the given service. Contact us at
// http://10.0.0.5:9080/contact/").
func ipRefusal(text string) bool {
	text = linkRE.ReplaceAllString(versionNumberRE.ReplaceAllString(text, ""), "")
	for _, part := range strings.FieldsFunc(text, func(r rune) bool { return r == '"' || r == '\n' }) {
		if ipWordRE.MatchString(part) && refusalRE.MatchString(part) {
			return true
		}
	}
	return false
}
