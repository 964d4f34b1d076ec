// Package flow is the data-channel protocol both peers of crossbench speak,
// written once against the rtc API so that the native peer and the wasm
// peer in Chromium run the same sending and receiving code.
//
// The native peer drives: it sends a text command, "send N C" (the browser
// sends N bytes as C-byte binary messages) or "recv N" (the native peer
// sends N bytes and the browser answers "got N" once it has them all), or
// "exit". Anything that goes wrong in the browser comes back as "error
// TEXT".
package flow

import (
	"context"
	"fmt"

	"github.com/everyrtc/rtc"
	"github.com/everyrtc/rtc/tests/internal/e2e"
)

// Label is the benchmark's data channel, which the native peer creates.
const Label = "bench"

// Backpressure, the same on both peers: a sender stops while
// bufferedAmount is above HighWater and resumes on bufferedamountlow, at
// LowWater.
const (
	LowWater  = 1 << 20
	HighWater = 4 << 20
)

// Send sends total bytes on dc as chunk-byte binary messages (the last may
// be shorter), waiting for bufferedamountlow whenever bufferedAmount is
// above HighWater.
func Send(ctx context.Context, dc *rtc.DataChannel, total, chunk int) error {
	low := make(chan struct{}, 1)
	dc.SetBufferedAmountLowThreshold(LowWater)
	dc.OnBufferedAmountLow(func() {
		select {
		case low <- struct{}{}:
		default:
		}
	})
	defer dc.OnBufferedAmountLow(nil)
	msg := payload(chunk)
	for sent := 0; sent < total; {
		for dc.BufferedAmount() > HighWater {
			select {
			case <-low:
			case <-ctx.Done():
				return fmt.Errorf("waiting for bufferedamountlow after %d of %d bytes: %w", sent, total, context.Cause(ctx))
			}
		}
		n := min(chunk, total-sent)
		if err := dc.Send(msg[:n]); err != nil {
			return fmt.Errorf("Send after %d of %d bytes: %w", sent, total, err)
		}
		sent += n
	}
	return nil
}

// Receive reads binary messages from in until total bytes have come. A
// text message in between is an error: the peer's "error ..." or a
// protocol slip.
func Receive(ctx context.Context, in *e2e.Inbox, total int) error {
	for got := 0; got < total; {
		m, err := in.Next(ctx, fmt.Sprintf("data after %d of %d bytes", got, total))
		if err != nil {
			return err
		}
		if m.IsString {
			return fmt.Errorf("after %d of %d bytes the peer sent %s", got, total, e2e.Describe(m))
		}
		got += len(m.Data)
	}
	return nil
}

// payload is a chunk of bytes that are not all zero (DTLS encrypts them
// anyway; this only keeps a compressing layer from flattering a result).
func payload(n int) []byte {
	b := make([]byte, n)
	x := uint32(2463534242)
	for i := range b {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		b[i] = byte(x)
	}
	return b
}
