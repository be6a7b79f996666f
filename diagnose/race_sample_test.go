package diagnose

import (
	"bytes"
	"os"
	"os/exec"
	"runtime"
	"slices"
	"sync"
	"testing"
	"time"
)

// The corpora's tests read one answer at a time on one goroutine: the
// race detector has nothing to find there (a race needs two goroutines),
// and it makes every analysis about ten times slower. Under -race they
// read every raceStride-th answer of each corpus, so the race-built
// binary still goes down the readings' paths, and
// TestAnalyzeConcurrent reads answers of every corpus on several
// goroutines at once, which is where a race would be. Without -race
// (go test ./diagnose, a step of .ci/run of its own) every answer is
// read.
const raceStride = 10

// sampled: the i-th answer of a corpus is read in this run.
func sampled(i int) bool { return !raceDetector || i%raceStride == 0 }

// checkRead fails a corpus run that left answers unread without -race, or
// read none of a corpus under it.
func checkRead(t *testing.T, label string, read, total int) {
	t.Helper()
	switch {
	case !raceDetector && read != total:
		t.Errorf("%s: %d of %d answers read without -race: every answer must be", label, read, total)
	case total > 0 && read == 0:
		t.Errorf("%s: none of %d answers read", label, total)
	case raceDetector:
		t.Logf("%s: %d of %d answers read under -race (every %dth; without -race, all)", label, read, total, raceStride)
	}
}

// TestRaceSample: without -race every answer is read; under it every
// raceStride-th, the first of each corpus among them.
func TestRaceSample(t *testing.T) {
	read := 0
	for i := range 1000 {
		if sampled(i) {
			read++
		}
	}
	want := 1000
	if raceDetector {
		want = 1000 / raceStride
	}
	if read != want || !sampled(0) {
		t.Errorf("%d of 1000 answers read (the first: %v), want %d", read, sampled(0), want)
	}
}

// concurrentFirstEnv marks the fresh process TestAnalyzeConcurrent runs
// its reading in.
const concurrentFirstEnv = "AUTHSPEC_TEST_CONCURRENT_FIRST"

// TestAnalyzeConcurrent: answers of every corpus analyzed on several
// goroutines at once (as the runner's --parallel does) get the causes
// they get one at a time. It is the test the race detector is run for:
// the readings' lazily built patterns (lazyre) and shared tables are
// used concurrently here. In the test process the other tests have
// built every pattern already, so the test runs itself again in a fresh
// process of the same (race-built, under -race) binary, where the
// concurrent pass is the first reading: the patterns those answers reach
// are first built on several goroutines at once (building the exchanges
// before it, a local server's answers, calls no reading). Each pattern
// is first built by whichever worker reaches it: which of them race for
// it depends on the schedule, so a race in a build is likely seen, not
// certain.
func TestAnalyzeConcurrent(t *testing.T) {
	if os.Getenv(concurrentFirstEnv) == "" {
		cmd := exec.Command(os.Args[0], "-test.run=^TestAnalyzeConcurrent$", "-test.count=1", "-test.v")
		cmd.Env = append(os.Environ(), concurrentFirstEnv+"=1")
		out, err := cmd.CombinedOutput()
		if err != nil || !bytes.Contains(out, []byte("--- PASS: TestAnalyzeConcurrent")) {
			t.Fatalf("the fresh process: %v\n%s", err, out)
		}
		return
	}
	now := time.Now()
	// Spread over every corpus: every 61st answer with an expected cause
	// and every 31st non-refusal (about 70 answers).
	var cases []provCase
	for i, pc := range allProviderCases(now) {
		if i%61 == 0 {
			cases = append(cases, pc)
		}
	}
	for i, fc := range allNonRefusals() {
		if i%31 == 0 {
			cases = append(cases, provCase{name: "non-refusal " + fc.name, status: fc.status, header: fc.header, body: fc.body,
				cred: bearer("API_TOKEN", "tok_7Hq2LmN9pR4sT6vX8zB1cD3f"), path: fc.path})
		}
	}
	exs := make([]Exchange, len(cases))
	want := make([][]Cause, len(cases))
	for i, pc := range cases {
		exs[i] = pc.corpusCase().run(t, "")
		exs[i].Now = now
	}
	workers := max(4, runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	got := make([][][]Cause, workers)
	for w := range workers {
		got[w] = make([][]Cause, len(cases))
		wg.Go(func() {
			// Each worker starts at its own answer, so different answers
			// are read at the same moment; each reads its own copy of the
			// exchange, as each of the runner's requests has its own.
			for k := range cases {
				i := (k + w*len(cases)/workers) % len(cases)
				ex := exs[i]
				ex.RequestHeader, ex.ResponseHeader = ex.RequestHeader.Clone(), ex.ResponseHeader.Clone()
				ex.ResponseBody = bytes.Clone(ex.ResponseBody)
				got[w][i] = Analyze(ex)
			}
		})
	}
	wg.Wait()
	// One at a time after, so the concurrent pass read first.
	for i := range cases {
		want[i] = Analyze(exs[i])
	}
	for w := range workers {
		for i, pc := range cases {
			if !slices.EqualFunc(got[w][i], want[i], sameCause) {
				t.Errorf("%s: worker %d read %v, one at a time %v", pc.name, w, codesOf(got[w][i]), codesOf(want[i]))
			}
		}
	}
	if len(cases) < 40 {
		t.Errorf("only %d answers: the corpora went missing", len(cases))
	}
}

func sameCause(a, b Cause) bool {
	return a.Code == b.Code && a.Message == b.Message && slices.Equal(a.Evidence, b.Evidence)
}
