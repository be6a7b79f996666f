package cli

import (
	"fmt"

	"github.com/authspec/authspec/diagnose"
	"github.com/authspec/authspec/internal/explain"
)

// explain prints what a cause code means, its evidence and its fix: the
// same text as docs/diagnosis.md, from the same catalog.
func (c *command) explain(args []string) error {
	fs := newFlags(c, "explain", "explain CODE | --list")
	list := fs.Bool("list", false, "list every cause code with its title")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if *list {
		for _, e := range diagnose.Catalog() {
			fmt.Fprintf(c.stdout, "%-36s %s\n", e.Code, e.Title)
		}
		return nil
	}
	if len(pos) != 1 {
		fs.Usage()
		_ = flush(fs, nil)
		return exitf(ExitInvalid, "authspec explain: name one cause code, e.g. authspec explain jwt_expired (--list shows them all)")
	}
	e, err := explain.Lookup(pos[0])
	if err != nil {
		return exitf(ExitInvalid, "authspec explain: %v", err)
	}
	fmt.Fprint(c.stdout, explain.Text(e))
	return nil
}
