//go:build js && wasm

package browser

import (
	"testing"

	"github.com/everyrtc/rtc/tests/internal/e2e"
)

const (
	nativeSeed  = 1
	browserSeed = 2
)

func init() { scenarios[e2e.ScenarioData] = data }

// data is the browser side of the native testData: it takes the native
// peer's channel and runs the same exchange.
func data(t *testing.T, cmd e2e.Command) string {
	pc := newPC(t, cmd)
	incoming := e2e.Incoming(pc)
	join(t, cmd, pc)
	ch, err := e2e.Labelled(timeout(t, scenarioTimeout), incoming, "data")
	check(t, err)
	check(t, e2e.WaitOpen(timeout(t, scenarioTimeout), ch.DataChannel))
	st, err := e2e.Exchange(timeout(t, 2*scenarioTimeout), ch, browserSeed, nativeSeed, e2e.BulkSize)
	if err != nil {
		t.Fatalf("%v\nbufferedAmount %d; stats: %s", err, ch.BufferedAmount(), e2e.ChannelStats(pc))
	}
	return st.String()
}
