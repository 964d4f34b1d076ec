//go:build !js

package rtc

import "github.com/pion/webrtc/v4"

type sctpBackend struct {
	pion *webrtc.SCTPTransport
}

func (b *sctpBackend) state() SCTPTransportState { return sctpTransportStateFromPion(b.pion.State()) }
func (b *sctpBackend) maxChannels() uint16       { return b.pion.MaxChannels() }
func (b *sctpBackend) maxMessageSize() uint32    { return b.pion.GetCapabilities().MaxMessageSize }
