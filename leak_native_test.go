//go:build !js

package rtc

import "testing"

func TestNoGoroutineLeakAfterManyCycles(t *testing.T) {
	baseline := goroutineBaseline()
	for i := 0; i < 20; i++ {
		// A subtest per cycle, so the pair's signaling goroutines end
		// with it.
		t.Run("cycle", func(t *testing.T) {
			p := newPair(t, true)
			local, remote := p.openChannels("cycle", nil)
			got := make(chan string, 1)
			remote.OnMessage(func(m DataChannelMessage) { got <- string(m.Data) })
			if err := local.SendText("ping"); err != nil {
				t.Fatal(err)
			}
			if m := recv(t, got, "message"); m != "ping" {
				t.Fatalf("got %q", m)
			}
			if err := p.a.GracefulClose(); err != nil {
				t.Fatalf("GracefulClose a: %v", err)
			}
			if err := p.b.GracefulClose(); err != nil {
				t.Fatalf("GracefulClose b: %v", err)
			}
		})
		if t.Failed() {
			return
		}
	}
	goroutinesSettle(t, baseline)
}
