//go:build !js

package nativebench

import (
	"context"
	"errors"
	"sync/atomic"
	"time"

	"github.com/pion/ice/v4"
	"github.com/pion/webrtc/v4"
)

// implementation is one of the two APIs under test, reduced to what the
// figures need.
type implementation struct {
	name string
	// connect makes two peers with a reliable ordered channel from the
	// first to the second, whose messages go to rx. setup is the time from
	// CreateOffer until both ends are open.
	connect func(ctx context.Context, rx *receiver) (c *channelPair, setup time.Duration, err error)
	// firstFrame makes two peers, the first sending a VP8 sample track, and
	// returns the time from CreateOffer to the first complete frame read
	// from the second's TrackRemote.
	firstFrame func(ctx context.Context) (time.Duration, error)

	lastHeld held          // the last memory measurement, for the rows after the first
	lastCPU  time.Duration // the CPU time of the last timed transfer
}

// channelPair is an open channel seen from its sending end.
type channelPair struct {
	send           func([]byte) error
	bufferedAmount func() uint64
	low            chan struct{} // signalled by OnBufferedAmountLow
	close          func()
}

func newImplementations() ([]*implementation, error) {
	e, err := newEveryrtc()
	if err != nil {
		return nil, err
	}
	p, err := newPion()
	if err != nil {
		return nil, err
	}
	return []*implementation{e, p}, nil
}

// settingsNote says which settings both APIs run with.
const settingsNote = "both APIs with one SettingEngine (UDP4 host candidates on lo only, no mDNS, " +
	"DisableCloseByDTLS as everyrtc always sets, the 32 KiB SCTP congestion-window floor everyrtc " +
	"sets by default) and pion's default codecs and interceptors, as everyrtc's native backend fills them in"

// loopbackSettingEngine gathers only UDP host candidates on lo, without
// mDNS. everyrtc sets DisableCloseByDTLS itself; raw pion gets it too. The
// SCTP congestion-window floor is everyrtc's default (sctpdefaults_native.go),
// set here so that raw pion runs with it as well.
func loopbackSettingEngine() webrtc.SettingEngine {
	var s webrtc.SettingEngine
	s.SetIncludeLoopbackCandidate(true)
	s.SetInterfaceFilter(func(name string) bool { return name == "lo" })
	s.SetNetworkTypes([]webrtc.NetworkType{webrtc.NetworkTypeUDP4})
	s.SetICEMulticastDNSMode(ice.MulticastDNSModeDisabled)
	s.SetSCTPMinCwnd(32 << 10)
	return s
}

// The backpressure thresholds, the same for both APIs.
const (
	highWater = 4 << 20 // Send waits while bufferedAmount is above this
	lowWater  = 1 << 20 // OnBufferedAmountLow fires below this
)

// receiver counts what the remote end of a channel receives.
type receiver struct {
	msgs   atomic.Int64
	bytes  atomic.Int64
	target atomic.Int64  // msgs count that signals done
	done   chan struct{} // signalled when msgs reaches target
}

func newReceiver() *receiver { return &receiver{done: make(chan struct{}, 1)} }

// onMessage is the remote end's message handler.
func (r *receiver) onMessage(data []byte) {
	r.bytes.Add(int64(len(data)))
	if r.msgs.Add(1) == r.target.Load() {
		r.done <- struct{}{}
	}
}

// signal is a non-blocking send on a channel of capacity one.
func signal(c chan struct{}) {
	select {
	case c <- struct{}{}:
	default:
	}
}

// await waits for c, the context or opTimeout.
func await[T any](ctx context.Context, c <-chan T, what string) (T, error) {
	var zero T
	t := time.NewTimer(opTimeout)
	defer t.Stop()
	select {
	case v := <-c:
		return v, nil
	case <-ctx.Done():
		return zero, ctx.Err()
	case <-t.C:
		return zero, errors.New("timed out waiting for " + what)
	}
}
