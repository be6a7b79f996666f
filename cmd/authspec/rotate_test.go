package main

import (
	"net/http"
	"time"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/authspec/authspec/internal/rotatetest"
)

// The tokens of the rotation servers; scripts write them in env files.
const (
	rotateNewToken = "rot_new_4f1c9a7e2b6d8053"
	rotateOldToken = "rot_old_8e2d7c1b9a6f4035"
)

// serveRotations starts the APIs of the rotate scripts, in the middle of
// a rotation of rotateOldToken to rotateNewToken:
//
//	ROTATED_URL    accepts the old token for 3 seconds after the script starts, then 401
//	STILLOLD_URL   accepts the old token forever
//	UNAPPLIED_URL  refuses the new token (the rotation was not applied) and accepts the old
func serveRotations(serve func(name string, h http.Handler)) {
	start := time.Now()
	serve("ROTATED", &rotatetest.API{New: rotateNewToken, Old: rotateOldToken, Start: start, Grace: 3 * time.Second})
	serve("STILLOLD", &rotatetest.API{New: rotateNewToken, Old: rotateOldToken, Grace: rotatetest.Forever})
	serve("UNAPPLIED", &rotatetest.API{New: rotateNewToken, Old: rotateOldToken, RefuseNew: true})
}

func cmdAwaitRequests(ts *testscript.TestScript, neg bool, args []string) {
	if neg {
		ts.Fatalf("usage: awaitrequests NAME N")
	}
	c, want := counterArgs(ts, "awaitrequests", args)
	for deadline := time.Now().Add(30 * time.Second); c.Load() < want; {
		if time.Now().After(deadline) {
			ts.Fatalf("%s got %d requests in 30s, want at least %d", args[0], c.Load(), want)
		}
		time.Sleep(10 * time.Millisecond)
	}
}
