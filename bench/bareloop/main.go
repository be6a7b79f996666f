// Command bareloop is the baseline authspec's speed is measured against:
// the same requests as the benchmark suite, sent by a plain net/http loop
// with the same client settings (one transport, N workers, a per-request
// timeout, the body read up to the cap and checked as JSON). It is what
// "the physical limit" means in bench/README.md.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"sync"
	"time"

	"github.com/tidwall/gjson"
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
	next := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	failed := 0
	for range *c {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range next {
				if err := once(client, *url+"/bearer", *token); err != nil {
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

func once(client *http.Client, url, token string) error {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, "GET", url, nil)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+token)
	req.Header.Set("Accept", "application/json")
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 10<<20+1))
	if err != nil {
		return err
	}
	if resp.StatusCode != 200 || !gjson.ValidBytes(body) || !gjson.GetBytes(body, "authenticated").Bool() {
		return fmt.Errorf("%s: %d %s", url, resp.StatusCode, body)
	}
	return nil
}
