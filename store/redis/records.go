package redis

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/attache-bot/attache/store"
	goredis "github.com/redis/go-redis/v9"
)

// --- alerts ---

var createAlert = goredis.NewScript(`
if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 1 then return -2 end
local max = tonumber(ARGV[4])
if max > 0 and redis.call('SCARD', KEYS[3]) >= max then return -1 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
redis.call('SADD', KEYS[3], ARGV[1])
return 1
`)

// alertVersion (a Lua snippet) is the version of the stored alert ARGV[1]
// in the data hash KEYS[1]: the "version" of its JSON, 0 when it has none
// (alerts written before alerts had versions) or does not exist.
const alertVersion = `
local function alertVersion()
  local d = redis.call('HGET', KEYS[1], ARGV[1])
  if not d then return 0 end
  return tonumber(cjson.decode(d).version) or 0
end
`

// updateAlert is a version compare-and-set: the owner must match and the
// stored version must be ARGV[4]; ARGV[3] is the JSON at version ARGV[4]+1.
var updateAlert = goredis.NewScript(alertVersion + `
local o = redis.call('HGET', KEYS[2], ARGV[1])
if not o then return 0 end
if o ~= ARGV[2] then return -2 end
if alertVersion() ~= tonumber(ARGV[4]) then return -1 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
return 1
`)

var deleteAlert = goredis.NewScript(`
local o = redis.call('HGET', KEYS[2], ARGV[1])
if not o then return 0 end
if o ~= ARGV[2] then return -2 end
redis.call('HDEL', KEYS[1], ARGV[1])
redis.call('HDEL', KEYS[2], ARGV[1])
redis.call('SREM', KEYS[3], ARGV[1])
return 1
`)

// CreateAlert stores a new alert; one Lua script checks the user's count
// and adds the alert, so concurrent creates never exceed maxPerUser.
func (s *Store) CreateAlert(ctx context.Context, a store.Alert, maxPerUser int) (store.Alert, error) {
	const op = "create alert"
	if a.ID == "" {
		a.ID = store.NewID()
	}
	if a.CreatedAt.IsZero() {
		a.CreatedAt = store.Now()
	}
	a.Version = 1
	if err := checkKey(op, "alert", a.ID); err != nil {
		return store.Alert{}, err
	}
	if err := checkKey(op, "user", a.UserID); err != nil {
		return store.Alert{}, err
	}
	data, err := json.Marshal(a)
	if err != nil {
		return store.Alert{}, wrap(op, err)
	}
	n, err := createAlert.Run(ctx, s.c, []string{s.k.alertData(), s.k.alertOwner(), s.k.alertUser(a.UserID)},
		a.ID, a.UserID, data, maxPerUser).Int()
	switch {
	case err != nil:
		return store.Alert{}, wrap(op, err)
	case n == -1:
		return store.Alert{}, wrap(op, fmt.Errorf("user has %d alerts: %w", maxPerUser, store.ErrLimit))
	case n == -2:
		return store.Alert{}, wrap(op, fmt.Errorf("alert %s exists: %w", a.ID, store.ErrConflict))
	}
	return a, nil
}

// GetAlert returns an alert by ID.
func (s *Store) GetAlert(ctx context.Context, id string) (store.Alert, error) {
	var a store.Alert
	data, err := s.c.HGet(ctx, s.k.alertData(), id).Bytes()
	if err == nil {
		err = json.Unmarshal(data, &a)
	}
	return a, wrap("get alert", err)
}

// UpdateAlert replaces an existing alert of the same user if a.Version
// matches the stored version; one Lua script checks and writes.
func (s *Store) UpdateAlert(ctx context.Context, a store.Alert) error {
	const op = "update alert"
	expected := a.Version
	a.Version++
	data, err := json.Marshal(a)
	if err != nil {
		return wrap(op, err)
	}
	n, err := updateAlert.Run(ctx, s.c, []string{s.k.alertData(), s.k.alertOwner()}, a.ID, a.UserID, data, expected).Int()
	switch {
	case err != nil:
	case n == 0:
		err = store.ErrNotFound
	case n == -1:
		err = fmt.Errorf("alert %s is not at version %d: %w", a.ID, expected, store.ErrConflict)
	case n == -2:
		err = fmt.Errorf("alert %s belongs to another user: %w", a.ID, store.ErrConflict)
	}
	return wrap(op, err)
}

// putAlert writes an alert whatever its owner's count. ARGV[4] is the
// owner the caller read (empty for none) and ARGV[5] the version; if either
// changed meanwhile the script returns -2 and the caller reads again.
// KEYS[4] is that owner's set.
var putAlert = goredis.NewScript(alertVersion + `
local o = redis.call('HGET', KEYS[2], ARGV[1]) or ''
if o ~= ARGV[4] then return -2 end
if o ~= '' and alertVersion() ~= tonumber(ARGV[5]) then return -2 end
if o ~= '' and o ~= ARGV[2] then redis.call('SREM', KEYS[4], ARGV[1]) end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
redis.call('SADD', KEYS[3], ARGV[1])
return 1
`)

// PutAlert creates or replaces an alert as given, without the per-user
// limit, moving it from its old owner's set when UserID changed.
func (s *Store) PutAlert(ctx context.Context, a store.Alert) error {
	const op = "put alert"
	if err := checkKey(op, "alert", a.ID); err != nil {
		return err
	}
	if err := checkKey(op, "user", a.UserID); err != nil {
		return err
	}
	for range 3 {
		// The data hash holds the owner too; the script checks it against
		// the owner hash, the source of truth for the indexes.
		var old store.Alert
		raw, err := s.c.HGet(ctx, s.k.alertData(), a.ID).Bytes()
		switch {
		case err == nil:
			if err := json.Unmarshal(raw, &old); err != nil {
				return wrap(op, err)
			}
		case !errors.Is(err, goredis.Nil):
			return wrap(op, err)
		}
		w := a
		w.Version = max(a.Version, old.Version+1)
		data, err := json.Marshal(w)
		if err != nil {
			return wrap(op, err)
		}
		oldSet := s.k.alertUser(a.UserID)
		if old.UserID != "" {
			oldSet = s.k.alertUser(old.UserID)
		}
		n, err := putAlert.Run(ctx, s.c, []string{s.k.alertData(), s.k.alertOwner(), s.k.alertUser(a.UserID), oldSet},
			a.ID, a.UserID, data, old.UserID, old.Version).Int()
		if err != nil {
			return wrap(op, err)
		}
		if n == 1 {
			return nil
		}
		// The alert changed between the read and the script: read again.
	}
	return wrap(op, fmt.Errorf("alert %s keeps changing: %w", a.ID, store.ErrConflict))
}

// DeleteAlert removes an alert and its place in the owner's set.
func (s *Store) DeleteAlert(ctx context.Context, id string) error {
	const op = "delete alert"
	for range 3 {
		uid, err := s.c.HGet(ctx, s.k.alertOwner(), id).Result()
		if err != nil {
			return wrap(op, err)
		}
		n, err := deleteAlert.Run(ctx, s.c, []string{s.k.alertData(), s.k.alertOwner(), s.k.alertUser(uid)}, id, uid).Int()
		switch {
		case err != nil:
			return wrap(op, err)
		case n == 0:
			return wrap(op, store.ErrNotFound)
		case n == 1:
			return nil
		}
		// The owner changed between the read and the script: read again.
	}
	return wrap(op, fmt.Errorf("alert %s keeps changing owner: %w", id, store.ErrConflict))
}

// ListAlerts returns a user's alerts, or all alerts when userID is empty.
func (s *Store) ListAlerts(ctx context.Context, userID string) ([]store.Alert, error) {
	const op = "list alerts"
	var raw []string
	if userID == "" {
		vals, err := s.c.HVals(ctx, s.k.alertData()).Result()
		if err != nil {
			return nil, wrap(op, err)
		}
		raw = vals
	} else {
		ids, err := s.c.SMembers(ctx, s.k.alertUser(userID)).Result()
		if err != nil || len(ids) == 0 {
			return nil, wrap(op, err)
		}
		vals, err := s.c.HMGet(ctx, s.k.alertData(), ids...).Result()
		if err != nil {
			return nil, wrap(op, err)
		}
		for _, v := range vals {
			if str, ok := v.(string); ok { // nil: deleted meanwhile
				raw = append(raw, str)
			}
		}
	}
	out := make([]store.Alert, 0, len(raw))
	for _, r := range raw {
		var a store.Alert
		if err := json.Unmarshal([]byte(r), &a); err != nil {
			return nil, wrap(op, err)
		}
		out = append(out, a)
	}
	store.SortAlerts(out)
	return out, nil
}

// --- articles ---

// putArticle writes the article, its seen index and its dedupe keys, and
// removes stale dedupe keys still pointing at it; it fails with -3 when
// the stored article is not the one the caller read (compare by SHA-1).
var putArticle = goredis.NewScript(`
local cur = redis.call('GET', KEYS[1])
local h = ''
if cur then h = redis.sha1hex(cur) end
if h ~= ARGV[5] then return -3 end
redis.call('SET', KEYS[1], ARGV[2])
redis.call('ZADD', KEYS[2], ARGV[3], ARGV[1])
local n = tonumber(ARGV[4])
for i = 3, 2 + n do redis.call('SET', KEYS[i], ARGV[1]) end
for i = 3 + n, #KEYS do
  if redis.call('GET', KEYS[i]) == ARGV[1] then redis.call('DEL', KEYS[i]) end
end
return 1
`)

// deleteArticleScript removes the article, its seen entry and those of
// KEYS[3..] that still point at it, if the article is the one read.
var deleteArticleScript = goredis.NewScript(`
local cur = redis.call('GET', KEYS[1])
if not cur then return 0 end
if redis.sha1hex(cur) ~= ARGV[2] then return -3 end
redis.call('DEL', KEYS[1])
redis.call('ZREM', KEYS[2], ARGV[1])
for i = 3, #KEYS do
  if redis.call('GET', KEYS[i]) == ARGV[1] then redis.call('DEL', KEYS[i]) end
end
return 1
`)

// readArticle returns the stored article, its raw JSON's SHA-1 ("" when
// absent) and whether it exists.
func (s *Store) readArticle(ctx context.Context, id string) (store.Article, string, bool, error) {
	var a store.Article
	data, err := s.c.Get(ctx, s.k.article(id)).Bytes()
	if errors.Is(err, goredis.Nil) {
		return a, "", false, nil
	}
	if err != nil {
		return a, "", false, err
	}
	if err := json.Unmarshal(data, &a); err != nil {
		return a, "", false, fmt.Errorf("article %s: %w", id, err)
	}
	return a, sha(data), true, nil
}

// PutArticle creates or replaces an article and its dedupe keys.
func (s *Store) PutArticle(ctx context.Context, a store.Article) error {
	const op = "put article"
	if err := checkKey(op, "article", a.ID); err != nil {
		return err
	}
	data, err := json.Marshal(a)
	if err != nil {
		return wrap(op, err)
	}
	newKeys := a.DedupeKeys()
	for range 5 {
		old, hash, _, err := s.readArticle(ctx, a.ID)
		if err != nil {
			return wrap(op, err)
		}
		ks := []string{s.k.article(a.ID), s.k.articleSeen()}
		for _, k := range newKeys {
			ks = append(ks, s.k.articleKey(k))
		}
		for _, k := range old.DedupeKeys() {
			if !contains(newKeys, k) {
				ks = append(ks, s.k.articleKey(k))
			}
		}
		n, err := putArticle.Run(ctx, s.c, ks, a.ID, data, micros(a.FirstSeen), len(newKeys), hash).Int()
		if err != nil {
			return wrap(op, err)
		}
		if n == 1 {
			return nil
		}
	}
	return wrap(op, fmt.Errorf("article %s keeps changing: %w", a.ID, store.ErrConflict))
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// deleteArticle removes an article and its dedupe keys; ErrNotFound when absent.
func (s *Store) deleteArticle(ctx context.Context, id string) error {
	for range 5 {
		old, hash, ok, err := s.readArticle(ctx, id)
		if err != nil {
			return err
		}
		if !ok {
			return store.ErrNotFound
		}
		ks := []string{s.k.article(id), s.k.articleSeen()}
		for _, k := range old.DedupeKeys() {
			ks = append(ks, s.k.articleKey(k))
		}
		n, err := deleteArticleScript.Run(ctx, s.c, ks, id, hash).Int()
		switch {
		case err != nil:
			return err
		case n == 0:
			return store.ErrNotFound
		case n == 1:
			return nil
		}
	}
	return fmt.Errorf("article %s keeps changing: %w", id, store.ErrConflict)
}

// GetArticle returns an article by ID.
func (s *Store) GetArticle(ctx context.Context, id string) (store.Article, error) {
	a, _, ok, err := s.readArticle(ctx, id)
	if err == nil && !ok {
		err = store.ErrNotFound
	}
	return a, wrap("get article", err)
}

// LookupArticle returns the ID of the article with a dedupe key.
func (s *Store) LookupArticle(ctx context.Context, key string) (string, error) {
	id, err := s.c.Get(ctx, s.k.articleKey(key)).Result()
	return id, wrap("lookup article", err)
}

// DeleteArticle removes an article and its dedupe keys.
func (s *Store) DeleteArticle(ctx context.Context, id string) error {
	return wrap("delete article", s.deleteArticle(ctx, id))
}

// --- stories ---

// putStory is a version compare-and-set on the story hash plus its index.
var putStory = goredis.NewScript(`
local v = tonumber(redis.call('HGET', KEYS[1], 'v') or '0')
if v ~= tonumber(ARGV[2]) then return -1 end
redis.call('HSET', KEYS[1], 'v', v + 1, 'json', ARGV[3])
redis.call('ZADD', KEYS[2], ARGV[4], ARGV[1])
return v + 1
`)

var deleteStory = goredis.NewScript(`
if redis.call('DEL', KEYS[1]) == 0 then return 0 end
redis.call('ZREM', KEYS[2], ARGV[1])
return 1
`)

// PutStory writes a story if st.Version matches the stored version.
func (s *Store) PutStory(ctx context.Context, st store.Story) (int, error) {
	const op = "put story"
	if err := checkKey(op, "story", st.ID); err != nil {
		return 0, err
	}
	expected := st.Version
	st.Version++
	data, err := json.Marshal(st)
	if err != nil {
		return 0, wrap(op, err)
	}
	v, err := putStory.Run(ctx, s.c, []string{s.k.story(st.ID), s.k.storySeen()}, st.ID, expected, data, micros(st.LastSeen)).Int()
	if err == nil && v < 0 {
		err = fmt.Errorf("story %s is not at version %d: %w", st.ID, expected, store.ErrConflict)
	}
	if err != nil {
		return 0, wrap(op, err)
	}
	return v, nil
}

// GetStory returns a story by ID.
func (s *Store) GetStory(ctx context.Context, id string) (store.Story, error) {
	var st store.Story
	data, err := s.c.HGet(ctx, s.k.story(id), "json").Bytes()
	if err == nil {
		err = json.Unmarshal(data, &st)
	}
	return st, wrap("get story", err)
}

func (s *Store) deleteStory(ctx context.Context, id string) error {
	n, err := deleteStory.Run(ctx, s.c, []string{s.k.story(id), s.k.storySeen()}, id).Int()
	if err == nil && n == 0 {
		err = store.ErrNotFound
	}
	return err
}

// DeleteStory removes a story (not its articles).
func (s *Store) DeleteStory(ctx context.Context, id string) error {
	return wrap("delete story", s.deleteStory(ctx, id))
}

// ListStories returns stories last seen at or after since, newest first.
func (s *Store) ListStories(ctx context.Context, since time.Time, limit int) ([]store.Story, error) {
	const op = "list stories"
	min := "-inf"
	if !since.IsZero() {
		min = fmt.Sprint(since.UnixMicro())
	}
	by := &goredis.ZRangeBy{Min: min, Max: "+inf"}
	if limit > 0 {
		by.Count = int64(limit)
	}
	ids, err := s.c.ZRevRangeByScore(ctx, s.k.storySeen(), by).Result()
	if err != nil || len(ids) == 0 {
		return nil, wrap(op, err)
	}
	cmds, err := s.c.Pipelined(ctx, func(p goredis.Pipeliner) error {
		for _, id := range ids {
			p.HGet(ctx, s.k.story(id), "json")
		}
		return nil
	})
	if err != nil && !errors.Is(err, goredis.Nil) {
		return nil, wrap(op, err)
	}
	out := make([]store.Story, 0, len(ids))
	for _, c := range cmds {
		data, err := c.(*goredis.StringCmd).Bytes()
		if errors.Is(err, goredis.Nil) {
			continue // deleted meanwhile
		}
		var st store.Story
		if err == nil {
			err = json.Unmarshal(data, &st)
		}
		if err != nil {
			return nil, wrap(op, err)
		}
		out = append(out, st)
	}
	return out, nil
}

// --- retention ---

// Expire removes old stories with their articles and orphaned old articles.
// It works story by story, each step atomic, so it can be interrupted and
// run again.
func (s *Store) Expire(ctx context.Context, olderThan time.Time) (store.Expired, error) {
	const op = "expire"
	var n store.Expired
	max := fmt.Sprintf("(%d", olderThan.UnixMicro())
	ids, err := s.c.ZRangeByScore(ctx, s.k.storySeen(), &goredis.ZRangeBy{Min: "-inf", Max: max}).Result()
	if err != nil {
		return n, wrap(op, err)
	}
	for _, id := range ids {
		st, err := s.GetStory(ctx, id)
		if err != nil && !errors.Is(err, store.ErrNotFound) {
			return n, err
		}
		switch err := s.deleteStory(ctx, id); {
		case errors.Is(err, store.ErrNotFound):
			continue
		case err != nil:
			return n, wrap(op, err)
		}
		n.Stories++
		for _, aid := range st.ArticleIDs {
			switch err := s.deleteArticle(ctx, aid); {
			case err == nil:
				n.Articles++
			case !errors.Is(err, store.ErrNotFound):
				return n, wrap(op, err)
			}
		}
	}
	ids, err = s.c.ZRangeByScore(ctx, s.k.articleSeen(), &goredis.ZRangeBy{Min: "-inf", Max: max}).Result()
	if err != nil {
		return n, wrap(op, err)
	}
	for _, id := range ids {
		a, _, ok, err := s.readArticle(ctx, id)
		if err != nil {
			return n, wrap(op, err)
		}
		if !ok {
			s.c.ZRem(ctx, s.k.articleSeen(), id) // stale index entry
			continue
		}
		if a.StoryID != "" {
			live, err := s.c.Exists(ctx, s.k.story(a.StoryID)).Result()
			if err != nil {
				return n, wrap(op, err)
			}
			if live == 1 {
				continue
			}
		}
		switch err := s.deleteArticle(ctx, id); {
		case err == nil:
			n.Articles++
		case !errors.Is(err, store.ErrNotFound):
			return n, wrap(op, err)
		}
	}
	if n.Stories > 0 || n.Articles > 0 {
		s.log.Info("store retention", "stories", n.Stories, "articles", n.Articles, "older_than", olderThan)
	}
	return n, nil
}
