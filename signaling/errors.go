package signaling

import (
	"errors"
	"fmt"
)

// The sentinel errors below say why Join failed or why a session ended
// (Peer.Err). Errors that carry more detail (the hub's message, the close
// frame, the failed call) wrap them, so test them with errors.Is.
var (
	// ErrRoomFull: the room already holds its two peers. Join returns it.
	ErrRoomFull = errors.New("signaling: room full")

	// ErrInvalidRoom: the URL names no room (its room query parameter is
	// missing or empty) or one the hub refuses (longer than 256 bytes).
	ErrInvalidRoom = errors.New("signaling: invalid room")

	// ErrInvalidURL: the hub URL does not parse or is not ws:// or wss://.
	ErrInvalidURL = errors.New("signaling: invalid hub URL")

	// ErrMessageTooLarge: a message exceeded the limit of the hub (one this
	// peer sent: the hub closed the connection with status 1009) or of this
	// client (one the hub relayed).
	ErrMessageTooLarge = errors.New("signaling: message too large")

	// ErrPeerLeft: the other peer of the room left (or lost its connection
	// to the hub). A PeerConnection cannot be negotiated again with another
	// remote peer: to pair with a newcomer, Join again with a new one.
	ErrPeerLeft = errors.New("signaling: the other peer left the room")

	// ErrHubGone: the hub could not be reached, closed the connection
	// (status 1001 when it shuts down) or the connection was lost.
	ErrHubGone = errors.New("signaling: connection to the hub lost")

	// ErrClosed: Peer.Close ended the session.
	ErrClosed = errors.New("signaling: peer closed")
)

// ProtocolError reports a message that breaks the wire protocol: text that
// is not JSON, an unknown type, a missing field, a message out of order.
// The hub closes a connection that sent one (status 1007 for text that does
// not decode, 1008 for the rest, 1003 for a binary message); a Peer that
// receives one from the hub ends with it, and a Peer whose message the hub
// rejected ends with one too.
type ProtocolError struct {
	Reason string // what is wrong, e.g. `unknown message type "hello"`
	Err    error  // the underlying error (a JSON error, a close frame), or nil

	// undecodable marks a message that is not JSON of the expected shape
	// (the hub closes with 1007 rather than 1008).
	undecodable bool
}

// Error returns "signaling: protocol error: " and the reason.
func (e *ProtocolError) Error() string {
	s := "signaling: protocol error: " + e.Reason
	if e.Err != nil {
		s += ": " + e.Err.Error()
	}
	return s
}

// Unwrap returns the underlying error.
func (e *ProtocolError) Unwrap() error { return e.Err }

// HubError is an "error" message from the hub: the code says what went wrong
// and Message says it for people. It matches, with errors.Is, the sentinel of
// its code (ErrRoomFull for "room-full", ErrInvalidRoom for "invalid-room",
// ErrMessageTooLarge for "message-too-large"); for "malformed-message",
// errors.As finds a *ProtocolError.
type HubError struct {
	Code    string // one of the Code constants, or a code this client does not know
	Message string
}

// Error returns the code and the hub's message.
func (e *HubError) Error() string {
	return fmt.Sprintf("signaling: hub error %s: %s", e.Code, e.Message)
}

// Unwrap returns the sentinel error (or *ProtocolError) of e's code, nil for
// a code this client does not know.
func (e *HubError) Unwrap() error {
	switch e.Code {
	case CodeRoomFull:
		return ErrRoomFull
	case CodeInvalidRoom:
		return ErrInvalidRoom
	case CodeMessageTooLarge:
		return ErrMessageTooLarge
	case CodeMalformedMessage:
		return &ProtocolError{Reason: "the hub rejected a message: " + e.Message}
	}
	return nil
}

// NegotiationError is a PeerConnection call that failed while negotiating:
// the remote description did not apply, the offer could not be made, a
// remote candidate was refused. Err is the rtc error, so errors.Is matches
// the rtc sentinels (rtc.ErrOperation, rtc.ErrClosed once the PeerConnection
// is closed, ...).
type NegotiationError struct {
	Op  string // the call that failed, e.g. "SetRemoteDescription(offer)"
	Err error
}

// Error names the call that failed and its error.
func (e *NegotiationError) Error() string {
	return "signaling: negotiation failed: " + e.Op + ": " + e.Err.Error()
}

// Unwrap returns the PeerConnection's error.
func (e *NegotiationError) Unwrap() error { return e.Err }

// kindError is a sentinel error with the error that caused it: errors.Is
// matches both.
type kindError struct {
	kind  error
	msg   string
	cause error
}

func (e *kindError) Error() string {
	s := e.kind.Error()
	if e.msg != "" {
		s += ": " + e.msg
	}
	if e.cause != nil {
		s += ": " + e.cause.Error()
	}
	return s
}

func (e *kindError) Unwrap() []error {
	if e.cause == nil {
		return []error{e.kind}
	}
	return []error{e.kind, e.cause}
}

// wrap makes a kindError; format and args describe it, cause may be nil.
func wrap(kind, cause error, format string, args ...any) error {
	return &kindError{kind: kind, msg: fmt.Sprintf(format, args...), cause: cause}
}
