//go:build js && wasm

package rtc

import (
	"errors"

	"github.com/everyrtc/rtc/jsbridge"
)

// jsError turns an error of the bridge (a JS exception or rejection) into
// the package's *Error, its kind found by the exception's name.
func jsError(op string, err error) error {
	if err == nil {
		return nil
	}
	// AsType, not As: errors.As links internal/reflectlite.
	if je, ok := errors.AsType[*jsbridge.Error](err); ok {
		return &Error{Op: op, Kind: sentinelByName(je.Name), Cause: err}
	}
	return &Error{Op: op, Kind: ErrOperation, Cause: err}
}

// notSupported is the error of a method a browser cannot do.
func notSupported(op, why string) error {
	return newError(ErrNotSupported, op, "%s", why)
}

// formatOther is %v of a value formatMessage has no case for. The browser
// build does not link fmt, so it names no value; no call site of the
// package passes one.
func formatOther(any) string { return "?" }

// typeName is %T. Without reflect, the browser build cannot name types: its
// own messages do not use %T.
func typeName(any) string { return "?" }
