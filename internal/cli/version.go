package cli

import (
	"fmt"
	"runtime"
	"runtime/debug"

	"github.com/authspec/authspec/internal/words"
)

// Version is set by release builds with
// -ldflags "-X github.com/authspec/authspec/internal/cli.Version=v1.2.3".
// Without it, the version comes from the build information: `go install
// …@v1.2.3` records v1.2.3 as the main module's version.
var Version = ""

// buildInfo is what `authspec version` reports, read once from the binary.
type buildInfo struct {
	version  string // v1.2.3, or "(devel)" for a build from a checkout
	revision string // VCS commit, when the build recorded it
	time     string // commit time
	modified bool   // built from a tree with uncommitted changes
}

func readBuildInfo() buildInfo {
	out := buildInfo{version: "(devel)"}
	bi, ok := debug.ReadBuildInfo()
	if ok && bi.Main.Version != "" {
		out.version = bi.Main.Version
	}
	if ok {
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				out.revision = s.Value
			case "vcs.time":
				out.time = s.Value
			case "vcs.modified":
				out.modified = s.Value == "true"
			}
		}
	}
	if Version != "" {
		out.version = Version
	}
	return out
}

// version is the version alone, for the scaffold's pinned install line.
func version() string { return readBuildInfo().version }

// version prints the module version, then the revision and the toolchain.
func (c *command) version(args []string) error {
	fs := newFlags(c, "version", "version")
	if pos, err := parse(fs, args); err != nil {
		return err
	} else if len(pos) > 0 {
		return exitf(ExitInvalid, "authspec version: takes no arguments, got %s (not shown)", words.Plural(len(pos), "argument"))
	}
	bi := readBuildInfo()
	fmt.Fprintln(c.stdout, "authspec", bi.version)
	if bi.revision != "" {
		rev := bi.revision
		if bi.time != "" {
			rev += " " + bi.time
		}
		if bi.modified {
			rev += " (modified)"
		}
		fmt.Fprintln(c.stdout, "revision", rev)
	} else if bi.version == "(devel)" {
		// Said rather than left out: a bug report needs to know that the
		// commit is unknown, not that the line went missing.
		fmt.Fprintln(c.stdout, "revision unknown (the build recorded none: built outside a git checkout, or with -buildvcs=false)")
	}
	fmt.Fprintln(c.stdout, "go", runtime.Version(), runtime.GOOS+"/"+runtime.GOARCH)
	return nil
}
