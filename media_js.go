//go:build js && wasm

package rtc

import (
	"context"
	"syscall/js"

	"github.com/everyrtc/rtc/jsbridge"
	"github.com/everyrtc/rtc/shim"
)

var mediaStreamTrack = jsbridge.Get("MediaStreamTrack")

// TrackLocalJS is a local track backed by a browser MediaStreamTrack: a
// camera or microphone (UserMedia), a canvas or an oscillator (the
// synthetic sources), or any track a page has. Browser only.
//
// The browser names tracks and streams itself: ID is the
// MediaStreamTrack's id and StreamID the id of the MediaStream the track
// was put in, which the remote peer sees as TrackRemote.ID and StreamID.
type TrackLocalJS struct {
	track  js.Value
	stream js.Value // undefined for a track in no stream
}

// NewTrackLocalJS wraps a MediaStreamTrack. Tracks given the same
// streamID are sent in one MediaStream (the remote peer plays them in
// sync); an empty streamID sends the track in none.
func NewTrackLocalJS(track js.Value, streamID string) (*TrackLocalJS, error) {
	if mediaStreamTrack.IsUndefined() || !track.InstanceOf(mediaStreamTrack) {
		return nil, newError(ErrType, "NewTrackLocalJS", "not a MediaStreamTrack")
	}
	t := &TrackLocalJS{track: track, stream: js.Undefined()}
	if streamID != "" {
		t.stream = shim.Get().Call("stream", streamID)
	}
	return t, nil
}

// ID is the MediaStreamTrack's id.
func (t *TrackLocalJS) ID() string { return t.track.Get("id").String() }

// RID is empty: simulcast layers are not modelled in the browser.
func (t *TrackLocalJS) RID() string { return "" }

// StreamID is the id of the track's MediaStream, "" for none.
func (t *TrackLocalJS) StreamID() string {
	if t.stream.IsUndefined() {
		return ""
	}
	return t.stream.Get("id").String()
}

// Kind is audio or video.
func (t *TrackLocalJS) Kind() RTPCodecType {
	return enumProp[RTPCodecType](t.track, "kind", rtpCodecTypeNames)
}

// JSValue is the MediaStreamTrack.
func (t *TrackLocalJS) JSValue() js.Value { return t.track }

// Stop ends the track (and a synthetic source's drawing or oscillator).
func (t *TrackLocalJS) Stop() { t.track.Call("stop") }

// UserMedia asks the browser for the camera and/or microphone with
// getUserMedia constraints such as {"audio": true, "video": true} and
// returns their tracks in one stream named streamID.
func UserMedia(ctx context.Context, constraints map[string]any, streamID string) ([]*TrackLocalJS, error) {
	devices := jsbridge.Get("navigator").Get("mediaDevices")
	if jsbridge.Nullish(devices) {
		return nil, notSupported("UserMedia", "navigator.mediaDevices is missing (not a secure context?)")
	}
	s, err := jsbridge.AwaitCall(ctx, devices, "getUserMedia", constraints)
	if err != nil {
		return nil, jsError("UserMedia", err)
	}
	list := s.Call("getTracks")
	out := make([]*TrackLocalJS, list.Length())
	for i := range out {
		if out[i], err = NewTrackLocalJS(list.Index(i), streamID); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// SyntheticVideoTrack is a video track drawn on a canvas (a moving bar),
// fps frames a second: a camera stand-in for tests and demos.
func SyntheticVideoTrack(width, height, fps int, streamID string) (*TrackLocalJS, error) {
	if width <= 0 || height <= 0 || fps <= 0 {
		return nil, newError(ErrType, "SyntheticVideoTrack", "size %dx%d at %d fps", width, height, fps)
	}
	v, err := jsbridge.Call(shim.Get(), "canvasTrack", width, height, fps)
	if err != nil {
		return nil, jsError("SyntheticVideoTrack", err)
	}
	return NewTrackLocalJS(v, streamID)
}

// SyntheticAudioTrack is an audio track of an oscillator's tone at
// frequency Hz: a microphone stand-in for tests and demos.
func SyntheticAudioTrack(frequency float64, streamID string) (*TrackLocalJS, error) {
	v, err := jsbridge.Call(shim.Get(), "oscillatorTrack", frequency)
	if err != nil {
		return nil, jsError("SyntheticAudioTrack", err)
	}
	return NewTrackLocalJS(v, streamID)
}
