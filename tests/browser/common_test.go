//go:build js && wasm

package browser

import (
	"testing"

	"github.com/everyrtc/rtc"
	"github.com/everyrtc/rtc/tests/internal/e2e"
)

// newPC makes the scenario's PeerConnection, closed when t ends (but for
// Vanish, whose PeerConnection the test leaves open).
func newPC(t *testing.T, cmd e2e.Command) *rtc.PeerConnection {
	t.Helper()
	pc, err := rtc.NewPeerConnection(e2e.Configuration(cmd))
	if err != nil {
		t.Fatalf("NewPeerConnection: %v", err)
	}
	if cmd.Scenario != e2e.ScenarioVanish {
		t.Cleanup(func() { _ = pc.Close() })
	}
	return pc
}

// join joins pc to cmd's signaling room.
func join(t *testing.T, cmd e2e.Command, pc *rtc.PeerConnection) *e2e.Peer {
	t.Helper()
	p, err := e2e.Join(timeout(t, scenarioTimeout), cmd.Signal, pc)
	if err != nil {
		t.Fatalf("signaling.Join(%s): %v", cmd.Signal, err)
	}
	if cmd.Scenario != e2e.ScenarioVanish {
		t.Cleanup(func() { _ = p.Close() })
	}
	return p
}

func check(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
