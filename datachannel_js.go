//go:build js && wasm

package rtc

import (
	"encoding/binary"
	"strings"
	"sync"
	"syscall/js"
	"time"

	"github.com/everyrtc/rtc/jsbridge"
	"github.com/everyrtc/rtc/shim"
)

// dcBackend is the browser DataChannel: the page's RTCDataChannel, whose
// events the shim delivers in batches to one callback.
type dcBackend struct {
	js     js.Value
	dc     *DataChannel
	pcb    *pcBackend
	notify js.Func

	mu       sync.Mutex
	detached bool
	closed   chan struct{}    // closed by detach: the close event or the connection's Close
	scratch  jsbridge.Scratch // guarded by mu
}

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
	shim.Get().Call("attachChannel", v, db.notify)
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

// onBatch decodes a batch of the channel's events: records of a kind byte,
// a little-endian uint32 length and the payload. It runs on the JS event
// loop and only queues events.
func (b *dcBackend) onBatch(_ js.Value, args []js.Value) any {
	buf := make([]byte, args[0].Length())
	js.CopyBytesToGo(buf, args[0])
	for len(buf) >= 5 {
		kind, n := buf[0], int(binary.LittleEndian.Uint32(buf[1:5]))
		payload := buf[5 : 5+n : 5+n]
		buf = buf[5+n:]
		switch kind {
		case recordOpen:
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
func (b *dcBackend) bufferedAmount() uint64  { return uint64(b.js.Get("bufferedAmount").Int()) }

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

// send hands the bytes to the browser, which copies them at once: binary
// data goes through one reused Uint8Array (one copy, no JS allocation).
func (b *dcBackend) send(data []byte, text bool) error {
	var err error
	if text {
		_, err = jsbridge.Call(b.js, "send", string(data))
	} else {
		b.mu.Lock()
		_, err = jsbridge.Call(shim.Get(), "send", b.js, b.scratch.Load(data), len(data))
		b.mu.Unlock()
	}
	return jsError("Send", err)
}

func (b *dcBackend) close() error {
	_, err := jsbridge.Call(b.js, "close")
	return jsError("Close", err)
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
