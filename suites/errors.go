package suites

import (
	"fmt"
	"sort"
	"strings"

	"github.com/authspec/authspec/internal/words"
	"github.com/authspec/authspec/secret"
)

// Error is a problem in a suite file, at a position.
type Error struct {
	Pos Pos
	Msg string
}

func (e Error) Error() string {
	if e.Pos.File == "" && e.Pos.Col == 0 {
		// A value typed on the command line (authspec request -H, -d, its
		// URL) is in no file: the message names it.
		return e.Msg
	}
	at := fmt.Sprintf("%s:%d:%d: ", e.Pos.File, e.Pos.Line, e.Pos.Col)
	if e.Pos.Line == 0 {
		at = e.Pos.File + ": "
	}
	// The file's path and the position are the user's, never rewritten by
	// a secret that is a word of them (suites/admin.yaml and a password
	// "admin"), whether or not the message marks its own words (one made
	// with secret.Textf): an unmarked message stays all value, redacted
	// whole at the sink.
	return string(secret.Lit(at)) + e.Msg
}

// Errors is every problem found, sorted by file and position. Loading
// collects them all so a user fixes a file in one pass, not one per run.
type Errors []Error

func (es Errors) Error() string {
	lines := make([]string, len(es))
	for i, e := range es {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}

// Sort orders errors by file, line, column, then message.
func (es Errors) Sort() {
	sort.SliceStable(es, func(i, j int) bool {
		a, b := es[i].Pos, es[j].Pos
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Col != b.Col {
			return a.Col < b.Col
		}
		return es[i].Msg < es[j].Msg
	})
}

// Err returns es as an error, or nil when empty.
func (es Errors) Err() error {
	if len(es) == 0 {
		return nil
	}
	es.Sort()
	return es
}

// suggest returns ` (did you mean "x"?)` when one of the candidates is
// close enough to the misspelt word to be what the user meant.
func suggest(word string, candidates []string) string {
	if best := words.Closest(word, candidates); best != "" {
		return fmt.Sprintf(" (did you mean %q?)", best)
	}
	return ""
}
