// Command authspec runs declarative auth test suites against HTTP APIs.
package main

import (
	"os"

	"github.com/authspec/authspec/internal/cli"
)

func main() {
	os.Exit(cli.Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr, os.Getenv))
}
