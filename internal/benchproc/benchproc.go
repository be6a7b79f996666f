// Package benchproc gives benchmarks figures that a loaded machine does
// not distort as much as wall time: the CPU time the process spent per
// operation, and its peak resident set, read from /proc (Linux; elsewhere
// the figures are simply not reported).
package benchproc

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"
)

// CPU reports the process's CPU time (user + system, client and
// server together) per op: on a loaded machine wall time is noisy, the CPU
// a run costs is not. Call the returned func when the loop ends.
func CPU(b *testing.B) func() {
	start := ticks()
	return func() {
		if end := ticks(); start >= 0 && end >= 0 {
			// USER_HZ is 100 on every Linux that Go supports.
			b.ReportMetric(float64(end-start)*10/float64(b.N), "cpu-ms/op")
		}
	}
}

// ticks reads utime+stime from /proc/self/stat, -1 when unknown.
func ticks() int {
	data, err := os.ReadFile("/proc/self/stat")
	if err != nil {
		return -1
	}
	// Fields after the command name, which is in parentheses.
	i := strings.LastIndexByte(string(data), ')')
	f := strings.Fields(string(data[i+1:]))
	if i < 0 || len(f) < 13 {
		return -1
	}
	u, err1 := strconv.Atoi(f[11]) // field 14, utime
	s, err2 := strconv.Atoi(f[12]) // field 15, stime
	if err1 != nil || err2 != nil {
		return -1
	}
	return u + s
}

// PeakRSSKiB reads the peak resident set size in kB, 0 when unknown.
func PeakRSSKiB() int {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			kb, _ := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")))
			return kb
		}
	}
	return 0
}

// CPUTime is the CPU time (user + system) the process has used so far;
// zero when unknown. Differences of it measure a stretch of a benchmark.
func CPUTime() time.Duration {
	t := ticks()
	if t < 0 {
		return 0
	}
	return time.Duration(t) * 10 * time.Millisecond // USER_HZ is 100
}
