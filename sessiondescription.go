package rtc

import (
	"github.com/pion/sdp/v3"
)

// SessionDescription is an offer, answer, pranswer or rollback with its SDP.
// It marshals to the JSON the browser's RTCSessionDescriptionInit uses.
// https://www.w3.org/TR/webrtc/#dom-rtcsessiondescription
type SessionDescription struct {
	Type SDPType `json:"type"`
	SDP  string  `json:"sdp"`
}

// Unmarshal parses the SDP. A text that does not parse gives an error
// matching ErrSyntax.
func (sd *SessionDescription) Unmarshal() (*sdp.SessionDescription, error) {
	parsed := &sdp.SessionDescription{}
	if err := parsed.UnmarshalString(sd.SDP); err != nil {
		return nil, wrapError(ErrSyntax, "SessionDescription.Unmarshal", err)
	}
	return parsed, nil
}

// copyDescription returns a pointer to a copy of d, so callers cannot change
// the PeerConnection's own value.
func copyDescription(d *SessionDescription) *SessionDescription {
	if d == nil {
		return nil
	}
	c := *d
	return &c
}
