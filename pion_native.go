//go:build !js

package rtc

import "github.com/pion/webrtc/v4"

// The native-only ways to reach pion. Code that uses them builds only
// without GOOS=js; everything else in the package builds on both targets.

// Pion returns the pion PeerConnection behind pc. Native only. Handlers set
// on it directly replace the ones this package relies on: set handlers on
// pc instead.
func (pc *PeerConnection) Pion() *webrtc.PeerConnection { return pc.b.pion }

// Pion returns the pion DataChannel behind d. Native only.
func (d *DataChannel) Pion() *webrtc.DataChannel { return d.b.pion }

// Pion returns the pion TrackRemote behind t. Native only.
func (t *TrackRemote) Pion() *webrtc.TrackRemote { return t.b.pion }

// Pion returns the pion RTPSender behind s, nil while pion has none for the
// transceiver (recvonly, after RemoveTrack). Native only.
func (s *RTPSender) Pion() *webrtc.RTPSender { return s.b.pion() }

// Pion returns the pion RTPReceiver behind r, nil while pion has none for
// the transceiver (sendonly). Native only.
func (r *RTPReceiver) Pion() *webrtc.RTPReceiver { return r.b.pion() }

// Pion returns the pion RTPTransceiver behind t. Native only.
func (t *RTPTransceiver) Pion() *webrtc.RTPTransceiver { return t.b.pion }

// WrapTrackLocal makes any pion TrackLocal (a webrtc.TrackLocalStaticSample
// or TrackLocalStaticRTP, or a custom implementation) usable with AddTrack,
// AddTransceiverFromTrack and ReplaceTrack. Native only.
func WrapTrackLocal(t webrtc.TrackLocal) TrackLocal {
	if t == nil {
		return nil
	}
	return &pionTrack{t}
}

type pionTrack struct{ webrtc.TrackLocal }

func (t *pionTrack) Kind() RTPCodecType { return rtpCodecTypeFromPion(t.TrackLocal.Kind()) }
