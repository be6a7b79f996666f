package secret

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/url"
	"reflect"
	"strings"
	"sync"
	"testing"
)

func TestRedact(t *testing.T) {
	var r Redactor
	r.Add("API_TOKEN", "tok_abc123")
	r.Add("LONG", "tok_abc123_and_more") // contains the other value: longest wins
	r.Add("SHORT", "ab")                 // below MinLen: not looked for in text
	r.AddBasic("admin", "alice", "pa ss/word")
	tests := []struct{ in, want string }{
		{"Authorization: Bearer tok_abc123", "Authorization: Bearer " + Label("API_TOKEN", "tok_abc123")},
		{"x tok_abc123_and_more y", "x " + Label("LONG", "tok_abc123_and_more") + " y"},
		{"ab stays", "ab stays"},
		{"Basic " + base64.StdEncoding.EncodeToString([]byte("alice:pa ss/word")), "Basic " + Label("admin", "alice:pa ss/word")},
		{"q=" + url.QueryEscape("tok_abc123_and_more"), "q=" + Label("LONG", "tok_abc123_and_more")},
		{"b64 " + base64.StdEncoding.EncodeToString([]byte("tok_abc123")), "b64 " + Label("API_TOKEN", "tok_abc123")},
		{"", ""},
	}
	for _, tc := range tests {
		if got := r.Redact(tc.in); got != tc.want {
			t.Errorf("Redact(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// A secret that occurs inside another secret's label must not be replaced
// inside that label: redaction is one pass.
func TestRedactIsOnePass(t *testing.T) {
	var r Redactor
	r.Add("TOKEN", "zzzzzzzzzz")
	r.Add("X", "TOKEN") // the label of the first contains this value
	got := r.Redact("zzzzzzzzzz")
	if got != Label("TOKEN", "zzzzzzzzzz") {
		t.Fatalf("got %q", got)
	}
}

func TestFingerprintAndLabel(t *testing.T) {
	// sha256("secret") = 2bb80d53…
	if got := Fingerprint("secret"); got != "2bb80d" {
		t.Fatalf("Fingerprint = %q", got)
	}
	if got := Label("API_TOKEN", "secret"); got != "[API_TOKEN sha256:2bb80d]" {
		t.Fatalf("Label = %q", got)
	}
}

// Only a new run-time credential of ShortLen or more is announced (GitHub
// prints each announcement as ::add-mask::VALUE): never a value known
// before the run, its derived forms, a Basic pair's base64, a value derived
// from known secrets, or a short value that would mask ordinary words.
func TestOnAddAnnouncesPrimaryValuesOnly(t *testing.T) {
	var r Redactor
	var seen []string
	r.OnAdd(func(v string) { seen = append(seen, v) })
	r.Add("ENV", "known before the run")
	r.AddCredential("A", "value one/two")
	r.AddCredential("A", "value one/two")
	r.AddCredential("B", "value one/two")
	r.AddCredential("SHORT", "abc1234")
	r.AddBasic("admin", "alice", "secret-pass")
	r.AddDerived("A (altered)", "value xyz/two")
	if len(seen) != 1 || seen[0] != "value one/two" {
		t.Fatalf("announced %q, want only the primary value once", seen)
	}
	for _, v := range []string{url.QueryEscape("value one/two"), base64.StdEncoding.EncodeToString([]byte("alice:secret-pass")), "value xyz/two"} {
		if strings.Contains(r.Redact("<"+v+">"), v) {
			t.Errorf("%q is not redacted", v)
		}
	}
}

func TestConcurrentUse(t *testing.T) {
	var r Redactor
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				v := strings.Repeat(string(rune('a'+i)), 5+j%3)
				r.Add("V", v)
				_ = r.Redact("xx " + v + " yy")
				// The same value under a second name: views made and
				// dropped while other values are added.
				r.Add(fmt.Sprintf("W%d", i), v)
				_ = r.Prefer(Source{fmt.Sprintf("W%d", i), v}).Redact("xx " + v + " yy")
			}
		}(i)
	}
	wg.Wait()
	for _, v := range r.Values() {
		if strings.Contains(r.Redact("<"+v+">"), v) && !strings.Contains(Label("V", v), v) {
			t.Fatalf("value %q not redacted", v)
		}
	}
}

// A value with characters that JSON and Go quoting escape must still be
// found once escaped: in a JSON body a server echoes, in our own JSON
// request bodies, and in messages that quote it with %q.
func TestRedactEscapedForms(t *testing.T) {
	const v = `a"b&c<d>e\f`
	var r Redactor
	r.Add("TOK", v)
	htmlEscaped, _ := json.Marshal(map[string]string{"t": v})
	var plain strings.Builder
	enc := json.NewEncoder(&plain)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(map[string]string{"t": v})
	for _, text := range []string{string(htmlEscaped), plain.String(), fmt.Sprintf("got %q", v), "raw " + v} {
		got := r.Redact(text)
		if strings.Contains(got, "a\\\"b") || strings.Contains(got, `a"b`) || strings.Contains(got, "e\\\\f") {
			t.Errorf("Redact(%s) = %s: secret still visible", text, got)
		}
		if !strings.Contains(got, Label("TOK", v)) {
			t.Errorf("Redact(%s) = %s: no label", text, got)
		}
	}
}

// Adding n values costs O(n) (the replacer is rebuilt once, on the next
// Redact), not O(n²): compare 1,000 and 4,000 adds.
func BenchmarkAddThenRedact(b *testing.B) {
	for _, n := range []int{1000, 4000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				var r Redactor
				for k := 0; k < n; k++ {
					r.Add("CAPTURE", fmt.Sprintf("captured-value-%06d", k))
				}
				_ = r.Redact("text with captured-value-000042 in it")
			}
		})
	}
}

// Short values (usernames, weak passwords) are replaced only as whole
// words: "adm" is hidden in "user adm" and in "/basic-auth/adm/x", but
// "administrator" is left alone, and labels are never rewritten.
func TestShortValuesMatchWholeWords(t *testing.T) {
	var r Redactor
	r.Add("ADM_USER", "adm")
	r.Add("GUEST", "guest")
	r.Add("TOKEN", "tok_0123456789abcdef") // long: replaced anywhere
	adm, guest, tok := Label("ADM_USER", "adm"), Label("GUEST", "guest"), Label("TOKEN", "tok_0123456789abcdef")
	for _, tc := range []struct{ in, want string }{
		{"Not administrator user", "Not administrator user"},
		{"user adm failed", "user " + adm + " failed"},
		{"/basic-auth/adm/x", "/basic-auth/" + adm + "/x"},
		{`{"user":"guest"}`, `{"user":"` + guest + `"}`},
		{"guest_user guests guest", "guest_user guests " + guest},
		{"xtok_0123456789abcdefx", "x" + tok + "x"},
		{"sha256 adm", "sha256 " + adm},
	} {
		if got := r.Redact(tc.in); got != tc.want {
			t.Errorf("Redact(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	// A short value that is part of a label stays inside it.
	var r2 Redactor
	r2.Add("TOKEN", "tok_0123456789abcdef")
	r2.Add("S", "TOKEN")
	if got, want := r2.Redact("tok_0123456789abcdef"), Label("TOKEN", "tok_0123456789abcdef"); got != want {
		t.Errorf("label rewritten: %q, want %q", got, want)
	}
}

// Short secrets next to escapes are still words ("%3Dadmin" in a nested
// query, "\nadmin" in JSON); values with special characters are replaced
// anywhere; a label inserted for one value is never rewritten by another.
func TestShortValuesEdges(t *testing.T) {
	var r Redactor
	r.Add("U", "admin")
	r.Add("P", "p@ss!")
	r.Add("D", "-abc-")
	r.Add("Q", `"quoted`)
	u, p, d, q := Label("U", "admin"), Label("P", "p@ss!"), Label("D", "-abc-"), Label("Q", `"quoted`)
	for _, tc := range []struct{ in, want string }{
		{"next=%2Fcb%3Fuser%3Dadmin", "next=%2Fcb%3Fuser%3D" + u},
		{`{"m":"line\nadmin"}`, `{"m":"line\n` + u + `"}`},
		{`"\u0022admin"`, `"\u0022` + u + `"`},
		{"userp@ss!", "userp@ss!"}, // not a whole token
		{"user p@ss!", "user " + p},
		{"p@ss!x", p + "x"},
		{"x-abc-y", "x" + d + "y"},
		{`password"quoted`, "password" + q},
		{"administrator", "administrator"},
	} {
		if got := r.Redact(tc.in); got != tc.want {
			t.Errorf("Redact(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	// Username and password both short: each label stays whole.
	var r2 Redactor
	r2.Add("admin.username", "admin")
	r2.Add("admin.password", "s3cret")
	got := r2.Redact("admin s3cret")
	if want := Label("admin.username", "admin") + " " + Label("admin.password", "s3cret"); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// Many short run-time values (captured ids) cost one pass per text, not one
// per value: compare 500 and 5,000 captures on the same 4 KB body.
func BenchmarkRedactManyShortValues(b *testing.B) {
	body := strings.Repeat(`{"id":"acc_000042","name":"some account","plan":"pro"},`, 70)
	for _, n := range []int{500, 5000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			var r Redactor
			for k := 0; k < n; k++ {
				r.Add("ID", fmt.Sprintf("acc_%06d", k))
			}
			r.Redact("warm")
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				_ = r.Redact(body)
			}
		})
	}
}

// The cost of redacting a 4 KB server body with 20 long secrets: plain
// text (one pass), and a JSON body full of escapes, which is read decoded
// once more (a JSON string inside a JSON string) before the passes stop.
func BenchmarkRedactBody(b *testing.B) {
	var r Redactor
	for k := 0; k < 20; k++ {
		r.Add("TOKEN", fmt.Sprintf("tok_live_%02d_9f8e7d6c5b4a", k))
	}
	for name, body := range map[string]string{
		"plain":   strings.Repeat(`{"id":"acc_000042","name":"some account","plan":"pro"},`, 70),
		"escaped": strings.Repeat(`{"url":"https:\/\/api.example\/v1\/acc","msg":"caf\u00e9 \"x\" 100%25"},`, 60),
	} {
		b.Run(name, func(b *testing.B) {
			r.Redact("warm")
			b.SetBytes(int64(len(body)))
			for i := 0; i < b.N; i++ {
				_ = r.Redact(body)
			}
		})
	}
}

// Secrets added to Redactors of their own and gathered in order with
// AddFrom redact as if they had been added to one, in that order: the
// first name of a shared value wins, and a form short in one and long in
// another is matched as text.
func TestAddFromIsAddingInOrder(t *testing.T) {
	fill := []func(r *Redactor){
		func(r *Redactor) {
			r.Add("FIRST_TOKEN", "tok_shared_0123456789")
			r.Add("PIN", "admin") // short: a whole token only
			r.Add("CODE", "abcd") // its hex, 61626364, only as a whole token
			r.AddBasic("svc", "alice", "pa ss word with spaces")
		},
		func(r *Redactor) {
			r.Add("SECOND_TOKEN", "tok_shared_0123456789") // known: keeps FIRST_TOKEN
			r.Add("ADMIN_NAME", "admin_user_long_value")
			r.Add("PHRASE", "a long secret phrase with spaces")
		},
		func(r *Redactor) {
			r.Add("WORD", "administrator") // long: contains the short one
			r.Add("HEX", "61626364")       // long: now matched as text
			r.AddBasic("svc2", "alice", "pa ss word with spaces")
		},
	}
	fill = append(fill, fill[0], fill[1]) // suites that add the same: shared contents, gathered once
	var serial, gathered Redactor
	for _, f := range fill {
		f(&serial)
		own := gathered.Fork()
		f(own)
		gathered.AddFrom(own)
	}
	gathered.AddFrom(nil)
	gathered.AddFrom(&gathered)
	if !reflect.DeepEqual(serial.exact, gathered.exact) || !reflect.DeepEqual(serial.pats, gathered.pats) || !reflect.DeepEqual(serial.folds, gathered.folds) {
		t.Fatalf("gathered differs from serial:\nexact %v\n   vs %v\npats %v\n  vs %v\nfolds %v\n   vs %v",
			gathered.exact, serial.exact, gathered.pats, serial.pats, gathered.folds, serial.folds)
	}
	in := "Bearer tok_shared_0123456789, admin /admin/x administrator, " + base64.StdEncoding.EncodeToString([]byte("alice:pa ss word with spaces")) + " a long secret\n phrase with spaces"
	got, want := gathered.Redact(in), serial.Redact(in)
	if got != want {
		t.Fatalf("Redact = %q, want %q", got, want)
	}
	for _, v := range []string{"tok_shared_0123456789", "administrator"} {
		if strings.Contains(got, v) {
			t.Fatalf("%q shown in %q", v, got)
		}
	}
	if !strings.Contains(got, "Bearer "+Label("FIRST_TOKEN", "tok_shared_0123456789")) {
		t.Fatalf("the first name does not win: %q", got)
	}
}

// Forks filled at once, while their parent redacts, gather into it.
func TestForksAtOnce(t *testing.T) {
	var r Redactor
	forks := make([]*Redactor, 8)
	var wg sync.WaitGroup
	for i := range forks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			f := r.Fork()
			f.Add("SHARED", "shared-value-0123456789")
			f.Add("OWN", fmt.Sprintf("own-value-%d-0123456789", i))
			_ = r.Redact("x shared-value-0123456789 y")
			forks[i] = f
		}()
	}
	wg.Wait()
	for _, f := range forks {
		r.AddFrom(f)
	}
	for i := range forks {
		v := fmt.Sprintf("own-value-%d-0123456789", i)
		if got := r.Redact("a " + v + " b"); got != "a "+Label("OWN", v)+" b" {
			t.Fatalf("Redact = %q", got)
		}
	}
	if got := r.Redact("shared-value-0123456789"); got != Label("SHARED", "shared-value-0123456789") {
		t.Fatalf("Redact = %q", got)
	}
}

// Forks that make the same adds share their contents, and each one's own
// add, contest or gathered fork after that is its alone.
func TestForksShareUntilTheyDiffer(t *testing.T) {
	const tok, other = "tok_same_in_every_suite_0123", "only-in-suite-a-4567"
	var root Redactor
	a, b, c := root.Fork(), root.Fork(), root.Fork()
	for _, f := range []*Redactor{a, b, c} {
		f.Add("TOKEN", tok)
		f.AddBasic("svc", "alice", "pa ss word")
	}
	if a.shared == nil || a.shared != b.shared || b.shared != c.shared {
		t.Fatal("forks that made the same adds do not share their contents")
	}
	a.Add("OTHER", other)
	b.Add("TOKEN_AGAIN", tok) // the same value under another name
	c.AddFrom(func() *Redactor { var own Redactor; own.Add("OWN", "own-value-of-c-890"); return &own }())
	if b.Known(other) || c.Known(other) || !a.Known(other) {
		t.Fatal("one fork's add reached another")
	}
	if a.Contested() || c.Contested() || !b.Contested() {
		t.Fatal("one fork's contest reached another")
	}
	if a.Known("own-value-of-c-890") || b.Known("own-value-of-c-890") {
		t.Fatal("what one fork gathered reached another")
	}
	if got := b.Redact("x " + other + " " + tok); got != "x "+other+" "+Label("TOKEN", tok) {
		t.Fatalf("b.Redact = %q", got)
	}
	if got := a.Redact("x " + other); got != "x "+Label("OTHER", other) {
		t.Fatalf("a.Redact = %q", got)
	}
	d := root.Fork()
	d.Add("TOKEN", tok)
	if d.Known(other) || d.Contested() {
		t.Fatal("a later fork reads what an earlier one added after the shared adds")
	}
}
