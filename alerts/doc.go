// Package alerts owns per-user keyword alerts: the expression language users
// type in /alert add (Parse, Validate, Expr), the text normalisation both
// expressions and stories go through (Tokens, Normalize), the Index that
// matches every story against all users' expressions at once (built in
// bulk from stored expressions by BuildIndex), and the delivery policy that
// decides when and how hits become direct messages (Policy.Decide), with
// the mute duration parser (ParseDuration, MuteUntil).
//
// The package is pure: no I/O, no globals with side effects, time passed in.
// Documents are plain strings (Doc) so that it depends on neither the digest
// nor the store. The user-facing syntax is described in docs/alerts.md.
//
// Subpackage dispatch puts these together: it keeps an Index in sync with
// the store, matches story events and delivers the hits by direct message.
package alerts
