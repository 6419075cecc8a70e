package fakediscord

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/pb33f/libopenapi"
	validator "github.com/pb33f/libopenapi-validator"
	"github.com/pb33f/libopenapi-validator/cache"
	"github.com/pb33f/libopenapi-validator/config"
	verrors "github.com/pb33f/libopenapi-validator/errors"
)

// ErrSpecNotFound is returned by FindSpec when ../shared/discord/openapi.json cannot be located.
var ErrSpecNotFound = errors.New("fakediscord: discord openapi.json not found")

// specPaths lists the OpenAPI paths the fake serves; the spec is trimmed to these (and the components
// they reference) so the validator builds in well under a second instead of ~6 s.
var specPaths = []string{
	"/gateway",
	"/gateway/bot",
	"/applications/{application_id}/commands",
	"/applications/{application_id}/guilds/{guild_id}/commands",
	"/interactions/{interaction_id}/{interaction_token}/callback",
	"/webhooks/{webhook_id}/{webhook_token}",
	"/webhooks/{webhook_id}/{webhook_token}/messages/@original",
	"/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}",
	"/channels/{channel_id}/messages",
	"/users/@me/channels",
	"/guilds/{guild_id}/scheduled-events",
}

// FindSpec locates Discord's OpenAPI document: $ATTACHE_DISCORD_OPENAPI if set, otherwise
// ../shared/discord/openapi.json relative to the repository root (the first directory at or above
// the working directory that holds go.mod).
func FindSpec() (string, error) {
	if p := os.Getenv("ATTACHE_DISCORD_OPENAPI"); p != "" {
		if _, err := os.Stat(p); err != nil {
			return "", fmt.Errorf("fakediscord: ATTACHE_DISCORD_OPENAPI: %w", err)
		}
		return p, nil
	}
	dir, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("fakediscord: find spec: %w", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			p := filepath.Join(dir, "..", "shared", "discord", "openapi.json")
			if _, err := os.Stat(p); err != nil {
				return "", fmt.Errorf("%w (looked at %s)", ErrSpecNotFound, p)
			}
			return p, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("%w (no go.mod above the working directory)", ErrSpecNotFound)
		}
		dir = parent
	}
}

// specValidator wraps a libopenapi validator built from the trimmed document.
type specValidator struct {
	v     validator.Validator // safe for concurrent use
	gates sync.Map            // route -> *warmGate
}

var specCache sync.Map // path -> func() (*specValidator, error)

// loadSpec returns the validator for the document at path, building it at most once per process.
func loadSpec(path string) (*specValidator, error) {
	f, _ := specCache.LoadOrStore(path, sync.OnceValues(func() (*specValidator, error) {
		return buildSpec(path)
	}))
	return f.(func() (*specValidator, error))()
}

func buildSpec(path string) (*specValidator, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("fakediscord: read spec: %w", err)
	}
	trimmed, err := trimSpec(raw, specPaths)
	if err != nil {
		return nil, err
	}
	doc, err := libopenapi.NewDocument(trimmed)
	if err != nil {
		return nil, fmt.Errorf("fakediscord: parse spec: %w", err)
	}
	// Compile schemas lazily, on the first request of each route: the validator normally
	// pre-compiles every schema up front, which costs seconds the fake rarely needs.
	lc := &lazyCache{inner: cache.NewDefaultCache()}
	lc.warming.Store(true)
	v, errs := validator.NewValidator(doc, config.WithoutSecurityValidation(), config.WithSchemaCache(lc))
	lc.warming.Store(false)
	if len(errs) > 0 {
		return nil, fmt.Errorf("fakediscord: build validator: %w", errors.Join(errs...))
	}
	sv := &specValidator{v: v}
	go sv.warm()
	return sv, nil
}

// warm compiles, in the background, the schemas of the routes on the interaction hot path, so a
// latency measurement does not pay for the first compilation (~0.2 s each). Requests arriving
// meanwhile wait at the route's gate, as they would for their own compilation.
func (s *specValidator) warm() {
	samples := []struct{ route, method, path, body string }{
		{RouteInteractionCallback, http.MethodPost, "/api/v10/interactions/1/t/callback", `{"type":5}`},
		{RouteEditOriginal, http.MethodPatch, "/api/v10/webhooks/1/t/messages/@original", `{"content":"x"}`},
		{RouteFollowup, http.MethodPost, "/api/v10/webhooks/1/t", `{"content":"x"}`},
		{RouteCreateMessage, http.MethodPost, "/api/v10/channels/1/messages", `{"content":"x"}`},
	}
	for _, sm := range samples {
		r, err := http.NewRequest(sm.method, "http://fake"+sm.path, strings.NewReader(sm.body))
		if err != nil {
			continue
		}
		r.Header.Set("Content-Type", "application/json")
		s.validate(sm.route, r, []byte(sm.body))
	}
}

// trimSpec keeps only the given paths and the components they reference, transitively.
func trimSpec(raw []byte, keep []string) ([]byte, error) {
	var doc map[string]any
	if err := json.Unmarshal(raw, &doc); err != nil {
		return nil, fmt.Errorf("fakediscord: decode spec: %w", err)
	}
	paths, _ := doc["paths"].(map[string]any)
	comps, _ := doc["components"].(map[string]any)
	newPaths := map[string]any{}
	for _, p := range keep {
		item, ok := paths[p].(map[string]any)
		if !ok {
			continue
		}
		// Only requests are validated: replace every operation's responses with a stub so
		// the validator does not compile hundreds of response schemas.
		for method, op := range item {
			if o, ok := op.(map[string]any); ok && method != "parameters" {
				o["responses"] = map[string]any{"default": map[string]any{"description": "stub"}}
			}
		}
		newPaths[p] = item
	}
	doc["paths"] = newPaths

	// Walk references from the kept paths.
	seen := map[string]bool{}
	var queue []any
	queue = append(queue, newPaths)
	for len(queue) > 0 {
		node := queue[len(queue)-1]
		queue = queue[:len(queue)-1]
		switch n := node.(type) {
		case map[string]any:
			for k, v := range n {
				if k == "$ref" {
					ref, _ := v.(string)
					if seen[ref] || !strings.HasPrefix(ref, "#/components/") {
						continue
					}
					seen[ref] = true
					parts := strings.Split(strings.TrimPrefix(ref, "#/components/"), "/")
					if len(parts) != 2 {
						continue
					}
					if sec, ok := comps[parts[0]].(map[string]any); ok {
						if target, ok := sec[parts[1]]; ok {
							queue = append(queue, target)
						}
					}
					continue
				}
				queue = append(queue, v)
			}
		case []any:
			queue = append(queue, n...)
		}
	}
	fixSpec(comps)
	newComps := map[string]any{}
	for sectionName, section := range comps {
		sec, ok := section.(map[string]any)
		if !ok {
			continue
		}
		kept := map[string]any{}
		for name, v := range sec {
			if seen["#/components/"+sectionName+"/"+name] || sectionName == "securitySchemes" {
				kept[name] = v
			}
		}
		newComps[sectionName] = kept
	}
	doc["components"] = newComps
	out, err := json.Marshal(doc)
	if err != nil {
		return nil, fmt.Errorf("fakediscord: encode trimmed spec: %w", err)
	}
	return out, nil
}

// fixSpec relaxes the few places where the document is stricter than Discord itself.
//   - default_member_permissions: the document says integer, Discord documents (and discordgo
//     sends) a string of digits; Discord accepts both.
func fixSpec(comps map[string]any) {
	schemas, _ := comps["schemas"].(map[string]any)
	for _, s := range schemas {
		sm, _ := s.(map[string]any)
		props, _ := sm["properties"].(map[string]any)
		if p, ok := props["default_member_permissions"].(map[string]any); ok {
			if types, ok := p["type"].([]any); ok && len(types) > 0 && types[0] == "integer" {
				props["default_member_permissions"] = map[string]any{"oneOf": []any{
					map[string]any{"type": []any{"integer", "null"}, "minimum": 0, "maximum": p["maximum"]},
					map[string]any{"type": "string", "pattern": "^[0-9]{1,20}$"},
				}}
			}
		}
	}
}

// warmGate serialises the first validation of a route, which compiles its schemas, so that a
// burst of concurrent first requests compiles them once instead of once per request.
type warmGate struct {
	mu   sync.Mutex
	done atomic.Bool
}

// validate checks one request against the spec. The request body is read from body (the caller
// keeps its own copy); /api/v9/ is rewritten to /api/v10/ on a clone. route keys the warm-up gate.
func (s *specValidator) validate(route string, r *http.Request, body []byte) []string {
	g, _ := s.gates.LoadOrStore(route, &warmGate{})
	gate := g.(*warmGate)
	if !gate.done.Load() {
		gate.mu.Lock()
		defer gate.mu.Unlock()
		defer gate.done.Store(true)
	}
	return s.validateNow(r, body)
}

func (s *specValidator) validateNow(r *http.Request, body []byte) []string {
	clone := r.Clone(r.Context())
	clone.URL.Path = strings.Replace(clone.URL.Path, "/api/v9/", "/api/v10/", 1)
	clone.URL.RawPath = ""
	clone.Body = io.NopCloser(bytes.NewReader(body))
	clone.ContentLength = int64(len(body))
	if len(body) > 0 && clone.Header.Get("Content-Type") == "" {
		clone.Header.Set("Content-Type", "application/json")
	}
	ok, errs := s.v.ValidateHttpRequestSync(clone)
	if ok {
		return nil
	}
	return describeErrors(errs)
}

func describeErrors(errs []*verrors.ValidationError) []string {
	var out []string
	for _, e := range errs {
		if len(e.SchemaValidationErrors) == 0 {
			out = append(out, "openapi: "+e.Message+": "+e.Reason)
			continue
		}
		var reasons []string
		for _, se := range e.SchemaValidationErrors {
			loc := se.FieldPath
			if loc == "" {
				loc = se.KeywordLocation
			}
			reasons = append(reasons, fmt.Sprintf("%s: %s", loc, se.Reason))
		}
		sort.Strings(reasons)
		reasons = compact(reasons)
		if len(reasons) > 8 {
			reasons = append(reasons[:8], fmt.Sprintf("(%d more)", len(reasons)-8))
		}
		out = append(out, "openapi: "+e.Message+": "+strings.Join(reasons, "; "))
	}
	return out
}

func compact(s []string) []string {
	out := s[:0]
	for i, v := range s {
		if i > 0 && v == s[i-1] {
			continue
		}
		out = append(out, v)
	}
	return out
}

// lazyCache is a schema cache that pretends to hold every schema while the validator is being
// built (so its warm-up compiles nothing) and behaves as a normal cache afterwards.
type lazyCache struct {
	inner   cache.SchemaCache
	warming atomic.Bool
}

func (c *lazyCache) Load(key uint64) (*cache.SchemaCacheEntry, bool) {
	if c.warming.Load() {
		return nil, true
	}
	return c.inner.Load(key)
}

func (c *lazyCache) Store(key uint64, value *cache.SchemaCacheEntry) {
	if !c.warming.Load() {
		c.inner.Store(key, value)
	}
}

func (c *lazyCache) Range(f func(key uint64, value *cache.SchemaCacheEntry) bool) {
	c.inner.Range(f)
}
