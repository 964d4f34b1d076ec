package rtc

import (
	"sync/atomic"
	"testing"
	"time"
)

func TestEventQueueDeliversInOrderOneAtATime(t *testing.T) {
	var q eventQueue
	var running, overlaps atomic.Int32
	var got []int
	for i := range 1000 {
		q.push(func() {
			if running.Add(1) > 1 {
				overlaps.Add(1)
			}
			got = append(got, i)
			running.Add(-1)
		})
	}
	q.wait()
	if overlaps.Load() != 0 {
		t.Fatalf("%d handlers overlapped", overlaps.Load())
	}
	for i, v := range got {
		if v != i {
			t.Fatalf("event %d delivered as %d", i, v)
		}
	}
	if len(got) != 1000 {
		t.Fatalf("delivered %d events, want 1000", len(got))
	}
	q.close()
	q.wait()
	if q.running {
		t.Fatal("goroutine still running after close and wait")
	}
}

func TestEventQueuePausedUntilResume(t *testing.T) {
	q := eventQueue{paused: true}
	var n atomic.Int32
	q.push(func() { n.Add(1) })
	q.wait() // a paused queue has nothing to wait for
	if n.Load() != 0 {
		t.Fatal("paused queue delivered an event")
	}
	q.resume()
	q.wait()
	if n.Load() != 1 {
		t.Fatalf("delivered %d events after resume, want 1", n.Load())
	}
	q.close()
	q.wait()
}

func TestEventQueueCloseAfterIsLast(t *testing.T) {
	var q eventQueue
	var order []string
	q.push(func() { order = append(order, "a") })
	q.closeAfter(func() { order = append(order, "last") })
	q.push(func() { order = append(order, "dropped") })
	q.closeAfter(func() { order = append(order, "dropped too") })
	q.wait()
	if len(order) != 2 || order[0] != "a" || order[1] != "last" {
		t.Fatalf("delivered %v, want [a last]", order)
	}
}

func TestEventQueueWaitFromOwnHandlerReturns(t *testing.T) {
	var q eventQueue
	done := make(chan struct{})
	q.push(func() {
		q.close()
		q.wait() // would deadlock if it waited for this handler
		close(done)
	})
	recv(t, done, "handler calling wait to return")
	q.wait()
}

// TestEventQueueGoroutineEndsWhenIdle checks that an idle queue keeps no
// goroutine and that the next event starts one, delivered in order.
func TestEventQueueGoroutineEndsWhenIdle(t *testing.T) {
	if queueLinger == 0 {
		t.Skip("event goroutines end only on close in this build")
	}
	var q eventQueue
	got := make(chan int, 2)
	q.push(func() { got <- 1 })
	recv(t, got, "the first event")
	for i := 0; ; i++ {
		q.mu.Lock()
		running := q.running
		q.mu.Unlock()
		if !running {
			break
		}
		if i == 100 { // 10 s: far beyond queueLinger
			t.Fatal("the goroutine of an idle queue did not end")
		}
		time.Sleep(100 * time.Millisecond)
	}
	q.push(func() { got <- 2 })
	if v := recv(t, got, "the event after the idle end"); v != 2 {
		t.Fatalf("delivered %d, want 2", v)
	}
	q.close()
	q.wait()
}
