//go:build js && wasm

package main

import (
	"errors"
	"syscall/js"
	"time"

	"github.com/everyrtc/rtc"
)

// videoAPI is the media figure, which only everyrtc has in the browser.
func videoAPI() map[string]any {
	return map[string]any{
		"video": js.FuncOf(func(_ js.Value, args []js.Value) any {
			return promise(firstFrame)
		}),
	}
}

// firstFrame sends a canvas's video track from one fresh PeerConnection to
// another and times createOffer to the first frame the remote side's video
// element presents: milliseconds.
func firstFrame() (any, error) {
	a, err := rtc.NewPeerConnection(rtc.Configuration{})
	if err != nil {
		return nil, err
	}
	defer a.Close()
	b, err := rtc.NewPeerConnection(rtc.Configuration{})
	if err != nil {
		return nil, err
	}
	defer b.Close()
	exchangeCandidates(a, b)
	exchangeCandidates(b, a)
	track, err := rtc.SyntheticVideoTrack(320, 240, 30, "bench")
	if err != nil {
		return nil, err
	}
	defer track.Stop()
	if _, err := a.AddTrack(track); err != nil {
		return nil, err
	}

	var start time.Time
	frame := make(chan time.Duration, 1)
	onFrame := js.FuncOf(func(js.Value, []js.Value) any {
		select {
		case frame <- time.Since(start):
		default:
		}
		return nil
	})
	defer onFrame.Release()
	document := js.Global().Get("document")
	video := document.Call("createElement", "video")
	defer video.Call("remove")
	b.OnTrack(func(t *rtc.TrackRemote, _ *rtc.RTPReceiver) {
		video.Set("muted", true)
		video.Set("autoplay", true)
		video.Set("srcObject", js.Global().Get("MediaStream").New([]any{t.JSValue()}))
		document.Get("body").Call("appendChild", video)
		video.Call("requestVideoFrameCallback", onFrame)
		video.Call("play")
	})

	start = time.Now()
	if err := negotiate(a, b); err != nil {
		return nil, err
	}
	select {
	case d := <-frame:
		return float64(d.Microseconds()) / 1e3, nil
	case <-time.After(20 * time.Second):
		return nil, errors.New("no video frame in 20 s")
	}
}
