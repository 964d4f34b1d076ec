//go:build js && wasm

package shim

import (
	_ "embed"
	"sync"
	"syscall/js"
)

//go:embed shim.js
var source string

var (
	once sync.Once
	shim js.Value
)

// Get returns the shim object, evaluating the embedded source on first
// use. (A page whose Content-Security-Policy forbids eval must allow
// 'unsafe-eval' for it, as it must for wasm_exec.js's instantiation.)
func Get() js.Value {
	once.Do(func() {
		shim = js.Global().Get("Function").New("return (" + source + "\n)").Invoke()
	})
	return shim
}

// Counters reports the shim's counts: calls into Go (toGo), calls from Go
// into the shim (fromGo), channel batches delivered and records in them.
func Counters() (toGo, fromGo, batches, records int) {
	c := Get().Get("counters")
	return c.Get("toGo").Int(), c.Get("fromGo").Int(), c.Get("batches").Int(), c.Get("records").Int()
}
