//go:build js && wasm

package jsbridge

import "syscall/js"

// Error is a JS exception or promise rejection: Name is the DOMException
// or Error name ("InvalidStateError", "TypeError", ...) by which callers
// map it to their own errors.
type Error struct {
	Name    string
	Message string
}

func (e *Error) Error() string {
	if e.Message == "" {
		return e.Name
	}
	return e.Name + ": " + e.Message
}

// ErrorOf turns a thrown or rejected JS value into an *Error.
func ErrorOf(v js.Value) *Error {
	if v.Type() == js.TypeObject {
		name, msg := String(v.Get("name")), String(v.Get("message"))
		if name == "" {
			name = "Error"
		}
		return &Error{Name: name, Message: msg}
	}
	if Nullish(v) {
		return &Error{Name: "Error", Message: "rejected without a reason"}
	}
	return &Error{Name: "Error", Message: v.String()}
}

// recoverJS, deferred, turns a js.Error panic (a JS exception thrown
// through syscall/js) into *err; any other panic is a Go bug and goes on.
func recoverJS(err *error) {
	r := recover()
	if r == nil {
		return
	}
	je, ok := r.(js.Error)
	if !ok {
		panic(r)
	}
	*err = ErrorOf(je.Value)
}

// Call calls v[method](args...) and returns a JS exception as an *Error.
func Call(v js.Value, method string, args ...any) (res js.Value, err error) {
	defer recoverJS(&err)
	return v.Call(method, args...), nil
}

// New calls new ctor(args...) and returns a JS exception as an *Error.
func New(ctor js.Value, args ...any) (res js.Value, err error) {
	defer recoverJS(&err)
	return ctor.New(args...), nil
}

var reflectObject = js.Global().Get("Reflect")

// Set sets v[prop] = x and returns a JS exception (a setter that throws)
// as an *Error. (js.Value.Set does not catch exceptions: one thrown by a
// setter would end the wasm instance.)
func Set(v js.Value, prop string, x any) error {
	_, err := Call(reflectObject, "set", v, prop, x)
	return err
}
