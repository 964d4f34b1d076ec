//go:build !js

package tests

import (
	"testing"

	"github.com/everyrtc/rtc/tests/internal/e2e"
)

// Seeds of the data each side sends in Data (and Relay).
const (
	nativeSeed  = 1
	browserSeed = 2
)

// testData: the native peer opens a data channel; over it each side sends
// texts (an empty one, non-ASCII ones) and binary messages (an empty one),
// checked in order, then 8 MiB in 32 KiB chunks with backpressure
// (bufferedAmountLowThreshold and the bufferedamountlow event), checked
// byte for byte and by SHA-256, in both directions at once.
func (e *env) testData(t *testing.T) {
	cmd := e2e.Command{Scenario: e2e.ScenarioData, Signal: e.room(e2e.ScenarioData)}
	run := e.begin(t, cmd)
	pc := e.newPC(t, cmd, nativeAPI(false))
	ch, err := e2e.Create(pc, "data")
	check(t, err)
	peer := join(t, cmd, pc)
	if err := e2e.WaitOpen(ctx(t, waitTimeout), ch.DataChannel); err != nil {
		t.Fatalf("%v\n%s; signaling: %v\nlocal %v\nremote %v", err, e2e.State(pc), peer.Err(), pc.LocalDescription(), pc.RemoteDescription())
	}
	st, err := e2e.Exchange(ctx(t, 2*waitTimeout), ch, nativeSeed, browserSeed, e2e.BulkSize)
	if err != nil {
		t.Fatalf("%v\nbufferedAmount %d; stats: %s", err, ch.BufferedAmount(), e2e.ChannelStats(pc))
	}
	t.Logf("native: %v", st)
	run.wait(t)
}
