package rtc

import (
	"sync"

	"github.com/pion/rtcp"
)

// PeerConnection is a WebRTC connection to a remote peer: natively a
// github.com/pion/webrtc/v4 PeerConnection, in the browser the browser's
// RTCPeerConnection. Its methods are safe for concurrent use. Events are
// delivered in order, one at a time, on a goroutine the library owns; a
// handler may call any method, including blocking ones.
// https://www.w3.org/TR/webrtc/#rtcpeerconnection-interface
type PeerConnection struct {
	b      *pcBackend
	events eventQueue

	// mu orders state notifications and guards the wrapper registries.
	mu       sync.Mutex
	channels map[*DataChannel]struct{}
	closed   bool

	onICECandidate      handler[*ICECandidate]
	onDataChannel       handler[*DataChannel]
	onTrack             handler[trackEvent]
	onNegotiationNeeded handler0
	signaling           stateEvents[SignalingState]
	iceGathering        stateEvents[ICEGatheringState]
	iceConnection       stateEvents[ICEConnectionState]
	connection          stateEvents[PeerConnectionState]
}

type trackEvent struct {
	track    *TrackRemote
	receiver *RTPReceiver
}

// NewPeerConnection creates a PeerConnection with the default codecs and,
// natively, pion's default interceptors. To choose codecs, interceptors or
// pion SettingEngine options, use NewAPI and API.NewPeerConnection.
// https://www.w3.org/TR/webrtc/#dom-peerconnection
func NewPeerConnection(configuration Configuration) (*PeerConnection, error) {
	return NewAPI().NewPeerConnection(configuration)
}

// NewPeerConnection creates a PeerConnection that uses the API's engines.
func (api *API) NewPeerConnection(configuration Configuration) (*PeerConnection, error) {
	pc := &PeerConnection{channels: map[*DataChannel]struct{}{}}
	b, err := newPCBackend(api, pc, configuration)
	if err != nil {
		return nil, err
	}
	pc.b = b
	initial := pc.SignalingState()
	pc.signaling.last.Store(&initial)
	return pc, nil
}

// ID is a unique identifier of the PeerConnection, also the ID of its
// "peer-connection" stats entry.
func (pc *PeerConnection) ID() string { return pc.b.id() }

// CreateOffer makes an SDP offer for the current transceivers and data
// channels. options may be nil; ICERestart asks for new ICE credentials.
// It fails with ErrClosed after Close and ErrInvalidState while a remote
// offer is pending.
// https://www.w3.org/TR/webrtc/#dom-peerconnection-createoffer
func (pc *PeerConnection) CreateOffer(options *OfferOptions) (SessionDescription, error) {
	if err := pc.checkOpen("CreateOffer"); err != nil {
		return SessionDescription{}, err
	}
	return pc.b.createOffer(options)
}

// CreateAnswer makes an SDP answer to the remote offer. It fails with
// ErrInvalidState unless a remote offer is set (signaling state
// have-remote-offer or have-local-pranswer).
// https://www.w3.org/TR/webrtc/#dom-peerconnection-createanswer
func (pc *PeerConnection) CreateAnswer(options *AnswerOptions) (SessionDescription, error) {
	if err := pc.checkOpen("CreateAnswer"); err != nil {
		return SessionDescription{}, err
	}
	if s := pc.SignalingState(); s != SignalingStateHaveRemoteOffer && s != SignalingStateHaveLocalPranswer {
		return SessionDescription{}, newError(ErrInvalidState, "CreateAnswer", "no remote offer (signaling state %s)", s.String())
	}
	return pc.b.createAnswer(options)
}

// SetLocalDescription applies a local offer, answer, pranswer or rollback.
// An empty desc.SDP takes the offer or answer last created (JSEP 5.4); an
// empty desc takes the one the signaling state calls for. ICE gathering
// starts here.
// https://www.w3.org/TR/webrtc/#dom-peerconnection-setlocaldescription
func (pc *PeerConnection) SetLocalDescription(desc SessionDescription) error {
	if err := pc.checkOpen("SetLocalDescription"); err != nil {
		return err
	}
	if err := pc.checkDescriptionState("SetLocalDescription", desc.Type, false); err != nil {
		return err
	}
	err := pc.b.setLocalDescription(desc)
	pc.notifySignalingState()
	return err
}

// SetRemoteDescription applies the remote peer's offer, answer, pranswer or
// rollback. A description that does not parse fails with ErrOperation (an
// RTCError in the browser) and changes nothing. New remote tracks are reported to OnTrack.
// https://www.w3.org/TR/webrtc/#dom-peerconnection-setremotedescription
func (pc *PeerConnection) SetRemoteDescription(desc SessionDescription) error {
	if err := pc.checkOpen("SetRemoteDescription"); err != nil {
		return err
	}
	if err := pc.checkDescriptionState("SetRemoteDescription", desc.Type, true); err != nil {
		return err
	}
	err := pc.b.setRemoteDescription(desc)
	pc.notifySignalingState()
	return err
}

// LocalDescription is PendingLocalDescription if there is one, else
// CurrentLocalDescription; natively it includes the candidates gathered so
// far. Nil before SetLocalDescription.
// https://www.w3.org/TR/webrtc/#dom-peerconnection-localdescription
func (pc *PeerConnection) LocalDescription() *SessionDescription {
	return copyDescription(pc.b.localDescription())
}

// RemoteDescription is PendingRemoteDescription if there is one, else
// CurrentRemoteDescription. Nil before SetRemoteDescription.
// https://www.w3.org/TR/webrtc/#dom-peerconnection-remotedescription
func (pc *PeerConnection) RemoteDescription() *SessionDescription {
	return copyDescription(pc.b.remoteDescription())
}

// CurrentLocalDescription is the local description negotiated the last time
// the connection reached the stable state.
// https://www.w3.org/TR/webrtc/#dom-peerconnection-currentlocaldesc
func (pc *PeerConnection) CurrentLocalDescription() *SessionDescription {
	return copyDescription(pc.b.currentLocalDescription())
}

// PendingLocalDescription is the local description being negotiated; nil
// in the stable state.
// https://www.w3.org/TR/webrtc/#dom-peerconnection-pendinglocaldesc
func (pc *PeerConnection) PendingLocalDescription() *SessionDescription {
	return copyDescription(pc.b.pendingLocalDescription())
}

// CurrentRemoteDescription is the remote description negotiated the last
// time the connection reached the stable state.
// https://www.w3.org/TR/webrtc/#dom-peerconnection-currentremotedesc
func (pc *PeerConnection) CurrentRemoteDescription() *SessionDescription {
	return copyDescription(pc.b.currentRemoteDescription())
}

// PendingRemoteDescription is the remote description being negotiated; nil
// in the stable state.
// https://www.w3.org/TR/webrtc/#dom-peerconnection-pendingremotedesc
func (pc *PeerConnection) PendingRemoteDescription() *SessionDescription {
	return copyDescription(pc.b.pendingRemoteDescription())
}

// AddICECandidate adds a candidate the remote peer trickled. It fails with
// ErrInvalidState before SetRemoteDescription, with ErrType when it has
// neither SDPMid nor SDPMLineIndex, and with ErrOperation for a candidate
// line that does not parse or a media section the remote description does
// not have. An empty Candidate marks the end of candidates.
// https://www.w3.org/TR/webrtc/#dom-peerconnection-addicecandidate
func (pc *PeerConnection) AddICECandidate(candidate ICECandidateInit) error {
	if err := pc.checkOpen("AddICECandidate"); err != nil {
		return err
	}
	if pc.b.remoteDescription() == nil {
		return newError(ErrInvalidState, "AddICECandidate", "no remote description")
	}
	if candidate.Candidate != "" && candidate.SDPMid == nil && candidate.SDPMLineIndex == nil {
		return newError(ErrType, "AddICECandidate", "candidate has neither sdpMid nor sdpMLineIndex")
	}
	if err := checkCandidateSection(pc.b.remoteDescription().SDP, candidate); err != nil {
		return err
	}
	return pc.b.addICECandidate(candidate)
}

// OnICECandidate sets the handler called for each local candidate gathered,
// and with nil when gathering has finished. Gathering starts with
// SetLocalDescription.
// https://www.w3.org/TR/webrtc/#dom-rtcpeerconnection-onicecandidate
func (pc *PeerConnection) OnICECandidate(f func(*ICECandidate)) { pc.onICECandidate.set(f) }

// OnICEGatheringStateChange sets the handler called when the ICE gathering
// state changes (gathering, complete).
// https://www.w3.org/TR/webrtc/#dom-rtcpeerconnection-onicegatheringstatechange
func (pc *PeerConnection) OnICEGatheringStateChange(f func(ICEGatheringState)) {
	pc.iceGathering.handler.set(f)
}

// OnICEConnectionStateChange sets the handler called when the ICE connection
// state changes.
// https://www.w3.org/TR/webrtc/#dom-rtcpeerconnection-oniceconnectionstatechange
func (pc *PeerConnection) OnICEConnectionStateChange(f func(ICEConnectionState)) {
	pc.iceConnection.handler.set(f)
}

// OnConnectionStateChange sets the handler called when the aggregate
// connection state (ICE and DTLS) changes. Close does not fire it, as in
// the browser.
// https://www.w3.org/TR/webrtc/#dom-rtcpeerconnection-onconnectionstatechange
func (pc *PeerConnection) OnConnectionStateChange(f func(PeerConnectionState)) {
	pc.connection.handler.set(f)
}

// OnSignalingStateChange sets the handler called when the signaling state
// changes. The event is queued before the Set*Description call that caused
// it returns.
// https://www.w3.org/TR/webrtc/#dom-rtcpeerconnection-onsignalingstatechange
func (pc *PeerConnection) OnSignalingStateChange(f func(SignalingState)) {
	pc.signaling.handler.set(f)
}

// OnNegotiationNeeded sets the handler called when a change (a track, a
// transceiver direction, the first data channel) needs a new offer/answer.
// https://www.w3.org/TR/webrtc/#dom-rtcpeerconnection-onnegotiationneeded
func (pc *PeerConnection) OnNegotiationNeeded(f func()) { pc.onNegotiationNeeded.set0(f) }

// OnDataChannel sets the handler called when the remote peer opens a data
// channel. The channel delivers no event until the handler returns, so
// handlers set on it inside this one see its first messages. The channel
// is open and can be sent on at once (in the browser, the handler is called
// a getStats round trip after Chromium's datachannel event, once Chromium
// can send on the channel).
// https://www.w3.org/TR/webrtc/#dom-rtcpeerconnection-ondatachannel
func (pc *PeerConnection) OnDataChannel(f func(*DataChannel)) { pc.onDataChannel.set(f) }

// OnTrack sets the handler called when a remote track arrives, once per
// track, with the receiver it arrived on.
// https://www.w3.org/TR/webrtc/#dom-rtcpeerconnection-ontrack
func (pc *PeerConnection) OnTrack(f func(*TrackRemote, *RTPReceiver)) {
	if f == nil {
		pc.onTrack.set(nil)
		return
	}
	pc.onTrack.set(func(e trackEvent) { f(e.track, e.receiver) })
}

// AddTrack sends track to the remote peer, reusing a free transceiver of the
// same kind or adding one. It fails with ErrInvalidAccess if the track is
// already added.
// https://www.w3.org/TR/webrtc/#dom-rtcpeerconnection-addtrack
func (pc *PeerConnection) AddTrack(track TrackLocal) (*RTPSender, error) {
	if err := pc.checkOpen("AddTrack"); err != nil {
		return nil, err
	}
	if track == nil {
		return nil, newError(ErrType, "AddTrack", "nil track")
	}
	return pc.b.addTrack(track)
}

// RemoveTrack stops sending the sender's track; the transceiver stays and
// turns recvonly or inactive. It fails with ErrInvalidAccess for a sender of
// another PeerConnection.
// https://www.w3.org/TR/webrtc/#dom-rtcpeerconnection-removetrack
func (pc *PeerConnection) RemoveTrack(sender *RTPSender) error {
	if err := pc.checkOpen("RemoveTrack"); err != nil {
		return err
	}
	if sender == nil || sender.pc != pc {
		return newError(ErrInvalidAccess, "RemoveTrack", "sender does not belong to this PeerConnection")
	}
	return pc.b.removeTrack(sender)
}

// AddTransceiverFromKind adds a transceiver of kind (audio or video) with no
// track. init may be nil (sendrecv).
// https://www.w3.org/TR/webrtc/#dom-rtcpeerconnection-addtransceiver
func (pc *PeerConnection) AddTransceiverFromKind(kind RTPCodecType, init ...RTPTransceiverInit) (*RTPTransceiver, error) {
	if err := pc.checkOpen("AddTransceiverFromKind"); err != nil {
		return nil, err
	}
	if kind != RTPCodecTypeAudio && kind != RTPCodecTypeVideo {
		return nil, newError(ErrType, "AddTransceiverFromKind", "kind %v is neither audio nor video", kind.String())
	}
	return pc.b.addTransceiverFromKind(kind, init...)
}

// AddTransceiverFromTrack adds a transceiver that sends track. init may be
// nil (sendrecv).
// https://www.w3.org/TR/webrtc/#dom-rtcpeerconnection-addtransceiver
func (pc *PeerConnection) AddTransceiverFromTrack(track TrackLocal, init ...RTPTransceiverInit) (*RTPTransceiver, error) {
	if err := pc.checkOpen("AddTransceiverFromTrack"); err != nil {
		return nil, err
	}
	if track == nil {
		return nil, newError(ErrType, "AddTransceiverFromTrack", "nil track")
	}
	return pc.b.addTransceiverFromTrack(track, init...)
}

// GetTransceivers returns the transceivers in the order they were added.
// The same transceiver is the same pointer on every call.
// https://www.w3.org/TR/webrtc/#dom-rtcpeerconnection-gettransceivers
func (pc *PeerConnection) GetTransceivers() []*RTPTransceiver { return pc.b.transceivers() }

// GetSenders returns the sender of every transceiver, in transceiver order.
// https://www.w3.org/TR/webrtc/#dom-rtcpeerconnection-getsenders
func (pc *PeerConnection) GetSenders() []*RTPSender {
	var out []*RTPSender
	for _, t := range pc.GetTransceivers() {
		if s := t.Sender(); s != nil {
			out = append(out, s)
		}
	}
	return out
}

// GetReceivers returns the receiver of every transceiver, in transceiver order.
// https://www.w3.org/TR/webrtc/#dom-rtcpeerconnection-getreceivers
func (pc *PeerConnection) GetReceivers() []*RTPReceiver {
	var out []*RTPReceiver
	for _, t := range pc.GetTransceivers() {
		if r := t.Receiver(); r != nil {
			out = append(out, r)
		}
	}
	return out
}

// CreateDataChannel creates a data channel. options may be nil (ordered,
// reliable). It fails with ErrType when both MaxPacketLifeTime and
// MaxRetransmits are set or when Negotiated is set without an ID, and with
// ErrClosed after Close. The first channel makes negotiation needed.
// https://www.w3.org/TR/webrtc/#dom-peerconnection-createdatachannel
func (pc *PeerConnection) CreateDataChannel(label string, options *DataChannelInit) (*DataChannel, error) {
	if err := pc.checkOpen("CreateDataChannel"); err != nil {
		return nil, err
	}
	if err := validateDataChannelInit(label, options); err != nil {
		return nil, err
	}
	return pc.b.createDataChannel(label, options)
}

// SignalingState is the state of the offer/answer exchange.
// https://www.w3.org/TR/webrtc/#dom-peerconnection-signaling-state
func (pc *PeerConnection) SignalingState() SignalingState { return pc.b.signalingState() }

// ICEGatheringState is the state of local candidate gathering.
// https://www.w3.org/TR/webrtc/#dom-peerconnection-ice-gathering-state
func (pc *PeerConnection) ICEGatheringState() ICEGatheringState { return pc.b.iceGatheringState() }

// ICEConnectionState is the state of the ICE transport.
// https://www.w3.org/TR/webrtc/#dom-peerconnection-ice-connection-state
func (pc *PeerConnection) ICEConnectionState() ICEConnectionState { return pc.b.iceConnectionState() }

// ConnectionState is the aggregate state of the ICE and DTLS transports.
// https://www.w3.org/TR/webrtc/#dom-peerconnection-connection-state
func (pc *PeerConnection) ConnectionState() PeerConnectionState { return pc.b.connectionState() }

// CanTrickleICECandidates tells whether the remote peer accepts trickled
// candidates; unknown until a remote description is set.
// https://www.w3.org/TR/webrtc/#dom-peerconnection-cantrickleicecandidates
func (pc *PeerConnection) CanTrickleICECandidates() ICETrickleCapability {
	return pc.b.canTrickleICECandidates()
}

// GetConfiguration returns a copy of the configuration; changing it has no
// effect until it is passed to SetConfiguration.
// https://www.w3.org/TR/webrtc/#dom-rtcpeerconnection-getconfiguration
func (pc *PeerConnection) GetConfiguration() Configuration { return pc.b.getConfiguration().copy() }

// SetConfiguration changes the configuration. Certificates, BundlePolicy,
// RTCPMuxPolicy, PeerIdentity and ICECandidatePoolSize (once an offer or
// answer exists) cannot change: trying fails with ErrInvalidModification.
// New ICE servers and ICETransportPolicy take effect at the next gathering
// (an ICE restart).
// https://www.w3.org/TR/webrtc/#dom-rtcpeerconnection-setconfiguration
func (pc *PeerConnection) SetConfiguration(configuration Configuration) error {
	if err := pc.checkOpen("SetConfiguration"); err != nil {
		return err
	}
	return pc.b.setConfiguration(configuration)
}

// GetStats returns the statistics of the connection and its transports,
// candidates, data channels and RTP streams, as typed entries keyed by ID.
// After Close it returns the last figures the backend still has.
// https://www.w3.org/TR/webrtc/#dom-rtcpeerconnection-getstats
func (pc *PeerConnection) GetStats() StatsReport { return pc.b.getStats() }

// WriteRTCP sends RTCP packets (a picture loss indication, say) to the
// remote peer. In the browser it fails with ErrNotSupported.
func (pc *PeerConnection) WriteRTCP(pkts []rtcp.Packet) error {
	if err := pc.checkOpen("WriteRTCP"); err != nil {
		return err
	}
	return pc.b.writeRTCP(pkts)
}

// SCTP returns the SCTP transport that carries the data channels, or nil
// before one is negotiated.
// https://www.w3.org/TR/webrtc/#dom-rtcpeerconnection-sctp
func (pc *PeerConnection) SCTP() *SCTPTransport {
	b := pc.b.sctp()
	if b == nil {
		return nil
	}
	return &SCTPTransport{b: b}
}

// Close ends the connection: transports stop, every data channel closes and
// every handler of the connection and its channels is released without
// being called again. Close is idempotent.
// https://www.w3.org/TR/webrtc/#dom-rtcpeerconnection-close
func (pc *PeerConnection) Close() error {
	channels := pc.markClosed()
	if channels == nil {
		return nil
	}
	for _, dc := range channels {
		dc.release()
	}
	return pc.b.close(false)
}

// GracefulClose is Close that also waits for the goroutines the connection
// started (transports, the running event handlers) to end. Called from one
// of the connection's own handlers it does not wait for that handler.
func (pc *PeerConnection) GracefulClose() error {
	channels := pc.markClosed()
	var err error
	if channels != nil {
		for _, dc := range channels {
			dc.release()
		}
		err = pc.b.close(true)
	}
	for _, dc := range channels {
		dc.events.wait()
	}
	pc.events.wait()
	return err
}

// markClosed closes the event queue and releases the handlers; it returns
// the channels to release, or nil if the connection was closed already.
func (pc *PeerConnection) markClosed() []*DataChannel {
	pc.mu.Lock()
	defer pc.mu.Unlock()
	if pc.closed {
		return nil
	}
	pc.closed = true
	pc.events.close()
	pc.onICECandidate.set(nil)
	pc.onDataChannel.set(nil)
	pc.onTrack.set(nil)
	pc.onNegotiationNeeded.set(nil)
	pc.signaling.handler.set(nil)
	pc.iceGathering.handler.set(nil)
	pc.iceConnection.handler.set(nil)
	pc.connection.handler.set(nil)
	channels := make([]*DataChannel, 0, len(pc.channels))
	for dc := range pc.channels {
		channels = append(channels, dc)
	}
	pc.channels = nil
	return channels
}

// checkOpen fails with ErrClosed once Close was called.
func (pc *PeerConnection) checkOpen(op string) error {
	pc.mu.Lock()
	closed := pc.closed
	pc.mu.Unlock()
	if closed {
		return newError(ErrClosed, op, "PeerConnection is closed")
	}
	return nil
}

// checkDescriptionState fails with ErrInvalidState when a description of
// type t may not be applied in the current signaling state (JSEP 5.5, 5.6).
// The specification checks this before the SDP itself, as the browser does;
// pion would report an InvalidModificationError. Unknown types are left to
// the backend (the implicit SetLocalDescription, TypeError).
// https://www.w3.org/TR/webrtc/#set-description
func (pc *PeerConnection) checkDescriptionState(op string, t SDPType, remote bool) error {
	s := pc.SignalingState()
	var ok bool
	switch t {
	case SDPTypeOffer:
		ok = s == SignalingStateStable || s == SignalingStateHaveLocalOffer
		if remote {
			ok = s == SignalingStateStable || s == SignalingStateHaveRemoteOffer
		}
	case SDPTypeAnswer, SDPTypePranswer:
		ok = s == SignalingStateHaveRemoteOffer || s == SignalingStateHaveLocalPranswer
		if remote {
			ok = s == SignalingStateHaveLocalOffer || s == SignalingStateHaveRemotePranswer
		}
	case SDPTypeRollback:
		ok = s == SignalingStateHaveLocalOffer || s == SignalingStateHaveRemoteOffer
	default:
		return nil
	}
	if !ok {
		side := "local"
		if remote {
			side = "remote"
		}
		return newError(ErrInvalidState, op, "cannot apply a %s %s in signaling state %s", side, t.String(), s.String())
	}
	return nil
}

// The emit and notify methods are how a backend reports events.

func (pc *PeerConnection) emitICECandidate(c *ICECandidate) {
	pc.events.push(func() { pc.onICECandidate.call(c) })
}

func (pc *PeerConnection) emitNegotiationNeeded() {
	pc.events.push(func() { pc.onNegotiationNeeded.call(struct{}{}) })
}

func (pc *PeerConnection) emitTrack(t *TrackRemote, r *RTPReceiver) {
	pc.events.push(func() { pc.onTrack.call(trackEvent{t, r}) })
}

// emitDataChannel announces a remote channel whose queue was created paused:
// it starts delivering once the OnDataChannel handler has returned.
func (pc *PeerConnection) emitDataChannel(dc *DataChannel) {
	pc.events.push(func() {
		pc.onDataChannel.call(dc)
		dc.events.resume()
	})
}

func (pc *PeerConnection) notifySignalingState() {
	pc.mu.Lock()
	defer pc.mu.Unlock()
	if !pc.closed {
		pc.signaling.notify(&pc.events, pc.b.signalingState())
	}
}

func (pc *PeerConnection) notifyICEGatheringState(s ICEGatheringState) {
	pc.mu.Lock()
	defer pc.mu.Unlock()
	pc.iceGathering.notify(&pc.events, s)
}

func (pc *PeerConnection) notifyICEConnectionState(s ICEConnectionState) {
	pc.mu.Lock()
	defer pc.mu.Unlock()
	pc.iceConnection.notify(&pc.events, s)
}

// notifyConnectionState reads the current state under the lock: backends
// that report this state from unordered goroutines still queue the values
// in the order they were reached.
func (pc *PeerConnection) notifyConnectionState() {
	pc.mu.Lock()
	defer pc.mu.Unlock()
	pc.connection.notify(&pc.events, pc.b.connectionState())
}

// trackChannel registers a channel so Close can release it.
func (pc *PeerConnection) trackChannel(dc *DataChannel) bool {
	pc.mu.Lock()
	defer pc.mu.Unlock()
	if pc.closed {
		return false
	}
	pc.channels[dc] = struct{}{}
	return true
}

func (pc *PeerConnection) untrackChannel(dc *DataChannel) {
	pc.mu.Lock()
	defer pc.mu.Unlock()
	delete(pc.channels, dc)
}
