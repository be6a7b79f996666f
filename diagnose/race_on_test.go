//go:build race

package diagnose

// raceDetector: this test binary was built with -race.
const raceDetector = true
