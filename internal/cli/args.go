package cli

import (
	"fmt"
	"strings"

	"github.com/authspec/authspec/internal/words"
)

// Arguments that authspec cannot use are described, not quoted: they are
// read before any suite is loaded, so the redactor knows no secret yet, and
// a pasted token cannot be told from a path or a mistyped word. A command
// line is shown only when its shape makes it a word a person typed.

// wordShaped reports whether arg is short and made only of lowercase
// letters and hyphens, as every command name is: a mistyped command, not a
// token, key or password (those are longer, or mix digits, case and
// punctuation).
func wordShaped(arg string) bool {
	if arg == "" || len(arg) > maxWordLen {
		return false
	}
	return strings.Trim(arg, "abcdefghijklmnopqrstuvwxyz-") == ""
}

// maxWordLen is one more than the longest command name's length with room
// for a typo or two; opaque credentials are rarely this short.
const maxWordLen = 12

// unknownName is the sentence part naming an unknown command: quoted with
// a did-you-mean when it is close to one of names, quoted alone when it is
// word-shaped, else its length only.
func unknownName(arg string, names []string) string {
	if near := words.Closest(arg, names); near != "" {
		return fmt.Sprintf("%q (did you mean %q?)", arg, near)
	}
	if wordShaped(arg) {
		return fmt.Sprintf("%q", arg)
	}
	return fmt.Sprintf("(an argument of %s, not shown: it is not shaped like a command)", plural(len(arg), "character"))
}

// stray says where the arguments that a command does not take are, by
// position (1-based, counting the command's own positional arguments): "3rd
// argument", "3rd and 4th arguments", "3rd to 5th arguments".
func stray(first, total int) string {
	switch total - first {
	case 0:
		return ordinal(first) + " argument"
	case 1:
		return fmt.Sprintf("%s and %s arguments", ordinal(first), ordinal(total))
	}
	return fmt.Sprintf("%s to %s arguments", ordinal(first), ordinal(total))
}

// ordinal is 1st, 2nd, 3rd, 4th, …, 11th, 12th, 13th, 21st.
func ordinal(n int) string {
	suffix := "th"
	switch {
	case n%100 >= 11 && n%100 <= 13:
	case n%10 == 1:
		suffix = "st"
	case n%10 == 2:
		suffix = "nd"
	case n%10 == 3:
		suffix = "rd"
	}
	return fmt.Sprintf("%d%s", n, suffix)
}
