//go:build !js

package rtc

import (
	"reflect"
	"testing"

	"github.com/pion/webrtc/v4"
)

// TestPionMethodSetsCovered checks that every exported method of pion's
// PeerConnection and DataChannel exists here with the same number of
// arguments and results, so pion code compiles after an import change.
func TestPionMethodSetsCovered(t *testing.T) {
	pairs := []struct{ pion, ours reflect.Type }{
		{reflect.TypeFor[*webrtc.PeerConnection](), reflect.TypeFor[*PeerConnection]()},
		{reflect.TypeFor[*webrtc.DataChannel](), reflect.TypeFor[*DataChannel]()},
	}
	for _, p := range pairs {
		for i := range p.pion.NumMethod() {
			pm := p.pion.Method(i)
			om, ok := p.ours.MethodByName(pm.Name)
			if !ok {
				t.Errorf("%v has no method %s", p.ours, pm.Name)
				continue
			}
			if pm.Type.NumIn() != om.Type.NumIn() || pm.Type.NumOut() != om.Type.NumOut() ||
				pm.Type.IsVariadic() != om.Type.IsVariadic() {
				t.Errorf("%v.%s is %v, pion's is %v", p.ours, pm.Name, om.Type, pm.Type)
			}
		}
	}
}

func TestTransceiverDirectionFields(t *testing.T) {
	pc, err := webrtc.NewPeerConnection(webrtc.Configuration{})
	if err != nil {
		t.Fatal(err)
	}
	defer pc.Close()
	tr, err := pc.AddTransceiverFromKind(webrtc.RTPCodecTypeVideo)
	if err != nil {
		t.Fatal(err)
	}
	if d, ok := loadTransceiverDirection(tr, "direction"); !ok || d != webrtc.RTPTransceiverDirectionSendrecv {
		t.Fatalf("direction field: %v %v", d, ok)
	}
	if err := storeTransceiverDirection(tr, "direction", webrtc.RTPTransceiverDirectionInactive); err != nil {
		t.Fatal(err)
	}
	if tr.Direction() != webrtc.RTPTransceiverDirectionInactive {
		t.Fatalf("pion sees %v after store", tr.Direction())
	}
	if _, ok := loadTransceiverDirection(tr, "currentDirection"); !ok {
		t.Fatal("currentDirection field not found")
	}
}
