//go:build js && wasm

package rtc

// readSDP parses text with parseSDP: pion/sdp would link fmt, net/url and
// more into the browser build.
func readSDP(text string) (*sdpText, error) { return parseSDP(text) }
