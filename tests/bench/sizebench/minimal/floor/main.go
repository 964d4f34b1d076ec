//go:build js && wasm

// Command floor is the least a browser build of everyrtc can weigh while
// its API keeps pion's types: the Go runtime, syscall/js, and the packages
// whose types appear in the API (pion/rtp, rtcp, interceptor, sdp,
// webrtc/v4/pkg/media, encoding/json for StatsEntry.Raw), imported for
// their package initialisation only (pion/rtp's seeds a generator from
// crypto/rand; sdp pulls net/url and net/netip). It logs one line.
package main

import (
	_ "encoding/json"
	"syscall/js"

	_ "github.com/pion/interceptor"
	_ "github.com/pion/rtcp"
	_ "github.com/pion/rtp"
	_ "github.com/pion/sdp/v3"
	_ "github.com/pion/webrtc/v4/pkg/media"
)

func main() { js.Global().Get("console").Call("log", "floor") }
