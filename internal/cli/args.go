package cli

import "fmt"

// Arguments that authspec cannot use are described, not quoted (see
// words.Unknown): they are read before any suite is loaded, so the
// redactor knows no secret yet, and a pasted token cannot be told from a
// path or a mistyped word.

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
