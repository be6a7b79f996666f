package diagnose

import (
	"net/http"
	"os"
	"regexp"
	"testing"
	"time"

	"github.com/authspec/authspec/internal/lazyre"
)

// corpusTexts are the words the rows read in every corpus answer
// (refusals and non-refusals): the lower-cased body and its normalized
// spelling, as readServer makes them.
func corpusTexts() []string {
	var texts []string
	read := func(status int, header map[string]string, body string) {
		h := http.Header{}
		for k, v := range header {
			h.Set(k, v)
		}
		ex := Exchange{StatusCode: status, ResponseHeader: h, ResponseBody: []byte(body)}
		srv := readServer(ex, newRedactor(nil, nil), nil)
		texts = append(texts, srv.text)
		if srv.norm != srv.text {
			texts = append(texts, srv.norm)
		}
	}
	for _, pc := range allProviderCases(time.Now()) {
		read(pc.status, pc.header, pc.body)
	}
	for _, fc := range allNonRefusals() {
		read(fc.status, fc.header, fc.body)
	}
	return texts
}

// ruleRegexps: each row's words and exception, lazy and compiled whole
// (the regexp package alone, without lazyre's prefilter and split).
type ruleRegexp struct {
	name  string
	lazy  *lazyre.Regexp
	whole *regexp.Regexp
}

func ruleRegexps() []ruleRegexp {
	var out []ruleRegexp
	for _, r := range rules {
		if r.words != nil {
			out = append(out, ruleRegexp{r.name, r.words, regexp.MustCompile(r.words.String())})
		}
		if r.unless != nil {
			out = append(out, ruleRegexp{r.name + " (unless)", r.unless, regexp.MustCompile(r.unless.String())})
		}
	}
	return out
}

// Every row finds in the corpus answers the words the regexp package
// finds: lazyre looks for a phrase's words before it runs, and runs a
// row's alternatives one by one (internal/lazyre/alts.go), which must
// never change a reading. One text in 32 is read (all of them cost
// a minute of CPU: the whole regexps are what lazyre spares;
// RULEWORDS_ALL=1 reads all), and none under the race detector, 14 times
// slower; the lazyre tests and FuzzNeed check the same on any pattern.
func TestRuleWordsMatchAsRegexp(t *testing.T) {
	if raceDetector {
		t.Skip("the same under the race detector; costly there")
	}
	texts, res := corpusTexts(), ruleRegexps()
	if len(texts) < 2000 {
		t.Fatalf("only %d texts: the corpora went missing", len(texts))
	}
	stride := 32
	if os.Getenv("RULEWORDS_ALL") != "" {
		stride = 1
	}
	matched := 0
	for i := 0; i < len(texts); i += stride {
		s, text := texts[i], lazyre.NewText(texts[i]) // one Text read by every row, as ruleHits does
		for _, r := range res {
			loc, want := r.whole.FindStringIndex(s), ""
			if loc != nil {
				want = s[loc[0]:loc[1]]
				matched++
			}
			if got := r.lazy.FindString(s); got != want {
				t.Errorf("%s: FindString = %q, want %q in\n%s", r.name, got, want, s)
			}
			if got := r.lazy.MatchString(s); got != (loc != nil) {
				t.Errorf("%s: MatchString = %v in\n%s", r.name, got, s)
			}
			if got := r.lazy.FindIn(text); got != want {
				t.Errorf("%s: FindIn = %q, want %q in\n%s", r.name, got, want, s)
			}
		}
	}
	if matched < 1000/stride {
		t.Errorf("the rows matched %d times in the corpora: too few to show anything", matched)
	}
}

// BenchmarkRuleWords reads every corpus answer's words with every row,
// as ruleHits does (a lazyre.Text read by every row), as lazyre does for
// one pattern at a time (prefilter, alternatives one by one), and as the
// regexp package alone does: the ratios, in one run, are what lazyre
// spares the rules table.
func BenchmarkRuleWords(b *testing.B) {
	texts, res := corpusTexts(), ruleRegexps()
	b.Run("text", func(b *testing.B) {
		for b.Loop() {
			for _, s := range texts {
				t := lazyre.NewText(s)
				for _, r := range res {
					r.lazy.FindIn(t)
				}
			}
		}
	})
	b.Run("lazyre", func(b *testing.B) {
		for b.Loop() {
			for _, s := range texts {
				for _, r := range res {
					r.lazy.FindString(s)
				}
			}
		}
	})
	b.Run("regexp", func(b *testing.B) {
		for b.Loop() {
			for _, s := range texts {
				for _, r := range res {
					r.whole.FindString(s)
				}
			}
		}
	})
}
