//go:build !js

package main

import (
	"context"

	"github.com/everyrtc/rtc"
	"github.com/everyrtc/rtc/examples/internal/serve"
)

// echoPeer is the native side of one page: it sends back every message it
// receives, on the channel it came from, until the connection ends.
func echoPeer(ctx context.Context, url string) error {
	pc, err := rtc.NewPeerConnection(rtc.Configuration{})
	if err != nil {
		return err
	}
	pc.OnDataChannel(func(dc *rtc.DataChannel) {
		dc.OnMessage(func(m rtc.DataChannelMessage) {
			if m.IsString {
				_ = dc.SendText(string(m.Data))
			} else {
				_ = dc.Send(m.Data)
			}
		})
	})
	return serve.Peer(ctx, url, pc)
}
