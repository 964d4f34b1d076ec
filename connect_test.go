package rtc

import "testing"

func TestConnectTrickle(t *testing.T) {
	p := newPair(t, true)
	a, b := p.openChannels("chat", nil)
	got := make(chan DataChannelMessage, 1)
	b.OnMessage(func(m DataChannelMessage) { got <- m })
	if err := a.SendText("hello"); err != nil {
		t.Fatal(err)
	}
	m := recv(t, got, "message")
	if !m.IsString || string(m.Data) != "hello" {
		t.Fatalf("got %+v", m)
	}
}

func TestConnectCompleteGathering(t *testing.T) {
	p := newPair(t, false)
	a, b := p.openChannels("chat", nil)
	got := make(chan DataChannelMessage, 1)
	a.OnMessage(func(m DataChannelMessage) { got <- m })
	if err := b.Send([]byte{1, 2, 3}); err != nil {
		t.Fatal(err)
	}
	m := recv(t, got, "message")
	if m.IsString || string(m.Data) != "\x01\x02\x03" {
		t.Fatalf("got %+v", m)
	}
}
