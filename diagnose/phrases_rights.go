package diagnose

// rightsLackedPattern: a caller said to lack a right in the forms the
// permission families did not hold, each met as a refusal on a status
// with no default reading (a 400, 422 or 500), where the family's one
// form let it pass unread:
//   - the right said insufficient, as a title or with what it is for
//     ("Insufficient Privileges", the Apple Music API's 400; "User has
//     insufficient permissions for this resource"); "insufficient
//     funds", "balance" or "stock" name no right;
//   - a holder said to be missing rights, or a right named missing with
//     its name after a colon ("User is missing one or more roles:
//     CanGetSocialMediaHandles", the Open Bank Project's 400; "Missing
//     permission: meters.read"); a bare "Missing role" may be a form's
//     field, and is left alone;
//   - "does not have permission to <do>" (or "lacks", "has no")
//     whatever names the holder before it, an id or a quoted name between ("The client '…' with
//     object id '…' does not have permission to perform action …", ARM's
//     400 InvalidTemplateDeployment);
//   - a plan, tier or holder said not to have access to a privilege or
//     feature ("User's subscription tier does not have access to
//     privilege: CloudLibrary").
const rightsLackedPattern = `\binsufficient (access )?` + rightNouns + `\b|` +
	`\b(is|are) missing (one or more |some |the |an? )?(required |necessary |needed )?` + rightNouns + `\b|` +
	`\bmissing (one or more |the |an? )?(required |necessary )?(permissions?|privileges?|roles?|entitlements?)\s*:\s*['"\x60]?[a-z]|` +
	`\b((does not|doesn'?t|do not|don'?t|did not) have|lacks?|(has|have) no) (the )?(required |necessary |sufficient )?(permissions?|privileges?|rights|authori[sz]ation) to (perform|access|read|write|use|call|execute|view|see|create|update|delete|modify|manage|run|invoke|list|get|make|do)\b|` +
	`\b(does not|doesn'?t|do not|don'?t) have access to (the |this )?(privilege|permission|feature|right|entitlement)s?\b`
