package rtc

// SCTPTransport carries the data channels of a PeerConnection.
// https://www.w3.org/TR/webrtc/#rtcsctptransport-interface
type SCTPTransport struct {
	b *sctpBackend
}

// State is the transport's state.
// https://www.w3.org/TR/webrtc/#dom-rtcsctptransport-state
func (t *SCTPTransport) State() SCTPTransportState { return t.b.state() }

// MaxChannels is the number of data channels that can be open at once, 0
// until the transport is connected.
// https://www.w3.org/TR/webrtc/#dom-rtcsctptransport-maxchannels
func (t *SCTPTransport) MaxChannels() uint16 { return t.b.maxChannels() }

// MaxMessageSize is the largest message Send accepts.
// https://www.w3.org/TR/webrtc/#dom-rtcsctptransport-maxmessagesize
func (t *SCTPTransport) MaxMessageSize() uint32 { return t.b.maxMessageSize() }
