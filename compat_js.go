//go:build js && wasm

package rtc

func (b *dcBackend) detachWithDeadline() (DataChannelReadWriteCloserDeadliner, error) {
	return nil, notSupported("Detach", "the browser delivers data channel messages only as events")
}
