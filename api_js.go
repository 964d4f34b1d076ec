//go:build js && wasm

package rtc

// apiBackend is empty in the browser: codecs, interceptors and transport
// settings are the browser's own.
type apiBackend struct{}
