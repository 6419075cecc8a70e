package discord_test

import (
	"context"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/attache-bot/attache/bot/discord"
	"github.com/attache-bot/attache/bot/fakediscord"
	"github.com/attache-bot/attache/store/redis"
	"github.com/attache-bot/attache/store/redistest"
)

// envStrictLatency, when set, makes TestLatency enforce p99 < 50 ms.
const envStrictLatency = "ATTACHE_STRICT_LATENCY"

// TestLatency dispatches 1,000 /brief interactions at 200 per second
// through the fake gateway to the bot over a Redis store and reports the
// time from dispatch (frame written to the bot's socket) to the callback
// arriving at the fake. It asserts Discord's hard 3 s window for every
// interaction, and the p99 < 50 ms target (race detector off) when the
// machine's load average is below its CPU count or ATTACHE_STRICT_LATENCY
// is set.
func TestLatency(t *testing.T) {
	if testing.Short() {
		t.Skip("latency run skipped under -short")
	}
	n, rate := 1000, 200 // interactions, per second
	if raceEnabled {
		// The race detector slows everything ten-fold: run a small load
		// that still exercises concurrent interactions under it.
		n, rate = 60, 20
	}
	began := time.Now()
	ctx := context.Background()
	srv := redistest.Start(t, redistest.Options{})
	st, err := redis.Open(ctx, redis.Options{URL: srv.URL, Prefix: srv.Prefix(t)})
	if err != nil {
		t.Fatalf("redis.Open: %v", err)
	}
	t.Cleanup(func() { _ = st.Close() })
	putStories(t, st, seedStory(t))

	f := fakediscord.New(t, fakediscord.Options{})
	log, _ := testLogger(t, f.Token())
	b := newBot(t, st, log)
	gw, err := discord.New(discord.Options{Token: f.Token(), APIBase: f.APIBase(), Handler: b, Logger: log})
	if err != nil {
		t.Fatal(err)
	}
	sctx, cancel := context.WithTimeout(ctx, wait)
	defer cancel()
	if err := gw.Start(sctx); err != nil {
		t.Fatalf("Start: %v", err)
	}
	t.Cleanup(func() { stopGateway(t, gw) })

	// Warm up (index load, first schema compilations), then measure.
	warm := f.SlashCommand(t, f.AsMember(), "brief", fakediscord.StrOpt("topic", "Riyadh"))
	f.WaitCallback(t, warm, wait)

	topics := []string{"Riyadh", "Lavrov", "Rubio", "Saudi Arabia", "Ukraine"}
	payloads := make([]fakediscord.Payload, n)
	for i := range payloads {
		payloads[i] = f.NewSlashCommand(f.AsMember(), "brief", fakediscord.StrOpt("topic", topics[i%len(topics)]))
	}
	// Pace by schedule (interaction i at i/rate), catching up after a
	// stall, so the average rate holds on a busy machine.
	sent := time.Now()
	for i, p := range payloads {
		if d := time.Until(sent.Add(time.Duration(i) * time.Second / time.Duration(rate))); d > 0 {
			time.Sleep(d)
		}
		f.DispatchInteraction(t, p)
	}
	dispatchTook := time.Since(sent)
	var lat []time.Duration
	f.WaitFor(t, 15*time.Second, "all callbacks", func() bool {
		lat = lat[:0]
		for _, p := range payloads {
			rec, _ := f.Interaction(p.ID)
			if rec.CallbackAt.IsZero() {
				return false
			}
			lat = append(lat, rec.Latency())
		}
		return true
	})
	slices.Sort(lat)
	pct := func(p float64) time.Duration { return lat[int(p*float64(len(lat)-1))] }
	p50, p99, maxL := pct(0.50), pct(0.99), lat[len(lat)-1]
	load := loadAverage()
	t.Logf("%d interactions at %d/s (dispatch phase %v): dispatch->callback p50 %v, p99 %v, max %v; run %v; load average %.2f on %d CPUs",
		n, rate, dispatchTook.Round(time.Millisecond), p50, p99, maxL, time.Since(began).Round(time.Millisecond),
		load, runtime.NumCPU())
	for _, p := range payloads {
		rec, _ := f.Interaction(p.ID)
		if rec.CallbackType != 4 {
			t.Fatalf("interaction %s answered with type %d, want 4", p.ID, rec.CallbackType)
		}
	}
	if maxL > 3*time.Second {
		t.Errorf("slowest callback %v, beyond Discord's 3 s window", maxL)
	}
	// The < 50 ms target holds when the machine is not oversubscribed; on
	// a shared, loaded one the tail measures the scheduler, not the bot.
	strict := os.Getenv(envStrictLatency) != "" || (load >= 0 && load < float64(runtime.NumCPU()))
	switch {
	case raceEnabled:
	case strict && p99 >= 50*time.Millisecond:
		t.Errorf("p99 %v, target < 50 ms", p99)
	case !strict && p99 >= 50*time.Millisecond:
		t.Logf("p99 %v misses the 50 ms target, not enforced: load average %.2f >= %d CPUs (set %s to enforce)",
			p99, load, runtime.NumCPU(), envStrictLatency)
	}
	if d := time.Since(began); d > 15*time.Second {
		t.Errorf("the latency run took %v; it must stay under 15 s to belong in the normal suite", d)
	}
}

// loadAverage is the 1-minute load average, or -1 where unknown.
func loadAverage() float64 {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return -1
	}
	fields := strings.Fields(string(b))
	if len(fields) == 0 {
		return -1
	}
	v, err := strconv.ParseFloat(fields[0], 64)
	if err != nil {
		return -1
	}
	return v
}
