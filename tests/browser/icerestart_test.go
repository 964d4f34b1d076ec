//go:build js && wasm

package browser

import (
	"slices"
	"strings"
	"testing"

	"github.com/everyrtc/rtc"
	"github.com/everyrtc/rtc/tests/internal/e2e"
)

func init() { scenarios[e2e.ScenarioICERestart] = iceRestart }

// iceRestart is the browser side of the native testICERestart.
func iceRestart(t *testing.T, cmd e2e.Command) string {
	pc := newPC(t, cmd)
	incoming := e2e.Incoming(pc)
	peer := join(t, cmd, pc)
	ch, err := e2e.Labelled(timeout(t, scenarioTimeout), incoming, "kept")
	check(t, err)
	check(t, e2e.WaitOpen(timeout(t, scenarioTimeout), ch.DataChannel))
	check(t, e2e.WaitConnected(timeout(t, scenarioTimeout), pc))
	// Taken before the first ping: the native side restarts as soon as it
	// has this side's ping, which may be before this side has the native's.
	creds := iceCredentials(pc)
	check(t, e2e.Ping(timeout(t, scenarioTimeout), ch, "before"))

	creds = waitRestarted(t, pc, creds, "the native restart")
	check(t, e2e.Ping(timeout(t, scenarioTimeout), ch, "after-native-restart"))

	check(t, peer.RestartICE())
	creds = waitRestarted(t, pc, creds, "the browser's restart")
	check(t, e2e.Ping(timeout(t, scenarioTimeout), ch, "after-browser-restart"))

	if s := ch.ReadyState(); s != rtc.DataChannelStateOpen {
		t.Errorf("the data channel is %v after the restarts", s)
	}
	select {
	case <-ch.In.Closed():
		t.Errorf("the data channel's close event fired during the restarts")
	case c := <-incoming:
		t.Errorf("a new data channel %q arrived during the restarts", c.Label())
	default:
	}
	return "after two restarts: " + creds.String()
}

// credentials are the ICE ufrags of the current local and remote
// descriptions, and the selected candidate pair's ID.
type credentials struct {
	local, remote []string
	pair          string
}

func iceCredentials(pc *rtc.PeerConnection) credentials {
	c := credentials{local: e2e.ICEUfrags(pc.CurrentLocalDescription()), remote: e2e.ICEUfrags(pc.CurrentRemoteDescription())}
	if sp, err := e2e.Selected(pc.GetStats()); err == nil {
		c.pair = sp.String()
	}
	return c
}

func (c credentials) String() string {
	return "ufrags local " + strings.Join(c.local, ",") + ", remote " + strings.Join(c.remote, ",") + ", selected pair " + c.pair
}

func waitRestarted(t *testing.T, pc *rtc.PeerConnection, old credentials, what string) credentials {
	t.Helper()
	var now credentials
	err := e2e.WaitStable(timeout(t, scenarioTimeout), pc, what+" negotiated", func() (bool, error) {
		now = iceCredentials(pc)
		return len(now.local) > 0 && len(now.remote) > 0 &&
			!slices.ContainsFunc(now.local, func(u string) bool { return slices.Contains(old.local, u) }) &&
			!slices.ContainsFunc(now.remote, func(u string) bool { return slices.Contains(old.remote, u) }), nil
	})
	if err != nil {
		t.Fatalf("%v: ICE ufrags were %v, are %v; %s", err, old, now, e2e.State(pc))
	}
	check(t, e2e.WaitConnected(timeout(t, scenarioTimeout), pc))
	err = e2e.Poll(timeout(t, scenarioTimeout), what+": a new candidate pair selected", func() (bool, error) {
		now = iceCredentials(pc)
		return now.pair != "" && now.pair != old.pair, nil
	})
	if err != nil {
		t.Fatalf("%v: selected pair was %s, is %s", err, old.pair, now.pair)
	}
	return now
}
