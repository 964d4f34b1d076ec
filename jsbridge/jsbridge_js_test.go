//go:build js && wasm

package jsbridge

import (
	"bytes"
	"context"
	"errors"
	"syscall/js"
	"testing"
	"time"
)

func eval(t *testing.T, src string) js.Value {
	t.Helper()
	return js.Global().Get("Function").New("return (" + src + ")").Invoke()
}

func TestAwaitResolvesRejectsAndCancels(t *testing.T) {
	before := LiveFuncs()
	v, err := Await(context.Background(), eval(t, "Promise.resolve(42)"))
	if err != nil || v.Int() != 42 {
		t.Fatalf("resolved: %v, %v", v, err)
	}
	_, err = Await(context.Background(), eval(t, `Promise.reject(new DOMException("no", "InvalidStateError"))`))
	var je *Error
	if !errors.As(err, &je) || je.Name != "InvalidStateError" || je.Message != "no" {
		t.Fatalf("rejected: %v", err)
	}
	// A plain value counts as resolved.
	if v, err := Await(context.Background(), js.ValueOf("x")); err != nil || v.String() != "x" {
		t.Fatalf("plain value: %v, %v", v, err)
	}

	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	slow := eval(t, "new Promise(r => setTimeout(() => r(1), 100))")
	if _, err := Await(ctx, slow); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("cancelled: %v", err)
	}
	// The cancelled wait's callbacks release themselves once the promise settles.
	deadline := time.Now().Add(2 * time.Second)
	for LiveFuncs() != before {
		if time.Now().After(deadline) {
			t.Fatalf("%d live Funcs, want %d", LiveFuncs(), before)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func TestAwaitCallTurnsThrowIntoError(t *testing.T) {
	obj := eval(t, `{ boom() { throw new TypeError("bad") } }`)
	_, err := AwaitCall(context.Background(), obj, "boom")
	var je *Error
	if !errors.As(err, &je) || je.Name != "TypeError" {
		t.Fatalf("got %v, want a TypeError", err)
	}
}

func TestSetCatchesSetterException(t *testing.T) {
	obj := eval(t, `{ set x(v) { throw new DOMException("stopped", "InvalidStateError") } }`)
	var je *Error
	if err := Set(obj, "x", 1); !errors.As(err, &je) || je.Name != "InvalidStateError" {
		t.Fatalf("Set: %v, want InvalidStateError", err)
	}
}

func TestNonJSPanicIsNotRecovered(t *testing.T) {
	defer func() {
		if r := recover(); r != "go bug" {
			t.Fatalf("recovered %v, want the Go panic to go on", r)
		}
	}()
	var err error
	func() {
		defer recoverJS(&err)
		panic("go bug")
	}()
}

func TestListenRemoves(t *testing.T) {
	before := LiveFuncs()
	target := eval(t, "new EventTarget()")
	got := 0
	remove := Listen(target, "ping", func(js.Value) { got++ })
	target.Call("dispatchEvent", js.Global().Get("Event").New("ping"))
	remove()
	remove()
	target.Call("dispatchEvent", js.Global().Get("Event").New("ping"))
	if got != 1 {
		t.Fatalf("listener ran %d times, want 1", got)
	}
	if LiveFuncs() != before {
		t.Fatalf("%d live Funcs after remove, want %d", LiveFuncs(), before)
	}
}

func TestBytesRoundTrip(t *testing.T) {
	b := []byte{0, 1, 2, 250, 255}
	if got := BytesToGo(BytesToJS(b)); !bytes.Equal(got, b) {
		t.Fatalf("round trip %v", got)
	}
	if got := BytesToGo(BytesToJS(b).Get("buffer")); !bytes.Equal(got, b) {
		t.Fatalf("from ArrayBuffer %v", got)
	}
	if BytesToGo(js.ValueOf("text")) != nil {
		t.Fatal("a string gave bytes")
	}
	var s Scratch
	a := s.Load(b)
	if a.Length() < len(b) || a.Index(3).Int() != 250 {
		t.Fatal("scratch does not hold the bytes")
	}
}

func TestNullIsNotAString(t *testing.T) {
	if String(js.Null()) != "" || StringPtr(js.Null()) != nil || Uint16Ptr(js.Undefined()) != nil {
		t.Fatal("null or undefined read as a value")
	}
	if p := StringPtr(js.ValueOf("0")); p == nil || *p != "0" {
		t.Fatal("string lost")
	}
	if v, ok := ValueOrNull[string](nil).(js.Value); !ok || !v.IsNull() {
		t.Fatal("nil is not null")
	}
}
