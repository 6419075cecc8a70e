package digest

import (
	"fmt"
	"os"
	"testing"
)

func TestZZDebug(t *testing.T) {
	body := os.Getenv("ZZ_BODY")
	e := engine(t)
	d := e.getDoc(body)
	d.split()
	d.buildWords()
	d.layout(d.headerEnd())
	d.runTagger(e.tagger)
	for _, sp := range d.tspans {
		fmt.Printf("tagger %+v\n", sp)
	}
	r := e.Extract(Article{Body: body})
	for _, m := range r.Mentions {
		fmt.Println(m.Type, m.Text, m.Kind)
	}
	fmt.Printf("%+v\n", r.People)
}
