//go:build js && wasm

// Command jsonly is the Go runtime with syscall/js and nothing else: the
// floor of any Go program that drives the browser.
package main

import "syscall/js"

func main() { js.Global().Get("console").Call("log", "syscall/js only") }
