package diagnose

// credentialVerdictFormsPattern: a credential refused in the forms the
// refused-credential families did not hold beside the ones they did. A
// 401 reads credential_rejected by its status whether its words are known
// or not, so a form the families lacked showed only where the refusal came
// as a 400 or 422 (the same blind spot as rightsLackedPattern's; probed:
// 16 of 32 credential verdicts read nothing on a 400 or 422, every one of
// them credential_rejected on a 401; 6 after this, the four forms of an
// authentication method said not supported, whose reading depends on
// what else is listed, and a token or key said not found, which on a
// 404 may be a record's). Each form is the twin of one already read:
//   - the check said failed after its noun ("Token verification failed",
//     "signature validation failed", "Verification of the JWT failed"),
//     as "Failed to verify token" (notVerifiedPattern) is;
//   - a login pair, or a credential, said not to match ("Username and
//     password do not match", "API key and secret do not match", "The
//     client secret does not match", "The signatures do not match", "the
//     request signature mismatched"), as "Signature does not match" is; a
//     password alone said not to match is left out: "Passwords do not
//     match" is a sign-up form's check, a login's names its pair;
//   - the login said invalid or incorrect without its pair ("Invalid
//     login.", Unix's "Login incorrect", "The login details are
//     incorrect"), as "Invalid login or password" is; a login name's
//     format ("Invalid login name") is a form's field.
const credentialVerdictFormsPattern = `\b` + credentialPrefixPattern + `(` + lookedUpCredentialNouns + `|signature|hmac)s? (verification|validation) (has |have )?(failed|was unsuccessful|unsuccessful)\b|` +
	`\b(verification|validation) of (the |your |this )?` + credentialPrefixPattern + `(` + lookedUpCredentialNouns + `|signature)s? (has )?failed\b|` +
	`\b(user ?names?|logins?|e-?mails?|users?|client[ _]?ids?|clients?|api[ _-]?keys?|keys?|accounts?|key ids?)( id)? and (passwords?|secrets?|api[ _-]?secrets?|keys?|tokens?|pins?) (do not|don'?t|did not|didn'?t|does not|doesn'?t) match\b|` +
	`\b(secrets?|tokens?|api[ _-]?keys?|credentials?|signatures?)( (provided|supplied|given|sent))? (do not|don'?t|does not|doesn'?t|did not|didn'?t) match\s*($|[.!,;"]|\s(any|our|the|what|records?|expected)\b)|` +
	`\bsignatures? (mismatched|were mismatched|was mismatched)\b|` +
	`\b(invalid|incorrect|wrong|bad) login\s*($|[.!,;"<]|\s(attempt|details|data|information)\b)|\blogin incorrect\b|` +
	`\blogin (details|data|information|credentials) (is |are |was |were )?(incorrect|invalid|wrong)\b`
