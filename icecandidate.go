package rtc

import "strings"

// ICECandidate is a local ICE candidate as OnICECandidate reports it.
// https://www.w3.org/TR/webrtc/#rtcicecandidate-interface
type ICECandidate struct {
	Foundation     string           `json:"foundation"`
	Priority       uint32           `json:"priority"`
	Address        string           `json:"address"`
	Protocol       ICEProtocol      `json:"protocol"`
	Port           uint16           `json:"port"`
	Typ            ICECandidateType `json:"type"`
	Component      uint16           `json:"component"`
	RelatedAddress string           `json:"relatedAddress"`
	RelatedPort    uint16           `json:"relatedPort"`
	TCPType        string           `json:"tcpType"`
	SDPMid         string           `json:"sdpMid"`
	SDPMLineIndex  uint16           `json:"sdpMLineIndex"`

	// candidate is the "candidate:..." attribute line as the backend made it.
	candidate        string
	usernameFragment string
}

// ToJSON returns the ICECandidateInit to send to the remote peer, which
// passes it to AddICECandidate. sdpMid, sdpMLineIndex and usernameFragment
// are kept.
// https://www.w3.org/TR/webrtc/#dom-rtcicecandidate-tojson
func (c ICECandidate) ToJSON() ICECandidateInit {
	init := ICECandidateInit{
		Candidate:     c.candidate,
		SDPMid:        &c.SDPMid,
		SDPMLineIndex: &c.SDPMLineIndex,
	}
	if c.usernameFragment != "" {
		ufrag := c.usernameFragment
		init.UsernameFragment = &ufrag
	}
	return init
}

// String returns the candidate attribute without its "candidate:" prefix.
func (c ICECandidate) String() string {
	return strings.TrimPrefix(c.candidate, "candidate:")
}

// ICECandidateInit is what AddICECandidate takes: the candidate line and the
// media section it belongs to. An empty Candidate signals the end of
// candidates. JSON null in sdpMid, sdpMLineIndex or usernameFragment is a nil
// pointer.
// https://www.w3.org/TR/webrtc/#dom-rtcicecandidateinit
type ICECandidateInit struct {
	Candidate        string  `json:"candidate"`
	SDPMid           *string `json:"sdpMid"`
	SDPMLineIndex    *uint16 `json:"sdpMLineIndex"`
	UsernameFragment *string `json:"usernameFragment"`
}

// checkCandidateSection fails with ErrOperation when the candidate names a
// media section that remoteSDP does not have, as the specification asks.
func checkCandidateSection(remoteSDP string, c ICECandidateInit) error {
	if c.Candidate == "" {
		return nil
	}
	var mids []string
	sections := 0
	for _, line := range strings.Split(remoteSDP, "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.HasPrefix(line, "m=") {
			sections++
		} else if mid, ok := strings.CutPrefix(line, "a=mid:"); ok {
			mids = append(mids, mid)
		}
	}
	if c.SDPMid != nil {
		for _, m := range mids {
			if m == *c.SDPMid {
				return nil
			}
		}
		return newError(ErrOperation, "AddICECandidate", "no media section with mid %q", *c.SDPMid)
	}
	if int(*c.SDPMLineIndex) >= sections {
		return newError(ErrOperation, "AddICECandidate", "sdpMLineIndex %d out of range (%d sections)", *c.SDPMLineIndex, sections)
	}
	return nil
}
