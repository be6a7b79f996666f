package suites

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// Each loader goroutine reads file after file into one parser's memory:
// every suite, and every error, must be what Parse makes of its file
// alone, however many files were read into that memory since (a suite that
// kept a node of its tree would now hold another file's).
func TestLoadFilesReusingParserIsParse(t *testing.T) {
	var files []string
	for _, pattern := range []string{"testdata/ok/*.yaml", "testdata/err/*.yaml", "testdata/load/*/*.y*ml", "../examples/suites/*.yaml"} {
		found, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, found...)
	}
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

// openFile reads what os.Open reads and fails as it does, in the same
// words: they end up in "cannot read suite: …".
func TestOpenFileIsOsOpen(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "missing.yaml")
	_, want := os.Open(missing)
	if _, err := openFile(missing); err == nil || want == nil || err.Error() != want.Error() {
		t.Fatalf("openFile(missing) = %v, os.Open = %v", err, want)
	}
	data, err := readCapped("testdata/load/bad/a.yaml", MaxFileSize)
	if err != nil {
		t.Fatal(err)
	}
	if want, _ := os.ReadFile("testdata/load/bad/a.yaml"); string(data) != string(want) {
		t.Fatalf("readCapped read %q, want %q", data, want)
	}
}
