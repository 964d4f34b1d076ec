package e2e

import (
	"context"

	"github.com/everyrtc/rtc"
	"github.com/everyrtc/rtc/signaling"
)

// Peer is a PeerConnection's signaling session.
type Peer = signaling.Peer

// Join joins pc to the signaling room of url.
func Join(ctx context.Context, url string, pc *rtc.PeerConnection) (*Peer, error) {
	return signaling.Join(ctx, url, pc)
}
