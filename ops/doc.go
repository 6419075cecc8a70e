// Package ops owns Attache's operator HTTP surface: the optional listener
// (config http.listen) serving /healthz (the process is up), /readyz (the
// store answers, Discord is connected or the bot runs in console mode, and
// the digester is not stuck) and /metrics in the Prometheus text format.
//
// Metrics holds every metric family on a private registry (never the
// global default one) with typed, nil-safe methods that the producing
// packages' hooks call: story.Observer and Listener events, delivery
// outcomes, router outcomes, first-response latency of interactions, 429s
// seen on the Discord REST client, and lease changes through the
// LeaseStore decorator. Queue depth and the alert index size are read at
// scrape time. Labels are bounded: command routes, kinds, outcomes and
// configured source names, never user, channel or guild IDs.
//
// Ready runs named checks concurrently, each under a short timeout, and
// answers 200 or 503 with a JSON body naming each check's result.
package ops
