//go:build js && wasm

package browser

import (
	"fmt"
	"testing"

	"github.com/everyrtc/rtc"
	"github.com/everyrtc/rtc/tests/internal/e2e"
)

func init() { scenarios[e2e.ScenarioVanish] = vanish }

// vanish is the browser side of the native testVanish: it detects the
// native peer vanishing from the first connection, then vanishes itself
// from the second (TestBrowserPeer returns after this scenario, leaving
// the second PeerConnection open, and Chromium is shut down).
func vanish(t *testing.T, cmd e2e.Command) string {
	// A. The native peer vanishes.
	pcA := newPC(t, cmd)
	logA := e2e.NewStateLog(pcA)
	incomingA := e2e.Incoming(pcA)
	peerA := join(t, cmd, pcA)
	chA, err := e2e.Labelled(timeout(t, scenarioTimeout), incomingA, "native-goes")
	check(t, err)
	check(t, e2e.WaitOpen(timeout(t, scenarioTimeout), chA.DataChannel))
	check(t, e2e.Ping(timeout(t, scenarioTimeout), chA, "before"))
	check(t, chA.Say("seen"))
	t.Logf("after seen: stats: %s", e2e.ChannelStats(pcA))
	from := len(logA.States())
	_, err = logA.WaitSequence(timeout(t, scenarioTimeout), from, rtc.PeerConnectionStateDisconnected, rtc.PeerConnectionStateFailed)
	check(t, err)
	statesA := logA.States()
	_ = peerA.Close()
	check(t, pcA.Close())
	// (Unlike the native side, the browser's Send after Close is not
	// checked: it still succeeds while ReadyState says closed.)
	if s := chA.ReadyState(); s != rtc.DataChannelStateClosed {
		t.Errorf("data channel %s is %v after Close, want closed", chA.Label(), s)
	}

	// B. The browser vanishes: no Close, no Peer.Close.
	cmdB := cmd
	cmdB.Signal = cmd.Signal2
	pcB := newPC(t, cmdB)
	incomingB := e2e.Incoming(pcB)
	join(t, cmdB, pcB)
	chB, err := e2e.Labelled(timeout(t, scenarioTimeout), incomingB, "browser-goes")
	check(t, err)
	check(t, e2e.WaitOpen(timeout(t, scenarioTimeout), chB.DataChannel))
	check(t, e2e.Ping(timeout(t, scenarioTimeout), chB, "before"))
	return fmt.Sprintf("saw the native peer vanish (connection states %v); vanishing now", statesA)
}
