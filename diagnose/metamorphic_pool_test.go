package diagnose

import (
	"fmt"
	"maps"
	"net/http/httptest"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// TestMetamorphic's answers are read on every core: each answer is read
// one at a time against a server of its own worker, and the outcomes are
// gathered in the corpora's order, so the test reports exactly what it
// reported when it read them one after another (the same variants, the
// same counts, the same messages in the same order). On CI's two cores
// the full run takes about half the time it took on one.

// metaCase is one answer of the corpora as TestMetamorphic reads it: the
// answer as its server sent it, the first cause it must get (or none),
// and whether it is a refusal (a non-refusal is not said by the
// refusal-only transforms).
type metaCase struct {
	pc      provCase
	answer  variant
	want    string
	refusal bool
}

// metaRead is what one variant's reading gave: its causes' codes and what
// the checks said on the way (replayed on the test in order).
type metaRead struct {
	got []string
	rec *recorder
}

// metaVariant: the variant transform trs[tr] made of an answer, and its
// reading.
type metaVariant struct {
	tr int
	v  variant
	metaRead
}

// metaOutcome: an answer read as it is, kept when its first cause is
// right today, then each variant the transforms made of it.
type metaOutcome struct {
	base     metaRead
	kept     bool
	variants []metaVariant
}

// readMetaCases reads every case on GOMAXPROCS workers, each with its own
// variant server (a server answers the variant it was last told to, so
// one server serves one request at a time), and returns the outcomes in
// the cases' order.
func readMetaCases(cases []metaCase, trs []transform, now time.Time) []metaOutcome {
	out := make([]metaOutcome, len(cases))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			srv, serve := variantServer()
			defer srv.Close()
			for i := int(next.Add(1)) - 1; i < len(cases); i = int(next.Add(1)) - 1 {
				out[i] = cases[i].read(srv, serve, trs, now)
			}
		})
	}
	wg.Wait()
	return out
}

// read reads mc's answer and, when its first cause is right today, every
// variant of it.
func (mc metaCase) read(srv *httptest.Server, serve func(variant), trs []transform, now time.Time) metaOutcome {
	o := metaOutcome{base: readVariant(srv, serve, mc.pc, mc.answer, now)}
	if mc.refusal && mc.want == "" || firstCode(o.base.got) != mc.want {
		return o
	}
	o.kept = true
	a := readAnswer(mc.answer.status, mc.answer.header, mc.answer.body)
	for i, tr := range trs {
		if tr.refusalOnly && !mc.refusal {
			continue
		}
		if v, ok := tr.apply(a, mc.want); ok {
			o.variants = append(o.variants, metaVariant{tr: i, v: v, metaRead: readVariant(srv, serve, mc.pc, v, now)})
		}
	}
	return o
}

// readVariant sends pc's request to the variant server answering v and
// analyzes the exchange, checking every cause's texts as the test did.
func readVariant(srv *httptest.Server, serve func(variant), pc provCase, v variant, now time.Time) (r metaRead) {
	r.rec = &recorder{}
	defer func() {
		if p := recover(); p != nil && p != r.rec {
			panic(p)
		}
	}()
	serve(v)
	ex := pc.corpusCase().send(r.rec, srv, "") // the variant server answers, not the case's own
	// Judged at the moment the cases were built: a short-lived token
	// (Coinbase's two-minute CDP JWT) must not expire half-way through a
	// run that takes minutes on a loaded machine.
	ex.Now = now
	var extra []string
	if len(pc.secrets) > 0 {
		ex.Redactor = runRedactor(pc.cred, pc.secrets)
		extra = slices.Collect(maps.Values(pc.secrets))
	}
	causes := Analyze(ex)
	checkCauses(r.rec, causes, pc.cred, extra...)
	r.got = codesOf(causes)
	return r
}

func firstCode(codes []string) string {
	if len(codes) == 0 {
		return ""
	}
	return codes[0]
}

// recorder stands for the test in a worker's goroutine: it keeps what the
// checks say, for the test to say in the corpora's order (a worker may
// not stop the test: Fatal ends only the reading, and the replay stops
// the test there).
type recorder struct {
	testing.TB // nil: only the methods below are used
	said       []string
	fatal      bool
}

func (r *recorder) Helper() {}

func (r *recorder) Errorf(format string, args ...any) {
	r.said = append(r.said, fmt.Sprintf(format, args...))
}

func (r *recorder) Error(args ...any) {
	r.said = append(r.said, strings.TrimSuffix(fmt.Sprintln(args...), "\n"))
}

func (r *recorder) Fatalf(format string, args ...any) {
	r.Errorf(format, args...)
	r.fatal = true
	panic(r)
}

func (r *recorder) Fatal(args ...any) {
	r.Error(args...)
	r.fatal = true
	panic(r)
}

// replay says on t what a reading's checks said, in the order they said
// it, and stops the test where a check stopped the reading.
func (r metaRead) replay(t *testing.T) {
	t.Helper()
	for _, s := range r.rec.said {
		t.Error(s)
	}
	if r.rec.fatal {
		t.FailNow()
	}
}
