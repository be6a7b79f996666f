package suites

import (
	"fmt"
	"testing"
	"time"
	"go.yaml.in/yaml/v3"
)

func TestScratch(t *testing.T) {
	for _, src := range []string{
		"a: &a [*a]\n",
		"a: &a {b: *a}\n",
	} {
		var n yaml.Node
		err := yaml.Unmarshal([]byte(src), &n)
		fmt.Printf("%q %v\n", src, err)
	}
}

func TestBomb(t *testing.T) {
	src := `version: 1
name: bomb
environments:
  staging: { base_url: "http://127.0.0.1:8080" }
x: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
y: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
z: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
w: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
v: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
u: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
scenarios:
  - name: x
    request: { path: /, json: *f }
`
	start := time.Now()
	_, errs := Parse("f.yaml", []byte(src))
	fmt.Println(len(errs), time.Since(start))
}
