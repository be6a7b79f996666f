// Command demo runs the example suites against the demo API.
//
// Run it from the repository root:
//
//	go run ./examples/demo                 # every environment
//	go run ./examples/demo --env staging   # extra arguments go to `authspec run`
//
// It starts two instances of the demo API (examples/demoapi) on fixed ports,
// because examples/suites/accounts.yaml names them: staging on
// 127.0.0.1:8787 and production on 127.0.0.1:8788. Then it runs
// `authspec run [ARGS...] examples/suites` in-process and exits with its
// exit code. One scenario fails on purpose; see examples/README.md.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"github.com/authspec/authspec/examples/demoapi"
	"github.com/authspec/authspec/internal/cli"
)

// suitesDir is relative to the working directory: the repository root.
var suitesDir = filepath.Join("examples", "suites")

// exitSetup is the exit code when the demo itself cannot start.
const exitSetup = 2

var instances = []struct{ env, addr string }{
	{"staging", "127.0.0.1:8787"},
	{"production", "127.0.0.1:8788"},
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if fi, err := os.Stat(suitesDir); err != nil || !fi.IsDir() {
		fmt.Fprintf(stderr, "demo: %s not found: run the demo from the repository root (go run ./examples/demo)\n", suitesDir)
		return exitSetup
	}

	var servers []*http.Server
	defer func() {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		for _, s := range servers {
			_ = s.Shutdown(ctx)
		}
	}()
	for _, in := range instances {
		ln, err := net.Listen("tcp", in.addr)
		if err != nil {
			fmt.Fprintf(stderr, "demo: cannot start the %s demo API on %s: %v\n"+
				"demo: the example suites expect it on that address; stop whatever listens there and retry\n",
				in.env, in.addr, err)
			return exitSetup
		}
		srv := &http.Server{
			Handler:           demoapi.New(demoapi.DefaultOptions(in.env)),
			ReadHeaderTimeout: 5 * time.Second,
		}
		servers = append(servers, srv)
		go func() {
			if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
				fmt.Fprintf(stderr, "demo: %s demo API: %v\n", in.env, err)
			}
		}()
		fmt.Fprintf(stderr, "demo: %s demo API listening on http://%s\n", in.env, in.addr)
	}

	// Flags first, the suites directory last, so that flag parsing sees
	// every extra argument.
	cliArgs := append([]string{"run"}, args...)
	cliArgs = append(cliArgs, suitesDir)
	return cli.Main(cliArgs, stdin, stdout, stderr, os.Getenv)
}
