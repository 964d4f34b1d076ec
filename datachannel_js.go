//go:build js && wasm

package rtc

import (
	"encoding/binary"
	"strings"
	"sync"
	"sync/atomic"
	"syscall/js"
	"time"

	"github.com/everyrtc/rtc/jsbridge"
	"github.com/everyrtc/rtc/shim"
)

// dcBackend is the browser DataChannel: the page's RTCDataChannel, whose
// events the shim delivers in batches to one callback, and to which
// messages sent while it is open go in batches too.
type dcBackend struct {
	js     js.Value
	bufAmt js.Value // the shim's function returning js.bufferedAmount
	dc     *DataChannel
	pcb    *pcBackend
	notify js.Func
	open   atomic.Bool // between the open event and the close event or Close

	mu       sync.Mutex
	detached bool
	closed   chan struct{}    // closed by detach: the close event or the connection's Close
	scratch  jsbridge.Scratch // guarded by mu
	out      outBatch         // guarded by mu
}

// outBatch holds the messages Send queued and not yet handed to the
// browser, as records of the same format as the shim's incoming batches.
type outBatch struct {
	buf       []byte
	records   int
	payload   uint64 // bytes of messages in buf, for BufferedAmount
	scheduled bool   // a goroutine will flush the batch
	err       error  // a flush's failure, for the next Send
}

// Limits of a batch of sent messages: a larger message is sent at once,
// and a batch this full is flushed by the Send that filled it.
const (
	maxBatchedMessage = 16 << 10
	maxOutBytes       = 256 << 10
	maxOutRecords     = 1024
)

func (b *pcBackend) createDataChannel(label string, o *DataChannelInit) (*DataChannel, error) {
	init := map[string]any{}
	if o != nil {
		if o.Ordered != nil {
			init["ordered"] = *o.Ordered
		}
		if o.MaxPacketLifeTime != nil {
			init["maxPacketLifeTime"] = *o.MaxPacketLifeTime
		}
		if o.MaxRetransmits != nil {
			init["maxRetransmits"] = *o.MaxRetransmits
		}
		if o.Protocol != nil {
			init["protocol"] = *o.Protocol
		}
		if o.Negotiated != nil {
			init["negotiated"] = *o.Negotiated
		}
		if o.ID != nil {
			init["id"] = *o.ID
		}
	}
	v, err := jsbridge.Call(b.js, "createDataChannel", label, init)
	if err != nil {
		return nil, jsError("CreateDataChannel", err)
	}
	dc := b.wrapDataChannel(v, false)
	if dc == nil {
		v.Call("close")
		return nil, newError(ErrClosed, "CreateDataChannel", "PeerConnection is closed")
	}
	return dc, nil
}

// wrapDataChannel wraps v and routes its events into the channel's queue;
// it returns nil when the connection is already closed.
func (b *pcBackend) wrapDataChannel(v js.Value, remote bool) *DataChannel {
	dc := newDataChannel(b.pc, remote)
	db := &dcBackend{js: v, dc: dc, pcb: b, closed: make(chan struct{})}
	dc.b = db
	b.mu.Lock()
	if b.released || !b.pc.trackChannel(dc) {
		b.mu.Unlock()
		return nil
	}
	b.channels[db] = struct{}{}
	b.mu.Unlock()
	db.notify = jsbridge.FuncOf(db.onBatch)
	db.bufAmt = shim.Get().Call("attachChannel", v, db.notify)
	return dc
}

// detach stops the channel's events and releases its callback, once.
func (b *dcBackend) detach() {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.detached {
		return
	}
	b.detached = true
	b.open.Store(false)
	b.out = outBatch{}
	close(b.closed)
	shim.Get().Call("detachChannel", b.js)
	jsbridge.Release(b.notify)
}

// The kinds of records in a channel batch (shim.js).
const (
	recordOpen = iota + 1
	recordText
	recordBinary
	recordBufferedAmountLow
	recordError
	recordClose
	recordAnnounce // a remote channel can be announced (shim.js announceWhenReady)
)

// onBatch decodes a batch of the channel's events, (bytes, length):
// records of a kind byte, a little-endian uint32 length and the payload;
// or one large binary message on its own, (bytes, length, recordBinary).
// Either way it copies the bytes once, into memory the messages then own.
// It runs on the JS event loop and only queues events.
func (b *dcBackend) onBatch(_ js.Value, args []js.Value) any {
	buf := make([]byte, args[1].Int())
	js.CopyBytesToGo(buf, args[0])
	if len(args) > 2 {
		b.dc.emitMessage(DataChannelMessage{Data: buf})
		return nil
	}
	for len(buf) >= 5 {
		kind, n := buf[0], int(binary.LittleEndian.Uint32(buf[1:5]))
		payload := buf[5 : 5+n : 5+n]
		buf = buf[5+n:]
		switch kind {
		case recordOpen:
			b.open.Store(true)
			b.dc.emitOpen()
		case recordText, recordBinary:
			b.dc.emitMessage(DataChannelMessage{IsString: kind == recordText, Data: payload})
		case recordBufferedAmountLow:
			b.dc.emitBufferedAmountLow()
		case recordError:
			name, msg, _ := strings.Cut(string(payload), "\n")
			b.dc.emitError(&Error{Op: "DataChannel", Kind: sentinelByName(name), Cause: &jsbridge.Error{Name: name, Message: msg}})
		case recordAnnounce:
			// The browser announces a remote channel already open.
			b.dc.emitOpen()
			b.pcb.pc.emitDataChannel(b.dc)
		case recordClose:
			b.open.Store(false)
			b.dc.emitClose()
			b.pcb.forgetChannel(b)
			b.detach()
		}
	}
	return nil
}

func (b *pcBackend) forgetChannel(db *dcBackend) {
	b.mu.Lock()
	defer b.mu.Unlock()
	delete(b.channels, db)
}

func (b *dcBackend) label() string { return b.js.Get("label").String() }
func (b *dcBackend) id() *uint16   { return jsbridge.Uint16Ptr(b.js.Get("id")) }
func (b *dcBackend) ordered() bool { return b.js.Get("ordered").Bool() }
func (b *dcBackend) maxPacketLifeTime() *uint16 {
	return jsbridge.Uint16Ptr(b.js.Get("maxPacketLifeTime"))
}
func (b *dcBackend) maxRetransmits() *uint16 { return jsbridge.Uint16Ptr(b.js.Get("maxRetransmits")) }
func (b *dcBackend) protocol() string        { return b.js.Get("protocol").String() }
func (b *dcBackend) negotiated() bool        { return b.js.Get("negotiated").Bool() }

// bufferedAmount counts the messages queued in Go as well as the browser's.
func (b *dcBackend) bufferedAmount() uint64 {
	n := uint64(b.bufAmt.Invoke().Int())
	b.mu.Lock()
	defer b.mu.Unlock()
	return n + b.out.payload
}

func (b *dcBackend) bufferedAmountLowThreshold() uint64 {
	return uint64(b.js.Get("bufferedAmountLowThreshold").Int())
}

func (b *dcBackend) setBufferedAmountLowThreshold(th uint64) {
	_ = jsbridge.Set(b.js, "bufferedAmountLowThreshold", th)
}

// readyState is closed once the connection is: the specification closes
// every channel in close(), the browser some time later.
func (b *dcBackend) readyState() DataChannelState {
	if b.pcb.isReleased() {
		return DataChannelStateClosed
	}
	return enumProp[DataChannelState](b.js, "readyState", dataChannelStateNames)
}

// send queues a small message on an open channel: the queue goes to the
// browser in one call (the shim sends each message) when it is full, or
// when the sending goroutine yields (a goroutine started by the first
// message of a batch flushes it). A large message, or one sent before open
// or after close, goes at once so that the browser's error is Send's; it
// flushes the queue first, to keep the order.
func (b *dcBackend) send(data []byte, text bool) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if err := b.out.err; err != nil {
		b.out.err = nil
		return err
	}
	if len(data) > maxBatchedMessage || !b.open.Load() {
		if err := b.flushLocked(); err != nil {
			return err
		}
		return b.sendNowLocked(data, text)
	}
	kind := byte(recordBinary)
	if text {
		kind = recordText
	}
	b.out.buf = append(b.out.buf, kind, 0, 0, 0, 0)
	binary.LittleEndian.PutUint32(b.out.buf[len(b.out.buf)-4:], uint32(len(data)))
	b.out.buf = append(b.out.buf, data...)
	b.out.records++
	b.out.payload += uint64(len(data))
	if len(b.out.buf) >= maxOutBytes || b.out.records >= maxOutRecords {
		return b.flushLocked()
	}
	if !b.out.scheduled {
		b.out.scheduled = true
		go b.flushLater()
	}
	return nil
}

// flushLater flushes the batch once the goroutine that started it yields;
// a failure goes to the next Send.
func (b *dcBackend) flushLater() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.out.scheduled = false
	if err := b.flushLocked(); err != nil {
		b.out.err = err
	}
}

// flushLocked hands the queued messages to the shim, which sends them in
// order and stops at the first the browser refuses.
func (b *dcBackend) flushLocked() error {
	if len(b.out.buf) == 0 {
		return nil
	}
	n := len(b.out.buf)
	a := b.scratch.Load(b.out.buf)
	b.out.buf, b.out.records, b.out.payload = b.out.buf[:0], 0, 0
	if cap(b.out.buf) > 2*maxOutBytes {
		b.out.buf = nil
	}
	_, err := jsbridge.Call(shim.Get(), "sendBatch", b.js, a, n)
	return jsError("Send", err)
}

// sendNowLocked hands one message to the browser, which copies it at once:
// binary data goes through one reused Uint8Array (one copy, no JS
// allocation).
func (b *dcBackend) sendNowLocked(data []byte, text bool) error {
	var err error
	if text {
		_, err = jsbridge.Call(b.js, "send", string(data))
	} else {
		_, err = jsbridge.Call(shim.Get(), "send", b.js, b.scratch.Load(data), len(data))
	}
	return jsError("Send", err)
}

// close sends what is queued, then closes the channel.
func (b *dcBackend) close() error {
	b.mu.Lock()
	b.open.Store(false)
	flushErr := b.flushLocked()
	b.mu.Unlock()
	_, err := jsbridge.Call(b.js, "close")
	if err != nil {
		return jsError("Close", err)
	}
	_ = flushErr // the messages the browser refused are lost, as they would be after close
	return nil
}

// gracefulClose closes the channel and waits (at most
// gracefulCloseTimeout) for its close event, which comes once the remote
// peer has closed its side.
func (b *dcBackend) gracefulClose() error {
	if err := b.close(); err != nil {
		return err
	}
	select {
	case <-b.closed:
	case <-time.After(gracefulCloseTimeout):
	}
	return nil
}

const gracefulCloseTimeout = 5 * time.Second
