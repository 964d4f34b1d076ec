package signaling

import (
	"errors"
	"strings"

	"github.com/everyrtc/rtc"
)

// negotiator runs the W3C perfect negotiation pattern
// (https://w3c.github.io/webrtc-pc/#perfect-negotiation-example) for one
// PeerConnection. Only the Peer's loop goroutine uses it.
//
// The example's makingOffer flag is not needed: the loop makes an offer
// (SetLocalDescription, then sending it) in one step between two messages,
// so an offer that arrives while ours is being made is handled after it,
// when the signaling state (have-local-offer) already tells the collision.
// negotiationneeded events are queued to the same loop, so negotiation
// never runs on two goroutines at once.
type negotiator struct {
	pc    *rtc.PeerConnection
	send  func(*message) error
	hooks *testHooks

	paired         bool // the hub paired us: negotiation may start
	polite         bool // the polite peer gives way when offers collide
	ignoreOffer    bool // the last remote offer was ignored (impolite, collision)
	offerWanted    bool // negotiationneeded fired, or the pair formed
	restartWanted  bool // RestartICE was called and no restart offer has been answered
	restartOffered bool // the offer under way restarts ICE
}

// onDescription applies a description from the other peer.
func (n *negotiator) onDescription(d rtc.SessionDescription) error {
	offerCollision := d.Type == rtc.SDPTypeOffer && n.pc.SignalingState() != rtc.SignalingStateStable
	n.ignoreOffer = !n.polite && offerCollision
	if offerCollision {
		n.hooks.onCollision(n.polite)
	}
	if n.ignoreOffer {
		return nil
	}
	if offerCollision {
		// Roll back explicitly: pion's SetRemoteDescription does not.
		if err := n.pc.SetLocalDescription(rtc.SessionDescription{Type: rtc.SDPTypeRollback}); err != nil {
			return &NegotiationError{Op: "SetLocalDescription(rollback)", Err: err}
		}
		// A restart offer rolled back is made again once stable; other
		// changes fire negotiationneeded again then.
		n.restartOffered = false
	}
	if err := n.pc.SetRemoteDescription(d); err != nil {
		return &NegotiationError{Op: "SetRemoteDescription(" + d.Type.String() + ")", Err: err}
	}
	switch d.Type {
	case rtc.SDPTypeOffer:
		if err := n.pc.SetLocalDescription(rtc.SessionDescription{}); err != nil {
			return &NegotiationError{Op: "SetLocalDescription(answer)", Err: err}
		}
		return n.sendLocalDescription()
	case rtc.SDPTypeAnswer:
		if n.restartOffered {
			n.restartWanted, n.restartOffered = false, false
		}
	}
	return nil
}

// onCandidate adds a candidate from the other peer. Its failure is ignored
// only while the offer it belongs to is (an impolite peer's collision).
func (n *negotiator) onCandidate(c rtc.ICECandidateInit) error {
	if err := n.pc.AddICECandidate(c); err != nil && !n.ignoreOffer {
		return &NegotiationError{Op: "AddICECandidate", Err: err}
	}
	return nil
}

// offerIfWanted makes and sends an offer if negotiation is needed (or an
// ICE restart asked for) and the signaling state is stable. In another
// state an offer or answer is under way: the PeerConnection fires
// negotiationneeded again once it is stable if it still needs to, and a
// wanted restart waits until then.
func (n *negotiator) offerIfWanted() error {
	restart := n.restartWanted && !n.restartOffered
	if !n.paired || (!n.offerWanted && !restart) {
		return nil
	}
	switch n.pc.SignalingState() {
	case rtc.SignalingStateStable:
	case rtc.SignalingStateClosed:
		// The offer below fails with rtc.ErrClosed and ends the session.
	default:
		n.offerWanted = false
		return nil
	}
	n.offerWanted = false
	op := "SetLocalDescription(offer)"
	var err error
	switch {
	case n.pc.CurrentLocalDescription() == nil:
		// The first negotiation: its ICE credentials are new anyway. A
		// PeerConnection without a channel or track has nothing to offer
		// (and its negotiationneeded may have fired before Join: ask).
		restart, n.restartWanted = false, false
		var offer rtc.SessionDescription
		if offer, err = n.pc.CreateOffer(nil); err != nil {
			op = "CreateOffer"
			break
		}
		if !hasMediaSection(offer.SDP) {
			return nil
		}
		err = n.pc.SetLocalDescription(offer)
	case restart:
		var offer rtc.SessionDescription
		if offer, err = n.pc.CreateOffer(&rtc.OfferOptions{ICERestart: true}); err != nil {
			op = "CreateOffer(ICERestart)"
			break
		}
		err = n.pc.SetLocalDescription(offer)
	default:
		err = n.pc.SetLocalDescription(rtc.SessionDescription{})
	}
	if err != nil {
		return &NegotiationError{Op: op, Err: err}
	}
	n.restartOffered = restart
	return n.sendLocalDescription()
}

// sendLocalDescription sends pc's local description (natively it carries the
// candidates gathered so far; the others follow by trickle).
func (n *negotiator) sendLocalDescription() error {
	d := n.pc.LocalDescription()
	if d == nil {
		return &NegotiationError{Op: "LocalDescription", Err: errors.New("no local description after SetLocalDescription")}
	}
	return n.send(&message{Type: typeDescription, Description: d})
}

// hasMediaSection tells whether an SDP has an m= line.
func hasMediaSection(sdp string) bool {
	return strings.HasPrefix(sdp, "m=") || strings.Contains(sdp, "\nm=")
}

// testHooks let tests watch and pace the negotiation; nil in Join.
type testHooks struct {
	taken     func([]event)     // the loop took a batch of events (may block, to make offers cross)
	collision func(polite bool) // an offer arrived while ours was under way
}

func (h *testHooks) onTaken(batch []event) {
	if h != nil && h.taken != nil {
		h.taken(batch)
	}
}

func (h *testHooks) onCollision(polite bool) {
	if h != nil && h.collision != nil {
		h.collision(polite)
	}
}
