//go:build !js

package tests

import (
	"errors"
	"fmt"
	"io"
	"testing"

	"github.com/everyrtc/rtc"
	"github.com/everyrtc/rtc/tests/internal/e2e"
)

// testRenegotiation: once connected (a data channel only), the browser adds
// a video track and the native side sees it in OnTrack with the browser's
// track and stream ids and reads its RTP; the native side adds a track of
// its own on a new transceiver and the browser sees it in OnTrack with the native ids. Then the
// browser removes its track (RemoveTrack): once the renegotiation is done
// on both sides the native transceiver no longer receives and the remote
// track's ReadRTP ends. Then the native side removes its track: the
// browser's transceiver no longer receives and its remote track is muted.
// Each step goes on the data channel "ctl" once the previous one is seen.
func (e *env) testRenegotiation(t *testing.T) {
	cmd := e2e.Command{Scenario: e2e.ScenarioRenegotiation, Signal: e.room(e2e.ScenarioRenegotiation)}
	run := e.begin(t, cmd)
	pc := e.newPC(t, cmd, nativeAPI(false))
	ctl, err := e2e.Create(pc, "ctl")
	check(t, err)
	tracks := make(chan *rtc.TrackRemote, 4)
	pc.OnTrack(func(tr *rtc.TrackRemote, _ *rtc.RTPReceiver) { tracks <- tr })
	join(t, cmd, pc)
	check(t, e2e.WaitOpen(ctx(t, waitTimeout), ctl.DataChannel))

	// 1. The browser's track arrives.
	args, err := ctl.Expect(ctx(t, waitTimeout), "added", 2)
	check(t, err)
	var remote *rtc.TrackRemote
	select {
	case remote = <-tracks:
	case <-ctx(t, waitTimeout).Done():
		t.Fatalf("OnTrack did not fire for the browser's new track within %v; %s", waitTimeout, e2e.State(pc))
	}
	if remote.ID() != args[0] || remote.StreamID() != args[1] || remote.Kind() != rtc.RTPCodecTypeVideo {
		t.Fatalf("OnTrack: %v track %q in stream %q, want the browser's video %q in %q",
			remote.Kind(), remote.ID(), remote.StreamID(), args[0], args[1])
	}
	readEnd := make(chan error, 1)
	firstRTP := make(chan struct{})
	go func() {
		n := 0
		for {
			if _, _, err := remote.ReadRTP(); err != nil {
				readEnd <- err
				return
			}
			if n++; n == 1 {
				close(firstRTP)
			}
		}
	}()
	select {
	case <-firstRTP:
	case err := <-readEnd:
		t.Fatalf("ReadRTP of the browser's new track: %v", err)
	case <-ctx(t, waitTimeout).Done():
		t.Fatalf("no RTP of the browser's new track within %v", waitTimeout)
	}
	remoteMid := ""
	for _, tr := range pc.GetTransceivers() {
		if tr.Receiver() != nil && tr.Receiver().Track() == remote {
			remoteMid = tr.Mid()
		}
	}
	if remoteMid == "" {
		t.Fatal("no transceiver has the browser's track")
	}
	check(t, ctl.Say("seen", remote.ID()))

	// 2. The native track.
	local, err := rtc.NewTrackLocalStaticSample(rtc.RTPCodecCapability{MimeType: "video/VP8", ClockRate: 90000}, "native-video", "native-stream")
	check(t, err)
	// A transceiver of its own (AddTrack would reuse the browser's, whose
	// native side sends nothing): a new m-section in a native offer.
	tr, err := pc.AddTransceiverFromTrack(local, rtc.RTPTransceiverInit{Direction: rtc.RTPTransceiverDirectionSendonly})
	check(t, err)
	sender := tr.Sender()
	check(t, ctl.Say("added", local.ID(), local.StreamID()))
	_, err = ctl.Expect(ctx(t, waitTimeout), "seen", 1)
	check(t, err)
	localMid := e2e.MidOf(pc, sender)
	if localMid == "" || localMid == remoteMid {
		t.Fatalf("the native track's transceiver has mid %q once the browser has seen it, want a new one", localMid)
	}

	// 3. The browser removes its track.
	args, err = ctl.Expect(ctx(t, waitTimeout), "removed", 1)
	check(t, err)
	if args[0] != remoteMid {
		t.Fatalf("the browser removed the track of mid %s, the native side received it on mid %s", args[0], remoteMid)
	}
	err = e2e.WaitStable(ctx(t, waitTimeout), pc, "the browser's removal negotiated", func() (bool, error) {
		tr := e2e.ByMid(pc, remoteMid)
		return tr != nil && !e2e.Receives(tr.CurrentDirection()), nil
	})
	if err != nil {
		t.Fatalf("%v; transceiver %s: %s", err, remoteMid, describeTransceiver(e2e.ByMid(pc, remoteMid)))
	}
	select {
	case err := <-readEnd:
		if !errors.Is(err, io.EOF) {
			t.Errorf("ReadRTP of the removed track ended with %v, want io.EOF", err)
		}
	case <-ctx(t, waitTimeout).Done():
		t.Errorf("ReadRTP of the browser's removed track did not end within %v", waitTimeout)
	}
	check(t, ctl.Say("seen-removal", remoteMid))

	// 4. The native side removes its track.
	check(t, pc.RemoveTrack(sender))
	err = e2e.WaitStable(ctx(t, waitTimeout), pc, "the native removal negotiated", func() (bool, error) {
		tr := e2e.ByMid(pc, localMid)
		return tr != nil && !e2e.Sends(tr.CurrentDirection()), nil
	})
	if err != nil {
		t.Fatalf("%v; transceiver %s: %s", err, localMid, describeTransceiver(e2e.ByMid(pc, localMid)))
	}
	check(t, ctl.Say("removed", localMid))
	_, err = ctl.Expect(ctx(t, waitTimeout), "seen-removal", 1)
	check(t, err)
	t.Logf("native: received the browser's track on mid %s, sent its own on mid %s; both removed", remoteMid, localMid)
	run.wait(t)
}

func describeTransceiver(tr *rtc.RTPTransceiver) string {
	if tr == nil {
		return "none"
	}
	return fmt.Sprintf("%v, direction %v, current direction %v", tr.Kind(), tr.Direction(), tr.CurrentDirection())
}
