//go:build js && wasm

package main

import (
	"syscall/js"

	"github.com/everyrtc/rtc"
	"github.com/everyrtc/rtc/examples/internal/browser"
)

// page is what the example shows: a status line, the local source and
// what the server sent back.
type page struct {
	app, statusEl, local, returned js.Value
}

func newPage() *page {
	p := &page{app: browser.App()}
	p.statusEl = p.add("p", "starting")
	p.add("h3", "sent")
	p.local = p.video()
	p.add("h3", "sent back by the server")
	p.returned = p.video()
	return p
}

func (p *page) add(tag, text string) js.Value { return browser.Element(p.app, tag, text) }

// video is a muted, autoplaying video element (audio plays elsewhere).
func (p *page) video() js.Value {
	v := p.add("video", "")
	v.Set("autoplay", true)
	v.Set("muted", true)
	v.Set("playsInline", true)
	v.Set("width", 320)
	return v
}

func (p *page) status(s string) { p.statusEl.Set("textContent", s) }

func (p *page) showLocal(tracks []*rtc.TrackLocalJS) {
	stream := js.Global().Get("MediaStream").New()
	for _, t := range tracks {
		if t.Kind() == rtc.RTPCodecTypeVideo {
			stream.Call("addTrack", t.JSValue())
		}
	}
	p.local.Set("srcObject", stream)
}

// showReturned plays a track that came back: video in the second video
// element, audio in an audio element of its own (a browser counts received
// audio samples only while the track plays).
func (p *page) showReturned(t *rtc.TrackRemote) {
	stream := js.Global().Get("MediaStream").New([]any{t.JSValue()})
	if t.Kind() == rtc.RTPCodecTypeVideo {
		p.returned.Set("srcObject", stream)
		return
	}
	a := p.add("audio", "")
	a.Set("autoplay", true)
	a.Set("srcObject", stream)
}
