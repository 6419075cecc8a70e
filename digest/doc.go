// Package digest turns one news article into a structured account of the
// diplomatic event it reports (people, places, parties, dates, reactions,
// agenda) and a short "quick look" for humans.
//
// Everything in this package is pure: no I/O, no clocks, no randomness. The
// same article always yields the same Result.
package digest
