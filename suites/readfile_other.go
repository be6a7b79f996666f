//go:build !unix

package suites

import (
	"errors"
	"io"
	"os"
)

// suiteFile is a suite file open for reading (see readfile_unix.go).
type suiteFile struct{ f *os.File }

func openSuiteFile(path string) (suiteFile, error) {
	f, err := os.Open(path)
	return suiteFile{f}, err
}

// size is the length of a regular file, -1 for anything else.
func (f suiteFile) size() int64 {
	info, err := f.f.Stat()
	if err != nil || !info.Mode().IsRegular() {
		return -1
	}
	return info.Size()
}

// read reads into p; 0 and no error at the end of the file.
func (f suiteFile) read(p []byte) (int, error) {
	n, err := f.f.Read(p)
	if errors.Is(err, io.EOF) {
		err = nil
	}
	return n, err
}

func (f suiteFile) close() { f.f.Close() }
