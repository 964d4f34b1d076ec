//go:build !js

package rtc

import (
	"bytes"
	"errors"
	"os"
	"runtime/metrics"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"github.com/pion/interceptor"
	"github.com/pion/webrtc/v4"
)

// These benchmarks run the same data channel workload through everyrtc and
// through raw pion in one process, so the wrapper's cost shows as the
// difference between the two sub-benchmarks.

const (
	benchLowThreshold  = 1 << 20 // OnBufferedAmountLow fires below this
	benchHighThreshold = 4 << 20 // the sender waits above this
	benchWarmupBytes   = 8 << 20
)

// benchChannel is one open channel pair seen through either API.
type benchChannel struct {
	send           func([]byte) error
	bufferedAmount func() uint64
	low            chan struct{} // signalled by OnBufferedAmountLow
	received       atomic.Int64  // messages received by the remote end
	receivedBytes  atomic.Int64
	target         atomic.Int64  // received count that signals done
	done           chan struct{} // signalled when received reaches target
	close          func()
}

// onLow is the sender's OnBufferedAmountLow handler.
func (c *benchChannel) onLow() {
	select {
	case c.low <- struct{}{}:
	default:
	}
}

// onMessage is the receiver's OnMessage handler.
func (c *benchChannel) onMessage(data []byte) {
	c.receivedBytes.Add(int64(len(data)))
	if c.received.Add(1) == c.target.Load() {
		c.done <- struct{}{}
	}
}

func newBenchChannel() *benchChannel {
	return &benchChannel{low: make(chan struct{}, 1), done: make(chan struct{}, 1)}
}

// transfer sends n messages of msg with bufferedAmount backpressure and
// returns once the last one has been received.
func (c *benchChannel) transfer(b *testing.B, msg []byte, n int) {
	start := c.received.Load()
	startBytes := c.receivedBytes.Load()
	c.target.Store(start + int64(n))
	for i := 0; i < n; i++ {
		for c.bufferedAmount() > benchHighThreshold {
			// A stale signal only causes one more check of the amount.
			recv(b, c.low, "bufferedamountlow")
		}
		if err := c.send(msg); err != nil {
			b.Fatalf("Send %d: %v", i, err)
		}
	}
	recv(b, c.done, "last message")
	if got, want := c.receivedBytes.Load()-startBytes, int64(n*len(msg)); got != want {
		b.Fatalf("received %d bytes, want %d", got, want)
	}
}

// newEveryrtcBenchChannel opens a reliable ordered channel through everyrtc.
func newEveryrtcBenchChannel(b *testing.B) *benchChannel {
	p := newPair(b, false)
	local, remote := p.openChannels("bench", nil)
	c := newBenchChannel()
	local.SetBufferedAmountLowThreshold(benchLowThreshold)
	local.OnBufferedAmountLow(c.onLow)
	remote.OnMessage(func(m DataChannelMessage) { c.onMessage(m.Data) })
	c.send = local.Send
	c.bufferedAmount = local.BufferedAmount
	c.close = func() {
		_ = p.a.Close()
		_ = p.b.Close()
	}
	return c
}

// newPionTestAPI is a raw pion API set up as newTestAPI's: the same
// SettingEngine settings and, as webrtc.NewPeerConnection has, the default
// codecs and interceptors.
func newPionTestAPI(b *testing.B) *webrtc.API {
	s := loopbackSettingEngine()
	s.DisableCloseByDTLS(true)
	m := &webrtc.MediaEngine{}
	if err := m.RegisterDefaultCodecs(); err != nil {
		b.Fatal(err)
	}
	r := &interceptor.Registry{}
	if err := webrtc.RegisterDefaultInterceptors(m, r); err != nil {
		b.Fatal(err)
	}
	return webrtc.NewAPI(webrtc.WithMediaEngine(m), webrtc.WithInterceptorRegistry(r), webrtc.WithSettingEngine(s))
}

// pionSetLocal applies desc and returns the local description once
// gathering is complete (no trickle).
func pionSetLocal(pc *webrtc.PeerConnection, desc webrtc.SessionDescription) (webrtc.SessionDescription, error) {
	complete := webrtc.GatheringCompletePromise(pc)
	if err := pc.SetLocalDescription(desc); err != nil {
		return webrtc.SessionDescription{}, err
	}
	select {
	case <-complete:
	case <-time.After(testTimeout):
		return webrtc.SessionDescription{}, errors.New("gathering did not complete")
	}
	return *pc.LocalDescription(), nil
}

// newPionBenchChannel opens a reliable ordered channel through raw pion.
func newPionBenchChannel(b *testing.B) *benchChannel {
	api := newPionTestAPI(b)
	pa, err := api.NewPeerConnection(webrtc.Configuration{})
	if err != nil {
		b.Fatal(err)
	}
	pb, err := api.NewPeerConnection(webrtc.Configuration{})
	if err != nil {
		b.Fatal(err)
	}
	c := newBenchChannel()
	c.close = func() {
		_ = pa.Close()
		_ = pb.Close()
	}
	b.Cleanup(c.close)

	local, err := pa.CreateDataChannel("bench", nil)
	if err != nil {
		b.Fatal(err)
	}
	localOpen := make(chan struct{})
	local.OnOpen(func() { close(localOpen) })
	remoteOpen := make(chan *webrtc.DataChannel, 1)
	pb.OnDataChannel(func(d *webrtc.DataChannel) {
		d.OnMessage(func(m webrtc.DataChannelMessage) { c.onMessage(m.Data) })
		d.OnOpen(func() { remoteOpen <- d })
	})

	offer, err := pa.CreateOffer(nil)
	if err != nil {
		b.Fatal(err)
	}
	if offer, err = pionSetLocal(pa, offer); err != nil {
		b.Fatal(err)
	}
	if err = pb.SetRemoteDescription(offer); err != nil {
		b.Fatal(err)
	}
	answer, err := pb.CreateAnswer(nil)
	if err != nil {
		b.Fatal(err)
	}
	if answer, err = pionSetLocal(pb, answer); err != nil {
		b.Fatal(err)
	}
	if err = pa.SetRemoteDescription(answer); err != nil {
		b.Fatal(err)
	}
	recv(b, localOpen, "local channel open")
	recv(b, remoteOpen, "remote channel open")

	local.SetBufferedAmountLowThreshold(benchLowThreshold)
	local.OnBufferedAmountLow(c.onLow)
	c.send = local.Send
	c.bufferedAmount = local.BufferedAmount
	return c
}

var benchAPIs = []struct {
	name string
	open func(*testing.B) *benchChannel
}{
	{"everyrtc", newEveryrtcBenchChannel},
	{"pion", newPionBenchChannel},
}

// benchmarkDataChannel times b.N messages of size bytes, from the first Send
// to the receipt of the last, on a warmed-up channel.
func benchmarkDataChannel(b *testing.B, size int) {
	for _, api := range benchAPIs {
		b.Run(api.name, func(b *testing.B) {
			b.StopTimer()
			c := api.open(b)
			msg := make([]byte, size)
			for i := range msg {
				msg[i] = byte(i)
			}
			c.transfer(b, msg, max(benchWarmupBytes/size, 1))

			b.SetBytes(int64(size))
			b.ReportAllocs()
			b.ResetTimer()
			b.StartTimer()
			cpu0, cpuOK := processCPU()
			g0 := goroutinesCreated()
			start := time.Now()
			c.transfer(b, msg, b.N)
			elapsed := time.Since(start)
			cpu1, _ := processCPU()
			g1 := goroutinesCreated()
			b.StopTimer()
			b.ReportMetric(float64(b.N)/elapsed.Seconds(), "msgs/s")
			// goroutines started per message, pion's and the event queues'.
			b.ReportMetric(float64(g1-g0)/float64(b.N), "goroutines/op")
			if cpuOK {
				// CPU time is steadier than wall time on a shared machine.
				b.ReportMetric(float64((cpu1-cpu0).Nanoseconds())/float64(b.N), "cpu-ns/op")
			}
			c.close()
		})
	}
}

// processCPU is the process's user+system CPU time from /proc/self/stat;
// ok is false where that file does not exist.
func processCPU() (d time.Duration, ok bool) {
	stat, err := os.ReadFile("/proc/self/stat")
	if err != nil {
		return 0, false
	}
	// Fields after the parenthesised command name; utime and stime are the
	// 14th and 15th fields, in USER_HZ (100) ticks.
	i := bytes.LastIndexByte(stat, ')')
	if i < 0 {
		return 0, false
	}
	f := bytes.Fields(stat[i+1:])
	if len(f) < 13 {
		return 0, false
	}
	utime, err1 := strconv.ParseInt(string(f[11]), 10, 64)
	stime, err2 := strconv.ParseInt(string(f[12]), 10, 64)
	if err1 != nil || err2 != nil {
		return 0, false
	}
	return time.Duration(utime+stime) * 10 * time.Millisecond, true
}

// goroutinesCreated is the number of goroutines the process has started.
func goroutinesCreated() uint64 {
	s := []metrics.Sample{{Name: "/sched/goroutines-created:goroutines"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return s[0].Value.Uint64()
}

func BenchmarkDataChannelThroughput64KiB(b *testing.B) { benchmarkDataChannel(b, 64<<10) }

func BenchmarkDataChannelMessageRate100B(b *testing.B) { benchmarkDataChannel(b, 100) }

// BenchmarkEventQueuePush measures delivery through an eventQueue. burst
// pushes b.N events and waits once; single waits for each event's delivery
// before pushing the next, as a request-response exchange would. Both use
// the queue's one goroutine, which the close at the end stops.
func BenchmarkEventQueuePush(b *testing.B) {
	b.Run("burst", func(b *testing.B) {
		var q eventQueue
		var n int
		f := func() { n++ }
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			q.push(f)
		}
		q.wait()
		q.close()
		q.wait()
		if n != b.N {
			b.Fatalf("delivered %d events, want %d", n, b.N)
		}
	})
	b.Run("single", func(b *testing.B) {
		var q eventQueue
		delivered := make(chan struct{})
		f := func() { delivered <- struct{}{} }
		b.ReportAllocs()
		g0 := goroutinesCreated()
		for i := 0; i < b.N; i++ {
			q.push(f)
			<-delivered
		}
		b.ReportMetric(float64(goroutinesCreated()-g0)/float64(b.N), "goroutines/op")
		q.close()
		q.wait()
	})
}
