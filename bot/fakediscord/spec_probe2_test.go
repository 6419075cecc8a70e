package fakediscord

import (
	"os"
	"testing"
	"time"

	"github.com/pb33f/libopenapi"
	validator "github.com/pb33f/libopenapi-validator"
	"github.com/pb33f/libopenapi-validator/config"
)

func TestProbeSpec2(t *testing.T) {
	p, _ := FindSpec()
	raw, _ := os.ReadFile(p)
	st := time.Now()
	tr, _ := trimSpec(raw, specPaths)
	t.Log("trim", time.Since(st), len(tr)); st = time.Now()
	doc, _ := libopenapi.NewDocument(tr)
	t.Log("newdoc", time.Since(st)); st = time.Now()
	m, _ := doc.BuildV3Model()
	t.Log("model", time.Since(st)); st = time.Now()
	_ = validator.NewValidatorFromV3Model(&m.Model, config.WithoutSecurityValidation(), config.WithSchemaCache(nil))
	t.Log("validator", time.Since(st)); st = time.Now()
}
