package rtc

// RTPReceiver receives one remote track on a transceiver.
// https://www.w3.org/TR/webrtc/#rtcrtpreceiver-interface
type RTPReceiver struct {
	b  *receiverBackend
	pc *PeerConnection
}

// Track is the remote track, or nil before any was negotiated.
// https://www.w3.org/TR/webrtc/#dom-rtcrtpreceiver-track
func (r *RTPReceiver) Track() *TrackRemote { return r.b.track() }

// GetParameters returns the negotiated codecs and header extensions.
// https://www.w3.org/TR/webrtc/#dom-rtcrtpreceiver-getparameters
func (r *RTPReceiver) GetParameters() RTPParameters { return r.b.getParameters() }
