package openapi

import (
	"os"
	"path/filepath"
	"strings"
)

// displayPath names a file of a multi-file document the way the user
// named the root: relative to the working directory when below it.
func displayPath(root, abs string) string {
	if wd, err := os.Getwd(); err == nil {
		if rel, err := filepath.Rel(wd, abs); err == nil && !strings.HasPrefix(rel, "..") {
			return filepath.ToSlash(rel)
		}
	}
	_ = root
	return filepath.ToSlash(abs)
}
