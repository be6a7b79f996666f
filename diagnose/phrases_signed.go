package diagnose

// Phrases for a signed request refused: its signature, its timestamp or
// nonce, or the address it came from that the key is bound to.

// signatureRefusedPattern: the request's signature said not valid with
// words between ("Signature for this request is not valid.", Binance's
// -1022), or a short sign error (Bybit's "error sign!", OKX's "Invalid
// Sign"), or its HMAC said wrong (Papago's "HMAC_HASH_INCORRECT"): the
// secret that signs, or what was signed, is wrong; the
// credential was read and refused. Also the hash, digest or signature
// said not to match ("The hash in the Authorization header doesn't match
// up.", Podcast Index's answer to a SHA-1 of key, secret and date it
// computes otherwise). A signature named with other words
// between ("the signature field is not valid", an e-signature API's
// form) is a document's, not the request's.
const signatureRefusedPattern = `\bsignatures?( (for|of) (this|the|your) request| provided| sent| given)? (is|was|are|were) (not valid|invalid|incorrect|wrong)\b|` +
	`\b(error|invalid|bad|wrong|incorrect|unrecogni[sz]ed) sign\b|\bsign(ature)? (error|mismatch|verification failed|check failed)\b|` +
	`\bhmac([ _-](hash|signature|digest))?[ _-]((is|was) )?(incorrect|invalid|mismatch(ed)?|wrong|not valid|verification failed)\b|\b(invalid|incorrect|wrong|bad) hmac\b|` +
	`\b(the )?(hash|digest|signature|hmac)( (in|of|sent in) the [a-z0-9-]+ header)? (does not|doesn'?t|did not|didn'?t) match( up)?\b`

// requestFreshnessPattern: a signed request refused for its timestamp or
// nonce, not its key ("Timestamp for this request is outside of the
// recvWindow.", "please check your timestamp and recv_window param",
// "Timestamp request expired", "Nonce is too small.", "nonce: small",
// "Nonce '…' has not increased since your last call", "EAPI:Invalid
// nonce", also as a code, Kraken Futures' nonceBelowThreshold and
// nonceDuplicate, Upbit's nonce_used): this machine's clock is off, or another program (or an
// earlier run) used the key with a higher nonce. A timestamp of the
// request's data ("start timestamp is invalid") is not one: only the
// request's own timestamp, or the window it must fall in, counts. Also
// the request's time said to differ from the server's, or the advice to
// synchronise this machine's clock, beside a signature said expired
// (Tencent Cloud's AuthFailure.SignatureExpire: "Signature expired. Please
// use local time and enable NTP service for time synchronization to
// avoid a deviation between `+"`Timestamp`"+` and the server time …"): the
// signed request is too old for the server's clock, whatever the words
// call it. The advice alone ("use NTP on the device", a device API's
// words about its devices' clocks) names no request refused.
const requestFreshnessPattern = `\b(deviation|difference|skew|offset|gap) between\b[^.]{0,40}\btimestamp\b[^.]{0,40}\bserver('s)? (time|clock)\b|` +
	`\bsignature (has |is |was )?expired\b[^\n]{0,80}\b(enable|use|turn on|start) (the )?ntp\b|` +
	`\b(request('s)? timestamp|timestamp (for|of) (this|the|your) request|timestamp request|timestamp in (the )?(header|signature))\b[^.]{0,40}\b(outside|expired|too (old|new|far|late|early)|out of (range|window|sync)|not within|ahead|behind)\b|` +
	`\brecv_?window\b|\b(check|sync(hroni[sz]e)?) your (server |system |local |device |computer )?(timestamp|clock|time)\b|` +
	`\bnonce\b[^.]{0,40}\b(too (small|low)|small|(has )?not (increased|increasing)|must (be )?increas\w*|already (been )?used|reused|repeated|invalid|expired)\b|\binvalid[ _]?nonce\b|` +
	`\bnonce_?(below_?(the_?)?threshold|too_?(small|low|old)|duplicated?|reused)\b|\bnonce_(duplicates|used|repeated|invalid|expired)\b|\b(duplicate[ds]?|reused|repeated|used)_nonce\b|` +
	`\bnot within \d+ (seconds|ms|milliseconds) of (the )?server time\b`

// ipNotAllowedPattern: the caller's address said not to match the ones the
// key is bound to, in words other than an allowlist's ("unmatched ip.",
// Bybit; "Invalid request ip", KuCoin; "This key does not allow access
// from this IP.", Bitvavo; "Request IP Mismatch", Phemex; "IP
// Prohibited", CoinEx's 4007 for an address not on the key's list), or
// the caller's address named invalid or unknown (Amap's INVALID_USER_IP
// in a 200: the key's address allowlist does not hold it); a bare
// "Invalid IP address" may be a field's value (an IP lookup's), so the
// address must be named the caller's (client, source, remote, user). Not
// "IP banned": a rate limit's ban (Binance's -1003) reads so too.
const ipNotAllowedPattern = `\b(unmatched|mismatched) ip\b|\bip (address )?mismatch\b|\brequest ip\b|\b(access )?from (this|your) ip( address)?\b|\bip( address)? (is |was )?prohibited\b|` +
	`\b(invalid|unauthori[sz]ed|unknown|untrusted|disallowed|unregistered|unlisted|unapproved)[ _](client|source|remote|caller|user)[ _]ip([ _]address)?\b`
