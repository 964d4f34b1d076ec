//go:build !js

package tests

import (
	"testing"
	"time"

	"github.com/everyrtc/rtc"
	"github.com/everyrtc/rtc/tests/internal/e2e"
	"github.com/pion/webrtc/v4"
)

// Bounds of the vanished-peer detection: the native side uses ICE timeouts
// of 2 s (disconnected) and 4 s more (failed) with a keepalive every
// 500 ms; Chromium's own are about 5 s and 15 s.
const (
	nativeDisconnectedTimeout = 2 * time.Second
	nativeFailedTimeout       = 4 * time.Second
	nativeKeepalive           = 500 * time.Millisecond
	detectTimeout             = 30 * time.Second
)

// testVanish: a peer that disappears without a word (no close of its
// PeerConnection, no signaling) is detected by the other through ICE, on
// two connections.
//
// A. The native peer vanishes: once the data channel carried a message
// each way, its network is cut (every packet its ICE agent sends or
// receives is dropped). The browser's OnConnectionStateChange reports
// disconnected and then failed; it closes its PeerConnection, after which
// its data channel is closed. The native side, which
// hears nothing either, goes to failed as well.
//
// B. The browser vanishes: on a second connection, once a message went each
// way, the browser test ends without closing anything and wasmbrowsertest
// shuts Chromium down. The native side's OnConnectionStateChange reports
// disconnected and then failed within its ICE timeouts, and after it closes
// the PeerConnection the data channel is closed and refuses to send.
//
// A data channel does not close by itself when its peer vanishes, on
// either side: it closes with its SCTP association, which neither pion nor
// Chromium aborts for lack of acknowledgements (see the W3C specification,
// "announcing a data channel as closed"); the application closes the
// connection on failed, as these tests do.
func (e *env) testVanish(t *testing.T) {
	cmd := e2e.Command{
		Scenario: e2e.ScenarioVanish,
		Signal:   e.room(e2e.ScenarioVanish + "-native-gone"),
		Signal2:  e.room(e2e.ScenarioVanish + "-browser-gone"),
	}
	run := e.begin(t, cmd)

	// A. The native peer vanishes.
	cut, err := newCutNet()
	check(t, err)
	pcA := e.newPC(t, cmd, vanishAPI(cut))
	logA := e2e.NewStateLog(pcA)
	chA, err := e2e.Create(pcA, "native-goes")
	check(t, err)
	join(t, cmd, pcA)
	check(t, e2e.WaitOpen(ctx(t, waitTimeout), chA.DataChannel))
	if err := e2e.Ping(ctx(t, waitTimeout), chA, "before"); err != nil {
		t.Fatalf("%v\nstats: %s", err, e2e.ChannelStats(pcA))
	}
	// The browser has our ping too.
	_, err = chA.Expect(ctx(t, waitTimeout), "seen", 0)
	check(t, err)
	from := len(logA.States())
	cut.cut.Store(true)
	_, err = logA.WaitSequence(ctx(t, detectTimeout), from, rtc.PeerConnectionStateDisconnected, rtc.PeerConnectionStateFailed)
	check(t, err)

	// B. The browser vanishes.
	pcB := e.newPC(t, cmd, vanishAPI(nil))
	logB := e2e.NewStateLog(pcB)
	chB, err := e2e.Create(pcB, "browser-goes")
	check(t, err)
	join(t, e2e.Command{Signal: cmd.Signal2}, pcB)
	// The browser first waits for its detection of A (about 15 s).
	check(t, e2e.WaitOpen(ctx(t, detectTimeout+waitTimeout), chB.DataChannel))
	check(t, e2e.Ping(ctx(t, waitTimeout), chB, "before"))
	from = len(logB.States())
	run.wait(t)
	e.browserGone = true
	select {
	case <-e.browser.done:
	case <-time.After(exitTimeout):
		t.Fatalf("the browser peer did not exit within %v after its last scenario", exitTimeout)
	}
	gone := time.Now()
	_, err = logB.WaitSequence(ctx(t, detectTimeout), from, rtc.PeerConnectionStateDisconnected, rtc.PeerConnectionStateFailed)
	check(t, err)
	t.Logf("native: the browser exited; connection failed %v later (states %v)", time.Since(gone).Round(100*time.Millisecond), logB.States())
	checkClosedOnClose(t, pcB, chB)
	checkClosedOnClose(t, pcA, chA)
}

// vanishAPI is nativeAPI(false) with short ICE timeouts and, if cut is not
// nil, cut's network.
func vanishAPI(cut *cutNet) *rtc.API {
	var s webrtc.SettingEngine
	s.SetNetworkTypes([]webrtc.NetworkType{webrtc.NetworkTypeUDP4})
	s.SetICETimeouts(nativeDisconnectedTimeout, nativeFailedTimeout, nativeKeepalive)
	if cut != nil {
		s.SetNet(cut)
	}
	return rtc.NewAPI(rtc.WithSettingEngine(s))
}

// checkClosedOnClose closes pc after its peer vanished, which must not
// hang, and checks that ch is closed and refuses to send.
func checkClosedOnClose(t *testing.T, pc *rtc.PeerConnection, ch e2e.Channel) {
	t.Helper()
	if s := ch.ReadyState(); s != rtc.DataChannelStateOpen {
		t.Logf("data channel %s is %v before Close", ch.Label(), s)
	}
	closed := make(chan error, 1)
	go func() { closed <- pc.Close() }()
	select {
	case err := <-closed:
		if err != nil {
			t.Errorf("Close of the failed connection: %v", err)
		}
	case <-time.After(waitTimeout):
		t.Fatalf("Close of the failed connection did not return within %v", waitTimeout)
	}
	if s := ch.ReadyState(); s != rtc.DataChannelStateClosed {
		t.Errorf("data channel %s is %v after Close, want closed", ch.Label(), s)
	}
	if err := ch.SendText("too late"); err == nil {
		t.Errorf("SendText on data channel %s after Close succeeded", ch.Label())
	}
}
