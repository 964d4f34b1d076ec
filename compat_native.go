//go:build !js

package rtc

func (b *dcBackend) detachWithDeadline() (DataChannelReadWriteCloserDeadliner, error) {
	rw, err := b.pion.DetachWithDeadline()
	if err != nil {
		return nil, mapPionError("Detach", err)
	}
	return rw, nil
}
