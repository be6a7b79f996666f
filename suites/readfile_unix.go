//go:build unix

package suites

import (
	"io/fs"
	"syscall"
)

// suiteFile is a suite file open for reading, as a bare descriptor.
// os.Open offers every file it opens to the network poller, which refuses
// regular files (four fcntl calls and an epoll_ctl each), and even an
// os.File made with os.NewFile asks for the descriptor's flags, sets a
// finalizer and reads its size through a fresh FileInfo: for a thousand
// small suites those were most of the time spent opening and reading.
type suiteFile struct {
	fd   int
	path string
}

// openSuiteFile opens path for reading; it fails as os.Open fails, in the
// same words (they end up in "cannot read suite: …").
func openSuiteFile(path string) (suiteFile, error) {
	for range 100 { // an open interrupted by a signal is tried again, as os.Open does
		fd, err := syscall.Open(path, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return suiteFile{}, &fs.PathError{Op: "open", Path: path, Err: err}
		}
		return suiteFile{fd, path}, nil
	}
	return suiteFile{}, &fs.PathError{Op: "open", Path: path, Err: syscall.EINTR}
}

// size is the length of a regular file, -1 for anything else (a pipe, a
// device), which is read to its end whatever its size says.
func (f suiteFile) size() int64 {
	var st syscall.Stat_t
	if syscall.Fstat(f.fd, &st) != nil || st.Mode&syscall.S_IFMT != syscall.S_IFREG {
		return -1
	}
	return st.Size
}

// read reads into p; 0 and no error at the end of the file.
func (f suiteFile) read(p []byte) (int, error) {
	for {
		n, err := syscall.Read(f.fd, p)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return 0, &fs.PathError{Op: "read", Path: f.path, Err: err}
		}
		return n, nil
	}
}

func (f suiteFile) close() { syscall.Close(f.fd) }
