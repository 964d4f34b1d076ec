package rtc

import "errors"

// The sentinel errors below are named after the DOMException names the W3C
// WebRTC specification throws (https://webidl.spec.whatwg.org/#idl-DOMException-error-names).
// Every error this package returns matches exactly one of them with
// errors.Is, on both the native and the browser backend: natively the pion
// error is mapped, in the browser the DOMException's name is.
var (
	// ErrInvalidState is InvalidStateError: the object is in a state in which
	// the call is not allowed (CreateAnswer without a remote offer, Send on a
	// channel that is not open, a call after Close, ...).
	ErrInvalidState = &sentinel{name: "InvalidStateError", text: "invalid state"}

	// ErrInvalidModification is InvalidModificationError: a change that may
	// not be made (an SDP edited between create and set, a configuration
	// field that cannot change after construction).
	ErrInvalidModification = &sentinel{name: "InvalidModificationError", text: "invalid modification"}

	// ErrInvalidAccess is InvalidAccessError: an argument that does not fit
	// the object (a sender of another PeerConnection, a candidate whose mid
	// matches no media section).
	ErrInvalidAccess = &sentinel{name: "InvalidAccessError", text: "invalid access"}

	// ErrSyntax is SyntaxError: text that does not parse (an ICE server URL,
	// a candidate line).
	ErrSyntax = &sentinel{name: "SyntaxError", text: "syntax error"}

	// ErrOperation is OperationError: the operation failed for a reason
	// specific to it (an SDP that cannot be applied, a transport failure).
	ErrOperation = &sentinel{name: "OperationError", text: "operation failed"}

	// ErrType is TypeError: an argument of the wrong kind or out of range
	// (a DataChannelInit with both MaxRetransmits and MaxPacketLifeTime, an
	// unknown enum string, a nil track).
	ErrType = &sentinel{name: "TypeError", text: "invalid argument"}

	// ErrInvalidArgument is ErrType under the name Go code usually looks for.
	ErrInvalidArgument = ErrType

	// ErrClosed is returned by calls on a PeerConnection or DataChannel that
	// has been closed. It also matches ErrInvalidState, which is what the
	// specification throws in that case.
	ErrClosed = &sentinel{name: "InvalidStateError", text: "closed", parent: ErrInvalidState}

	// ErrNotSupported is NotSupportedError: the target cannot do this (for
	// example WriteRTCP in the browser). It wraps errors.ErrUnsupported.
	ErrNotSupported = &sentinel{name: "NotSupportedError", text: "not supported", parent: errors.ErrUnsupported}
)

// sentinel is the type of the package's sentinel errors. parent lets one
// sentinel match a broader one (ErrClosed is also ErrInvalidState).
type sentinel struct {
	name   string
	text   string
	parent error
}

func (e *sentinel) Error() string { return "rtc: " + e.text }
func (e *sentinel) Unwrap() error { return e.parent }

// DOMExceptionName is the W3C DOMException name that corresponds to err's
// sentinel, or "" when err matches none of the package's sentinels.
func DOMExceptionName(err error) string {
	for _, s := range sentinels {
		if errors.Is(err, s) {
			return s.name
		}
	}
	return ""
}

// sentinels is ordered most specific first, for DOMExceptionName.
var sentinels = []*sentinel{ErrClosed, ErrInvalidState, ErrInvalidModification, ErrInvalidAccess,
	ErrSyntax, ErrOperation, ErrType, ErrNotSupported}

// sentinelByName returns the sentinel for a DOMException or JS error name
// (used by the browser backend), ErrOperation for names it does not know.
func sentinelByName(name string) error {
	switch name {
	case "RangeError":
		return ErrType
	case "NotFoundError":
		return ErrInvalidAccess
	}
	for _, s := range sentinels[1:] {
		if s.name == name {
			return s
		}
	}
	return ErrOperation
}

// Error is the type of every non-sentinel error the package returns: the
// operation that failed, the sentinel it matches and the underlying cause.
type Error struct {
	Op    string // the method that failed, e.g. "CreateAnswer"
	Kind  error  // one of the package's sentinel errors
	Cause error  // the error from the backend (pion, the browser), or nil
	Msg   string // what went wrong, when Cause does not say it
}

func (e *Error) Error() string {
	s := "rtc: " + e.Op + ": " + e.Kind.(*sentinel).text
	if e.Msg != "" {
		s += ": " + e.Msg
	}
	if e.Cause != nil {
		s += ": " + e.Cause.Error()
	}
	return s
}

// Unwrap returns the sentinel and the cause, so errors.Is matches both.
func (e *Error) Unwrap() []error {
	if e.Cause == nil {
		return []error{e.Kind}
	}
	return []error{e.Kind, e.Cause}
}

// newError builds an *Error of kind for op with a message formatted by
// formatMessage (%s, %v, %q, %d).
func newError(kind *sentinel, op, format string, args ...any) error {
	return &Error{Op: op, Kind: kind, Msg: formatMessage(format, args...)}
}

// wrapError builds an *Error of kind for op around cause (nil stays nil).
func wrapError(kind *sentinel, op string, cause error) error {
	if cause == nil {
		return nil
	}
	return &Error{Op: op, Kind: kind, Cause: cause}
}
