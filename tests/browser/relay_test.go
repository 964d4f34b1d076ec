//go:build js && wasm

package browser

import (
	"testing"

	"github.com/everyrtc/rtc/tests/internal/e2e"
)

func init() { scenarios[e2e.ScenarioRelay] = relay }

const relayBulk = 2 << 20

// relay is the browser side of the native testRelay: relay-only ICE
// through the native test's coturn.
func relay(t *testing.T, cmd e2e.Command) string {
	if cmd.TURN == nil {
		t.Fatal("the Relay scenario came without a TURN server")
	}
	pc := newPC(t, cmd)
	incoming := e2e.Incoming(pc)
	join(t, cmd, pc)
	ch, err := e2e.Labelled(timeout(t, scenarioTimeout), incoming, "relayed")
	check(t, err)
	check(t, e2e.WaitOpen(timeout(t, scenarioTimeout), ch.DataChannel))
	check(t, e2e.WaitConnected(timeout(t, scenarioTimeout), pc))
	var sp e2e.SelectedPair
	err = e2e.Poll(timeout(t, scenarioTimeout), "a selected candidate pair in the statistics", func() (bool, error) {
		sp, err = e2e.Selected(pc.GetStats())
		return err == nil, nil
	})
	if err != nil {
		t.Fatalf("%v: %v", err, sp)
	}
	check(t, e2e.CheckRelayed(sp, cmd.TURN))
	st, err := e2e.Exchange(timeout(t, 2*scenarioTimeout), ch, browserSeed, nativeSeed, relayBulk)
	check(t, err)
	return "selected pair " + sp.String() + "; " + st.String()
}
