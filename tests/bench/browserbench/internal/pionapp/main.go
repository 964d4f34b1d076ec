//go:build js && wasm

// Command pionapp is browserbench's workload written against pion/webrtc/v4's
// own js build: it registers its functions as "pion" with the page and
// blocks. pion's js build has no media tracks, so it has no video figure.
package main

func main() {
	register("pion", nil)
	select {}
}
