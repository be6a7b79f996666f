package diagnose

import (
	"regexp/syntax"
	"strings"
	"testing"
)

// TestPlaceholderFirst checks that placeholderFirst holds every byte a
// match of placeholderRE can start with, read from the compiled program:
// the instructions that consume the first character, reached from the
// start through alternations, captures and empty-width assertions.
func TestPlaceholderFirst(t *testing.T) {
	re, err := syntax.Parse(placeholderRE.String(), syntax.Perl)
	if err != nil {
		t.Fatal(err)
	}
	prog, err := syntax.Compile(re.Simplify())
	if err != nil {
		t.Fatal(err)
	}
	seen := map[uint32]bool{}
	var first []rune
	var walk func(pc uint32)
	walk = func(pc uint32) {
		if seen[pc] {
			return
		}
		seen[pc] = true
		switch in := prog.Inst[pc]; in.Op {
		case syntax.InstAlt, syntax.InstAltMatch:
			walk(in.Out)
			walk(in.Arg)
		case syntax.InstCapture, syntax.InstNop, syntax.InstEmptyWidth:
			walk(in.Out)
		case syntax.InstRune, syntax.InstRune1:
			if syntax.Flags(in.Arg)&syntax.FoldCase != 0 {
				t.Fatalf("instruction %d folds case: list both cases", pc)
			}
			if len(in.Rune) == 1 { // one rune, not a range
				first = append(first, in.Rune[0])
			}
			for i := 0; i+1 < len(in.Rune); i += 2 {
				for r := in.Rune[i]; r <= in.Rune[i+1]; r++ {
					first = append(first, r)
				}
			}
		case syntax.InstMatch, syntax.InstFail:
		default: // any character: no byte can be left out
			t.Fatalf("a match can start with any character (instruction %d, %v)", pc, in.Op)
		}
	}
	walk(uint32(prog.Start))
	if len(first) == 0 {
		t.Fatal("no first characters found")
	}
	for _, r := range first {
		if r > 0x7f || strings.IndexByte(placeholderFirst, byte(r)) < 0 {
			t.Errorf("a placeholder can start with %q, which placeholderFirst lacks", r)
		}
	}
	for _, v := range []string{"changeme", "<token>", "{{ token }}", "xxxx", "your-api-key", "null", "TODO"} {
		if Placeholder(v) == "" {
			t.Errorf("Placeholder(%q) = \"\"", v)
		}
	}
	for _, v := range []string{"bench-token-5f0c1e9a7b2d4c68", "sk_live_0123456789", "ghp_0123456789abcdef"} {
		if got := Placeholder(v); got != "" {
			t.Errorf("Placeholder(%q) = %q", v, got)
		}
	}
}
