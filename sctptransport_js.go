//go:build js && wasm

package rtc

import "syscall/js"

// sctpBackend is the browser's RTCSctpTransport.
type sctpBackend struct{ js js.Value }

func (b *sctpBackend) state() SCTPTransportState {
	return enumProp[SCTPTransportState](b.js, "state", sctpTransportStateNames)
}

func (b *sctpBackend) maxChannels() uint16 {
	if v := b.js.Get("maxChannels"); v.Type() == js.TypeNumber {
		return uint16(v.Int())
	}
	return 0
}

func (b *sctpBackend) maxMessageSize() uint32 {
	v := b.js.Get("maxMessageSize").Float()
	if v > 1<<32-1 { // Infinity: no limit
		return 1<<32 - 1
	}
	return uint32(v)
}
