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

// The queue is a Redis Stream read through one consumer group, so replicas
// share the work. Jobs with a future NotBefore wait in a sorted set and are
// moved to the stream when due. A third sorted set records every unacked
// job's EnqueuedAt for QueueStats.

var enqueueScript = goredis.NewScript(`
if tonumber(ARGV[4]) > tonumber(ARGV[5]) then
  redis.call('ZADD', KEYS[2], ARGV[4], ARGV[1])
else
  redis.call('XADD', KEYS[1], '*', 'job', ARGV[1])
end
redis.call('ZADD', KEYS[3], ARGV[3], ARGV[2])
return 1
`)

var promoteScript = goredis.NewScript(`
local due = redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[2]))
for _, j in ipairs(due) do
  redis.call('XADD', KEYS[1], '*', 'job', j)
  redis.call('ZREM', KEYS[2], j)
end
return #due
`)

var ackScript = goredis.NewScript(`
if redis.call('XACK', KEYS[1], ARGV[1], ARGV[2]) == 0 then return 0 end
redis.call('XDEL', KEYS[1], ARGV[2])
redis.call('ZREM', KEYS[2], ARGV[3])
return 1
`)

var retryScript = goredis.NewScript(`
if redis.call('XACK', KEYS[1], ARGV[1], ARGV[2]) == 0 then return 0 end
redis.call('XDEL', KEYS[1], ARGV[2])
if tonumber(ARGV[4]) > tonumber(ARGV[5]) then
  redis.call('ZADD', KEYS[2], ARGV[4], ARGV[3])
else
  redis.call('XADD', KEYS[1], '*', 'job', ARGV[3])
end
return 1
`)

func (s *Store) queueKeys() []string {
	return []string{s.k.stream(), s.k.delayed(), s.k.enqueued()}
}

// jobJSON encodes a job as kept in Redis: without its receipt.
func jobJSON(j store.Job) ([]byte, error) {
	j.Receipt = ""
	return json.Marshal(j)
}

// Enqueue adds a job: to the stream when ready, else to the delayed set.
func (s *Store) Enqueue(ctx context.Context, j store.Job) (store.Job, error) {
	const op = "enqueue"
	if j.ID == "" {
		j.ID = store.NewID()
	}
	if j.EnqueuedAt.IsZero() {
		j.EnqueuedAt = store.Now()
	}
	j.Receipt = ""
	data, err := jobJSON(j)
	if err != nil {
		return store.Job{}, wrap(op, err)
	}
	err = enqueueScript.Run(ctx, s.c, s.queueKeys(), data, j.ID, micros(j.EnqueuedAt),
		j.NotBefore.UnixMilli(), time.Now().UnixMilli()).Err()
	if err != nil {
		return store.Job{}, wrap(op, err)
	}
	return j, nil
}

// Dequeue promotes due delayed jobs, then claims a job whose consumer
// exceeded the visibility timeout (XAUTOCLAIM), else a new one (XREADGROUP).
func (s *Store) Dequeue(ctx context.Context, consumer string, visibilityTimeout time.Duration) (store.Job, error) {
	const op = "dequeue"
	j, err := s.dequeue(ctx, consumer, visibilityTimeout)
	if isNoGroup(err) {
		// Redis lost the group (restart without persistence): recreate it.
		if err = s.ensureGroup(ctx); err == nil {
			j, err = s.dequeue(ctx, consumer, visibilityTimeout)
		}
	}
	if errors.Is(err, store.ErrEmpty) {
		return store.Job{}, err
	}
	return j, wrap(op, err)
}

func (s *Store) dequeue(ctx context.Context, consumer string, vis time.Duration) (store.Job, error) {
	if err := promoteScript.Run(ctx, s.c, s.queueKeys(), time.Now().UnixMilli(), 100).Err(); err != nil {
		return store.Job{}, err
	}
	start := "0-0"
	for range 50 {
		msgs, next, err := s.c.XAutoClaim(ctx, &goredis.XAutoClaimArgs{
			Stream: s.k.stream(), Group: consumerGroup, Consumer: consumer,
			MinIdle: vis, Start: start, Count: 1,
		}).Result()
		if err != nil {
			return store.Job{}, err
		}
		if len(msgs) > 0 {
			return decodeJob(msgs[0])
		}
		if next == "0-0" || next == "" {
			break
		}
		start = next
	}
	streams, err := s.c.XReadGroup(ctx, &goredis.XReadGroupArgs{
		Group: consumerGroup, Consumer: consumer, Streams: []string{s.k.stream(), ">"},
		Count: 1, Block: -1,
	}).Result()
	if errors.Is(err, goredis.Nil) {
		return store.Job{}, store.ErrEmpty
	}
	if err != nil {
		return store.Job{}, err
	}
	for _, st := range streams {
		for _, m := range st.Messages {
			return decodeJob(m)
		}
	}
	return store.Job{}, store.ErrEmpty
}

func decodeJob(m goredis.XMessage) (store.Job, error) {
	raw, ok := m.Values["job"].(string)
	if !ok {
		return store.Job{}, fmt.Errorf("stream entry %s has no job", m.ID)
	}
	var j store.Job
	if err := json.Unmarshal([]byte(raw), &j); err != nil {
		return store.Job{}, fmt.Errorf("stream entry %s: %w", m.ID, err)
	}
	j.Receipt = m.ID
	return j, nil
}

// Ack acknowledges and deletes the stream entry of a claimed job.
func (s *Store) Ack(ctx context.Context, j store.Job) error {
	const op = "ack"
	if j.Receipt == "" {
		return wrap(op, fmt.Errorf("job %s was not claimed: %w", j.ID, store.ErrNotFound))
	}
	n, err := ackScript.Run(ctx, s.c, []string{s.k.stream(), s.k.enqueued()}, consumerGroup, j.Receipt, j.ID).Int()
	if err == nil && n == 0 {
		err = fmt.Errorf("job %s (%s) is not pending: %w", j.ID, j.Receipt, store.ErrNotFound)
	}
	if isNoGroup(err) {
		err = fmt.Errorf("job %s: queue was reset: %w", j.ID, store.ErrNotFound)
	}
	return wrap(op, err)
}

// Retry acknowledges the claim and re-adds the job with one more attempt.
func (s *Store) Retry(ctx context.Context, j store.Job, notBefore time.Time) error {
	const op = "retry"
	if j.Receipt == "" {
		return wrap(op, fmt.Errorf("job %s was not claimed: %w", j.ID, store.ErrNotFound))
	}
	j.Attempts++
	j.NotBefore = notBefore
	data, err := jobJSON(j)
	if err != nil {
		return wrap(op, err)
	}
	n, err := retryScript.Run(ctx, s.c, []string{s.k.stream(), s.k.delayed()}, consumerGroup, j.Receipt, data,
		notBefore.UnixMilli(), time.Now().UnixMilli()).Int()
	if err == nil && n == 0 {
		err = fmt.Errorf("job %s (%s) is not pending: %w", j.ID, j.Receipt, store.ErrNotFound)
	}
	if isNoGroup(err) {
		err = fmt.Errorf("job %s: queue was reset: %w", j.ID, store.ErrNotFound)
	}
	return wrap(op, err)
}

// QueueStats reports depth (unacked jobs), delayed and in-flight counts and
// the oldest EnqueuedAt.
func (s *Store) QueueStats(ctx context.Context) (store.QueueStats, error) {
	const op = "queue stats"
	var depth, delayed *goredis.IntCmd
	var oldest *goredis.ZSliceCmd
	var pending *goredis.XPendingCmd
	_, err := s.c.Pipelined(ctx, func(p goredis.Pipeliner) error {
		depth = p.ZCard(ctx, s.k.enqueued())
		delayed = p.ZCard(ctx, s.k.delayed())
		oldest = p.ZRangeWithScores(ctx, s.k.enqueued(), 0, 0)
		pending = p.XPending(ctx, s.k.stream(), consumerGroup)
		return nil
	})
	if err != nil && !isNoGroup(err) {
		return store.QueueStats{}, wrap(op, err)
	}
	st := store.QueueStats{Depth: int(depth.Val()), Delayed: int(delayed.Val())}
	if p := pending.Val(); p != nil && pending.Err() == nil {
		st.InFlight = int(p.Count)
	}
	if z := oldest.Val(); len(z) == 1 {
		st.Oldest = time.UnixMicro(int64(z[0].Score)).UTC()
	}
	return st, nil
}
