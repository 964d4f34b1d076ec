//go:build js && wasm

package jsbridge

import (
	"sync"
	"syscall/js"
)

// Listen adds fn as a listener for event on target and returns the
// function that removes it and releases its js.Func (safe to call more
// than once). fn runs on the JS event loop: it must not block.
func Listen(target js.Value, event string, fn func(ev js.Value)) (remove func()) {
	f := FuncOf(func(_ js.Value, args []js.Value) any {
		fn(arg(args))
		return nil
	})
	target.Call("addEventListener", event, f)
	var once sync.Once
	return func() {
		once.Do(func() {
			target.Call("removeEventListener", event, f)
			Release(f)
		})
	}
}
