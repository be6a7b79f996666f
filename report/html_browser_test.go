package report

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"github.com/authspec/authspec/internal/tooltest"
)

// go test ./report -run TestHTMLInBrowser -screenshot ../docs/html-report.png
var screenshot = flag.String("screenshot", "", "write a full-page PNG screenshot of the fixture's HTML report to this file")

// browser starts Debian's chromium headless, with a fresh profile and
// nothing that talks to the network on its own.
func browser(t *testing.T) context.Context {
	t.Helper()
	bin := tooltest.Need(t, "chromium", "chromium")
	// A profile of its own, removed after the browser is gone: its helper
	// processes may still write there for a moment after it is cancelled,
	// which t.TempDir's cleanup would report as a failure.
	profile, err := os.MkdirTemp("", "authspec-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(bin), chromedp.Headless,
		chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun, chromedp.UserDataDir(profile),
		chromedp.Flag("disable-quic", true), chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true),
		chromedp.Flag("hide-scrollbars", true), chromedp.WindowSize(1280, 900))
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(alloc)
	ctx, cancelTimeout := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(func() {
		cancelTimeout()
		cancelCtx()
		cancelAlloc()
		for range 50 { // at most ~5s
			if os.RemoveAll(profile) == nil {
				return
			}
			time.Sleep(100 * time.Millisecond)
		}
	})
	return ctx
}

// requests records every URL the page asks for.
type requests struct {
	mu   sync.Mutex
	urls []string
}

func (r *requests) listen(ctx context.Context) {
	chromedp.ListenTarget(ctx, func(ev any) {
		if e, ok := ev.(*network.EventRequestWillBeSent); ok {
			r.mu.Lock()
			r.urls = append(r.urls, e.Request.URL)
			r.mu.Unlock()
		}
	})
}

func (r *requests) others(page string) []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []string
	for _, u := range r.urls {
		if u != page {
			out = append(out, u)
		}
	}
	return out
}

// gridCells is the script that reads a grid of the page: for each filled
// cell, its row's first heads, its column, and its two lines.
func gridCells(section string, heads int) string {
	return `[...document.querySelectorAll('` + section + ` td.cell')].map(td => [...[...td.parentElement.children].slice(0, ` +
		strconv.Itoa(heads) + `).map(c => c.textContent), td.dataset.col, td.querySelector('b').textContent, td.querySelector('span')?.textContent ?? ''])`
}

func writePage(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return "file://" + path
}

// The HTML report, opened from disk in a real browser: it asks for nothing
// over the network, its stylesheet passes its own Content-Security-Policy,
// it reads with scripts disabled, no secret is in it, and its grids say
// what the JSON report of the same run says.
func TestHTMLInBrowser(t *testing.T) {
	page, r := renderHTML(t, fixtureChanges(t))
	var js bytes.Buffer
	if err := JSON(&js, r); err != nil {
		t.Fatal(err)
	}
	ctx := browser(t)

	// The listener sees requests: a page that loads an image from a local
	// server is caught (and the server sees it).
	var hits int
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { hits++ }))
	defer srv.Close()
	seen := &requests{}
	seen.listen(ctx)
	control := writePage(t, "control.html", `<!DOCTYPE html><img src="`+srv.URL+`/pixel.png">`)
	if err := chromedp.Run(ctx, network.Enable(), chromedp.Navigate(control), chromedp.WaitReady("img")); err != nil {
		t.Fatal(err)
	}
	if len(seen.others(control)) == 0 || hits == 0 {
		t.Fatal("the request listener did not see the control page's image: the no-request check would prove nothing")
	}

	url := writePage(t, "report.html", page)
	seen = &requests{}
	seen.listen(ctx)
	var html string
	var cells, matrix, probes, envDiff [][]string
	var failBG, okBG string
	err := chromedp.Run(ctx,
		chromedp.Navigate(url),
		chromedp.WaitReady("#all"),
		chromedp.OuterHTML("html", &html),
		chromedp.Evaluate(`[...document.querySelectorAll('table[data-grid=requests] td[data-col]')].map(td => [td.dataset.env, td.dataset.endpoint, td.dataset.col, td.textContent])`, &cells),
		chromedp.Evaluate(`[...document.querySelectorAll('#matrices table td.cell')].map(td => [td.closest('table').dataset.grid, td.dataset.row, td.dataset.col, td.querySelector('b').textContent, td.querySelector('span').textContent])`, &matrix),
		chromedp.Evaluate(gridCells("#probes", 3), &probes),
		chromedp.Evaluate(gridCells("#envdiff", 2), &envDiff),
		chromedp.Evaluate(`getComputedStyle(document.querySelector('.totals .fail')).backgroundColor`, &failBG),
		chromedp.Evaluate(`getComputedStyle(document.querySelector('.totals .pass')).backgroundColor`, &okBG),
	)
	if err != nil {
		t.Fatal(err)
	}
	if others := seen.others(url); len(others) > 0 {
		t.Errorf("the report made requests: %q", others)
	}
	// The inline stylesheet is allowed by its hash: a blocked one leaves
	// every background transparent.
	if failBG == okBG || strings.Contains(failBG, "rgba(0, 0, 0, 0)") {
		t.Errorf("the stylesheet did not apply under the page's CSP: failed %q, passed %q", failBG, okBG)
	}
	noSecrets(t, r.Redactor, html)

	var doc jsonReport
	if err := json.Unmarshal(js.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	want := map[string]int{}
	for _, res := range doc.Results {
		for _, st := range res.Steps {
			k := res.Environment + "|" + st.Endpoint + "|"
			want[k+"requests"]++
			switch c := st.StatusCode; {
			case c >= 200 && c < 300:
				want[k+"2xx"]++
			case c == 401 || c == 403:
				want[k+strconv.Itoa(c)]++
			default:
				want[k+"other"]++
			}
		}
	}
	got := map[string]int{}
	for _, c := range cells {
		n, err := strconv.Atoi(c[3])
		if err != nil {
			t.Fatalf("cell %q is not a number", c)
		}
		if n > 0 {
			got[c[0]+"|"+c[1]+"|"+c[2]] = n
		}
	}
	if fmt.Sprint(got) != fmt.Sprint(want) || len(want) == 0 {
		t.Errorf("request grid:\n got %v\nwant %v", got, want)
	}

	var wantCells, gotCells []string
	for _, res := range doc.Results {
		if res.Row == "" {
			continue
		}
		base := strings.TrimSuffix(res.Scenario, " ["+res.Row+" as "+res.Credential+"]")
		wantCells = append(wantCells, fmt.Sprintf("%s [%s]|%s|%s|%d|expected %s", base, res.Environment, res.Row, res.Credential,
			res.Steps[0].StatusCode, res.Expected))
	}
	for _, c := range matrix {
		gotCells = append(gotCells, strings.Join(c, "|"))
	}
	if !slices.Equal(gotCells, wantCells) || len(wantCells) == 0 {
		t.Errorf("matrix cells:\n got %q\nwant %q", gotCells, wantCells)
	}

	// Probes by credential, and the cases that differ between
	// environments, hold what the JSON report says of each case.
	var wantProbes []string
	statuses := map[string]map[string]bool{}
	for _, res := range doc.Results {
		k := res.Suite + "|" + res.Scenario
		if statuses[k] == nil {
			statuses[k] = map[string]bool{}
		}
		statuses[k][res.Status] = true
		if res.Probe == "" {
			continue
		}
		cred := cmp.Or(res.Credential, "none")
		wantProbes = append(wantProbes, strings.Join([]string{res.Environment, cred,
			strings.TrimSuffix(res.Scenario, " [probe: "+res.Probe+"]"), res.Probe, cmp.Or(answer(&res), res.Status), res.Status}, "|"))
	}
	var wantDiff []string
	for _, res := range doc.Results {
		if len(statuses[res.Suite+"|"+res.Scenario]) > 1 {
			wantDiff = append(wantDiff, strings.Join([]string{res.Suite, res.Scenario, res.Environment, res.Status, answer(&res)}, "|"))
		}
	}
	for _, g := range []struct {
		name string
		got  [][]string
		want []string
	}{{"probes", probes, wantProbes}, {"results that differ between environments", envDiff, wantDiff}} {
		var got []string
		for _, c := range g.got {
			got = append(got, strings.Join(c, "|"))
		}
		slices.Sort(got)
		slices.Sort(g.want)
		if !slices.Equal(got, g.want) || len(g.want) == 0 {
			t.Errorf("%s grid:\n got %q\nwant %q", g.name, got, g.want)
		}
	}

	// With scripts disabled the page reads the same: it has none to run.
	if strings.Contains(page, "<script") {
		t.Error("the page has a script")
	}
	err = chromedp.Run(ctx,
		emulation.SetScriptExecutionDisabled(true),
		chromedp.Navigate(url),
		chromedp.WaitVisible("table[data-grid=requests]"),
		chromedp.WaitVisible("#matrices table"),
		chromedp.WaitVisible("#causes"),
	)
	if err != nil {
		t.Errorf("with scripts disabled the grids are not visible: %v", err)
	}
	if *screenshot != "" {
		var png []byte
		if err := chromedp.Run(ctx, emulation.SetScriptExecutionDisabled(false), chromedp.Navigate(url),
			chromedp.WaitReady("#all"), chromedp.FullScreenshot(&png, 100)); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(*screenshot, png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
