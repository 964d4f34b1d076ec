//go:build !js

package serve

import (
	"context"
	"sync"

	"github.com/everyrtc/rtc"
	"github.com/everyrtc/rtc/signaling"
)

// Peer joins pc to the signaling room at url and returns when the
// connection has failed or closed, the signaling session ended or ctx is
// done; it closes pc. Set pc's handlers before; Peer sets
// OnConnectionStateChange.
func Peer(ctx context.Context, url string, pc *rtc.PeerConnection) error {
	defer pc.Close()
	ended := make(chan struct{})
	var once sync.Once
	pc.OnConnectionStateChange(func(s rtc.PeerConnectionState) {
		if s == rtc.PeerConnectionStateFailed || s == rtc.PeerConnectionStateClosed {
			once.Do(func() { close(ended) })
		}
	})
	peer, err := signaling.Join(ctx, url, pc)
	if err != nil {
		return err
	}
	defer peer.Close()
	select {
	case <-ended:
	case <-peer.Done():
	case <-ctx.Done():
	}
	return nil
}
