//go:build !js

package rtc

import (
	"fmt"
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
	transceivers := p.GetTransceivers() // before taking pion's lock, which it takes
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
		return newError(ErrInvalidState, op, "nothing to roll back in signaling state %s", state.Get().String())
	}
	if state.Get() == webrtc.SignalingStateHaveLocalOffer && *pendingLocal != nil {
		if err := unassignOfferedMids(v, *pendingLocal, transceivers); err != nil {
			return newError(ErrNotSupported, op, "%v", err)
		}
	}
	*pendingLocal = nil
	*pendingRemote = nil
	state.Set(webrtc.SignalingStateStable)
	return nil
}

// unassignOfferedMids clears the mids that the rolled-back local offer gave
// to transceivers never negotiated before (JSEP 4.1.10.2: their mid goes
// back to null). Left set, pion would match a later remote offer's section
// of that mid to them, whatever its kind.
func unassignOfferedMids(pc reflect.Value, offer *webrtc.SessionDescription, transceivers []*webrtc.RTPTransceiver) error {
	current := map[string]bool{}
	for _, name := range []string{"currentLocalDescription", "currentRemoteDescription"} {
		d := pionField[*webrtc.SessionDescription](pc, name)
		if d == nil {
			return errNoPionField(name)
		}
		for _, mid := range descriptionMids(*d) {
			current[mid] = true
		}
	}
	offered := map[string]bool{}
	for _, mid := range descriptionMids(offer) {
		offered[mid] = !current[mid]
	}
	for _, t := range transceivers {
		if mid := t.Mid(); mid != "" && offered[mid] {
			f := pionField[atomic.Value](reflect.ValueOf(t).Elem(), "mid")
			if f == nil {
				return errNoPionField("RTPTransceiver.mid")
			}
			f.Store("")
		}
	}
	return nil
}

// descriptionMids are the a=mid values of d's media sections.
func descriptionMids(d *webrtc.SessionDescription) []string {
	if d == nil {
		return nil
	}
	// Parse a copy: Unmarshal caches its result in the description, which
	// pion may be reading at the same time (CurrentRemoteDescription).
	parsed, err := (&webrtc.SessionDescription{Type: d.Type, SDP: d.SDP}).Unmarshal()
	if err != nil {
		return nil
	}
	var mids []string
	for _, m := range parsed.MediaDescriptions {
		if mid, ok := m.Attribute("mid"); ok {
			mids = append(mids, mid)
		}
	}
	return mids
}

func errNoPionField(name string) error {
	return fmt.Errorf("this pion version has no field %s to roll back", name)
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
