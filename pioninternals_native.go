//go:build !js

package rtc

import (
	"reflect"
	"sync/atomic"
	"unsafe"

	"github.com/pion/webrtc/v4"
)

// pion's RTPTransceiver keeps its direction and current direction in
// unexported atomic.Value fields and has no exported setter, while the
// specification's RTCRtpTransceiver has both. These two functions reach the
// fields by name; TestTransceiverDirectionFields fails if a pion release
// renames them, and the functions then fail with ErrNotSupported instead of
// misbehaving.

func transceiverDirectionField(t *webrtc.RTPTransceiver, name string) *atomic.Value {
	f := reflect.ValueOf(t).Elem().FieldByName(name)
	if !f.IsValid() || f.Type() != reflect.TypeFor[atomic.Value]() {
		return nil
	}
	return (*atomic.Value)(unsafe.Pointer(f.UnsafeAddr()))
}

func loadTransceiverDirection(t *webrtc.RTPTransceiver, name string) (webrtc.RTPTransceiverDirection, bool) {
	f := transceiverDirectionField(t, name)
	if f == nil {
		return webrtc.RTPTransceiverDirectionUnknown, false
	}
	d, ok := f.Load().(webrtc.RTPTransceiverDirection)
	return d, ok
}

func storeTransceiverDirection(t *webrtc.RTPTransceiver, name string, d webrtc.RTPTransceiverDirection) error {
	f := transceiverDirectionField(t, name)
	if f == nil {
		return newError(ErrNotSupported, "SetDirection", "this pion version has no transceiver field %q", name)
	}
	f.Store(d)
	return nil
}
