package suites

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"
)

// expandPaths lists the suite files that paths name: files as given,
// directories searched for *.yaml and *.yml (hidden ones skipped), each
// file once, relative to the working directory when below it.
func expandPaths(paths []string) ([]string, Errors) {
	var files []string
	var errs Errors
	seen := map[string]bool{}
	// The working directory is looked up once, not twice per file (a
	// thousand suites cost four thousand stat calls, all before the first
	// file is read).
	relative := relativeTo(workDir())
	add := func(f string) {
		f = relative(f)
		if !seen[f] {
			seen[f] = true
			files = append(files, f)
		}
	}
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			errs = append(errs, Error{Pos: Pos{File: p}, Msg: "no such file or directory"})
			continue
		}
		if !info.IsDir() {
			add(p)
			continue
		}
		var found []string
		_ = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				// An unreadable directory would silently drop its suites
				// and leave CI green with fewer tests.
				errs = append(errs, Error{Pos: Pos{File: relative(path)}, Msg: fmt.Sprintf("cannot read: %v", err)})
				return nil
			}
			// Hidden directories (.github, .git) hold workflows and other
			// YAML that is not a suite.
			if d.IsDir() && path != p && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			if !d.IsDir() && isSuiteFile(path) {
				found = append(found, path)
			}
			return nil
		})
		if len(found) == 0 {
			errs = append(errs, Error{Pos: Pos{File: p}, Msg: "no *.yaml or *.yml suites in this directory"})
		}
		sort.Strings(found)
		for _, f := range found {
			add(f)
		}
	}
	return files, errs
}

// namedFiles lists the paths given as files, not found in a directory.
func namedFiles(paths []string) map[string]bool {
	named := map[string]bool{}
	relative := relativeTo(workDir())
	for _, p := range paths {
		if info, err := os.Stat(p); err == nil && !info.IsDir() {
			named[relative(p)] = true
		}
	}
	return named
}

// isOpenAPIDocument reports whether a YAML file that is not a valid suite
// is an OpenAPI or Swagger document: one that a directory holds next to
// its suites (a suite's openapi: file) is not a suite, and must not stop
// the run. Only files that failed to load are read again.
func isOpenAPIDocument(path string) bool {
	data, err := readCapped(path, MaxFileSize)
	if err != nil {
		return false
	}
	var top map[string]any
	if yaml.Unmarshal(data, &top) != nil {
		return false
	}
	_, swagger := top["swagger"]
	_, openapi := top["openapi"]
	_, paths := top["paths"]
	_, info := top["info"]
	return (swagger || openapi) && (paths || info)
}

func isSuiteFile(path string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	return ext == ".yaml" || ext == ".yml"
}

// workDir is the working directory, "" when it cannot be known.
func workDir() string {
	wd, err := os.Getwd()
	if err != nil {
		return ""
	}
	return wd
}

// relativeTo returns what makes a path relative to the working directory
// wd when it is below it: reports and annotations name files the way the
// repository does.
func relativeTo(wd string) func(p string) string {
	return func(p string) string {
		if wd != "" {
			abs := p
			if !filepath.IsAbs(p) {
				abs = filepath.Join(wd, p) // what filepath.Abs does, without asking for wd again
			}
			if rel, err := filepath.Rel(wd, abs); err == nil && !strings.HasPrefix(rel, "..") {
				return filepath.ToSlash(rel)
			}
		}
		return filepath.ToSlash(filepath.Clean(p))
	}
}
