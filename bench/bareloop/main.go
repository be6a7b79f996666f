// Command bareloop is the baseline authspec's speed is measured against:
// the same requests as the benchmark suite, sent by a plain net/http loop
// with the same client settings (one transport, N workers, a per-request
// timeout, the body read up to the cap and checked as JSON). It is what
// "the physical limit" means in bench/README.md.
package main

import (
	"flag"
	"fmt"
	"net/http"
	"os"
	"sync"

	"github.com/authspec/authspec/internal/bareget"
)

func main() {
	url := flag.String("url", "", "base URL of go-httpbin")
	n := flag.Int("n", 2000, "requests")
	c := flag.Int("c", 8, "concurrent connections")
	token := flag.String("token", "", "bearer token")
	flag.Parse()

	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.MaxIdleConnsPerHost = *c
	client := &http.Client{Transport: tr}
	header := http.Header{"Authorization": {"Bearer " + *token}, "Accept": {"application/json"}}
	next := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	failed := 0
	for range *c {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range next {
				if err := bareget.Get(client, *url+"/bearer", header, "authenticated"); err != nil {
					mu.Lock()
					failed++
					mu.Unlock()
					fmt.Fprintln(os.Stderr, err)
				}
			}
		}()
	}
	for i := range *n {
		next <- i
	}
	close(next)
	wg.Wait()
	fmt.Printf("%d passed, %d failed\n", *n-failed, failed)
	if failed > 0 {
		os.Exit(1)
	}
}
