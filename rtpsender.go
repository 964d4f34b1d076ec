package rtc

import (
	"github.com/pion/interceptor"
	"github.com/pion/rtcp"
)

// RTPSender sends one local track on a transceiver.
// https://www.w3.org/TR/webrtc/#rtcrtpsender-interface
type RTPSender struct {
	b  *senderBackend
	pc *PeerConnection
}

// Track is the track being sent, or nil.
// https://www.w3.org/TR/webrtc/#dom-rtcrtpsender-track
func (s *RTPSender) Track() TrackLocal { return s.b.track() }

// ReplaceTrack sends track instead of the current one without
// renegotiation; nil stops sending. The new track must be of the same kind
// (else ErrType).
// https://www.w3.org/TR/webrtc/#dom-rtcrtpsender-replacetrack
func (s *RTPSender) ReplaceTrack(track TrackLocal) error {
	if err := s.pc.checkOpen("ReplaceTrack"); err != nil {
		return err
	}
	return s.b.replaceTrack(track)
}

// GetParameters returns the negotiated codecs, header extensions and
// encodings of the sender.
// https://www.w3.org/TR/webrtc/#dom-rtcrtpsender-getparameters
func (s *RTPSender) GetParameters() RTPSendParameters { return s.b.getParameters() }

// ReadRTCP reads the RTCP packets the remote peer sent about this sender's
// stream (natively; reading them also lets interceptors act on them). In the
// browser it fails with ErrNotSupported.
func (s *RTPSender) ReadRTCP() ([]rtcp.Packet, interceptor.Attributes, error) {
	return s.b.readRTCP()
}
