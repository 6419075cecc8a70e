package storetest

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/attache-bot/attache/store"
)

// Bench benchmarks the hot paths of a backend: the ledger check, a queue
// round trip, the rate limiter, a dedupe lookup and a story
// read-modify-write.
func Bench(b *testing.B, be Backend) {
	ctx := context.Background()
	b.Run("RecordDelivery", func(b *testing.B) {
		s := be.Fresh(b)(b)
		defer s.Close()
		for i := 0; b.Loop(); i++ {
			if _, _, err := s.RecordDelivery(ctx, store.Delivery{Key: fmt.Sprint("k", i%1000), MessageID: "m"}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("QueueRoundTrip", func(b *testing.B) {
		s := be.Fresh(b)(b)
		defer s.Close()
		for b.Loop() {
			if _, err := s.Enqueue(ctx, store.Job{Kind: "edition", Key: "k", Payload: []byte(`{"channel":"123"}`)}); err != nil {
				b.Fatal(err)
			}
			j, err := s.Dequeue(ctx, "w", time.Minute)
			if err != nil {
				b.Fatal(err)
			}
			if err := s.Ack(ctx, j); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("Allow", func(b *testing.B) {
		s := be.Fresh(b)(b)
		defer s.Close()
		for b.Loop() {
			if _, _, err := s.Allow(ctx, "discord", 1e9, 1000); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("LookupArticle", func(b *testing.B) {
		s := be.Fresh(b)(b)
		defer s.Close()
		for i := range 100 {
			a := store.Article{ID: fmt.Sprint("a", i), URL: fmt.Sprint("https://e.org/", i), FirstSeen: day, Body: "body"}
			if err := s.PutArticle(ctx, a); err != nil {
				b.Fatal(err)
			}
		}
		for i := 0; b.Loop(); i++ {
			if _, err := s.LookupArticle(ctx, store.URLKey(fmt.Sprint("https://e.org/", i%100))); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("StoryUpdate", func(b *testing.B) {
		s := be.Fresh(b)(b)
		defer s.Close()
		if _, err := s.PutStory(ctx, story("s", day, "a1", "a2")); err != nil {
			b.Fatal(err)
		}
		for b.Loop() {
			st, err := s.GetStory(ctx, "s")
			if err != nil {
				b.Fatal(err)
			}
			st.LastSeen = st.LastSeen.Add(time.Second)
			if _, err := s.PutStory(ctx, st); err != nil {
				b.Fatal(err)
			}
		}
	})
}
