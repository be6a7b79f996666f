// Package ansi removes terminal escape sequences from text a server sent,
// before anything turns their ESC byte into a space and leaves "[31m"
// behind in a report.
package ansi

import (
	"github.com/authspec/authspec/internal/lazyre"
	"strings"
)

// escapeRE matches ANSI/VT escape sequences: CSI (ESC [ … final), OSC
// (ESC ] … BEL or ESC \), and the other escapes (ESC, optional
// intermediate bytes, one final byte: ESC c, ESC ( B). The 8-bit C1
// introducers are left to control-character handling.
var escapeRE = lazyre.New(`\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[ -/]*[0-~]`)

// Strip returns s without escape sequences.
func Strip(s string) string {
	if !strings.Contains(s, "\x1b") {
		return s
	}
	return escapeRE.ReplaceAllString(s, "")
}
