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
	var je *jsbridge.Error
	if errors.As(err, &je) {
		return &Error{Op: op, Kind: sentinelByName(je.Name), Cause: err}
	}
	return &Error{Op: op, Kind: ErrOperation, Cause: err}
}

// notSupported is the error of a method a browser cannot do.
func notSupported(op, why string) error {
	return newError(ErrNotSupported, op, "%s", why)
}
