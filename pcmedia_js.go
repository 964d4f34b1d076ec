//go:build js && wasm

package rtc

import (
	"syscall/js"

	"github.com/everyrtc/rtc/jsbridge"
)

// jsTrack returns the MediaStreamTrack and MediaStream behind t, which
// must be a browser track (TrackLocalJS), and remembers t for
// RTPSender.Track.
func (b *pcBackend) jsTrack(op string, t TrackLocal) (*TrackLocalJS, error) {
	jt, ok := t.(*TrackLocalJS)
	if !ok || jt == nil {
		return nil, newError(ErrType, op, "the track is not a browser track (make one with NewTrackLocalJS, UserMedia or a synthetic source)")
	}
	b.mu.Lock()
	b.tracks[jt.ID()] = t
	b.mu.Unlock()
	return jt, nil
}

// localTrack is the TrackLocal behind a sender's MediaStreamTrack.
func (b *pcBackend) localTrack(v js.Value) TrackLocal {
	if jsbridge.Nullish(v) {
		return nil
	}
	b.mu.Lock()
	t, ok := b.tracks[v.Get("id").String()]
	b.mu.Unlock()
	if ok {
		return t
	}
	return &TrackLocalJS{track: v}
}

func (b *pcBackend) addTrack(t TrackLocal) (*RTPSender, error) {
	jt, err := b.jsTrack("AddTrack", t)
	if err != nil {
		return nil, err
	}
	sender, err := jsbridge.Call(b.js, "addTrack", jt.track, jt.stream)
	if err != nil {
		return nil, jsError("AddTrack", err)
	}
	for _, tr := range b.transceivers() {
		if tr.b.snd.b.js().Equal(sender) {
			return tr.b.snd, nil
		}
	}
	return nil, newError(ErrOperation, "AddTrack", "the browser's sender has no transceiver")
}

func (b *pcBackend) removeTrack(s *RTPSender) error {
	if s == nil || s.b == nil {
		return newError(ErrType, "RemoveTrack", "nil sender")
	}
	_, err := jsbridge.Call(b.js, "removeTrack", s.b.js())
	return jsError("RemoveTrack", err)
}

// transceiverInit is the RTCRtpTransceiverInit of init (only its first
// element counts, as natively) with the given streams.
func transceiverInit(init []RTPTransceiverInit, streams ...js.Value) map[string]any {
	m := map[string]any{}
	if len(streams) > 0 {
		list := make([]any, len(streams))
		for i, s := range streams {
			list[i] = s
		}
		m["streams"] = list
	}
	if len(init) == 0 {
		return m
	}
	if init[0].Direction != RTPTransceiverDirectionUnknown {
		m["direction"] = init[0].Direction.String()
	}
	if len(init[0].SendEncodings) > 0 {
		enc := make([]any, len(init[0].SendEncodings))
		for i, e := range init[0].SendEncodings {
			o := map[string]any{}
			if e.RID != "" {
				o["rid"] = e.RID
			}
			enc[i] = o
		}
		m["sendEncodings"] = enc
	}
	return m
}

func (b *pcBackend) addTransceiverFromKind(kind RTPCodecType, init ...RTPTransceiverInit) (*RTPTransceiver, error) {
	if kind != RTPCodecTypeAudio && kind != RTPCodecTypeVideo {
		return nil, newError(ErrType, "AddTransceiverFromKind", "invalid kind %v", kind.String())
	}
	v, err := jsbridge.Call(b.js, "addTransceiver", kind.String(), transceiverInit(init))
	if err != nil {
		return nil, jsError("AddTransceiverFromKind", err)
	}
	return b.wrapTransceiver(v), nil
}

func (b *pcBackend) addTransceiverFromTrack(track TrackLocal, init ...RTPTransceiverInit) (*RTPTransceiver, error) {
	jt, err := b.jsTrack("AddTransceiverFromTrack", track)
	if err != nil {
		return nil, err
	}
	v, err := jsbridge.Call(b.js, "addTransceiver", jt.track, transceiverInit(init, jt.stream))
	if err != nil {
		return nil, jsError("AddTransceiverFromTrack", err)
	}
	return b.wrapTransceiver(v), nil
}

func (b *pcBackend) transceivers() []*RTPTransceiver {
	list := b.js.Call("getTransceivers")
	out := make([]*RTPTransceiver, list.Length())
	for i := range out {
		out[i] = b.wrapTransceiver(list.Index(i))
	}
	return out
}

func (b *pcBackend) wrapTransceiver(v js.Value) *RTPTransceiver {
	return wrapper(b, v, func() *RTPTransceiver {
		tb := &transceiverBackend{js: v, pcb: b}
		tb.snd = &RTPSender{b: &senderBackend{tr: tb}, pc: b.pc}
		remote := &TrackRemote{b: &remoteTrackBackend{js: v.Get("receiver").Get("track"), receiver: v.Get("receiver")}}
		tb.rcv = &RTPReceiver{b: &receiverBackend{tr: tb, remote: remote}, pc: b.pc}
		return &RTPTransceiver{b: tb, pc: b.pc}
	})
}
