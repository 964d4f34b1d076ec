//go:build js && wasm

package rtc

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/everyrtc/rtc/shim"
)

// Small messages sent in a burst reach the browser in batches (far fewer
// calls into the shim than messages), in order with the large and text
// messages sent among them, and BufferedAmount counts what Go still holds.
func TestBrowserSendIsBatchedInOrder(t *testing.T) {
	p := newPair(t, true)
	local, remote := p.openChannels("send-batch", nil)
	const n = 3000
	got := make(chan DataChannelMessage, n+2)
	remote.OnMessage(func(m DataChannelMessage) { got <- m })

	_, from0, _, _ := shim.Counters()
	big := bytes.Repeat([]byte{9}, 40000)
	for i := range n {
		var err error
		switch i {
		case n / 3:
			err = local.Send(big)
		case 2 * n / 3:
			err = local.SendText("text")
		default:
			err = local.Send([]byte(fmt.Sprint(i)))
		}
		if err != nil {
			t.Fatalf("Send %d: %v", i, err)
		}
		if i == 10 && local.BufferedAmount() < 10 {
			t.Fatalf("BufferedAmount %d after 11 queued messages", local.BufferedAmount())
		}
	}
	_, from, _, _ := shim.Counters()
	t.Logf("%d messages: %d calls into the shim", n, from-from0)
	if (from-from0)*10 > n {
		t.Fatalf("%d calls into the shim for %d messages: not batched", from-from0, n)
	}
	for i := range n {
		m := recv(t, got, "message")
		var want string
		switch i {
		case n / 3:
			want = string(big)
		case 2 * n / 3:
			want = "text"
		default:
			want = fmt.Sprint(i)
		}
		if string(m.Data) != want || m.IsString != (i == 2*n/3) {
			t.Fatalf("message %d: %.20q (string %v), want %.20q", i, m.Data, m.IsString, want)
		}
	}
}
