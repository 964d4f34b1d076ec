//go:build js && wasm

package jsbridge

import (
	"syscall/js"
	"testing"
)

// BenchmarkAwaitResolved is one await of an already resolved promise: the
// bridge's cost per awaited browser call (two callbacks made and
// released, one microtask, one resume of Go).
func BenchmarkAwaitResolved(b *testing.B) {
	p := js.Global().Get("Promise").Call("resolve", 1)
	for b.Loop() {
		if _, err := AwaitNoCancel(p); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFuncOfRelease is making and releasing one callback.
func BenchmarkFuncOfRelease(b *testing.B) {
	for b.Loop() {
		Release(FuncOf(func(js.Value, []js.Value) any { return nil }))
	}
}

// BenchmarkCallIntoGo is JavaScript calling a Go callback that returns
// at once: the cost of one resume of Go.
func BenchmarkCallIntoGo(b *testing.B) {
	f := FuncOf(func(js.Value, []js.Value) any { return nil })
	defer Release(f)
	loop := js.Global().Get("Function").New("f", "n", "for (let i = 0; i < n; i++) f()")
	b.ResetTimer()
	loop.Invoke(f, b.N)
}
