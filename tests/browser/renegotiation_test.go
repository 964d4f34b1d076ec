//go:build js && wasm

package browser

import (
	"fmt"
	"testing"

	"github.com/everyrtc/rtc"
	"github.com/everyrtc/rtc/tests/internal/e2e"
)

func init() { scenarios[e2e.ScenarioRenegotiation] = renegotiation }

// renegotiation is the browser side of the native testRenegotiation.
func renegotiation(t *testing.T, cmd e2e.Command) string {
	pc := newPC(t, cmd)
	incoming := e2e.Incoming(pc)
	tracks := make(chan *rtc.TrackRemote, 4)
	pc.OnTrack(func(tr *rtc.TrackRemote, _ *rtc.RTPReceiver) { tracks <- tr })
	join(t, cmd, pc)
	ctl, err := e2e.Labelled(timeout(t, scenarioTimeout), incoming, "ctl")
	check(t, err)
	check(t, e2e.WaitOpen(timeout(t, scenarioTimeout), ctl.DataChannel))

	// 1. Add a track on a connected PeerConnection.
	video, err := rtc.SyntheticVideoTrack(160, 120, 15, "browser-stream")
	check(t, err)
	t.Cleanup(video.Stop)
	sender, err := pc.AddTrack(video)
	check(t, err)
	check(t, ctl.Say("added", video.ID(), video.StreamID()))
	args, err := ctl.Expect(timeout(t, scenarioTimeout), "seen", 1)
	check(t, err)
	if args[0] != video.ID() {
		t.Fatalf("the native side saw track %q, the browser sent %q", args[0], video.ID())
	}
	mid := e2e.MidOf(pc, sender)

	// 2. The native track arrives.
	args, err = ctl.Expect(timeout(t, scenarioTimeout), "added", 2)
	check(t, err)
	var remote *rtc.TrackRemote
	select {
	case remote = <-tracks:
	case <-timeout(t, scenarioTimeout).Done():
		t.Fatalf("OnTrack did not fire for the native track within %v; %s", scenarioTimeout, e2e.State(pc))
	}
	if remote.ID() != args[0] || remote.StreamID() != args[1] || remote.Kind() != rtc.RTPCodecTypeVideo {
		t.Fatalf("OnTrack: %v track %q in stream %q, want the native video %q in %q",
			remote.Kind(), remote.ID(), remote.StreamID(), args[0], args[1])
	}
	check(t, ctl.Say("seen", remote.ID()))

	// 3. Remove the browser's track.
	check(t, pc.RemoveTrack(sender))
	err = e2e.WaitStable(timeout(t, scenarioTimeout), pc, "the browser's removal negotiated", func() (bool, error) {
		tr := e2e.ByMid(pc, mid)
		return tr != nil && !e2e.Sends(tr.CurrentDirection()), nil
	})
	if err != nil {
		t.Fatalf("%v; transceiver %s: %s", err, mid, describeTransceiver(e2e.ByMid(pc, mid)))
	}
	check(t, ctl.Say("removed", mid))
	_, err = ctl.Expect(timeout(t, scenarioTimeout), "seen-removal", 1)
	check(t, err)

	// 4. The native side removes its track.
	args, err = ctl.Expect(timeout(t, scenarioTimeout), "removed", 1)
	check(t, err)
	nativeMid := args[0]
	err = e2e.WaitStable(timeout(t, scenarioTimeout), pc, "the native removal negotiated", func() (bool, error) {
		tr := e2e.ByMid(pc, nativeMid)
		return tr != nil && !e2e.Receives(tr.CurrentDirection()), nil
	})
	if err != nil {
		t.Fatalf("%v; transceiver %s: %s", err, nativeMid, describeTransceiver(e2e.ByMid(pc, nativeMid)))
	}
	if !remote.JSValue().Get("muted").Bool() {
		t.Errorf("the native track removed by the native side is not muted")
	}
	check(t, ctl.Say("seen-removal", nativeMid))
	return fmt.Sprintf("sent a track on mid %s, received the native one on mid %s; both removed", mid, nativeMid)
}

func describeTransceiver(tr *rtc.RTPTransceiver) string {
	if tr == nil {
		return "none"
	}
	return fmt.Sprintf("%v, direction %v, current direction %v", tr.Kind(), tr.Direction(), tr.CurrentDirection())
}
