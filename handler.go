package rtc

import "sync/atomic"

// handler holds one event handler of an object. Setting replaces the previous
// one; the handler is read when the event is delivered, not when it was
// queued, so a handler set in OnDataChannel sees the channel's first events.
type handler[T any] struct{ f atomic.Pointer[func(T)] }

func (h *handler[T]) set(f func(T)) {
	if f == nil {
		h.f.Store(nil)
		return
	}
	h.f.Store(&f)
}

func (h *handler[T]) call(v T) {
	if f := h.f.Load(); f != nil {
		(*f)(v)
	}
}

// handler0 is a handler without an argument (OnOpen, OnNegotiationNeeded).
type handler0 struct{ handler[struct{}] }

func (h *handler0) set0(f func()) {
	if f == nil {
		h.set(nil)
		return
	}
	h.set(func(struct{}) { f() })
}

// stateEvents turns a backend's state notifications into ordered events: a
// value equal to the last one delivered is dropped, so a state reported both
// by the backend's callback and by the method that caused it fires once.
type stateEvents[T comparable] struct {
	last    atomic.Pointer[T]
	handler handler[T]
}

// notify queues an event for v on q if v differs from the last value queued.
// Callers serialise notify with a lock of their object so the order of
// values is the order of changes.
func (s *stateEvents[T]) notify(q *eventQueue, v T) {
	if last := s.last.Load(); last != nil && *last == v {
		return
	}
	s.last.Store(&v)
	q.push(func() { s.handler.call(v) })
}
