//go:build js && wasm

package rtc

import (
	"testing"

	"github.com/everyrtc/rtc/shim"
)

// newTestAPI is the default API: the browser chooses its own interfaces.
func newTestAPI() *API { return NewAPI() }

// newTestTrack returns a synthetic local track of kind: a canvas for
// video, an oscillator for audio. The browser names tracks itself, so id
// is not used; streamID groups tracks into one stream.
func newTestTrack(t testing.TB, kind RTPCodecType, _ string, streamID string) TrackLocal {
	t.Helper()
	var track *TrackLocalJS
	var err error
	if kind == RTPCodecTypeAudio {
		track, err = SyntheticAudioTrack(440, streamID)
	} else {
		track, err = SyntheticVideoTrack(320, 240, 30, streamID)
	}
	if err != nil {
		t.Fatalf("synthetic %v track: %v", kind, err)
	}
	t.Cleanup(track.Stop)
	return track
}

// playRemoteTrack plays a remote track in a media element, so that the
// browser decodes it and counts it in the receiving statistics.
func playRemoteTrack(t testing.TB, track *TrackRemote) {
	t.Helper()
	remove := shim.Get().Call("play", track.JSValue())
	t.Cleanup(func() { remove.Invoke() })
}
