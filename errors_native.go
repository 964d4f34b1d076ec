//go:build !js

package rtc

import (
	"errors"
	"fmt"

	"github.com/pion/sctp"
	"github.com/pion/webrtc/v4"
	"github.com/pion/webrtc/v4/pkg/rtcerr"
)

// mapPionError wraps a pion error in an *Error whose Kind is the sentinel of
// the DOMException the browser would throw; errors pion does not classify
// are OperationErrors, as the browser's RTCError is.
func mapPionError(op string, err error) error {
	if err == nil {
		return nil
	}
	return &Error{Op: op, Kind: pionErrorKind(err), Cause: err}
}

func pionErrorKind(err error) *sentinel {
	switch {
	case errors.Is(err, webrtc.ErrConnectionClosed):
		return ErrClosed
	case errors.Is(err, webrtc.ErrDataChannelNotOpen), errors.Is(err, webrtc.ErrNoRemoteDescription),
		errors.Is(err, webrtc.ErrIncorrectSignalingState):
		return ErrInvalidState
	case errors.Is(err, webrtc.ErrRetransmitsOrPacketLifeTime), errors.Is(err, webrtc.ErrNegotiatedWithoutID),
		errors.Is(err, sctp.ErrOutboundPacketTooLarge),
		errors.Is(err, webrtc.ErrStringSizeLimit), errors.Is(err, webrtc.ErrMaxDataChannelID):
		return ErrType
	case errors.Is(err, webrtc.ErrSenderNotCreatedByConnection):
		return ErrInvalidAccess
	case errors.Is(err, webrtc.ErrUnsupportedCodec):
		return ErrInvalidModification
	}
	for _, k := range pionErrorKinds {
		if k.is(err) {
			return k.kind
		}
	}
	return ErrOperation
}

var pionErrorKinds = []struct {
	is   func(error) bool
	kind *sentinel
}{
	{isAs[*rtcerr.InvalidStateError], ErrInvalidState},
	{isAs[*rtcerr.InvalidModificationError], ErrInvalidModification},
	{isAs[*rtcerr.InvalidAccessError], ErrInvalidAccess},
	{isAs[*rtcerr.SyntaxError], ErrSyntax},
	{isAs[*rtcerr.TypeError], ErrType},
	{isAs[*rtcerr.RangeError], ErrType},
	{isAs[*rtcerr.NotSupportedError], ErrNotSupported},
	{isAs[*rtcerr.OperationError], ErrOperation},
}

func isAs[T error](err error) bool {
	var target T
	return errors.As(err, &target)
}

// formatOther is %v of a value formatMessage has no case for.
func formatOther(v any) string { return fmt.Sprint(v) }

// typeName is %T.
func typeName(v any) string { return fmt.Sprintf("%T", v) }
