//go:build !js

package rtc

import (
	"reflect"
	"sync"
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
	return pionField[atomic.Value](reflect.ValueOf(t).Elem(), name)
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

// rollbackPion returns p to the stable state, dropping its pending offer.
// pion refuses every rollback (its signaling state table has no rollback
// transition, and SetLocalDescription rejects the type), so the pending
// descriptions and the state are reset under pion's lock, the one pion
// holds when it sets them. What pion did while applying the offer stays:
// gathering, and for a remote offer the transceivers it added and, on the
// first negotiation, the transports it started with the offer's ICE and
// DTLS parameters (a later offer from the same peer reuses them).
func rollbackPion(p *webrtc.PeerConnection, op string) error {
	v := reflect.ValueOf(p).Elem()
	mu := pionField[sync.RWMutex](v, "mu")
	state := pionField[webrtc.SignalingState](v, "signalingState")
	pendingLocal := pionField[*webrtc.SessionDescription](v, "pendingLocalDescription")
	pendingRemote := pionField[*webrtc.SessionDescription](v, "pendingRemoteDescription")
	if mu == nil || state == nil || pendingLocal == nil || pendingRemote == nil {
		return newError(ErrNotSupported, op, "this pion version has no fields to roll back")
	}
	mu.Lock()
	defer mu.Unlock()
	switch state.Get() {
	case webrtc.SignalingStateHaveLocalOffer, webrtc.SignalingStateHaveRemoteOffer:
	default:
		return newError(ErrInvalidState, op, "nothing to roll back in signaling state %s", state.Get())
	}
	*pendingLocal = nil
	*pendingRemote = nil
	state.Set(webrtc.SignalingStateStable)
	return nil
}

// pionField returns a pointer to the unexported field name of the struct v
// if it has type T, else nil.
func pionField[T any](v reflect.Value, name string) *T {
	f := v.FieldByName(name)
	if !f.IsValid() || f.Type() != reflect.TypeFor[T]() {
		return nil
	}
	return (*T)(unsafe.Pointer(f.UnsafeAddr()))
}
