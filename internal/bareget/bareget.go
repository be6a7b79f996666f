// Package bareget is the request of authspec's speed baselines
// (bench/bareloop and runner's BenchmarkBareLoop): a GET by plain net/http
// with the client settings the runner uses (a per-request timeout, the body
// read up to the runner's cap and checked as JSON). It uses nothing of
// authspec, so that the baselines stay bare, and lives in one place so that
// both baselines measure the very same work.
package bareget

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/tidwall/gjson"
)

// Get sends a GET of url with header and checks the answer as the
// benchmark suites do: status 200 and a JSON body whose field is true.
func Get(client *http.Client, url string, header http.Header, field string) error {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, "GET", url, nil)
	if err != nil {
		return err
	}
	for k, vs := range header {
		for _, v := range vs {
			req.Header.Add(k, v) // as Set would: a fresh value per request
		}
	}
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 10<<20+1))
	if err != nil {
		return err
	}
	if resp.StatusCode != 200 || !gjson.ValidBytes(body) || !gjson.GetBytes(body, field).Bool() {
		return fmt.Errorf("%s: %d %s", url, resp.StatusCode, body)
	}
	return nil
}
