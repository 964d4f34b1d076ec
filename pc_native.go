//go:build !js

package rtc

import (
	"strings"
	"sync"
	"sync/atomic"

	"github.com/pion/rtcp"
	"github.com/pion/webrtc/v4"
)

// pcBackend is the native PeerConnection: a pion PeerConnection whose
// callbacks feed the shared event queue, and the wrappers handed out for
// pion's objects so that the same pion object is always the same pointer.
type pcBackend struct {
	pc   *PeerConnection
	pion *webrtc.PeerConnection
	api  *webrtc.API

	mu       sync.Mutex
	wrappers map[any]any // pion object -> its wrapper
	// localTracks maps the pion track handed to pion back to the TrackLocal
	// the caller gave, for RTPSender.Track; pion's placeholder tracks map
	// to nil.
	localTracks map[webrtc.TrackLocal]TrackLocal

	// pion moves the signaling state before it updates the transceivers'
	// current directions; the specification changes both at once. While a
	// Set*Description call runs, signalingState reports the state from
	// before it (applying counts the calls, before is that state).
	descMu   sync.Mutex
	applying int
	before   SignalingState

	// negotiationDeferred is set when a change of ours (not pion's) needs
	// negotiation outside the stable state: the event then waits for it.
	negotiationDeferred atomic.Bool
}

// needNegotiation fires negotiationneeded for a change pion does not see
// (a transceiver reused by AddTrack, SetDirection), or, outside the stable
// state, once the state is stable again, as the specification's
// negotiation-needed flag does.
func (b *pcBackend) needNegotiation() {
	if b.pion.SignalingState() != webrtc.SignalingStateStable {
		b.negotiationDeferred.Store(true)
		return
	}
	b.pc.emitNegotiationNeeded()
}

func newPCBackend(api *API, pc *PeerConnection, c Configuration) (*pcBackend, error) {
	papi, err := api.pion()
	if err != nil {
		return nil, err
	}
	p, err := papi.NewPeerConnection(c.toPion())
	if err != nil {
		return nil, mapPionError("NewPeerConnection", err)
	}
	b := &pcBackend{pc: pc, pion: p, api: papi, wrappers: map[any]any{}, localTracks: map[webrtc.TrackLocal]TrackLocal{}}
	p.OnICECandidate(func(c *webrtc.ICECandidate) {
		if c == nil {
			pc.emitICECandidate(nil)
			return
		}
		pc.emitICECandidate(candidateFromPion(c))
	})
	p.OnICEGatheringStateChange(func(s webrtc.ICEGatheringState) {
		pc.notifyICEGatheringState(iceGatheringStateFromPion(s))
	})
	p.OnICEConnectionStateChange(func(s webrtc.ICEConnectionState) {
		pc.notifyICEConnectionState(iceConnectionStateFromPion(s))
	})
	// pion reports these two from a goroutine per change: the notify
	// methods read the current value instead of trusting the argument.
	p.OnConnectionStateChange(func(webrtc.PeerConnectionState) { pc.notifyConnectionState() })
	p.OnSignalingStateChange(func(webrtc.SignalingState) { pc.notifySignalingState() })
	p.OnNegotiationNeeded(pc.emitNegotiationNeeded)
	p.OnDataChannel(func(d *webrtc.DataChannel) {
		// pion waits for this callback before the channel delivers anything,
		// so the wrapper's pion handlers are in place for the first message.
		// The channel is announced once pion has opened it (see
		// wrapDataChannel).
		b.wrapDataChannel(d, true)
	})
	p.OnTrack(func(t *webrtc.TrackRemote, r *webrtc.RTPReceiver) {
		pc.emitTrack(b.wrapRemoteTrack(t), b.receiverOf(r))
	})
	return b, nil
}

func (b *pcBackend) id() string { return b.pion.ID() }

func (b *pcBackend) createOffer(o *OfferOptions) (SessionDescription, error) {
	var po *webrtc.OfferOptions
	if o != nil {
		po = &webrtc.OfferOptions{ICERestart: o.ICERestart, OfferAnswerOptions: webrtc.OfferAnswerOptions{
			VoiceActivityDetection: o.VoiceActivityDetection, ICETricklingSupported: o.ICETricklingSupported}}
	}
	d, err := b.pion.CreateOffer(po)
	return descriptionFromPion(d), mapPionError("CreateOffer", err)
}

func (b *pcBackend) createAnswer(o *AnswerOptions) (SessionDescription, error) {
	var po *webrtc.AnswerOptions
	if o != nil {
		po = &webrtc.AnswerOptions{OfferAnswerOptions: webrtc.OfferAnswerOptions{
			VoiceActivityDetection: o.VoiceActivityDetection, ICETricklingSupported: o.ICETricklingSupported}}
	}
	d, err := b.pion.CreateAnswer(po)
	return descriptionFromPion(d), mapPionError("CreateAnswer", err)
}

func (b *pcBackend) setLocalDescription(d SessionDescription) error {
	defer b.beginApply()()
	if d.Type == SDPTypeRollback {
		return rollbackPion(b.pion, "SetLocalDescription")
	}
	if d.Type == SDPTypeUnknown && d.SDP == "" {
		// An empty description is the implicit offer or answer of the
		// specification: make the one the signaling state calls for.
		var err error
		switch b.pion.SignalingState() {
		case webrtc.SignalingStateHaveRemoteOffer, webrtc.SignalingStateHaveLocalPranswer:
			d, err = b.createAnswer(nil)
		default:
			d, err = b.createOffer(nil)
		}
		if err != nil {
			return err
		}
	} else if d.SDP == "" && (d.Type == SDPTypeOffer || d.Type == SDPTypeAnswer || d.Type == SDPTypePranswer) {
		// A typed description without SDP is implicit too; pion would
		// apply an empty SDP when nothing was created before.
		made, err := b.createOffer(nil)
		if d.Type != SDPTypeOffer {
			made, err = b.createAnswer(nil)
		}
		if err != nil {
			return err
		}
		d.SDP = made.SDP
	}
	return mapPionError("SetLocalDescription", b.pion.SetLocalDescription(d.toPion()))
}

func (b *pcBackend) setRemoteDescription(d SessionDescription) error {
	defer b.beginApply()()
	if d.Type == SDPTypeRollback {
		return rollbackPion(b.pion, "SetRemoteDescription")
	}
	if err := checkRemoteSDP(d); err != nil {
		return err
	}
	return mapPionError("SetRemoteDescription", b.pion.SetRemoteDescription(d.toPion()))
}

func (b *pcBackend) localDescription() *SessionDescription {
	return descriptionPtrFromPion(b.pion.LocalDescription())
}

func (b *pcBackend) remoteDescription() *SessionDescription {
	return descriptionPtrFromPion(b.pion.RemoteDescription())
}

func (b *pcBackend) currentLocalDescription() *SessionDescription {
	return descriptionPtrFromPion(b.pion.CurrentLocalDescription())
}

func (b *pcBackend) pendingLocalDescription() *SessionDescription {
	return descriptionPtrFromPion(b.pion.PendingLocalDescription())
}

func (b *pcBackend) currentRemoteDescription() *SessionDescription {
	return descriptionPtrFromPion(b.pion.CurrentRemoteDescription())
}

func (b *pcBackend) pendingRemoteDescription() *SessionDescription {
	return descriptionPtrFromPion(b.pion.PendingRemoteDescription())
}

func (b *pcBackend) addICECandidate(c ICECandidateInit) error {
	return mapPionError("AddICECandidate", b.pion.AddICECandidate(webrtc.ICECandidateInit{
		Candidate: c.Candidate, SDPMid: c.SDPMid, SDPMLineIndex: c.SDPMLineIndex, UsernameFragment: c.UsernameFragment,
	}))
}

func (b *pcBackend) addTrack(t TrackLocal) (*RTPSender, error) {
	pt, err := b.pionTrack("AddTrack", t)
	if err != nil {
		return nil, err
	}
	ts := b.pion.GetTransceivers()
	for _, tr := range ts {
		if s := tr.Sender(); s != nil && s.Track() == pt {
			return nil, newError(ErrInvalidAccess, "AddTrack", "the track is already added")
		}
	}
	// The specification reuses the first transceiver of the kind whose
	// sender has no track and has never sent; pion reuses only those
	// without a sender, so the others (AddTransceiverFromKind's, a sender
	// emptied by ReplaceTrack(nil)) are filled here.
	for _, tr := range ts {
		w := b.wrapTransceiver(tr)
		if tr.Kind() != pt.Kind() || w.b.stopped.Load() || w.b.snd.Track() != nil {
			continue
		}
		if cd := w.CurrentDirection(); cd == RTPTransceiverDirectionSendrecv || cd == RTPTransceiverDirectionSendonly {
			continue
		}
		if tr.Sender() == nil {
			break // pion's own case
		}
		if err := tr.Sender().ReplaceTrack(pt); err != nil {
			return nil, mapPionError("AddTrack", err)
		}
		switch w.Direction() {
		case RTPTransceiverDirectionRecvonly:
			err = storeTransceiverDirection(tr, "direction", webrtc.RTPTransceiverDirectionSendrecv)
		case RTPTransceiverDirectionInactive:
			err = storeTransceiverDirection(tr, "direction", webrtc.RTPTransceiverDirectionSendonly)
		}
		if err != nil {
			return nil, err
		}
		b.needNegotiation()
		return w.b.snd, nil
	}
	s, err := b.pion.AddTrack(pt)
	if err != nil {
		return nil, mapPionError("AddTrack", err)
	}
	for _, tr := range b.pion.GetTransceivers() {
		if tr.Sender() == s {
			return b.wrapTransceiver(tr).b.snd, nil
		}
	}
	return nil, newError(ErrOperation, "AddTrack", "the new sender has no transceiver")
}

func (b *pcBackend) removeTrack(s *RTPSender) error {
	// Removing a sender that sends nothing changes nothing (W3C removeTrack).
	if s.b.track() == nil {
		return nil
	}
	return mapPionError("RemoveTrack", b.pion.RemoveTrack(s.b.pion()))
}

// attachSender gives tr, which has no pion sender, one that sends pt,
// keeping the direction: ReplaceTrack never changes it.
func (b *pcBackend) attachSender(op string, tr *webrtc.RTPTransceiver, pt webrtc.TrackLocal) error {
	s, err := b.api.NewRTPSender(pt, b.pion.SCTP().Transport())
	if err != nil {
		return mapPionError(op, err)
	}
	dir := tr.Direction()
	if err := tr.SetSender(s, pt); err != nil {
		_ = s.Stop()
		return mapPionError(op, err)
	}
	return storeTransceiverDirection(tr, "direction", dir)
}

func (b *pcBackend) addTransceiverFromKind(kind RTPCodecType, init ...RTPTransceiverInit) (*RTPTransceiver, error) {
	t, err := b.pion.AddTransceiverFromKind(kind.toPion(), transceiverInitToPion(init)...)
	if err != nil {
		return nil, mapPionError("AddTransceiverFromKind", err)
	}
	if s := t.Sender(); s != nil && s.Track() != nil {
		// pion sends a track of its own where the specification's sender
		// has none: RTPSender.Track hides it.
		b.mu.Lock()
		b.localTracks[s.Track()] = nil
		b.mu.Unlock()
	}
	return b.wrapTransceiver(t), nil
}

func (b *pcBackend) addTransceiverFromTrack(track TrackLocal, init ...RTPTransceiverInit) (*RTPTransceiver, error) {
	pt, err := b.pionTrack("AddTransceiverFromTrack", track)
	if err != nil {
		return nil, err
	}
	t, err := b.pion.AddTransceiverFromTrack(pt, transceiverInitToPion(init)...)
	if err != nil {
		return nil, mapPionError("AddTransceiverFromTrack", err)
	}
	return b.wrapTransceiver(t), nil
}

func (b *pcBackend) transceivers() []*RTPTransceiver {
	ts := b.pion.GetTransceivers()
	out := make([]*RTPTransceiver, len(ts))
	for i, t := range ts {
		out[i] = b.wrapTransceiver(t)
	}
	return out
}

func (b *pcBackend) createDataChannel(label string, o *DataChannelInit) (*DataChannel, error) {
	var po *webrtc.DataChannelInit
	if o != nil {
		po = &webrtc.DataChannelInit{Ordered: o.Ordered, MaxPacketLifeTime: o.MaxPacketLifeTime,
			MaxRetransmits: o.MaxRetransmits, Protocol: o.Protocol, Negotiated: o.Negotiated, ID: o.ID}
	}
	d, err := b.pion.CreateDataChannel(label, po)
	if err != nil {
		return nil, mapPionError("CreateDataChannel", err)
	}
	dc := b.wrapDataChannel(d, false)
	if dc == nil {
		_ = d.Close()
		return nil, newError(ErrClosed, "CreateDataChannel", "PeerConnection is closed")
	}
	return dc, nil
}

func (b *pcBackend) signalingState() SignalingState {
	b.descMu.Lock()
	defer b.descMu.Unlock()
	if b.applying > 0 {
		return b.before
	}
	return signalingStateFromPion(b.pion.SignalingState())
}

// beginApply marks a Set*Description call as running until the returned
// function is called.
func (b *pcBackend) beginApply() func() {
	b.descMu.Lock()
	if b.applying == 0 {
		b.before = signalingStateFromPion(b.pion.SignalingState())
	}
	b.applying++
	b.descMu.Unlock()
	return func() {
		b.descMu.Lock()
		b.applying--
		b.descMu.Unlock()
		if b.pion.SignalingState() == webrtc.SignalingStateStable && b.negotiationDeferred.Swap(false) {
			b.pc.emitNegotiationNeeded()
		}
	}
}

func (b *pcBackend) iceGatheringState() ICEGatheringState {
	return iceGatheringStateFromPion(b.pion.ICEGatheringState())
}

func (b *pcBackend) iceConnectionState() ICEConnectionState {
	return iceConnectionStateFromPion(b.pion.ICEConnectionState())
}

func (b *pcBackend) connectionState() PeerConnectionState {
	return peerConnectionStateFromPion(b.pion.ConnectionState())
}

func (b *pcBackend) canTrickleICECandidates() ICETrickleCapability {
	return iceTrickleCapabilityFromPion(b.pion.CanTrickleICECandidates())
}

func (b *pcBackend) getConfiguration() Configuration {
	return configurationFromPion(b.pion.GetConfiguration())
}

func (b *pcBackend) setConfiguration(c Configuration) error {
	return mapPionError("SetConfiguration", b.pion.SetConfiguration(c.toPion()))
}

func (b *pcBackend) getStats() StatsReport { return statsFromPion(b.pion.GetStats()) }

func (b *pcBackend) writeRTCP(pkts []rtcp.Packet) error {
	return mapPionError("WriteRTCP", b.pion.WriteRTCP(pkts))
}

func (b *pcBackend) sctp() *sctpBackend {
	// pion has its SCTP transport from the start; the specification's
	// exists once an answer has negotiated a data channel section.
	s := b.pion.SCTP()
	if s == nil || !negotiatesSCTP(b.pion.CurrentRemoteDescription()) {
		return nil
	}
	return &sctpBackend{pion: s}
}

func (b *pcBackend) close(graceful bool) error {
	if graceful {
		return mapPionError("GracefulClose", b.pion.GracefulClose())
	}
	return mapPionError("Close", b.pion.Close())
}

// wrapper returns the wrapper registered for the pion object p, making it
// with mk on first sight.
func wrapper[W any](b *pcBackend, p any, mk func() W) W {
	b.mu.Lock()
	defer b.mu.Unlock()
	if w, ok := b.wrappers[p]; ok {
		return w.(W)
	}
	w := mk()
	b.wrappers[p] = w
	return w
}

func (b *pcBackend) wrapTransceiver(t *webrtc.RTPTransceiver) *RTPTransceiver {
	return wrapper(b, t, func() *RTPTransceiver {
		tb := &transceiverBackend{pion: t, pcb: b}
		tb.snd = &RTPSender{b: &senderBackend{tr: t, pcb: b}, pc: b.pc}
		tb.rcv = &RTPReceiver{b: &receiverBackend{tr: t, pcb: b}, pc: b.pc}
		return &RTPTransceiver{b: tb, pc: b.pc}
	})
}

// receiverOf returns the receiver of the transceiver that holds r.
func (b *pcBackend) receiverOf(r *webrtc.RTPReceiver) *RTPReceiver {
	for _, t := range b.pion.GetTransceivers() {
		if t.Receiver() == r {
			return b.wrapTransceiver(t).b.rcv
		}
	}
	return wrapper(b, r, func() *RTPReceiver {
		return &RTPReceiver{b: &receiverBackend{fixed: r, pcb: b}, pc: b.pc}
	})
}

func (b *pcBackend) wrapRemoteTrack(t *webrtc.TrackRemote) *TrackRemote {
	if t == nil {
		return nil
	}
	return wrapper(b, t, func() *TrackRemote { return &TrackRemote{b: &remoteTrackBackend{pion: t}} })
}

// wrapDataChannel wraps d and routes pion's callbacks into the channel's
// queue; it returns nil when the connection is already closed.
func (b *pcBackend) wrapDataChannel(d *webrtc.DataChannel, remote bool) *DataChannel {
	dc := newDataChannel(b.pc, remote)
	dc.b = &dcBackend{pion: d}
	if !b.pc.trackChannel(dc) {
		return nil
	}
	if remote {
		// The spec announces a remote channel already open, but pion opens
		// it only after its OnDataChannel callback: announce it on pion's
		// open, so ReadyState and Send work inside OnDataChannel.
		d.OnOpen(func() {
			dc.emitOpen()
			b.pc.emitDataChannel(dc)
		})
	} else {
		d.OnOpen(dc.emitOpen)
	}
	d.OnDial(dc.emitDial)
	d.OnMessage(func(m webrtc.DataChannelMessage) {
		dc.emitMessage(DataChannelMessage{IsString: m.IsString, Data: m.Data})
	})
	d.OnBufferedAmountLow(dc.emitBufferedAmountLow)
	d.OnError(func(err error) { dc.emitError(mapPionError("DataChannel", err)) })
	d.OnClose(dc.emitClose)
	return dc
}

// pionTrack returns the pion track behind t and remembers t for
// RTPSender.Track.
func (b *pcBackend) pionTrack(op string, t TrackLocal) (webrtc.TrackLocal, error) {
	pt := pionTrackOf(t)
	if pt == nil {
		return nil, newError(ErrType, op, "%T is not a track of this package (wrap a pion TrackLocal with WrapTrackLocal)", t)
	}
	b.mu.Lock()
	b.localTracks[pt] = t
	b.mu.Unlock()
	return pt, nil
}

func (b *pcBackend) localTrack(pt webrtc.TrackLocal) TrackLocal {
	if pt == nil {
		return nil
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if t, ok := b.localTracks[pt]; ok {
		return t
	}
	return WrapTrackLocal(pt)
}

func descriptionFromPion(d webrtc.SessionDescription) SessionDescription {
	return SessionDescription{Type: sdpTypeFromPion(d.Type), SDP: d.SDP}
}

func descriptionPtrFromPion(d *webrtc.SessionDescription) *SessionDescription {
	if d == nil {
		return nil
	}
	out := descriptionFromPion(*d)
	return &out
}

func (d SessionDescription) toPion() webrtc.SessionDescription {
	return webrtc.SessionDescription{Type: d.Type.toPion(), SDP: d.SDP}
}

func candidateFromPion(c *webrtc.ICECandidate) *ICECandidate {
	init := c.ToJSON()
	return &ICECandidate{
		Foundation: c.Foundation, Priority: c.Priority, Address: c.Address,
		Protocol: iceProtocolFromPion(c.Protocol), Port: c.Port, Typ: iceCandidateTypeFromPion(c.Typ),
		Component: c.Component, RelatedAddress: c.RelatedAddress, RelatedPort: c.RelatedPort,
		TCPType: c.TCPType, SDPMid: c.SDPMid, SDPMLineIndex: c.SDPMLineIndex,
		candidate: init.Candidate, usernameFragment: ufragExtension(init.Candidate),
	}
}

// ufragExtension is the "ufrag" extension of a candidate line, which pion
// writes, for the usernameFragment a browser reports separately.
func ufragExtension(line string) string {
	f := strings.Fields(line)
	for i := 8; i+1 < len(f); i += 2 { // past "candidate:F C proto prio addr port typ T"
		if f[i] == "ufrag" {
			return f[i+1]
		}
	}
	return ""
}

func transceiverInitToPion(init []RTPTransceiverInit) []webrtc.RTPTransceiverInit {
	out := make([]webrtc.RTPTransceiverInit, len(init))
	for i, in := range init {
		out[i].Direction = in.Direction.toPion()
		if in.Direction == RTPTransceiverDirectionUnknown {
			out[i].Direction = webrtc.RTPTransceiverDirectionSendrecv
		}
		for _, e := range in.SendEncodings {
			out[i].SendEncodings = append(out[i].SendEncodings, webrtc.RTPEncodingParameters{
				RTPCodingParameters: webrtc.RTPCodingParameters{
					RID: e.RID, SSRC: webrtc.SSRC(e.SSRC), PayloadType: webrtc.PayloadType(e.PayloadType),
					RTX: webrtc.RTPRtxParameters{SSRC: webrtc.SSRC(e.RTX.SSRC)},
					FEC: webrtc.RTPFecParameters{SSRC: webrtc.SSRC(e.FEC.SSRC)},
				},
			})
		}
	}
	return out
}

// negotiatesSCTP tells whether d has a data channel section that was not
// rejected (port 0).
func negotiatesSCTP(d *webrtc.SessionDescription) bool {
	if d == nil {
		return false
	}
	for _, line := range strings.Split(d.SDP, "\n") {
		if rest, ok := strings.CutPrefix(line, "m=application "); ok && !strings.HasPrefix(rest, "0 ") {
			return true
		}
	}
	return false
}
