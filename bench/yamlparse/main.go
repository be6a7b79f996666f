// Command yamlparse is the baseline for `authspec lint`: it parses the same
// files into a yaml.v3 Node and does nothing else.
package main

import (
	"fmt"
	"os"

	"go.yaml.in/yaml/v3"
)

func main() {
	nodes := 0
	for _, path := range os.Args[1:] {
		data, err := os.ReadFile(path)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		var n yaml.Node
		if err := yaml.Unmarshal(data, &n); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		nodes += len(n.Content)
	}
	fmt.Println(nodes, "documents")
}
