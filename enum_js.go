//go:build js && wasm

package rtc

import (
	"syscall/js"

	"github.com/everyrtc/rtc/jsbridge"
)

// enumProp reads the string property name of v as the enum T; a missing or
// unknown value is T's zero (unknown) value.
func enumProp[T ~int32](v js.Value, name string, names []string) T {
	t, _ := enumIndex[T](names, jsbridge.String(v.Get(name)))
	return t
}
