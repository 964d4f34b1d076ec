//go:build js && wasm

package rtc

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"strings"
	"sync"
	"syscall/js"

	"github.com/everyrtc/rtc/jsbridge"
	"github.com/everyrtc/rtc/shim"
	"github.com/pion/rtcp"
)

var rtcPeerConnection = jsbridge.Get("RTCPeerConnection")

// pcBackend is the browser PeerConnection: the page's RTCPeerConnection,
// whose events the shim reports through one callback, and the wrappers
// handed out for its objects, so that the same JS object is always the
// same pointer.
type pcBackend struct {
	pc    *PeerConnection
	js    js.Value
	uid   string
	watch js.Func

	mu       sync.Mutex
	released bool
	closed   chan struct{}         // closed by close: ends waits on abandoned promises
	wrappers map[int]any           // shim.id of a JS object -> its wrapper
	tracks   map[string]TrackLocal // JS track id -> the TrackLocal the caller gave
	channels map[*dcBackend]struct{}
	last     StatsReport     // the last report, for GetStats after Close
	created  map[string]bool // SDPs this connection's CreateOffer/CreateAnswer made
}

func newPCBackend(_ *API, pc *PeerConnection, c Configuration) (*pcBackend, error) {
	if rtcPeerConnection.IsUndefined() {
		return nil, notSupported("NewPeerConnection", "this JS environment has no RTCPeerConnection")
	}
	v, err := jsbridge.New(rtcPeerConnection, c.toJS())
	if err != nil {
		return nil, jsError("NewPeerConnection", err)
	}
	var id [8]byte
	_, _ = rand.Read(id[:])
	b := &pcBackend{
		pc: pc, js: v, uid: "PeerConnection-" + hex.EncodeToString(id[:]),
		wrappers: map[int]any{}, tracks: map[string]TrackLocal{}, channels: map[*dcBackend]struct{}{},
		created: map[string]bool{}, closed: make(chan struct{}),
	}
	b.watch = jsbridge.FuncOf(b.onEvent)
	shim.Get().Call("watchPeer", v, b.watch)
	return b, nil
}

// The kinds of the shim's peer events (shim.js).
const (
	peerCandidate = iota + 1
	peerGathering
	peerICE
	peerConnection
	peerSignaling
	peerNegotiation
	peerDataChannel
	peerTrack
)

// onEvent runs on the JS event loop for each event of the RTCPeerConnection:
// it only queues work, it never blocks.
func (b *pcBackend) onEvent(_ js.Value, args []js.Value) any {
	switch args[0].Int() {
	case peerCandidate:
		b.pc.emitICECandidate(candidateFromJS(args[1]))
	case peerGathering:
		s, _ := enumIndex[ICEGatheringState](iceGatheringStateNames, args[1].String())
		b.pc.notifyICEGatheringState(s)
	case peerICE:
		s, _ := enumIndex[ICEConnectionState](iceConnectionStateNames, args[1].String())
		b.pc.notifyICEConnectionState(s)
	case peerConnection:
		b.pc.notifyConnectionState()
	case peerSignaling:
		b.pc.notifySignalingState()
	case peerNegotiation:
		b.pc.emitNegotiationNeeded()
	case peerDataChannel:
		// Attached now, announced by the channel's own recordAnnounce
		// once the browser can send on it.
		b.wrapDataChannel(args[1], true)
	case peerTrack:
		t := b.wrapTransceiver(args[1])
		rcv := t.b.rcv
		track := rcv.b.remote
		track.b.setMsid(args[2].Index(0).String(), args[2].Index(1).String())
		b.pc.emitTrack(track, rcv)
	}
	return nil
}

// candidateFromJS decodes the shim's line-per-field text of an
// RTCIceCandidate (shim.js candidateFields); JS null is the nil end of
// gathering.
func candidateFromJS(v js.Value) *ICECandidate {
	if v.Type() != js.TypeString {
		return nil
	}
	f := strings.Split(v.String(), "\n")
	if len(f) != 14 {
		return nil
	}
	num := decimal
	c := &ICECandidate{
		candidate: f[0], SDPMid: f[1], SDPMLineIndex: uint16(num(f[2], 16)), usernameFragment: f[3],
		Foundation: f[4], Priority: uint32(num(f[5], 32)), Address: f[6], Port: uint16(num(f[8], 16)),
		Component: 1, RelatedAddress: f[11], RelatedPort: uint16(num(f[12], 16)), TCPType: f[13],
	}
	c.Protocol, _ = enumIndex[ICEProtocol](iceProtocolNames, f[7])
	c.Typ, _ = enumIndex[ICECandidateType](iceCandidateTypeNames, f[9])
	if f[10] == "rtcp" {
		c.Component = 2
	}
	return c
}

func (b *pcBackend) id() string { return b.uid }

func (b *pcBackend) isReleased() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.released
}

// await calls a method of v, the connection or one of its objects, and
// waits for its promise. Calls have no context of their own; a call queued
// on the connection when it closes is abandoned by the browser (its
// promise never settles), so the wait ends with ErrClosed when Close runs.
func (b *pcBackend) await(op string, v js.Value, method string, args ...any) (js.Value, error) {
	r, err := jsbridge.AwaitCallUntil(b.closed, errClosedWhilePending, v, method, args...)
	if err == errClosedWhilePending {
		return r, newError(ErrClosed, op, "the connection was closed while the call was pending")
	}
	return r, jsError(op, err)
}

var errClosedWhilePending = errors.New("closed while pending")

func (b *pcBackend) createOffer(o *OfferOptions) (SessionDescription, error) {
	opts := map[string]any{}
	if o != nil {
		opts["iceRestart"] = o.ICERestart
		opts["voiceActivityDetection"] = o.VoiceActivityDetection
	}
	v, err := b.await("CreateOffer", b.js, "createOffer", opts)
	if err != nil {
		return SessionDescription{}, err
	}
	return b.remember(*descriptionFromJS(v)), nil
}

func (b *pcBackend) createAnswer(o *AnswerOptions) (SessionDescription, error) {
	opts := map[string]any{}
	if o != nil {
		opts["voiceActivityDetection"] = o.VoiceActivityDetection
	}
	v, err := b.await("CreateAnswer", b.js, "createAnswer", opts)
	if err != nil {
		return SessionDescription{}, err
	}
	return b.remember(*descriptionFromJS(v)), nil
}

// remember notes d as created here, so SetLocalDescription knows it.
// Only the latest offer and answer matter; older ones are forgotten.
func (b *pcBackend) remember(d SessionDescription) SessionDescription {
	b.mu.Lock()
	defer b.mu.Unlock()
	if len(b.created) >= 2 {
		clear(b.created)
	}
	b.created[d.SDP] = true
	return d
}

func (b *pcBackend) setLocalDescription(d SessionDescription) error {
	if d.Type == SDPTypeUnknown && d.SDP == "" {
		_, err := b.await("SetLocalDescription", b.js, "setLocalDescription")
		return err
	}
	b.mu.Lock()
	created := b.created[d.SDP]
	b.mu.Unlock()
	if !created {
		if err := checkBrowserSDP("SetLocalDescription", d); err != nil {
			return err
		}
	}
	_, err := b.await("SetLocalDescription", b.js, "setLocalDescription", d.toJS())
	return err
}

func (b *pcBackend) setRemoteDescription(d SessionDescription) error {
	if err := checkBrowserSDP("SetRemoteDescription", d); err != nil {
		return err
	}
	_, err := b.await("SetRemoteDescription", b.js, "setRemoteDescription", d.toJS())
	return err
}

// checkBrowserSDP refuses, before the browser sees it, an offer or answer
// whose SDP does not parse or lacks what a connection needs: Chrome
// applies some such text (skipping the lines it cannot read) where the
// native backend refuses it. An empty SDP is the implicit description.
// Local descriptions the connection created itself are not checked: an
// offer made before any track or channel has no ICE credentials in Chrome.
func checkBrowserSDP(op string, d SessionDescription) error {
	if d.SDP == "" || (d.Type != SDPTypeOffer && d.Type != SDPTypeAnswer && d.Type != SDPTypePranswer) {
		return nil
	}
	if _, err := readSDP(d.SDP); err != nil {
		return &Error{Op: op, Kind: ErrOperation, Cause: err}
	}
	return checkDescriptionSDP(op, d)
}

// toJS is the RTCSessionDescriptionInit of d; an empty SDP is left out
// (the browser then uses the last offer or answer created).
func (d SessionDescription) toJS() map[string]any {
	m := map[string]any{"type": d.Type.String()}
	if d.SDP != "" || d.Type == SDPTypeRollback {
		m["sdp"] = d.SDP
	}
	return m
}

func descriptionFromJS(v js.Value) *SessionDescription {
	if jsbridge.Nullish(v) {
		return nil
	}
	return &SessionDescription{Type: enumProp[SDPType](v, "type", sdpTypeNames), SDP: jsbridge.String(v.Get("sdp"))}
}

func (b *pcBackend) localDescription() *SessionDescription {
	return descriptionFromJS(b.js.Get("localDescription"))
}

func (b *pcBackend) remoteDescription() *SessionDescription {
	return descriptionFromJS(b.js.Get("remoteDescription"))
}

func (b *pcBackend) currentLocalDescription() *SessionDescription {
	return descriptionFromJS(b.js.Get("currentLocalDescription"))
}

func (b *pcBackend) pendingLocalDescription() *SessionDescription {
	return descriptionFromJS(b.js.Get("pendingLocalDescription"))
}

func (b *pcBackend) currentRemoteDescription() *SessionDescription {
	return descriptionFromJS(b.js.Get("currentRemoteDescription"))
}

func (b *pcBackend) pendingRemoteDescription() *SessionDescription {
	return descriptionFromJS(b.js.Get("pendingRemoteDescription"))
}

func (b *pcBackend) addICECandidate(c ICECandidateInit) error {
	_, err := b.await("AddICECandidate", b.js, "addIceCandidate", map[string]any{
		"candidate":        c.Candidate,
		"sdpMid":           jsbridge.ValueOrNull(c.SDPMid),
		"sdpMLineIndex":    jsbridge.ValueOrNull(c.SDPMLineIndex),
		"usernameFragment": jsbridge.ValueOrNull(c.UsernameFragment),
	})
	return err
}

func (b *pcBackend) signalingState() SignalingState {
	return enumProp[SignalingState](b.js, "signalingState", signalingStateNames)
}

func (b *pcBackend) iceGatheringState() ICEGatheringState {
	return enumProp[ICEGatheringState](b.js, "iceGatheringState", iceGatheringStateNames)
}

func (b *pcBackend) iceConnectionState() ICEConnectionState {
	return enumProp[ICEConnectionState](b.js, "iceConnectionState", iceConnectionStateNames)
}

func (b *pcBackend) connectionState() PeerConnectionState {
	return enumProp[PeerConnectionState](b.js, "connectionState", peerConnectionStateNames)
}

func (b *pcBackend) canTrickleICECandidates() ICETrickleCapability {
	v := b.js.Get("canTrickleIceCandidates")
	if v.Type() != js.TypeBoolean {
		return ICETrickleCapabilityUnknown
	}
	if v.Bool() {
		return ICETrickleCapabilitySupported
	}
	return ICETrickleCapabilityUnsupported
}

func (b *pcBackend) getConfiguration() Configuration {
	return configurationFromJS(b.js.Call("getConfiguration"))
}

func (b *pcBackend) setConfiguration(c Configuration) error {
	_, err := jsbridge.Call(b.js, "setConfiguration", c.toJS())
	return jsError("SetConfiguration", err)
}

func (b *pcBackend) getStats() StatsReport {
	v, err := jsbridge.AwaitNoCancel(shim.Get().Call("stats", b.js))
	b.mu.Lock()
	defer b.mu.Unlock()
	if err != nil {
		return b.last // a closed connection may refuse: keep its last figures
	}
	b.last = statsFromJS(v.String(), b.uid)
	return b.last
}

func (b *pcBackend) writeRTCP([]rtcp.Packet) error {
	return notSupported("WriteRTCP", "a browser sends its own RTCP; pages cannot write RTCP packets")
}

func (b *pcBackend) sctp() *sctpBackend {
	v := b.js.Get("sctp")
	if jsbridge.Nullish(v) {
		return nil
	}
	return &sctpBackend{js: v}
}

// close closes the RTCPeerConnection and releases every callback of it and
// of its channels; the browser fires no event after close.
func (b *pcBackend) close(bool) error {
	b.mu.Lock()
	if b.released {
		b.mu.Unlock()
		return nil
	}
	b.released = true
	close(b.closed)
	channels := b.channels
	b.channels = nil
	b.mu.Unlock()

	s := shim.Get()
	s.Call("unwatchPeer", b.js)
	jsbridge.Release(b.watch)
	for dc := range channels {
		dc.detach()
	}
	_, err := jsbridge.Call(b.js, "close")
	return jsError("Close", err)
}

// wrapper returns the wrapper registered for the JS object v, making it
// with mk on first sight.
func wrapper[W any](b *pcBackend, v js.Value, mk func() W) W {
	id := shim.Get().Call("id", v).Int()
	b.mu.Lock()
	defer b.mu.Unlock()
	if w, ok := b.wrappers[id]; ok {
		return w.(W)
	}
	w := mk()
	b.wrappers[id] = w
	return w
}
