package signaling

import (
	"encoding/json"
	"errors"
	"fmt"
	"unicode/utf8"

	"github.com/everyrtc/rtc"
)

// The types of the wire messages (see the package documentation).
const (
	typeDescription = "description" // peer -> hub -> peer
	typeCandidate   = "candidate"   // peer -> hub -> peer
	typeJoined      = "joined"      // hub -> peer
	typePaired      = "paired"      // hub -> peer
	typeLeft        = "left"        // hub -> peer
	typeError       = "error"       // hub -> peer
)

// The codes of the hub's "error" messages (HubError.Code).
const (
	// CodeRoomFull: the room already holds two peers; the hub closes the
	// connection (status 1008).
	CodeRoomFull = "room-full"
	// CodeInvalidRoom: the room query parameter is missing, empty or longer
	// than 256 bytes; the hub closes the connection (status 1008).
	CodeInvalidRoom = "invalid-room"
	// CodeMessageTooLarge: the peer sent a message larger than the hub's
	// MaxMessageBytes; the hub closes the connection (status 1009).
	CodeMessageTooLarge = "message-too-large"
	// CodeMalformedMessage: the peer sent a message that breaks the protocol;
	// the hub closes the connection (status 1007, 1008 or 1003).
	CodeMalformedMessage = "malformed-message"
)

// maxRoomBytes is the longest room name a hub accepts.
const maxRoomBytes = 256

// message is every wire message: Type says which of the other fields it uses.
type message struct {
	Type        string                  `json:"type"`
	Description *rtc.SessionDescription `json:"description,omitempty"` // description
	Candidate   *rtc.ICECandidateInit   `json:"candidate,omitempty"`   // candidate
	Polite      *bool                   `json:"polite,omitempty"`      // paired
	// MaxMessageBytes (joined) is the hub's limit on a message a peer sends.
	MaxMessageBytes int    `json:"maxMessageBytes,omitempty"`
	Code            string `json:"code,omitempty"`  // error
	Error           string `json:"error,omitempty"` // error
}

// decodeMessage parses and checks one wire message. It fails with a
// *ProtocolError.
func decodeMessage(data []byte) (*message, error) {
	var m message
	if err := json.Unmarshal(data, &m); err != nil {
		reason := "message is not valid JSON"
		var syn *json.SyntaxError
		if !errors.As(err, &syn) {
			reason = "message does not decode"
		}
		return nil, &ProtocolError{Reason: reason, Err: err, undecodable: true}
	}
	bad := func(format string, args ...any) (*message, error) {
		return nil, &ProtocolError{Reason: fmt.Sprintf(format, args...)}
	}
	switch m.Type {
	case typeDescription:
		d := m.Description
		if d == nil {
			return bad("description message without a description")
		}
		if d.Type != rtc.SDPTypeOffer && d.Type != rtc.SDPTypeAnswer && d.Type != rtc.SDPTypePranswer {
			return bad("description of type %q (want offer, answer or pranswer)", d.Type)
		}
		if d.SDP == "" {
			return bad("%s without SDP", d.Type)
		}
	case typeCandidate:
		if m.Candidate == nil {
			return bad("candidate message without a candidate")
		}
	case typePaired:
		if m.Polite == nil {
			return bad("paired message without polite")
		}
	case typeJoined, typeLeft, typeError:
	case "":
		return bad("message without a type")
	default:
		return bad("unknown message type %q", truncate(m.Type, 40))
	}
	return &m, nil
}

// encodeMessage is json.Marshal of m (which the package's types never
// make fail).
func encodeMessage(m *message) ([]byte, error) {
	b, err := json.Marshal(m)
	if err != nil {
		return nil, &ProtocolError{Reason: "message does not encode", Err: err}
	}
	return b, nil
}

// truncate shortens s to at most n bytes without splitting a UTF-8
// character (a close frame's reason is limited to 123 bytes).
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
