//go:build js && wasm

// Command client is the media example's browser side, compiled to
// WebAssembly: it sends the camera and microphone (or, without them, a
// synthetic picture and tone) to the native server and shows what the
// server sends back.
package main

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/everyrtc/rtc"
	"github.com/everyrtc/rtc/examples/internal/browser"
	"github.com/everyrtc/rtc/examples/media/mediaresult"
	"github.com/everyrtc/rtc/signaling"
)

func main() {
	page := newPage()
	headless := os.Getenv("HEADLESS") == "1"
	r := run(page, headless)
	if r.Error != "" {
		page.status("error: " + r.Error)
	}
	if headless {
		if err := browser.PostResults(r); err != nil {
			page.status(err.Error())
		}
	}
}

func run(page *page, headless bool) (r mediaresult.Result) {
	tracks, source, err := sources(headless)
	r.Source = source
	if err != nil {
		r.Error = err.Error()
		return r
	}
	page.showLocal(tracks)
	pc, err := rtc.NewPeerConnection(rtc.Configuration{})
	if err != nil {
		r.Error = err.Error()
		return r
	}
	pc.OnConnectionStateChange(func(s rtc.PeerConnectionState) { page.status("connection " + s.String()) })
	pc.OnTrack(func(t *rtc.TrackRemote, _ *rtc.RTPReceiver) { page.showReturned(t) })
	for _, t := range tracks {
		if _, err := pc.AddTrack(t); err != nil {
			r.Error = err.Error()
			return r
		}
	}
	if _, err := signaling.Join(context.Background(), browser.SignalURL(os.Getenv("SIGNAL_PATH"), ""), pc); err != nil {
		r.Error = err.Error()
		return r
	}
	if !headless {
		select {} // the page shows both sides until it is closed
	}
	// Wait for the returned media to be decoded.
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(500 * time.Millisecond) {
		for _, in := range pc.GetStats().InboundRTP() {
			if in.Kind == "video" {
				r.FramesDecoded = in.FramesDecoded
			} else {
				r.AudioSamples = in.TotalSamplesReceived
			}
		}
		if r.FramesDecoded > 0 && r.AudioSamples > 0 {
			return r
		}
	}
	r.Error = fmt.Sprintf("after 30 s: %d frames and %d samples decoded of what came back", r.FramesDecoded, r.AudioSamples)
	return r
}

// sources are the camera and microphone, or a synthetic picture and tone
// when headless or when the browser gives no camera.
func sources(synthetic bool) ([]*rtc.TrackLocalJS, string, error) {
	if !synthetic {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		tracks, err := rtc.UserMedia(ctx, map[string]any{"video": true, "audio": true}, "camera")
		if err == nil {
			return tracks, "camera", nil
		}
	}
	video, err := rtc.SyntheticVideoTrack(320, 240, 30, "synthetic")
	if err != nil {
		return nil, "synthetic", err
	}
	audio, err := rtc.SyntheticAudioTrack(440, "synthetic")
	if err != nil {
		return nil, "synthetic", err
	}
	return []*rtc.TrackLocalJS{video, audio}, "synthetic", nil
}
