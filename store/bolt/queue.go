package bolt

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"strconv"
	"time"

	"github.com/attache-bot/attache/store"
	"go.etcd.io/bbolt"
)

// queued is a job as kept in the queue bucket, keyed by an 8-byte sequence
// number that orders jobs FIFO and doubles as the receipt.
type queued struct {
	Job store.Job `json:"job"`
	// VisibleAt is when the job may be claimed: NotBefore, or the end of
	// the current claim's visibility timeout.
	VisibleAt time.Time `json:"visible_at"`
	// Consumer holds the current claim; empty when the job is not claimed.
	Consumer string `json:"consumer,omitempty"`
}

func seqKey(n uint64) []byte {
	k := make([]byte, 8)
	binary.BigEndian.PutUint64(k, n)
	return k
}

func putQueued(b *bbolt.Bucket, q queued) error {
	n, err := b.NextSequence()
	if err != nil {
		return err
	}
	q.Job.Receipt = ""
	return putJSON(b, string(seqKey(n)), q)
}

// Enqueue adds a job to the queue.
func (s *Store) Enqueue(ctx context.Context, j store.Job) (store.Job, error) {
	if j.ID == "" {
		j.ID = store.NewID()
	}
	if j.EnqueuedAt.IsZero() {
		j.EnqueuedAt = store.Now()
	}
	j.Receipt = ""
	err := s.update(ctx, "enqueue", func(tx *bbolt.Tx) error {
		return putQueued(tx.Bucket(bQueue), queued{Job: j, VisibleAt: j.NotBefore})
	})
	if err != nil {
		return store.Job{}, err
	}
	return j, nil
}

// Dequeue claims the oldest visible job for consumer.
func (s *Store) Dequeue(ctx context.Context, consumer string, visibilityTimeout time.Duration) (store.Job, error) {
	var job store.Job
	err := s.update(ctx, "dequeue", func(tx *bbolt.Tx) error {
		b := tx.Bucket(bQueue)
		now := time.Now()
		c := b.Cursor()
		for k, v := c.First(); k != nil; k, v = c.Next() {
			var q queued
			if err := json.Unmarshal(v, &q); err != nil {
				return fmt.Errorf("job %x: %w", k, err)
			}
			if q.VisibleAt.After(now) {
				continue
			}
			q.VisibleAt = now.Add(visibilityTimeout)
			q.Consumer = consumer
			data, err := json.Marshal(q)
			if err != nil {
				return err
			}
			if err := b.Put(k, data); err != nil {
				return err
			}
			job = q.Job
			job.Receipt = strconv.FormatUint(binary.BigEndian.Uint64(k), 10)
			return nil
		}
		return store.ErrEmpty
	})
	return job, err
}

// claimed loads the queued job named by j.Receipt.
func claimed(b *bbolt.Bucket, j store.Job) ([]byte, queued, error) {
	var q queued
	n, err := strconv.ParseUint(j.Receipt, 10, 64)
	if err != nil {
		return nil, q, fmt.Errorf("receipt %q: %w", j.Receipt, store.ErrNotFound)
	}
	k := seqKey(n)
	if err := getJSON(b, string(k), &q); err != nil {
		return nil, q, fmt.Errorf("job %s: %w", j.ID, err)
	}
	if q.Job.ID != j.ID {
		return nil, q, fmt.Errorf("receipt %s is not job %s: %w", j.Receipt, j.ID, store.ErrNotFound)
	}
	return k, q, nil
}

// Ack removes a claimed job.
func (s *Store) Ack(ctx context.Context, j store.Job) error {
	return s.update(ctx, "ack", func(tx *bbolt.Tx) error {
		b := tx.Bucket(bQueue)
		k, _, err := claimed(b, j)
		if err != nil {
			return err
		}
		return b.Delete(k)
	})
}

// Retry puts a claimed job back with one more attempt, visible from notBefore.
func (s *Store) Retry(ctx context.Context, j store.Job, notBefore time.Time) error {
	return s.update(ctx, "retry", func(tx *bbolt.Tx) error {
		b := tx.Bucket(bQueue)
		k, q, err := claimed(b, j)
		if err != nil {
			return err
		}
		if err := b.Delete(k); err != nil {
			return err
		}
		q.Job.Attempts++
		q.Job.NotBefore = notBefore
		return putQueued(b, queued{Job: q.Job, VisibleAt: notBefore})
	})
}

// QueueStats reports the queue's depth and age.
func (s *Store) QueueStats(ctx context.Context) (store.QueueStats, error) {
	var st store.QueueStats
	err := s.view(ctx, "queue stats", func(tx *bbolt.Tx) error {
		now := time.Now()
		return tx.Bucket(bQueue).ForEach(func(_, v []byte) error {
			var q queued
			if err := json.Unmarshal(v, &q); err != nil {
				return err
			}
			st.Depth++
			switch {
			case q.Consumer != "" && q.VisibleAt.After(now):
				st.InFlight++
			case q.VisibleAt.After(now):
				st.Delayed++
			}
			if st.Oldest.IsZero() || q.Job.EnqueuedAt.Before(st.Oldest) {
				st.Oldest = q.Job.EnqueuedAt
			}
			return nil
		})
	})
	return st, err
}
