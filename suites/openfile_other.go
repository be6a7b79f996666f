//go:build !unix

package suites

import "os"

// openFile opens a suite file for reading (see openfile_unix.go).
func openFile(path string) (*os.File, error) { return os.Open(path) }
