//go:build js && wasm

// The workload below is the same in everyrtcapp and pionapp but for the
// import (browserbench's test checks that): both libraries take pion's
// names and signatures.

package main

import (
	"errors"
	"sync"
	"sync/atomic"
	"syscall/js"
	"time"

	webrtc "github.com/everyrtc/rtc"
)

// pair is two connected PeerConnections in the page and the channel from
// a to b, with the bytes b has received so far.
type pair struct {
	a, b     *webrtc.PeerConnection
	dc       *webrtc.DataChannel
	received atomic.Int64
	reached  chan struct{} // signalled when received reaches target
	target   atomic.Int64
	low      chan struct{} // signalled by OnBufferedAmountLow
	setup    time.Duration // createOffer to the channel's open
}

// newPair connects two fresh PeerConnections with one reliable ordered
// channel, exchanging candidates directly (trickle ICE).
func newPair() (*pair, error) {
	a, err := webrtc.NewPeerConnection(webrtc.Configuration{})
	if err != nil {
		return nil, err
	}
	b, err := webrtc.NewPeerConnection(webrtc.Configuration{})
	if err != nil {
		a.Close()
		return nil, err
	}
	p := &pair{a: a, b: b, reached: make(chan struct{}, 1), low: make(chan struct{}, 1)}
	p.target.Store(-1)
	exchangeCandidates(a, b)
	exchangeCandidates(b, a)
	b.OnDataChannel(func(dc *webrtc.DataChannel) {
		dc.OnMessage(func(m webrtc.DataChannelMessage) {
			if p.received.Add(int64(len(m.Data))) == p.target.Load() {
				p.reached <- struct{}{}
			}
		})
	})
	opened := make(chan struct{})
	start := time.Now()
	if p.dc, err = a.CreateDataChannel("bench", nil); err != nil {
		p.close()
		return nil, err
	}
	p.dc.OnOpen(func() { close(opened) })
	p.dc.OnBufferedAmountLow(func() {
		select {
		case p.low <- struct{}{}:
		default:
		}
	})
	if err := negotiate(a, b); err != nil {
		p.close()
		return nil, err
	}
	select {
	case <-opened:
		p.setup = time.Since(start)
	case <-time.After(20 * time.Second):
		p.close()
		return nil, errors.New("the channel did not open in 20 s")
	}
	return p, nil
}

// candidateQueue holds the candidates that arrive before the remote
// description they need.
type candidateQueue struct {
	mu      sync.Mutex
	ready   bool
	pending []webrtc.ICECandidateInit
}

var queues sync.Map // *webrtc.PeerConnection -> *candidateQueue

// exchangeCandidates gives from's candidates to to, once to has a remote
// description.
func exchangeCandidates(from, to *webrtc.PeerConnection) {
	q := &candidateQueue{}
	queues.Store(to, q)
	from.OnICECandidate(func(c *webrtc.ICECandidate) {
		if c == nil {
			return
		}
		q.mu.Lock()
		if !q.ready {
			q.pending = append(q.pending, c.ToJSON())
			q.mu.Unlock()
			return
		}
		q.mu.Unlock()
		_ = to.AddICECandidate(c.ToJSON())
	})
}

// remoteSet applies the candidates queued for pc.
func remoteSet(pc *webrtc.PeerConnection) {
	v, _ := queues.LoadAndDelete(pc)
	q := v.(*candidateQueue)
	q.mu.Lock()
	q.ready = true
	pending := q.pending
	q.mu.Unlock()
	for _, c := range pending {
		_ = pc.AddICECandidate(c)
	}
}

// negotiate runs one offer/answer exchange from a to b.
func negotiate(a, b *webrtc.PeerConnection) error {
	offer, err := a.CreateOffer(nil)
	if err != nil {
		return err
	}
	if err := a.SetLocalDescription(offer); err != nil {
		return err
	}
	if err := b.SetRemoteDescription(offer); err != nil {
		return err
	}
	remoteSet(b)
	answer, err := b.CreateAnswer(nil)
	if err != nil {
		return err
	}
	if err := b.SetLocalDescription(answer); err != nil {
		return err
	}
	if err := a.SetRemoteDescription(answer); err != nil {
		return err
	}
	remoteSet(a)
	return nil
}

func (p *pair) close() {
	p.a.Close()
	p.b.Close()
}

// send sends total bytes as size-byte messages, keeping the channel's
// bufferedAmount under high, and waits until b has received them.
func (p *pair) send(total, size int, high uint64) error {
	msg := make([]byte, size)
	p.target.Store(p.received.Load() + int64(total))
	for sent := 0; sent < total; sent += size {
		for p.dc.BufferedAmount() > high {
			select {
			case <-p.low:
			case <-time.After(120 * time.Second):
				return errors.New("no bufferedamountlow in 120 s")
			}
		}
		if err := p.dc.Send(msg); err != nil {
			return err
		}
	}
	select {
	case <-p.reached:
		return nil
	case <-time.After(120 * time.Second):
		return errors.New("the last message did not arrive in 120 s")
	}
}

// transfer connects a pair, sends warm bytes, then times total bytes as
// size-byte messages to the last byte received: seconds.
func transfer(total, size, warm int, low, high uint64) (any, error) {
	p, err := newPair()
	if err != nil {
		return nil, err
	}
	defer p.close()
	p.dc.SetBufferedAmountLowThreshold(low)
	if err := p.send(warm, size, high); err != nil {
		return nil, err
	}
	start := time.Now()
	if err := p.send(total, size, high); err != nil {
		return nil, err
	}
	return time.Since(start).Seconds(), nil
}

// setup connects n fresh pairs one after the other: milliseconds from
// createOffer to the channel's open, each.
func setup(n int) (any, error) {
	times := make([]any, n)
	for i := range times {
		p, err := newPair()
		if err != nil {
			return nil, err
		}
		times[i] = float64(p.setup.Microseconds()) / 1e3
		p.close()
	}
	return times, nil
}

// register publishes the workload as globalThis.benchRegister(name, api):
// each function returns a Promise.
func register(name string, extra map[string]any) {
	api := map[string]any{
		"transfer": js.FuncOf(func(_ js.Value, args []js.Value) any {
			o := args[0]
			total, size, warm := o.Get("total").Int(), o.Get("size").Int(), o.Get("warm").Int()
			low, high := uint64(o.Get("low").Int()), uint64(o.Get("high").Int())
			return promise(func() (any, error) { return transfer(total, size, warm, low, high) })
		}),
		"setup": js.FuncOf(func(_ js.Value, args []js.Value) any {
			n := args[0].Int()
			return promise(func() (any, error) { return setup(n) })
		}),
	}
	for k, v := range extra {
		api[k] = v
	}
	js.Global().Call("benchRegister", name, api)
}

// promise runs work on a goroutine of its own and settles a Promise with
// its result.
func promise(work func() (any, error)) js.Value {
	executor := js.FuncOf(func(_ js.Value, args []js.Value) any {
		resolve, reject := args[0], args[1]
		go func() {
			v, err := work()
			if err != nil {
				reject.Invoke(js.Global().Get("Error").New(err.Error()))
				return
			}
			resolve.Invoke(v)
		}()
		return nil
	})
	defer executor.Release()
	return js.Global().Get("Promise").New(executor)
}
