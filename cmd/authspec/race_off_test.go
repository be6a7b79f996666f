//go:build !race

package main

// raceDetector: this test binary was built without -race.
const raceDetector = false
