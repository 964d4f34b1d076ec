//go:build !js

package rtc

import "testing"

// TestDataChannelSendLargerThanRemoteMaximumIsTypeError gives the remote
// peer a 64 KiB message limit (pion peers otherwise accept 1 GiB) and checks
// that a larger message is refused with ErrType and the channel still works.
func TestDataChannelSendLargerThanRemoteMaximumIsTypeError(t *testing.T) {
	s := loopbackSettingEngine()
	s.SetSCTPMaxMessageSize(64 << 10)
	small, err := NewAPI(WithSettingEngine(s)).NewPeerConnection(Configuration{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = small.Close() })
	p := newPairOf(t, true, newTestPC(t, Configuration{}), small)
	a, b := p.openChannels("limited", nil)
	got := make(chan DataChannelMessage, 1)
	b.OnMessage(func(m DataChannelMessage) { got <- m })

	expectErr(t, "Send over the limit", a.Send(make([]byte, 64<<10+1)), ErrType)
	if err := a.Send(make([]byte, 64<<10)); err != nil {
		t.Fatalf("Send at the limit: %v", err)
	}
	if m := recv(t, got, "message at the limit"); len(m.Data) != 64<<10 {
		t.Fatalf("received %d bytes, want %d", len(m.Data), 64<<10)
	}
}

// TestDataChannelDetach reads and writes a detached channel natively, with
// an API whose SettingEngine enables detaching, and checks that Detach fails
// without it.
func TestDataChannelDetach(t *testing.T) {
	newDetachingPC := func() *PeerConnection {
		s := loopbackSettingEngine()
		s.DetachDataChannels()
		pc, err := NewAPI(WithSettingEngine(s)).NewPeerConnection(Configuration{})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = pc.Close() })
		return pc
	}
	p := newPairOf(t, true, newDetachingPC(), newDetachingPC())
	a, b := p.openChannels("raw", nil)
	ra, err := a.Detach()
	if err != nil {
		t.Fatalf("Detach: %v", err)
	}
	rb, err := b.DetachWithDeadline()
	if err != nil {
		t.Fatalf("DetachWithDeadline: %v", err)
	}
	if _, err := ra.WriteDataChannel([]byte("ping"), true); err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, 16)
	n, isString, err := rb.ReadDataChannel(buf)
	if err != nil || !isString || string(buf[:n]) != "ping" {
		t.Fatalf("read %q string=%v err=%v, want \"ping\" as text", buf[:n], isString, err)
	}

	q := newPair(t, true)
	c, _ := q.openChannels("not-detachable", nil)
	if _, err := c.Detach(); err == nil {
		t.Fatal("Detach without DetachDataChannels succeeded")
	}
}
