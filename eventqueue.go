package rtc

import (
	"bytes"
	"runtime"
	"sync"
	"time"
)

// eventQueue delivers an object's events in order, one at a time, on a
// goroutine the library owns. The goroutine starts with an event to deliver
// and ends when the queue is closed (the object's Close, or a data
// channel's close event) or, natively, after queueLinger without events;
// the next event starts a new one. A handler may block or call any method: the
// backend that produced the event never waits for it (the queue is
// unbounded).
type eventQueue struct {
	mu      sync.Mutex
	cond    sync.Cond // signals new events, resume, close and idleness to the goroutine, idleness to wait
	pending []func()  // queued events from head on
	head    int
	running bool // a goroutine is delivering
	busy    bool // a handler is running
	paused  bool // a queue created paused delivers nothing until resume
	closed  bool
	goid    uint64 // the delivering goroutine, so wait can tell a handler calling it

	// Idleness: a timer of the running goroutine (generation gen) looks
	// every queueLinger whether delivered moved since its last look (seen).
	gen       uint64
	idle      *time.Timer
	delivered uint64
	seen      uint64
	expired   bool // the goroutine has been idle for queueLinger: it ends
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

// queued is the number of events not yet delivered.
func (q *eventQueue) queued() int { return len(q.pending) - q.head }

// resume starts delivery on a queue created paused.
func (q *eventQueue) resume() {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.paused = false
	q.wakeLocked()
}

// wakeLocked starts a goroutine when there is something to deliver and none
// runs, and signals the running one otherwise.
func (q *eventQueue) wakeLocked() {
	if q.cond.L == nil {
		q.cond.L = &q.mu
	}
	if !q.running && q.queued() > 0 && !q.paused {
		q.running = true
		q.expired = false
		q.gen++
		go q.run(q.gen)
		return
	}
	q.cond.Broadcast()
}

func (q *eventQueue) run(gen uint64) {
	id := currentGoroutineID() // once per goroutine, not per event
	q.mu.Lock()
	defer q.mu.Unlock()
	q.goid = id
	q.seen = q.delivered
	if queueLinger > 0 {
		q.idle = time.AfterFunc(queueLinger, func() { q.checkIdle(gen) })
	}
	for {
		for !q.closed && !q.expired && (q.paused || q.queued() == 0) {
			q.cond.Wait()
		}
		if q.queued() == 0 || q.paused {
			// Closed, or idle for queueLinger.
			if q.idle != nil {
				q.idle.Stop()
				q.idle = nil
			}
			q.running, q.expired, q.goid = false, false, 0
			q.cond.Broadcast()
			return
		}
		q.expired = false // an event came after all
		f := q.pending[q.head]
		q.pending[q.head] = nil
		q.head++
		if q.head == len(q.pending) {
			// Drained: refill the array from its start (no allocation per
			// event), or let a burst's large one go.
			q.head = 0
			q.pending = q.pending[:0]
			if cap(q.pending) > 1024 {
				q.pending = nil
			}
		}
		q.busy = true
		q.mu.Unlock()
		f()
		q.mu.Lock()
		q.busy = false
		q.delivered++
		if q.queued() == 0 {
			q.cond.Broadcast() // for wait
		}
	}
}

// checkIdle is the idle timer of goroutine gen: it ends the goroutine when
// nothing was delivered since its last look and nothing is being delivered.
func (q *eventQueue) checkIdle(gen uint64) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if gen != q.gen || !q.running {
		return // a goroutine that has already ended
	}
	if q.delivered == q.seen && !q.busy && (q.queued() == 0 || q.paused) {
		q.expired = true
		q.cond.Broadcast()
		return
	}
	q.seen = q.delivered
	q.idle.Reset(queueLinger)
}

// close drops the events not yet delivered and refuses new ones; the
// goroutine ends once a running handler returns.
func (q *eventQueue) close() {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.closed = true
	q.pending, q.head = nil, 0
	q.wakeLocked()
}

// closeAfter queues f as the last event: it runs after everything queued
// before it, nothing queued later runs, and the goroutine ends after it.
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

// wait blocks until no goroutine delivers (on a closed queue) or every
// queued event has been delivered (on an open one). Called from one of the
// queue's own handlers it returns at once instead of deadlocking.
func (q *eventQueue) wait() {
	q.mu.Lock()
	defer q.mu.Unlock()
	if !q.running || (q.goid != 0 && q.goid == currentGoroutineID()) {
		return
	}
	for q.running && (q.closed || q.busy || (q.queued() > 0 && !q.paused)) {
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
