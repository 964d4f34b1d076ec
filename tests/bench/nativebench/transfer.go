//go:build !js

package nativebench

import (
	"context"
	"fmt"
	"slices"
	"time"
)

// timing is how long a transfer took: wall time and process CPU time.
type timing struct{ wall, cpu time.Duration }

// timeTransfer opens a fresh channel through im, warms it up with warmup
// bytes of size-byte messages, then times n messages of size bytes from
// the first Send to the receipt of the last.
func timeTransfer(ctx context.Context, im *implementation, size, n, warmup int) (timing, error) {
	rx := newReceiver()
	c, _, err := im.connect(ctx, rx)
	if err != nil {
		return timing{}, err
	}
	defer c.close()
	msg := make([]byte, size)
	for i := range msg {
		msg[i] = byte(i)
	}
	if _, err := transfer(ctx, c, rx, msg, max(warmup/size, 1000)); err != nil {
		return timing{}, fmt.Errorf("warm-up: %w", err)
	}
	cpu0 := processCPU()
	wall, err := transfer(ctx, c, rx, msg, n)
	return timing{wall: wall, cpu: processCPU() - cpu0}, err
}

// transfer sends n copies of msg with bufferedAmount backpressure and
// returns the time until the last has been received.
func transfer(ctx context.Context, c *channelPair, rx *receiver, msg []byte, n int) (time.Duration, error) {
	startMsgs, startBytes := rx.msgs.Load(), rx.bytes.Load()
	rx.target.Store(startMsgs + int64(n))
	start := time.Now()
	for i := range n {
		for c.bufferedAmount() > highWater {
			// A stale signal costs one more look at the amount.
			if _, err := await(ctx, c.low, "bufferedamountlow"); err != nil {
				return 0, err
			}
		}
		if err := c.send(msg); err != nil {
			return 0, fmt.Errorf("send %d: %w", i, err)
		}
	}
	if _, err := await(ctx, rx.done, "the last message"); err != nil {
		return 0, err
	}
	d := time.Since(start)
	if got, want := rx.bytes.Load()-startBytes, int64(n*len(msg)); got != want {
		return 0, fmt.Errorf("received %d bytes, want %d", got, want)
	}
	return d, nil
}

// setupTime connects one fresh pair through im and returns its setup time
// in milliseconds.
func setupTime(ctx context.Context, im *implementation) (float64, error) {
	c, d, err := im.connect(ctx, newReceiver())
	if err != nil {
		return 0, err
	}
	c.close()
	return ms(d), nil
}

// firstFrameTime is im.firstFrame in milliseconds.
func firstFrameTime(ctx context.Context, im *implementation) (float64, error) {
	d, err := im.firstFrame(ctx)
	return ms(d), err
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// medianOfPairs measures n fresh pairs of a and of b, alternating, and
// returns the median of each.
func medianOfPairs(ctx context.Context, n int, a, b *implementation,
	measure func(context.Context, *implementation) (float64, error)) ([]float64, []float64, error) {
	var va, vb []float64
	for range n {
		for _, x := range []struct {
			im *implementation
			v  *[]float64
		}{{a, &va}, {b, &vb}} {
			v, err := measure(ctx, x.im)
			if err != nil {
				return nil, nil, fmt.Errorf("%s: %w", x.im.name, err)
			}
			*x.v = append(*x.v, v)
		}
	}
	return []float64{median(va)}, []float64{median(vb)}, nil
}

func median(v []float64) float64 {
	if len(v) == 0 {
		return 0
	}
	s := append([]float64(nil), v...)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}
