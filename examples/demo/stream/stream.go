// Package stream frames the demo's echo traffic so that both peers can check
// it: each message carries its sequence number and a payload derived from
// it, so a lost, reordered or corrupted message is caught on arrival. The
// native server and the browser client both use it.
package stream

import (
	"encoding/binary"
	"fmt"
)

// Frame returns message seq of size bytes (at least 8): the sequence number,
// big-endian, then bytes derived from it.
func Frame(seq uint64, size int) []byte {
	b := make([]byte, max(size, 8))
	binary.BigEndian.PutUint64(b, seq)
	for i := 8; i < len(b); i++ {
		b[i] = byte(seq) + byte(i)
	}
	return b
}

// Check verifies that b is message want, as Frame made it.
func Check(b []byte, want uint64) error {
	if len(b) < 8 {
		return fmt.Errorf("stream: message of %d bytes, want at least 8", len(b))
	}
	if seq := binary.BigEndian.Uint64(b); seq != want {
		return fmt.Errorf("stream: message %d arrived where %d was due", seq, want)
	}
	for i := 8; i < len(b); i++ {
		if b[i] != byte(want)+byte(i) {
			return fmt.Errorf("stream: message %d corrupted at byte %d", want, i)
		}
	}
	return nil
}
