package rtc

import (
	"bytes"
	"runtime"
	"strconv"
	"sync"
)

// eventQueue delivers an object's events in order, one at a time, on a
// goroutine the library owns. The goroutine is started when an event arrives
// and exits when the queue is empty, so an idle or closed object holds no
// goroutine. A handler may block or call any method: the backend that
// produced the event never waits for it (the queue is unbounded).
type eventQueue struct {
	mu      sync.Mutex
	pending []func()
	running bool
	paused  bool // a queue created paused delivers nothing until resume
	closed  bool
	idle    chan struct{} // closed when the running goroutine exits
	goid    uint64        // the delivering goroutine, for wait from a handler
}

// push queues f; it is dropped once the queue is closed.
func (q *eventQueue) push(f func()) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.closed {
		return
	}
	q.pending = append(q.pending, f)
	q.startLocked()
}

// resume starts delivery on a queue created paused.
func (q *eventQueue) resume() {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.paused = false
	q.startLocked()
}

func (q *eventQueue) startLocked() {
	if q.running || q.paused || len(q.pending) == 0 {
		return
	}
	q.running = true
	q.idle = make(chan struct{})
	go q.run(q.idle)
}

func (q *eventQueue) run(idle chan struct{}) {
	defer close(idle)
	q.mu.Lock()
	q.goid = currentGoroutineID()
	for len(q.pending) > 0 && !q.paused {
		f := q.pending[0]
		q.pending[0] = nil
		q.pending = q.pending[1:]
		q.mu.Unlock()
		f()
		q.mu.Lock()
	}
	q.running = false
	q.goid = 0
	q.mu.Unlock()
}

// close drops the events not yet delivered and refuses new ones. A handler
// that is running goes on to its end.
func (q *eventQueue) close() {
	q.mu.Lock()
	q.closed = true
	q.pending = nil
	q.mu.Unlock()
}

// closeAfter queues f as the last event: it runs after everything queued
// before it, and nothing queued later runs.
func (q *eventQueue) closeAfter(f func()) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.closed {
		return
	}
	q.pending = append(q.pending, f)
	q.closed = true
	q.startLocked()
}

// wait blocks until the delivering goroutine has exited. Called from inside
// one of this queue's handlers it returns at once instead of deadlocking.
func (q *eventQueue) wait() {
	q.mu.Lock()
	idle := q.idle
	running := q.running
	self := running && q.goid == currentGoroutineID()
	q.mu.Unlock()
	if running && !self {
		<-idle
	}
}

// currentGoroutineID reads the goroutine's id from its stack header. It is
// used only by wait, to tell a handler calling GracefulClose on its own
// object from any other caller.
func currentGoroutineID() uint64 {
	var buf [64]byte
	b := buf[:runtime.Stack(buf[:], false)]
	b = bytes.TrimPrefix(b, []byte("goroutine "))
	if i := bytes.IndexByte(b, ' '); i > 0 {
		b = b[:i]
	}
	id, _ := strconv.ParseUint(string(b), 10, 64)
	return id
}
