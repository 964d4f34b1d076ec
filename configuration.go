package rtc

// Configuration configures a PeerConnection. The zero value is valid: no ICE
// servers, all candidates, balanced bundling, fresh certificates.
// https://www.w3.org/TR/webrtc/#rtcconfiguration-dictionary
type Configuration struct {
	ICEServers           []ICEServer        `json:"iceServers,omitempty"`
	ICETransportPolicy   ICETransportPolicy `json:"iceTransportPolicy,omitempty"`
	BundlePolicy         BundlePolicy       `json:"bundlePolicy,omitempty"`
	RTCPMuxPolicy        RTCPMuxPolicy      `json:"rtcpMuxPolicy,omitempty"`
	PeerIdentity         string             `json:"peerIdentity,omitempty"`
	Certificates         []Certificate      `json:"-"`
	ICECandidatePoolSize uint8              `json:"iceCandidatePoolSize,omitempty"`
	// SDPSemantics is kept for pion compatibility; both backends speak
	// Unified Plan.
	SDPSemantics SDPSemantics `json:"sdpSemantics,omitempty"`
}

// copy returns a deep copy, so GetConfiguration's result can be changed
// without touching the PeerConnection.
func (c Configuration) copy() Configuration {
	out := c
	out.ICEServers = make([]ICEServer, len(c.ICEServers))
	for i, s := range c.ICEServers {
		s.URLs = append([]string(nil), s.URLs...)
		out.ICEServers[i] = s
	}
	out.Certificates = append([]Certificate(nil), c.Certificates...)
	if c.ICEServers == nil {
		out.ICEServers = nil
	}
	return out
}

// ICEServer is a STUN or TURN server. TURN servers need Username and
// Credential (a string for password credentials).
// https://www.w3.org/TR/webrtc/#rtciceserver-dictionary
type ICEServer struct {
	URLs           []string          `json:"urls"`
	Username       string            `json:"username,omitempty"`
	Credential     any               `json:"credential,omitempty"`
	CredentialType ICECredentialType `json:"credentialType,omitempty"`
}

// OAuthCredential is an ICEServer credential of ICECredentialTypeOauth
// (native only; browsers dropped it).
type OAuthCredential struct {
	MACKey      string
	AccessToken string
}
