//go:build js && wasm

package jsbridge

import "syscall/js"

// Global is globalThis: it works in a page, a worker and outside any window.
func Global() js.Value { return js.Global() }

// Get returns globalThis[name] (undefined when the name is not defined).
func Get(name string) js.Value { return js.Global().Get(name) }

// Nullish reports whether v is null or undefined.
func Nullish(v js.Value) bool { return v.IsNull() || v.IsUndefined() }

// String returns v as a string, or "" for null and undefined (never the
// strings "<null>" or "<undefined>").
func String(v js.Value) string {
	if v.Type() != js.TypeString {
		return ""
	}
	return v.String()
}

// StringPtr returns v as a *string, nil for null and undefined.
func StringPtr(v js.Value) *string {
	if v.Type() != js.TypeString {
		return nil
	}
	s := v.String()
	return &s
}

// Uint16Ptr returns v as a *uint16, nil for null, undefined and
// non-numbers.
func Uint16Ptr(v js.Value) *uint16 {
	if v.Type() != js.TypeNumber {
		return nil
	}
	n := uint16(v.Int())
	return &n
}

// ValueOrNull is the JS value of *p, or null for a nil pointer.
func ValueOrNull[T ~string | ~uint16 | ~bool](p *T) any {
	if p == nil {
		return js.Null()
	}
	return *p
}
