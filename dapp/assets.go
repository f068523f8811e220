package dapp

import (
	"embed"
	"io/fs"
)

// The page: built by `make web` (web/build.mjs, esbuild) from web/src and the forge ABIs, and
// committed so that `go build` works on a fresh clone before any npm step.
//
//go:embed dist
var dist embed.FS

// Assets returns the built page (index.html, app.js, app.css).
func Assets() fs.FS {
	sub, err := fs.Sub(dist, "dist")
	if err != nil {
		panic(err) // the directory is embedded at compile time: this cannot fail
	}
	return sub
}
