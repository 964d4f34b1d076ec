//go:build !js

package tests

import (
	"testing"

	"github.com/everyrtc/rtc/tests/internal/e2e"
)

// relayBulk is what each side sends through the TURN server.
const relayBulk = 2 << 20

// testRelay: coturn runs on 127.0.0.1 with a long-term credential; both
// peers use it as their only ICE server with relay-only ICE. Both sides'
// statistics show a selected candidate pair of two relay candidates in
// coturn's relay range, data flows both ways (messages and 2 MiB with
// backpressure), and coturn's log shows an allocation and a permission of
// each peer and the bytes it relayed.
func (e *env) testRelay(t *testing.T) {
	turn := startTURN(t)
	cmd := e2e.Command{Scenario: e2e.ScenarioRelay, Signal: e.room(e2e.ScenarioRelay), TURN: &turn.TURN}
	run := e.begin(t, cmd)
	pc := e.newPC(t, cmd, nativeAPI(false))
	ch, err := e2e.Create(pc, "relayed")
	check(t, err)
	join(t, cmd, pc)
	check(t, e2e.WaitOpen(ctx(t, waitTimeout), ch.DataChannel))
	check(t, e2e.WaitConnected(ctx(t, waitTimeout), pc))
	sp, err := e2e.Selected(pc.GetStats())
	check(t, err)
	check(t, e2e.CheckRelayed(sp, cmd.TURN))
	st, err := e2e.Exchange(ctx(t, 2*waitTimeout), ch, nativeSeed, browserSeed, relayBulk)
	check(t, err)
	t.Logf("native: selected pair %v; %v", sp, st)
	run.wait(t)
	turn.stop()
	requests, relayed := turn.logged()
	for _, req := range []string{"ALLOCATE", "CREATE_PERMISSION"} {
		if requests[req] < 2 {
			t.Errorf("coturn logged %d successful %s requests, want one from each peer at least", requests[req], req)
		}
	}
	if relayed == 0 {
		t.Errorf("coturn logged no bytes relayed to peers")
	}
	t.Logf("coturn: %v successful requests; %d bytes relayed to peers in its usage reports", requests, relayed)
}
