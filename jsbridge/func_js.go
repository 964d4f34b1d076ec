//go:build js && wasm

package jsbridge

import (
	"sync/atomic"
	"syscall/js"
)

// liveFuncs counts the js.Func values made by FuncOf and not yet released.
var liveFuncs atomic.Int64

// FuncOf is js.FuncOf, counted: every Func it returns must be given to
// Release by its owner.
func FuncOf(fn func(this js.Value, args []js.Value) any) js.Func {
	liveFuncs.Add(1)
	return js.FuncOf(fn)
}

// Release releases a Func made by FuncOf.
func Release(f js.Func) {
	liveFuncs.Add(-1)
	f.Release()
}

// LiveFuncs is the number of Funcs made by FuncOf and not released: leak
// tests compare it with a baseline.
func LiveFuncs() int { return int(liveFuncs.Load()) }
