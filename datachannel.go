package rtc

import (
	"sync"
)

// DataChannel is a bidirectional channel of messages over the connection's
// SCTP transport. Its events (open, message, bufferedamountlow, error,
// close) are delivered in order on a goroutine of its own; a handler may
// block, which holds back only this channel's later events.
// https://www.w3.org/TR/webrtc/#rtcdatachannel
type DataChannel struct {
	b      *dcBackend
	pc     *PeerConnection
	events eventQueue

	mu         sync.Mutex
	openQueued bool
	openMissed bool // the open event found no handler: OnOpen delivers it
	released   bool

	onOpen              handler0
	onDial              handler0
	onClose             handler0
	onBufferedAmountLow handler0
	onMessage           handler[DataChannelMessage]
	onError             handler[error]
}

// newDataChannel wraps a backend channel; a remote channel's queue starts
// paused until OnDataChannel's handler has run.
func newDataChannel(pc *PeerConnection, remote bool) *DataChannel {
	dc := &DataChannel{pc: pc}
	dc.events.paused = remote
	return dc
}

// Label is the channel's label.
// https://www.w3.org/TR/webrtc/#dom-datachannel-label
func (d *DataChannel) Label() string { return d.b.label() }

// ID is the SCTP stream id, nil until the DTLS role is known for a channel
// created without one.
// https://www.w3.org/TR/webrtc/#dom-datachannel-id
func (d *DataChannel) ID() *uint16 { return d.b.id() }

// Ordered tells whether messages are delivered in order.
// https://www.w3.org/TR/webrtc/#dom-datachannel-ordered
func (d *DataChannel) Ordered() bool { return d.b.ordered() }

// MaxPacketLifeTime is the time in milliseconds a message may be
// retransmitted for, or nil.
// https://www.w3.org/TR/webrtc/#dom-datachannel-maxpacketlifetime
func (d *DataChannel) MaxPacketLifeTime() *uint16 { return d.b.maxPacketLifeTime() }

// MaxRetransmits is the number of retransmissions of a message, or nil.
// https://www.w3.org/TR/webrtc/#dom-datachannel-maxretransmits
func (d *DataChannel) MaxRetransmits() *uint16 { return d.b.maxRetransmits() }

// Protocol is the subprotocol name given at creation.
// https://www.w3.org/TR/webrtc/#dom-datachannel-protocol
func (d *DataChannel) Protocol() string { return d.b.protocol() }

// Negotiated tells whether the channel was negotiated by the application
// (both sides created it with the same ID) rather than in-band.
// https://www.w3.org/TR/webrtc/#dom-datachannel-negotiated
func (d *DataChannel) Negotiated() bool { return d.b.negotiated() }

// ReadyState is the channel's state: connecting, open, closing or closed.
// https://www.w3.org/TR/webrtc/#dom-datachannel-readystate
func (d *DataChannel) ReadyState() DataChannelState { return d.b.readyState() }

// BufferedAmount is the number of bytes queued by Send and not yet handed to
// the network. Use it with SetBufferedAmountLowThreshold and
// OnBufferedAmountLow to apply backpressure.
// https://www.w3.org/TR/webrtc/#dom-datachannel-bufferedamount
func (d *DataChannel) BufferedAmount() uint64 { return d.b.bufferedAmount() }

// BufferedAmountLowThreshold is the threshold below which
// OnBufferedAmountLow fires.
// https://www.w3.org/TR/webrtc/#dom-datachannel-bufferedamountlowthreshold
func (d *DataChannel) BufferedAmountLowThreshold() uint64 { return d.b.bufferedAmountLowThreshold() }

// SetBufferedAmountLowThreshold sets the threshold below which
// OnBufferedAmountLow fires.
func (d *DataChannel) SetBufferedAmountLowThreshold(th uint64) { d.b.setBufferedAmountLowThreshold(th) }

// OnBufferedAmountLow sets the handler called when BufferedAmount falls to
// or below the threshold.
// https://www.w3.org/TR/webrtc/#dom-rtcdatachannel-onbufferedamountlow
func (d *DataChannel) OnBufferedAmountLow(f func()) { d.onBufferedAmountLow.set0(f) }

// OnOpen sets the handler called when the channel opens. It fires before
// the first message. A channel created on a connected PeerConnection may
// open before CreateDataChannel's caller sets the handler: if the open event
// found no handler, the first handler set afterwards is called for it.
// https://www.w3.org/TR/webrtc/#dom-rtcdatachannel-onopen
func (d *DataChannel) OnOpen(f func()) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.onOpen.set0(f)
	if f != nil && d.openMissed {
		d.openMissed = false
		d.events.push(d.deliverOpen)
	}
}

// OnClose sets the handler called once the channel has closed, by either
// side. It is the channel's last event; handlers are released after it.
// PeerConnection.Close does not fire it.
// https://www.w3.org/TR/webrtc/#dom-rtcdatachannel-onclose
func (d *DataChannel) OnClose(f func()) { d.onClose.set0(f) }

// OnError sets the handler called when the channel fails.
// https://www.w3.org/TR/webrtc/#dom-rtcdatachannel-onerror
func (d *DataChannel) OnError(f func(err error)) { d.onError.set(f) }

// OnMessage sets the handler called with each message, in arrival order.
// msg.Data belongs to the handler.
// https://www.w3.org/TR/webrtc/#dom-rtcdatachannel-onmessage
func (d *DataChannel) OnMessage(f func(msg DataChannelMessage)) { d.onMessage.set(f) }

// Send sends a binary message. It fails with ErrInvalidState unless the
// channel is open, and with ErrType for a message larger than the remote
// peer accepts.
// https://www.w3.org/TR/webrtc/#dom-datachannel-send
func (d *DataChannel) Send(data []byte) error { return d.b.send(data, false) }

// SendText sends a text message.
// https://www.w3.org/TR/webrtc/#dom-datachannel-send
func (d *DataChannel) SendText(s string) error { return d.b.send([]byte(s), true) }

// Close closes the channel; OnClose fires once both sides have closed it.
// https://www.w3.org/TR/webrtc/#dom-datachannel-close
func (d *DataChannel) Close() error { return d.b.close() }

// GracefulClose is Close that also waits until the channel's events have
// been delivered and its goroutines have ended. Called from one of the
// channel's own handlers it does not wait for that handler.
func (d *DataChannel) GracefulClose() error {
	err := d.b.gracefulClose()
	// A backend may report the close after it returns (pion does, from a
	// goroutine): queue it now so it is delivered before GracefulClose
	// returns. emitClose is idempotent.
	if d.b.readyState() == DataChannelStateClosed {
		d.emitClose()
	}
	d.events.wait()
	return err
}

// The emit methods are how a backend reports the channel's events.

// emitOpen queues the open event once, even when the backend reports it
// after the first message.
func (d *DataChannel) emitOpen() {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.openQueued || d.released {
		return
	}
	d.openQueued = true
	d.events.push(d.deliverOpen)
}

// deliverOpen calls the open handler, or leaves the event to OnOpen when
// none is set yet (decided under d.mu, so exactly one of them calls it).
func (d *DataChannel) deliverOpen() {
	d.mu.Lock()
	if d.onOpen.f.Load() == nil {
		d.openMissed = true
		d.mu.Unlock()
		return
	}
	d.mu.Unlock()
	d.onOpen.call(struct{}{})
}

func (d *DataChannel) emitMessage(msg DataChannelMessage) {
	d.emitOpen()
	d.events.push(func() { d.onMessage.call(msg) })
}

// emitBufferedAmountLow drops the event before open: nothing the
// application sent can have drained then (pion counts the channel-open
// handshake in bufferedAmount and reports it draining).
func (d *DataChannel) emitBufferedAmountLow() {
	d.mu.Lock()
	defer d.mu.Unlock()
	if !d.openQueued {
		return
	}
	d.events.push(func() { d.onBufferedAmountLow.call(struct{}{}) })
}

func (d *DataChannel) emitError(err error) {
	d.events.push(func() { d.onError.call(err) })
}

// emitClose queues the close event as the channel's last and releases the
// handlers after it.
func (d *DataChannel) emitClose() {
	d.events.closeAfter(func() {
		d.onClose.call(struct{}{})
		d.clearHandlers()
	})
	if d.pc != nil {
		d.pc.untrackChannel(d)
	}
}

// release drops undelivered events and the handlers, for PeerConnection.Close.
func (d *DataChannel) release() {
	d.mu.Lock()
	d.released = true
	d.mu.Unlock()
	d.events.close()
	d.clearHandlers()
}

func (d *DataChannel) clearHandlers() {
	d.onOpen.set(nil)
	d.onDial.set(nil)
	d.onClose.set(nil)
	d.onBufferedAmountLow.set(nil)
	d.onMessage.set(nil)
	d.onError.set(nil)
}

// validateDataChannelInit checks what the specification checks before any
// backend sees the options.
func validateDataChannelInit(label string, o *DataChannelInit) error {
	const op = "CreateDataChannel"
	if len(label) > 65535 {
		return newError(ErrType, op, "label longer than 65535 bytes")
	}
	if o == nil {
		return nil
	}
	if o.Protocol != nil && len(*o.Protocol) > 65535 {
		return newError(ErrType, op, "protocol longer than 65535 bytes")
	}
	if o.MaxPacketLifeTime != nil && o.MaxRetransmits != nil {
		return newError(ErrType, op, "both MaxPacketLifeTime and MaxRetransmits are set")
	}
	negotiated := o.Negotiated != nil && *o.Negotiated
	if negotiated && o.ID == nil {
		return newError(ErrType, op, "Negotiated is set without an ID")
	}
	if o.ID != nil && *o.ID == 65535 {
		return newError(ErrType, op, "ID 65535 is reserved")
	}
	return nil
}
