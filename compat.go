package rtc

import (
	"io"
	"time"
)

// The methods in this file exist so that code written against pion's
// PeerConnection and DataChannel compiles with only its import changed.

// SetIdentityProvider is not implemented by either backend (nor by pion);
// it fails with ErrNotSupported.
func (pc *PeerConnection) SetIdentityProvider(string) error {
	return newError(ErrNotSupported, "SetIdentityProvider", "identity providers are not implemented")
}

// Transport is the SCTP transport the channel runs on, nil before one is
// negotiated.
// https://www.w3.org/TR/webrtc/#dom-rtcdatachannel-transport (as in pion)
func (d *DataChannel) Transport() *SCTPTransport {
	if d.pc == nil {
		return nil
	}
	return d.pc.SCTP()
}

// OnDial sets the handler called when a locally created channel has asked
// the remote peer to open it, before the peer answers (native; in the
// browser, which has no such event, it fires just before OnOpen).
func (d *DataChannel) OnDial(f func()) { d.onDial.set0(f) }

func (d *DataChannel) emitDial() {
	d.events.push(func() { d.onDial.call(struct{}{}) })
}

// DataChannelReadWriteCloser is a detached channel read and written
// directly, as pion's datachannel.ReadWriteCloser (which it matches).
type DataChannelReadWriteCloser interface {
	io.ReadWriteCloser
	ReadDataChannel([]byte) (n int, isString bool, err error)
	WriteDataChannel(p []byte, isString bool) (int, error)
}

// DataChannelReadWriteCloserDeadliner is a DataChannelReadWriteCloser with
// deadlines, as pion's datachannel.ReadWriteCloserDeadliner.
type DataChannelReadWriteCloserDeadliner interface {
	DataChannelReadWriteCloser
	SetReadDeadline(time.Time) error
	SetWriteDeadline(time.Time) error
}

// Detach returns the open channel as a stream to read and write directly,
// without OnMessage. Natively it needs an API made with a SettingEngine on
// which DetachDataChannels was called; in the browser it fails with
// ErrNotSupported.
func (d *DataChannel) Detach() (DataChannelReadWriteCloser, error) {
	rw, err := d.b.detachWithDeadline()
	if err != nil { // not a typed nil in the interface
		return nil, err
	}
	return rw, nil
}

// DetachWithDeadline is Detach with read and write deadlines.
func (d *DataChannel) DetachWithDeadline() (DataChannelReadWriteCloserDeadliner, error) {
	return d.b.detachWithDeadline()
}
