//go:build js && wasm

package jsbridge

import "syscall/js"

var (
	uint8Array  = js.Global().Get("Uint8Array")
	arrayBuffer = js.Global().Get("ArrayBuffer")
)

// BytesToJS copies b into a new Uint8Array (one copy).
func BytesToJS(b []byte) js.Value {
	a := uint8Array.New(len(b))
	js.CopyBytesToJS(a, b)
	return a
}

// BytesToGo copies a Uint8Array or an ArrayBuffer into a new byte slice
// (one copy); anything else gives nil.
func BytesToGo(v js.Value) []byte {
	if v.InstanceOf(arrayBuffer) {
		v = uint8Array.New(v)
	} else if !v.InstanceOf(uint8Array) {
		return nil
	}
	b := make([]byte, v.Length())
	js.CopyBytesToGo(b, v)
	return b
}

// Scratch is a reusable Uint8Array for sending bytes to JS without a new
// JS allocation per call. It is not safe for concurrent use.
type Scratch struct {
	a js.Value
	n int // a's length, kept in Go: reading it from JS costs a call
}

// Load copies b into the scratch array, growing it when needed, and
// returns the array; only its first len(b) bytes are b.
func (s *Scratch) Load(b []byte) js.Value {
	if s.n == 0 || s.n < len(b) {
		n := 4096
		for n < len(b) {
			n *= 2
		}
		s.a, s.n = uint8Array.New(n), n
	}
	js.CopyBytesToJS(s.a, b)
	return s.a
}
