//go:build !js

package tests

import (
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/everyrtc/rtc"
	"github.com/everyrtc/rtc/tests/internal/e2e"
)

// testICERestart: on a connected PeerConnection with a data channel, the
// native side restarts ICE (signaling's Peer.RestartICE), then the browser
// does. After each restart both sides have new ICE credentials in their
// current local and remote descriptions, are connected, and the data
// channel opened before it, never closed, carries a message each way.
func (e *env) testICERestart(t *testing.T) {
	cmd := e2e.Command{Scenario: e2e.ScenarioICERestart, Signal: e.room(e2e.ScenarioICERestart)}
	run := e.begin(t, cmd)
	pc := e.newPC(t, cmd, nativeAPI(false))
	ch, err := e2e.Create(pc, "kept")
	check(t, err)
	more := e2e.Incoming(pc)
	var mu sync.Mutex
	var states []rtc.ICEConnectionState
	pc.OnICEConnectionStateChange(func(s rtc.ICEConnectionState) {
		mu.Lock()
		defer mu.Unlock()
		states = append(states, s)
	})
	peer := join(t, cmd, pc)
	check(t, e2e.WaitOpen(ctx(t, waitTimeout), ch.DataChannel))
	check(t, e2e.WaitConnected(ctx(t, waitTimeout), pc))
	check(t, e2e.Ping(ctx(t, waitTimeout), ch, "before"))

	creds := iceCredentials(pc)
	check(t, peer.RestartICE())
	creds = waitRestarted(t, pc, creds, "the native restart")
	check(t, e2e.Ping(ctx(t, waitTimeout), ch, "after-native-restart"))

	// The browser restarts once it has seen the native restart.
	creds = waitRestarted(t, pc, creds, "the browser's restart")
	check(t, e2e.Ping(ctx(t, waitTimeout), ch, "after-browser-restart"))

	if s := ch.ReadyState(); s != rtc.DataChannelStateOpen {
		t.Errorf("the data channel is %v after the restarts", s)
	}
	select {
	case <-ch.In.Closed():
		t.Errorf("the data channel's close event fired during the restarts")
	case c := <-more:
		t.Errorf("a new data channel %q arrived during the restarts", c.Label())
	default:
	}
	mu.Lock()
	defer mu.Unlock()
	t.Logf("native: after two restarts: %v; ICE connection states %v", creds, states)
	run.wait(t)
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

// waitRestarted waits until both ICE ufrags differ from old, the
// signaling state is stable, the connection connected and a new
// candidate pair (new candidates were gathered) selected.
func waitRestarted(t *testing.T, pc *rtc.PeerConnection, old credentials, what string) credentials {
	t.Helper()
	var now credentials
	err := e2e.WaitStable(ctx(t, waitTimeout), pc, what+" negotiated", func() (bool, error) {
		now = iceCredentials(pc)
		return len(now.local) > 0 && len(now.remote) > 0 &&
			!slices.ContainsFunc(now.local, func(u string) bool { return slices.Contains(old.local, u) }) &&
			!slices.ContainsFunc(now.remote, func(u string) bool { return slices.Contains(old.remote, u) }), nil
	})
	if err != nil {
		t.Fatalf("%v: ICE ufrags were %v, are %v; %s", err, old, now, e2e.State(pc))
	}
	check(t, e2e.WaitConnected(ctx(t, waitTimeout), pc))
	err = e2e.Poll(ctx(t, waitTimeout), what+": a new candidate pair selected", func() (bool, error) {
		now = iceCredentials(pc)
		return now.pair != "" && now.pair != old.pair, nil
	})
	if err != nil {
		t.Fatalf("%v: selected pair was %s, is %s", err, old.pair, now.pair)
	}
	return now
}
