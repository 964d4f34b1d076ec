// Package signaling connects two rtc.PeerConnections through a WebSocket
// hub: Join negotiates a PeerConnection with the other peer of a room using
// the W3C perfect negotiation pattern and trickle ICE, and Hub (native only)
// is the server that pairs the two peers of each room and relays their
// messages. The client compiles natively and for GOOS=js GOARCH=wasm, so a
// server and its browser page use the same code.
//
//	// Server (native):
//	http.Handle("/signal", signaling.NewHub(signaling.HubOptions{}))
//
//	// Each of the two peers (native or browser):
//	pc, err := rtc.NewPeerConnection(rtc.Configuration{})
//	if err != nil {
//		return err
//	}
//	dc, err := pc.CreateDataChannel("chat", nil) // before or after Join
//	if err != nil {
//		return err
//	}
//	dc.OnOpen(func() { _ = dc.SendText("hello") })
//	peer, err := signaling.Join(ctx, "ws://127.0.0.1:8080/signal?room=demo", pc)
//	if err != nil {
//		return err
//	}
//	defer peer.Close()
//	<-peer.Done() // the session ends with Close, ctx, the other peer leaving or an error
//	return peer.Err()
//
// # Negotiation
//
// The hub makes the first peer of a room impolite and the second polite
// (Peer.Polite). Every negotiationneeded event of the PeerConnection leads
// to an offer once the pair has formed, including changes made before Join
// and later ones (new tracks, transceivers, the first data channel);
// Peer.RestartICE asks for an ICE restart. When both peers offer at once,
// the impolite peer ignores the other's offer and the polite one rolls its
// own back and answers. Every description and candidate is handled by one
// goroutine per Peer, in the order it arrived.
//
// A PeerConnection is negotiated with one remote peer only: when the other
// peer leaves, the session ends with ErrPeerLeft. To pair with the next
// peer of the room, Join again with a new PeerConnection.
//
// # Wire format
//
// Every message is a WebSocket text message holding one JSON object whose
// "type" says what it is. A peer sends two types, which the hub relays
// unchanged to the other peer of the room:
//
//	{"type":"description","description":{"type":"offer","sdp":"v=0..."}}
//	{"type":"candidate","candidate":{"candidate":"candidate:...","sdpMid":"0","sdpMLineIndex":0,"usernameFragment":"..."}}
//
// The description is an rtc.SessionDescription (type "offer", "answer" or
// "pranswer"), the candidate an rtc.ICECandidateInit, as the browser's
// RTCSessionDescriptionInit and RTCIceCandidateInit encode them. The hub
// sends four more:
//
//	{"type":"joined","maxMessageBytes":65536}  the peer is in the room (the first message)
//	{"type":"paired","polite":true}            the other peer is in the room; the role of this one
//	{"type":"left"}                            the other peer left
//	{"type":"error","code":"room-full","error":"room \"demo\" is full"}
//
// An error message is followed by the close of the connection. Its codes
// are CodeRoomFull, CodeInvalidRoom, CodeMessageTooLarge and
// CodeMalformedMessage; the close statuses are 1008 (policy violation) for
// a full room, a missing room or a message that breaks the protocol (an
// unknown type, a missing field), 1007 for text that is not JSON of the
// expected shape, 1003 for a binary message, 1009 for a message larger than
// the hub's limit, and 1001 when the hub shuts down. The peer so closed is
// the only one: the other peer of its room gets "left", and the hub serves
// every other connection as before.
//
// # Errors
//
// Join and Peer.Err report errors that match, with errors.Is, ErrRoomFull,
// ErrInvalidRoom, ErrInvalidURL, ErrMessageTooLarge, ErrPeerLeft,
// ErrHubGone or ErrClosed, or are a *HubError, *ProtocolError or
// *NegotiationError (errors.As). No input makes a method panic.
//
// # WebAssembly
//
// In the browser the client uses the browser's own WebSocket
// (globalThis.WebSocket) through syscall/js, not coder/websocket's wasm
// build: it keeps net/http out of the binary, and it hands Go every message
// received before the close, then the close with its status and reason, so
// the errors are the same as natively. A browser may close a WebSocket only
// with status 1000 or 3000-4999: the client always leaves with 1000 and says
// why in the reason.
package signaling
