package suites

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// Each loader goroutine reads file after file into one parser's memory:
// every suite, and every error, must be what Parse makes of its file
// alone, however many files were read into that memory since (a suite that
// kept a node of its tree would now hold another file's).
func TestLoadFilesReusingParserIsParse(t *testing.T) {
	files := testSuiteFiles(t)
	if len(files) < 20 {
		t.Fatalf("only %d files: the test reads too few to reuse memory", len(files))
	}
	// Twice over, in order: the second pass reads each file into memory
	// the others used.
	files = append(files, files...)
	loaded := loadFiles(files, nil)
	for i, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		s, errs := Parse(f, data)
		if !reflect.DeepEqual(loaded[i].suite, s) || !reflect.DeepEqual(loaded[i].errs, errs) {
			t.Errorf("%s: loaded otherwise than Parse reads it alone:\n%+v\n%v\nParse:\n%+v\n%v", f, loaded[i].suite, loaded[i].errs, s, errs)
		}
	}
}

// A loader's reader fails as os.Open and os.ReadFile fail, in the same
// words (they end up in "cannot read suite: …"), and each read returns the
// whole file, however many larger, smaller or empty files the same buffer
// held before; a file one byte over the limit is refused, and a file whose
// size says less than it holds (Linux's /proc) is still read to its end.
func TestFileReaderIsReadFile(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "missing.yaml")
	_, want := os.Open(missing)
	var r fileReader
	if _, err := r.read(missing, MaxFileSize); err == nil || want == nil || err.Error() != want.Error() {
		t.Fatalf("read(missing) = %v, os.Open = %v", err, want)
	}
	_, want = os.ReadFile(dir)
	if _, err := r.read(dir, MaxFileSize); err == nil || want == nil || err.Error() != want.Error() {
		t.Fatalf("read(a directory) = %v, os.ReadFile = %v", err, want)
	}
	files := []string{"testdata/load/bad/a.yaml", "../examples/suites/accounts.yaml"}
	for i, n := range []int{0, 1, 511, 512, 513, 3000, 100, 0, 5000} {
		f := filepath.Join(dir, fmt.Sprintf("f%d.yaml", i))
		if err := os.WriteFile(f, bytes.Repeat([]byte{byte('a' + i)}, n), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	if _, err := os.Stat("/proc/self/status"); err == nil {
		// First, into a new buffer: the size, 0, leaves room for 1 byte.
		files = append([]string{"/proc/self/status"}, files...)
	}
	for _, f := range append(files, files...) {
		got, err := r.read(f, MaxFileSize)
		if err != nil {
			t.Fatal(err)
		}
		// /proc/self/status changes from read to read: its whole text
		// ends with a line of the process's voluntary switches.
		if want, _ := os.ReadFile(f); f != "/proc/self/status" && string(got) != string(want) || f == "/proc/self/status" && !strings.Contains(string(got), "\nnonvoluntary_ctxt_switches:") {
			t.Fatalf("%s: read %d bytes %.40q, want %d bytes %.40q", f, len(got), got, len(want), want)
		}
	}
	limit := filepath.Join(dir, "limit.yaml")
	for _, n := range []int{100, 101} {
		if err := os.WriteFile(limit, bytes.Repeat([]byte("x"), n), 0o644); err != nil {
			t.Fatal(err)
		}
		got, err := r.read(limit, 100)
		if n == 100 && (err != nil || len(got) != 100) || n == 101 && err == nil {
			t.Errorf("a file of %d bytes with a limit of 100: %d bytes, %v", n, len(got), err)
		}
	}
}

// testSuiteFiles are every test and example suite: the files the tests
// that compare a shortcut with parsing each file whole read both ways.
func testSuiteFiles(t *testing.T) []string {
	t.Helper()
	var files []string
	for _, pattern := range []string{"testdata/ok/*.yaml", "testdata/err/*.yaml", "testdata/load/*/*.y*ml", "../examples/suites/*.yaml"} {
		found, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, found...)
	}
	return files
}
