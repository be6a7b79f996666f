package suites

// Declared is what the suites' OpenAPI documents (`openapi:`) declare
// about the operations their requests reach, keyed by the position of
// each request (a step's `request:` or a matrix row's). The command fills
// it from the documents before anything is sent; the runner checks each
// answer to a request sent without credentials against it. A request it
// does not list is not checked.
type Declared map[Pos]DeclaredOperation

// DeclaredOperation is one operation's security as its document declares
// it.
type DeclaredOperation struct {
	Operation string // "GET /pets/{petId}"
	Document  Pos    // where the document declares the operation
	// Secured: every alternative of its security requirement needs a
	// credential, so a 2xx without one is a security failure.
	Secured bool
	// Public: the document declares it callable without credentials
	// (`security: []`, or an empty alternative `{}`), so a 401 or 403
	// without one means the API and its document disagree.
	Public  bool
	Schemes []string // the schemes its requirement names, for messages
	// Headers and Query name where its schemes carry credentials
	// (Authorization, an API key's header or query parameter, Cookie):
	// a request with none of them, and no `auth`, went without.
	Headers []string
	Query   []string
}
