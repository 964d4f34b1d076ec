// Package shim holds the JavaScript side of everyrtc's browser backend,
// embedded in the Go program and installed on first use: a page needs
// nothing beyond the usual wasm_exec.js.
//
// The shim batches a data channel's events (a burst of N incoming messages
// costs O(N / batch) calls into Go instead of several per message),
// flattens getStats into one crossing, and holds the synthetic media
// sources (canvas video, oscillator audio) that tests and examples use.
package shim
