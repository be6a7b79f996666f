package openapi

import (
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"

	"github.com/authspec/authspec/internal/lazyre"
	"github.com/authspec/authspec/suites"
	"github.com/pb33f/libopenapi"
	"github.com/pb33f/libopenapi/datamodel"
	"github.com/pb33f/libopenapi/index"
	yaml3 "go.yaml.in/yaml/v3"
	"go.yaml.in/yaml/v4"
)

// Detail says how much of each operation Load reads.
type Detail int

const (
	// Security reads the servers, the security schemes and, per
	// operation, its security requirement and documented 2xx statuses:
	// what coverage and the run-time checks need. No schema is read.
	Security Detail = iota
	// Samples also reads every operation's parameters and request body
	// with their sample values, which the generator writes.
	Samples
)

// Load reads the document at file, following local $refs to other files
// relative to it. Remote ($ref: https://…) references are refused: authspec
// never sends anything while it reads a document. Errors are
// suites.Errors positioned file:line:col.
//
// A large document allocates a few hundred MiB of short-lived nodes while
// it is built; under a tight heap limit the collector then takes most of
// the time. Load leaves the process's collector settings alone: a command
// that loads large documents loosens them around the call (see
// internal/heaproom).
func Load(file string, detail Detail) (*Doc, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, suites.Errors{{Pos: suites.Pos{File: file}, Msg: fmt.Sprintf("cannot read the OpenAPI document: %v", unwrapPath(err))}}
	}
	return Parse(file, data, detail)
}

func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// Parse reads a document whose text is data; file names it in errors and
// anchors its relative $refs.
func Parse(file string, data []byte, detail Detail) (*Doc, error) {
	file = filepath.ToSlash(file)
	if errs := syntaxErrors(file, data); errs != nil {
		return nil, errs
	}
	abs, err := filepath.Abs(filepath.FromSlash(file))
	if err != nil {
		abs = file
	}
	cfg := &datamodel.DocumentConfiguration{
		AllowFileReferences:   true,
		AllowRemoteReferences: false,
		BasePath:              filepath.Dir(abs),
		SpecFilePath:          filepath.Base(abs),
		// Cycles are legal in schemas and irrelevant to authentication.
		IgnorePolymorphicCircularReferences: true,
		IgnoreArrayCircularReferences:       true,
		// What authspec never reads, skipped for speed (a third of the
		// time on a large document): the JSON copy of the document, the
		// search for circular references, and $refs under x- extensions.
		// (The circular reference check stays: it is what finds a broken
		// $ref inside another file of a multi-file document.)
		SkipJSONConversion:         true,
		ExcludeExtensionRefs:       true,
		SkipCircularReferenceCheck: true,
		Logger:                     slog.New(slog.NewTextHandler(io.Discard, nil)),
	}
	// libopenapi keeps hashes, pooled nodes and indexes in global caches
	// that would hold the whole model (90 MiB here) after it is read.
	defer libopenapi.ClearAllCaches()
	ldoc, err := libopenapi.NewDocumentWithConfiguration(data, cfg)
	if err != nil {
		return nil, suites.Errors{{Pos: suites.Pos{File: file, Line: 1, Col: 1}, Msg: docError(err)}}
	}
	info := ldoc.GetSpecInfo()
	var d *Doc
	var berr error
	switch {
	case strings.HasPrefix(info.Version, "2"):
		m, err := ldoc.BuildV2Model()
		berr = err
		if m != nil {
			d = fromV2(file, &m.Model, detail)
		}
	default:
		m, err := ldoc.BuildV3Model()
		berr = err
		if m != nil {
			d = fromV3(file, &m.Model, detail)
		}
	}
	if errs := buildErrors(file, positioner(file, ldoc.GetRolodex()), errors.Join(berr, indexErrors(ldoc.GetRolodex()))); len(errs) > 0 {
		return nil, errs.Err()
	}
	if d == nil {
		return nil, suites.Errors{{Pos: suites.Pos{File: file, Line: 1, Col: 1}, Msg: "the OpenAPI document could not be read"}}
	}
	if errs := undefinedSchemes(d); len(errs) > 0 {
		return nil, errs
	}
	d.SpecVersion = info.Version
	d.index()
	return d, nil
}

// undefinedSchemes: a security requirement may only name a scheme that
// the document defines (components.securitySchemes, Swagger 2.0's
// securityDefinitions). Each such name is reported once, at the first
// operation it would secure.
func undefinedSchemes(d *Doc) suites.Errors {
	var out suites.Errors
	seen := map[string]bool{}
	for _, o := range d.Operations {
		for _, r := range o.Security {
			for _, u := range r {
				if d.Scheme(u.Scheme) != nil || seen[u.Scheme] {
					continue
				}
				seen[u.Scheme] = true
				out = append(out, suites.Error{Pos: o.Pos, Msg: fmt.Sprintf(
					"%s: its security requirement names %q, which the document does not define as a security scheme", o.Key(), u.Scheme)})
			}
		}
	}
	return out
}

// syntaxErrors parses data as YAML (JSON is YAML) first, so a syntax error
// is reported with the line the parser gives.
func syntaxErrors(file string, data []byte) suites.Errors {
	// yaml v3 (the suites' parser) gives 1-based lines in its messages.
	var root yaml3.Node
	err := yaml3.Unmarshal(data, &root)
	if err == nil {
		if len(root.Content) == 0 {
			return suites.Errors{{Pos: suites.Pos{File: file}, Msg: "the OpenAPI document is empty"}}
		}
		top := root.Content[0]
		if top.Kind != yaml3.MappingNode {
			return suites.Errors{{Pos: suites.Pos{File: file, Line: top.Line, Col: top.Column}, Msg: "an OpenAPI document is a mapping with `openapi: 3.x` or `swagger: \"2.0\"` at the top"}}
		}
		for i := 0; i+1 < len(top.Content); i += 2 {
			if k := top.Content[i].Value; k == "openapi" || k == "swagger" {
				return nil
			}
		}
		return suites.Errors{{Pos: suites.Pos{File: file, Line: top.Line, Col: top.Column}, Msg: "not an OpenAPI document: no `openapi: 3.x` or `swagger: \"2.0\"` key at the top"}}
	}
	return suites.Errors{suites.SyntaxError(file, data, err)}
}

func docError(err error) string {
	return "cannot read the OpenAPI document: " + err.Error()
}

// buildErrors positions what libopenapi reports while it resolves the
// document, in the file that holds each broken $ref, and names its
// target. libopenapi also reports the model it could not build around a
// broken $ref, without a position: that repeats a positioned error and is
// left out when there is one.
func buildErrors(file string, at func(*yaml.Node) suites.Pos, err error) suites.Errors {
	if err == nil {
		return nil
	}
	var out, unpositioned suites.Errors
	for _, e := range unwrapAll(err) {
		var re *index.ResolvingError
		var ie *index.IndexingError
		switch {
		case errors.As(e, &re):
			if re.CircularReference != nil {
				continue // legal in schemas; nothing authspec reads loops
			}
			out = append(out, refError(at, re.Node, re.Path, re.ErrorRef))
		case errors.As(e, &ie):
			out = append(out, refError(at, ie.Node, ie.Path, ie.Err))
		default:
			unpositioned = append(unpositioned, suites.Error{Pos: suites.Pos{File: file}, Msg: e.Error()})
		}
	}
	if len(out) == 0 {
		return unpositioned
	}
	return dedupe(out)
}

// indexErrors are the broken $refs every file's index found, the root's
// and those of the other files of a multi-file document.
func indexErrors(r *index.Rolodex) error {
	if r == nil {
		return nil
	}
	var errs []error
	for _, idx := range append(r.GetIndexes(), r.GetRootIndex()) {
		if idx != nil {
			errs = append(errs, idx.GetReferenceIndexErrors()...)
		}
	}
	return errors.Join(errs...)
}

// dedupe keeps the first of errors that say the same at the same place,
// in the order suites.Errors sort in (file, line, column, message).
func dedupe(errs suites.Errors) suites.Errors {
	seen := map[suites.Error]bool{}
	var out suites.Errors
	for _, e := range errs {
		if !seen[e] {
			seen[e] = true
			out = append(out, e)
		}
	}
	out.Sort()
	return out
}

// backquoted finds `#/ref` in libopenapi's words.
var backquoted = lazyre.New("`([^`]+)`")

func refError(at func(*yaml.Node) suites.Pos, n *yaml.Node, path string, cause error) suites.Error {
	pos := at(n)
	target := ""
	if n != nil {
		target = refTarget(n)
	}
	if (target == "" || target == "$ref") && cause != nil {
		// The node is the $ref key: the target is in the message.
		target = ""
		if m := backquoted.FindStringSubmatch(cause.Error()); m != nil {
			target = m[1]
		}
	}
	msg := "cannot resolve"
	if target != "" {
		msg += fmt.Sprintf(" $ref %q", target)
	}
	switch missing := missingFile(pos.File, target); {
	case missing != "":
		msg += ": the file " + missing + " does not exist"
	case cause != nil:
		msg += ": " + cause.Error()
	}
	if path != "" && !strings.Contains(msg, path) {
		msg += " (at " + path + ")"
	}
	return suites.Error{Pos: pos, Msg: msg}
}

// missingFile is the file part of a $ref target, as found from the file
// that holds it, when no such file exists; "" otherwise.
func missingFile(from, target string) string {
	name, _, _ := strings.Cut(target, "#")
	if name == "" || strings.Contains(name, "://") {
		return ""
	}
	p := filepath.Join(filepath.Dir(filepath.FromSlash(from)), filepath.FromSlash(name))
	if _, err := os.Stat(p); err == nil {
		return ""
	}
	return filepath.ToSlash(p)
}

// refTarget finds the $ref value at or under n.
func refTarget(n *yaml.Node) string {
	if n.Kind == yaml.ScalarNode {
		return n.Value
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == "$ref" {
			return n.Content[i+1].Value
		}
	}
	return ""
}

func unwrapAll(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var out []error
		for _, e := range j.Unwrap() {
			out = append(out, unwrapAll(e)...)
		}
		return out
	}
	return []error{err}
}
