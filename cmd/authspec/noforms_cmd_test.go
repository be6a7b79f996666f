package main

import (
	"strings"

	"github.com/authspec/authspec/secret/secrettest"
	"github.com/rogpeppe/go-internal/testscript"
)

// cmdNoForms is the script command
//
//	noforms SECRET FILE...
//
// which fails if a FILE (a file of the script's directory, or stdout or
// stderr of the last command) holds SECRET in any form a server or a tool
// gives a secret back (secrettest's Echoes and Containing, as
// secrettest.NoForms checks them in Go tests): a script's `! stdout
// SECRET` sees only the raw form.
func cmdNoForms(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: noforms SECRET FILE...")
	}
	v := args[0]
	for _, name := range args[1:] {
		text := ts.ReadFile(name)
		for _, e := range append(secrettest.Echoes, secrettest.Containing...) {
			if f := e.Render(v); strings.Contains(text, f) {
				ts.Fatalf("%s holds the secret (%s): %q", name, e.Name, f)
			}
		}
	}
}
