//go:build !js

package rtc

import "github.com/pion/webrtc/v4"

// dcBackend is the native DataChannel: a pion DataChannel.
type dcBackend struct {
	pion *webrtc.DataChannel
}

func (b *dcBackend) label() string              { return b.pion.Label() }
func (b *dcBackend) id() *uint16                { return b.pion.ID() }
func (b *dcBackend) ordered() bool              { return b.pion.Ordered() }
func (b *dcBackend) maxPacketLifeTime() *uint16 { return b.pion.MaxPacketLifeTime() }
func (b *dcBackend) maxRetransmits() *uint16    { return b.pion.MaxRetransmits() }
func (b *dcBackend) protocol() string           { return b.pion.Protocol() }
func (b *dcBackend) negotiated() bool           { return b.pion.Negotiated() }
func (b *dcBackend) bufferedAmount() uint64     { return b.pion.BufferedAmount() }
func (b *dcBackend) setBufferedAmountLowThreshold(th uint64) {
	b.pion.SetBufferedAmountLowThreshold(th)
}

func (b *dcBackend) bufferedAmountLowThreshold() uint64 {
	return b.pion.BufferedAmountLowThreshold()
}

func (b *dcBackend) readyState() DataChannelState {
	return dataChannelStateFromPion(b.pion.ReadyState())
}

func (b *dcBackend) send(data []byte, text bool) error {
	if s := b.readyState(); s != DataChannelStateOpen {
		return newError(ErrInvalidState, "Send", "data channel is %s", s.String())
	}
	var err error
	if text {
		err = b.pion.SendText(string(data))
	} else {
		err = b.pion.Send(data)
	}
	return mapPionError("Send", err)
}

func (b *dcBackend) close() error { return mapPionError("Close", b.pion.Close()) }
func (b *dcBackend) gracefulClose() error {
	return mapPionError("GracefulClose", b.pion.GracefulClose())
}
