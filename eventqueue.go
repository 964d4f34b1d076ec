package rtc

import (
	"bytes"
	"runtime"
	"sync"
)

// eventQueue delivers an object's events in order, one at a time, on a
// goroutine the library owns. The goroutine starts with the object's first
// event and lives until the queue is closed (the object's Close, or a data
// channel's close event), like the backend's own read loops; an object that
// never has an event never starts one. A handler may block or call any
// method: the backend that produced the event never waits for it (the queue
// is unbounded).
type eventQueue struct {
	mu      sync.Mutex
	cond    sync.Cond // signals new events, resume and close to the goroutine, idleness to wait
	pending []func()
	started bool
	exited  bool
	busy    bool // a handler is running
	paused  bool // a queue created paused delivers nothing until resume
	closed  bool
	goid    uint64 // the delivering goroutine, so wait can tell a handler calling it
}

// push queues f; it is dropped once the queue is closed.
func (q *eventQueue) push(f func()) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.closed {
		return
	}
	q.pending = append(q.pending, f)
	q.wakeLocked()
}

// resume starts delivery on a queue created paused.
func (q *eventQueue) resume() {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.paused = false
	q.wakeLocked()
}

// wakeLocked starts the goroutine on the first event and signals it after.
func (q *eventQueue) wakeLocked() {
	if q.cond.L == nil {
		q.cond.L = &q.mu
	}
	if !q.started && len(q.pending) > 0 {
		q.started = true
		go q.run()
	}
	q.cond.Broadcast()
}

func (q *eventQueue) run() {
	id := currentGoroutineID() // once per object, not per event
	q.mu.Lock()
	defer q.mu.Unlock()
	q.goid = id
	for {
		for !q.closed && (q.paused || len(q.pending) == 0) {
			q.cond.Wait()
		}
		if len(q.pending) == 0 || q.paused {
			q.exited = true
			q.cond.Broadcast()
			return
		}
		f := q.pending[0]
		q.pending[0] = nil
		q.pending = q.pending[1:]
		q.busy = true
		q.mu.Unlock()
		f()
		q.mu.Lock()
		q.busy = false
		if len(q.pending) == 0 {
			q.cond.Broadcast() // for wait
		}
	}
}

// close drops the events not yet delivered and refuses new ones; the
// goroutine exits once a running handler returns.
func (q *eventQueue) close() {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.closed = true
	q.pending = nil
	q.wakeLocked()
}

// closeAfter queues f as the last event: it runs after everything queued
// before it, nothing queued later runs, and the goroutine exits after it.
func (q *eventQueue) closeAfter(f func()) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.closed {
		return
	}
	q.pending = append(q.pending, f)
	q.closed = true
	q.wakeLocked()
}

// wait blocks until the queue's goroutine has exited (on a closed queue) or
// has delivered every queued event (on an open one). Called from one of
// the queue's own handlers it returns at once instead of deadlocking.
func (q *eventQueue) wait() {
	q.mu.Lock()
	defer q.mu.Unlock()
	if !q.started || q.exited || (q.goid != 0 && q.goid == currentGoroutineID()) {
		return
	}
	for !q.exited && (q.closed || q.busy || (len(q.pending) > 0 && !q.paused)) {
		q.cond.Wait()
	}
}

// currentGoroutineID reads the goroutine's id from its stack header (a few
// microseconds): once per queue goroutine, and in wait.
func currentGoroutineID() uint64 {
	var buf [64]byte
	b := buf[:runtime.Stack(buf[:], false)]
	b = bytes.TrimPrefix(b, []byte("goroutine "))
	if i := bytes.IndexByte(b, ' '); i > 0 {
		b = b[:i]
	}
	// Digits by hand: strconv.ParseUint's *NumError would keep
	// strconv.Quote's tables in the browser build.
	var id uint64
	for _, c := range b {
		if c < '0' || c > '9' {
			return 0
		}
		id = id*10 + uint64(c-'0')
	}
	return id
}
