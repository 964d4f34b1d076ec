//go:build js && wasm

package jsbridge

import (
	"context"
	"syscall/js"
)

var promise = js.Global().Get("Promise")

type settled struct {
	v  js.Value
	ok bool
}

// Await waits for a promise (or a plain value) to settle and returns its
// value, or the rejection as an *Error, or ctx.Err(). The callbacks send to
// a buffered channel and release themselves when the promise settles, so
// a cancelled wait leaves nothing behind once the promise ends. Never call
// Await from inside a JS callback: the promise cannot settle while the
// event loop waits for that callback.
func Await(ctx context.Context, p js.Value) (js.Value, error) {
	return await(p, ctx.Done(), ctx.Err)
}

// AwaitNoCancel is Await without a context, for waits the caller cannot
// cancel. It keeps context.Context out of programs that use no context
// otherwise: a context value in an interface links time's formatting code
// (about 60 KB of wasm).
func AwaitNoCancel(p js.Value) (js.Value, error) {
	return await(p, nil, nil)
}

// await is Await; cancel is ctx.Done() (nil: never) and cause ctx.Err.
func await(p js.Value, cancel <-chan struct{}, cause func() error) (js.Value, error) {
	done := make(chan settled, 1)
	var then, catch js.Func
	finish := func(v js.Value, ok bool) {
		Release(then)
		Release(catch)
		done <- settled{v, ok}
	}
	then = FuncOf(func(_ js.Value, args []js.Value) any {
		finish(arg(args), true)
		return nil
	})
	catch = FuncOf(func(_ js.Value, args []js.Value) any {
		finish(arg(args), false)
		return nil
	})
	p, err := Call(promise, "resolve", p)
	if err == nil {
		_, err = Call(p, "then", then, catch)
	}
	if err != nil {
		Release(then)
		Release(catch)
		return js.Undefined(), err
	}
	select {
	case s := <-done:
		if !s.ok {
			return js.Undefined(), ErrorOf(s.v)
		}
		return s.v, nil
	case <-cancel:
		return js.Undefined(), cause()
	}
}

// AwaitCall calls v[method](args...) and awaits the promise it returns; a
// synchronous exception is returned like a rejection.
func AwaitCall(ctx context.Context, v js.Value, method string, args ...any) (js.Value, error) {
	p, err := Call(v, method, args...)
	if err != nil {
		return js.Undefined(), err
	}
	return Await(ctx, p)
}

// AwaitCallNoCancel is AwaitCall without a context (see AwaitNoCancel).
func AwaitCallNoCancel(v js.Value, method string, args ...any) (js.Value, error) {
	p, err := Call(v, method, args...)
	if err != nil {
		return js.Undefined(), err
	}
	return AwaitNoCancel(p)
}

func arg(args []js.Value) js.Value {
	if len(args) == 0 {
		return js.Undefined()
	}
	return args[0]
}

// AwaitCallUntil is AwaitCall that stops waiting once done is closed and
// then returns stopped: for promises that may never settle, such as an
// RTCPeerConnection's queued operations, which the browser abandons when
// the connection closes (W3C webrtc, "chain an operation").
func AwaitCallUntil(done <-chan struct{}, stopped error, v js.Value, method string, args ...any) (js.Value, error) {
	p, err := Call(v, method, args...)
	if err != nil {
		return js.Undefined(), err
	}
	return await(p, done, func() error { return stopped })
}
