package suites

import (
	"runtime"
	"sync"

	"go.yaml.in/yaml/v3"
)

// parallelScenarios is the size from which a suite's scenarios are decoded
// on every processor: below it, starting goroutines costs more than it saves.
const parallelScenarios = 512

// scenarios decodes the items of the scenarios list in file order. A large
// list is cut into one contiguous run per processor, each decoded by its
// own copy of the decoder (errors are collected apart, then joined: Parse
// sorts them), so a 10,000-scenario file decodes in a fraction of the
// time. Every item's nodes are dropped once decoded: the file then never
// holds the whole YAML tree and the whole model at once (an alias
// elsewhere still holds the node it refers to).
func (d *decoder) scenarios(items []*yaml.Node, s *Suite) []*Scenario {
	workers := min(runtime.GOMAXPROCS(0), max(1, len(items)/parallelScenarios))
	if workers == 1 {
		// A small list on the goroutine decoding the file: a goroutine
		// per file started on a small stack that each file's decoding
		// grew again (a thousand small suites: 1,000 starts and stack
		// copies).
		return d.scenarioRun(items, s)
	}
	parts := make([][]*Scenario, workers)
	errs := make([]Errors, workers)
	var wg sync.WaitGroup
	for w := range workers {
		lo, hi := w*len(items)/workers, (w+1)*len(items)/workers
		wg.Add(1)
		go func() {
			defer wg.Done()
			sub := *d
			sub.errs = nil
			parts[w], errs[w] = sub.scenarioRun(items[lo:hi], s), sub.errs
		}()
	}
	wg.Wait()
	out := make([]*Scenario, 0, len(items))
	for w := range workers {
		out = append(out, parts[w]...)
		d.errs = append(d.errs, errs[w]...)
	}
	return out
}

// scenarioRun decodes items in order, dropping each item's nodes once
// decoded; errors go to d.errs.
func (d *decoder) scenarioRun(items []*yaml.Node, s *Suite) []*Scenario {
	out := make([]*Scenario, 0, len(items))
	for i, it := range items {
		if sc := d.scenario(it, s); sc != nil {
			out = append(out, sc)
		}
		items[i] = nil
	}
	return out
}
