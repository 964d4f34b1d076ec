//go:build !js

package nativebench

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"time"
)

// held is the cost of one connected pair while many are held.
type held struct {
	heapKiB    float64 // HeapInuse per pair
	liveKiB    float64 // HeapAlloc (live objects after a collection) per pair
	goroutines float64 // goroutines per pair
}

// connectParallel is how many pairs are connected at once: enough to fill
// the pool in seconds, few enough not to time out ICE on two cores.
const connectParallel = 4

// measureHeld connects n pairs through im, each with an open channel that
// has carried one message, and reports the heap and goroutines they add
// to a collected process; it closes them and waits for their goroutines
// before returning, so the next measurement starts clean. hook, if not
// nil, is called while the pairs are held.
func measureHeld(ctx context.Context, im *implementation, n int, hook func(string)) (held, error) {
	g0 := settledGoroutines(ctx, -1)
	heap0, live0 := heapInuse()

	pairs := make([]*channelPair, n)
	var wg sync.WaitGroup
	errs := make([]error, connectParallel)
	for w := range connectParallel {
		wg.Go(func() {
			for i := w; i < n; i += connectParallel {
				rx := newReceiver()
				c, _, err := im.connect(ctx, rx)
				if err != nil {
					errs[w] = fmt.Errorf("pair %d: %w", i, err)
					return
				}
				pairs[i] = c
				// One message: every event path has run once.
				if _, err := transfer(ctx, c, rx, []byte("warm"), 1); err != nil {
					errs[w] = fmt.Errorf("pair %d: %w", i, err)
					return
				}
			}
		})
	}
	wg.Wait()
	err := errors.Join(errs...)
	var m held
	if err == nil {
		// Let the goroutines of the handshakes end before counting.
		time.Sleep(time.Second)
		g1 := settledGoroutines(ctx, -1)
		heap1, live1 := heapInuse()
		m = held{
			heapKiB:    float64(int64(heap1)-int64(heap0)) / 1024 / float64(n),
			liveKiB:    float64(int64(live1)-int64(live0)) / 1024 / float64(n),
			goroutines: float64(g1-g0) / float64(n),
		}
		if hook != nil {
			hook(im.name)
		}
	}
	for _, c := range pairs {
		if c != nil {
			c.close()
		}
	}
	settledGoroutines(ctx, g0)
	return m, err
}

// heapInuse is HeapInuse and HeapAlloc after two collections (the second
// frees what the first's finalizers released). runtime.GC sweeps before
// it returns, so HeapAlloc is then the live heap; HeapInuse counts whole
// spans, free slots included.
func heapInuse() (inuse, live uint64) {
	runtime.GC()
	runtime.GC()
	var s runtime.MemStats
	runtime.ReadMemStats(&s)
	return s.HeapInuse, s.HeapAlloc
}

// settledGoroutines waits until the goroutine count is at most want (any
// count for want < 0) and has not changed for 200 ms, for up to 20 s, and
// returns it.
func settledGoroutines(ctx context.Context, want int) int {
	deadline := time.Now().Add(20 * time.Second)
	last, since := runtime.NumGoroutine(), time.Now()
	for time.Now().Before(deadline) && ctx.Err() == nil {
		time.Sleep(50 * time.Millisecond)
		g := runtime.NumGoroutine()
		if g != last {
			last, since = g, time.Now()
			continue
		}
		if (want < 0 || g <= want) && time.Since(since) >= 200*time.Millisecond {
			break
		}
	}
	return last
}
