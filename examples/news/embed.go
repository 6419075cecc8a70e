// Package news bundles Attache's sample news: short fictional articles about
// diplomatic events, written for Attache, that `attache run` reads when no
// other source is configured.
package news

import "embed"

// FS holds the sample articles (*.txt) at its root.
//
//go:embed *.txt
var FS embed.FS
