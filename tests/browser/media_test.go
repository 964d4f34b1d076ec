//go:build js && wasm

package browser

import (
	"fmt"
	"strings"
	"syscall/js"
	"testing"

	"github.com/everyrtc/rtc"
	"github.com/everyrtc/rtc/tests/internal/e2e"
)

func init() { scenarios[e2e.ScenarioMedia] = media }

// media is the browser side of the native testMedia: it sends a synthetic
// video and audio track, plays the two tracks the native peer echoes back
// and waits until its statistics show the echoed video decoded and the
// echoed audio's samples received, with the codecs it sent.
func media(t *testing.T, cmd e2e.Command) string {
	pc := newPC(t, cmd)
	video, err := rtc.SyntheticVideoTrack(320, 240, 30, "browser-media")
	check(t, err)
	t.Cleanup(video.Stop)
	audio, err := rtc.SyntheticAudioTrack(440, "browser-media")
	check(t, err)
	t.Cleanup(audio.Stop)
	for _, track := range []rtc.TrackLocal{video, audio} {
		if _, err := pc.AddTrack(track); err != nil {
			t.Fatalf("AddTrack(%v): %v", track.Kind(), err)
		}
	}
	tracks := make(chan *rtc.TrackRemote, 4)
	pc.OnTrack(func(tr *rtc.TrackRemote, _ *rtc.RTPReceiver) { tracks <- tr })
	join(t, cmd, pc)

	got := map[rtc.RTPCodecType]*rtc.TrackRemote{}
	ctx := timeout(t, scenarioTimeout)
	for len(got) < 2 {
		select {
		case tr := <-tracks:
			if tr.StreamID() != "native-echo" || tr.ID() != "echo-"+tr.Kind().String() {
				t.Fatalf("OnTrack: track %q in stream %q, want the native echo tracks", tr.ID(), tr.StreamID())
			}
			got[tr.Kind()] = tr
			play(t, tr)
		case <-ctx.Done():
			t.Fatalf("OnTrack: %d of the 2 echo tracks within %v; %s", len(got), scenarioTimeout, e2e.State(pc))
		}
	}

	var in map[string]rtc.InboundRTPStreamStats
	err = e2e.Poll(timeout(t, scenarioTimeout), "echoed video decoded and echoed audio samples received", func() (bool, error) {
		report := pc.GetStats()
		in = map[string]rtc.InboundRTPStreamStats{}
		for _, s := range report.InboundRTP() {
			in[s.Kind] = s
		}
		v, a := in["video"], in["audio"]
		return v.FramesDecoded >= minFramesDecoded && a.TotalSamplesReceived >= minSamplesReceived, nil
	})
	if err != nil {
		var out []string
		for _, s := range pc.GetStats().OutboundRTP() {
			out = append(out, fmt.Sprintf("outbound %s: %d packets, %d frames encoded, %d sent, target %.0f bit/s, limited by %q",
				s.Kind, s.PacketsSent, s.FramesEncoded, s.FramesSent, s.TargetBitrate, s.QualityLimitationReason))
		}
		t.Fatalf("%v: inbound video %+v\ninbound audio %+v\n%s", err, brief(in["video"]), brief(in["audio"]), strings.Join(out, "\n"))
	}
	if v := in["video"]; v.FrameWidth != 320 || v.FrameHeight != 240 {
		t.Errorf("the echoed video decodes as %dx%d, want the 320x240 the canvas sent", v.FrameWidth, v.FrameHeight)
	}
	if a := in["audio"]; a.ConcealedSamples >= a.TotalSamplesReceived {
		t.Errorf("the echoed audio's %d samples received are all concealment", a.TotalSamplesReceived)
	}
	report := pc.GetStats()
	var notes []string
	for _, s := range report.InboundRTP() {
		mime := e2e.CodecMime(report, s.CodecID)
		want := map[string]string{"video": "video/VP8", "audio": "audio/opus"}[s.Kind]
		if !strings.EqualFold(mime, want) {
			t.Errorf("inbound %s is %q, want %s", s.Kind, mime, want)
		}
		notes = append(notes, fmt.Sprintf("inbound %s %s: %s", s.Kind, mime, brief(s)))
	}
	for _, s := range report.OutboundRTP() {
		if s.PacketsSent == 0 {
			t.Errorf("outbound %s: no packets sent", s.Kind)
		}
	}
	return strings.Join(notes, "; ")
}

// What the browser's statistics must show of the echo: a third of a
// second of video, half a second of 48 kHz audio.
const (
	minFramesDecoded   = 10
	minSamplesReceived = 24000
)

func brief(s rtc.InboundRTPStreamStats) string {
	if s.Kind == "audio" {
		return fmt.Sprintf("%d packets, %d samples received (%d concealed)", s.PacketsReceived, s.TotalSamplesReceived, s.ConcealedSamples)
	}
	return fmt.Sprintf("%d packets, %d frames decoded (%dx%d)", s.PacketsReceived, s.FramesDecoded, s.FrameWidth, s.FrameHeight)
}

// play plays a remote track in a media element, as a page would: the
// browser decodes video only for a sink, and counts audio samples only
// once the track is played.
func play(t *testing.T, tr *rtc.TrackRemote) {
	doc := js.Global().Get("document")
	el := doc.Call("createElement", tr.Kind().String())
	el.Set("muted", tr.Kind() == rtc.RTPCodecTypeVideo)
	el.Set("autoplay", true)
	el.Set("srcObject", js.Global().Get("MediaStream").New([]any{tr.JSValue()}))
	doc.Get("body").Call("appendChild", el)
	el.Call("play")
	t.Cleanup(func() {
		el.Call("pause")
		el.Set("srcObject", js.Null())
		el.Call("remove")
	})
}
