// Package suites is the suite model: YAML loading with positions, strict
// validation, environments, .env files, variable interpolation and
// credentials. It sends nothing; the runner executes what it loads.
package suites

import (
	"time"

	"github.com/authspec/authspec/assert"
	"github.com/authspec/authspec/vocab"
)

// Pos is where a value stands in its YAML file.
type Pos struct {
	File string
	Line int
	Col  int
}

// String is a scalar from the suite that may hold ${VAR} references. It is
// interpolated per environment at run time, never in the raw YAML text, so
// positions stay exact and values cannot inject YAML.
type String struct {
	Raw string
	Pos Pos // of the value
	Key Pos // of its key (`token:`), when it is a mapping value
}

// At is where a finding about the value points: its key when it has one,
// as lint reports `file:line:col` at `token:`, else the value.
func (s String) At() Pos {
	if s.Key.Line > 0 {
		return s.Key
	}
	return s.Pos
}

// IsSet reports whether the key was present in the file.
func (s String) IsSet() bool { return s.Pos.Line > 0 }

// Pair is one ordered name/value entry (headers, query, form, vars).
type Pair struct {
	Name  string
	Value String
}

// Suite is one loaded suite file.
type Suite struct {
	File         string // path relative to the working directory
	Dir          string // directory of File, for env files and TLS files
	Version      int
	Name         string
	Pos          Pos
	OpenAPI      String // the suite's OpenAPI document, relative to Dir; unset when none
	Vars         []Pair
	Public       []String       // variables whose values are identifiers, shown as written
	Environments []*Environment // in file order
	Credentials  map[string]*Credential
	Defaults     Settings
	Scenarios    []*Scenario
	// whole is the suite as its file holds it, when this one keeps only
	// some of its scenarios (WithScenarios).
	whole *Suite
}

// WithScenarios is the suite with only scs as its scenarios (authspec
// request and rotate run a few): what concerns the file as a whole, such
// as a public: name no scenario refers to, is still judged on all of them.
func (s *Suite) WithScenarios(scs []*Scenario) *Suite {
	c := *s
	c.Scenarios = scs
	if c.whole == nil {
		c.whole = s
	}
	return &c
}

// Environment returns the environment with that name, or nil.
func (s *Suite) Environment(name string) *Environment {
	for _, e := range s.Environments {
		if e.Name == name {
			return e
		}
	}
	return nil
}

// Environment is one target of a suite: staging, production, ….
type Environment struct {
	Name          string
	Pos           Pos
	BaseURL       String
	EnvFiles      []String
	Vars          []Pair
	Public        []String // variables whose values are identifiers here
	ExpectClaims  []Pair   // iss, aud, … of the JWTs this environment uses
	AllowInsecure bool
	TLS           *TLS
}

// TLS is an environment's client-certificate (mTLS) and CA setup.
type TLS struct {
	Pos      Pos
	CAFile   String
	CertFile String
	KeyFile  String
	Insecure bool // skip server verification (self-signed test servers)
}

// CredField is one single-valued field of a credential: its name as
// written in a suite and where its value lives.
type CredField struct {
	Name  string
	Value *String
}

// StringFields lists the credential's single-valued fields, set or not,
// in a fixed order (so messages about them are the same from run to run).
// The loader fills them through it and the runner reads them through it.
// An array, not a slice: callers range over it without an allocation.
func (c *Credential) StringFields() [12]CredField {
	return [...]CredField{{vocab.FieldToken, &c.Token}, {vocab.FieldPrefix, &c.Prefix}, {vocab.FieldPrevious, &c.Previous},
		{vocab.FieldHeader, &c.Header}, {vocab.FieldQuery, &c.Query}, {vocab.FieldKey, &c.Key},
		{vocab.FieldUsername, &c.Username}, {vocab.FieldPassword, &c.Password}, {vocab.FieldTokenURL, &c.TokenURL},
		{vocab.FieldClientID, &c.ClientID}, {vocab.FieldClientSecret, &c.ClientSecret}, {vocab.FieldAudience, &c.Audience}}
}

// Credential is a named way to authenticate. Every field value is a secret.
type Credential struct {
	Name string
	Pos  Pos
	Type string

	Token    String // bearer
	Prefix   String // bearer, default "Bearer"
	Previous String // rotated-out value that must now be rejected

	Header String // api_key: header name, or
	Query  String // api_key: query parameter name
	Key    String // api_key

	Username String // basic
	Password String

	Headers []Pair // header: sent as given

	TokenURL     String // oauth2_client_credentials
	ClientID     String
	ClientSecret String
	Scopes       []String
	Audience     String
	Params       []Pair
	AuthStyle    string // "basic" (default) or "body"

	// Shared: one value is meant for every environment, so a value equal
	// to another environment's is not a finding.
	Shared bool
}

// Settings are the knobs that defaults and scenarios share.
type Settings struct {
	Timeout         time.Duration
	Retry           *Retry
	Headers         []Pair
	FollowRedirects *bool
}

// Retry says when a request is sent again.
type Retry struct {
	Attempts int
	Delay    time.Duration
	On       []int // status codes
	Network  bool  // retry on connection errors and timeouts
}

// Scenario is one named test: a single request or a list of steps.
type Scenario struct {
	Name          string
	Pos           Pos
	Kind          string
	Auth          string // credential name; "" for none
	AuthPos       Pos
	Only          []string
	Skip          string
	Settings      Settings // merged: defaults, then the scenario's own
	Steps         []*Step  // a single-request scenario has one step
	Probes        []string
	ProbeStatus   assert.Status
	Matrix        *Matrix
	RequiresScope []string
	// Operation names the OpenAPI operation the scenario tests,
	// "GET /pets/{petId}"; empty when the scenario does not say.
	Operation    string
	OperationPos Pos
}

// Step is one request with its expectations and captures.
type Step struct {
	Pos     Pos
	Auth    string // overrides the scenario's auth when AuthSet
	AuthSet bool
	AuthPos Pos
	Request Request
	Expect  Expect
	Capture []Capture
}

// Request is what a step sends.
type Request struct {
	Pos     Pos
	Method  String
	Path    String // joined to base_url, or
	URL     String // absolute
	Query   []Pair
	Headers []Pair
	JSON    *JSONValue
	Form    []Pair
	Body    *String
}

// JSONValue is a YAML value sent as JSON. Its strings are interpolated.
type JSONValue struct {
	Pos   Pos
	Value any // map[string]any (ordered keys kept in Keys), []any, String, float64, int64, bool, nil
}

// Expect holds a step's assertions, all validated at load time.
type Expect struct {
	Status          assert.Status // zero: the default for the scenario's kind
	Headers         []Check
	Body            []Check
	BodyContains    []String
	BodyNotContains []String
	MaxDuration     time.Duration
}

// Check is one header or gjson body path with its compiled matchers.
type Check struct {
	Path     string
	Pos      Pos
	Matchers []assert.Matcher
}

// Capture stores a response value as a variable for later steps.
type Capture struct {
	Name   string
	From   string // gjson path, or "header:Name"
	Pos    Pos
	Header string // set when From is "header:Name"
}

// Matrix is a permission matrix: each request × credential is a test case.
type Matrix struct {
	Pos         Pos
	Credentials []string // "none" means no credentials
	Rows        []MatrixRow

	credPos []Pos // where each credential is named, for load errors
}

// MatrixRow is one named request and the status expected per credential.
type MatrixRow struct {
	Name    string
	Pos     Pos
	Request Request
	Expect  []assert.Status // one per credential, in order
}

// DefaultStatus is the status expected when a step states none.
func DefaultStatus(kind string) assert.Status {
	switch kind {
	case vocab.KindFailure:
		return assert.MustStatus(401)
	case vocab.KindPermission:
		return assert.MustStatus(403)
	case vocab.KindMissingData:
		return assert.MustStatus([]any{400, 422})
	default:
		return assert.MustStatus("2xx")
	}
}
