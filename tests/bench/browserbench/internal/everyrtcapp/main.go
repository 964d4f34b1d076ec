//go:build js && wasm

// Command everyrtcapp is browserbench's workload written against everyrtc:
// it registers its functions as "everyrtc" with the page and blocks.
package main

func main() {
	register("everyrtc", videoAPI())
	select {}
}
