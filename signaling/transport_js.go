//go:build js && wasm

package signaling

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"syscall/js"
	"time"

	"github.com/everyrtc/rtc/jsbridge"
)

// browserConn is the browser's WebSocket (globalThis.WebSocket). Its event
// listeners only queue what they get: messages, then the close, in the
// order the browser delivered them, so read returns every message received
// before it reports the close, with the close's status and reason.
type browserConn struct {
	ws      js.Value
	limit   atomic.Int64
	removes []func()
	release sync.Once

	mu        sync.Mutex
	inbox     []browserMessage
	closeErr  error         // set by the close event
	ready     chan struct{} // holds a token after inbox or closeErr changed
	closed    chan struct{} // closed by the close event
	closeOnce sync.Once
}

type browserMessage struct {
	text bool
	data []byte
}

// browserCloseError is the close event that ended the connection.
type browserCloseError struct {
	code     int
	reason   string
	wasClean bool
}

func (e *browserCloseError) Error() string {
	if e.code == 1006 || !e.wasClean {
		return fmt.Sprintf("WebSocket closed abnormally (status %d)", e.code)
	}
	return fmt.Sprintf("WebSocket closed: status %d, reason %q", e.code, e.reason)
}

// errBrowserTooBig is read's error for a message over the read limit.
var errBrowserTooBig = errors.New("WebSocket message over the read limit")

// closeWait bounds how long close waits for the browser's close event.
const closeWait = 5 * time.Second

func dialHub(ctx context.Context, url string) (wsConn, error) {
	ctor := jsbridge.Get("WebSocket")
	if jsbridge.Nullish(ctor) {
		return nil, errors.New("this JavaScript environment has no WebSocket")
	}
	ws, err := jsbridge.New(ctor, url) // a SyntaxError for a URL it refuses
	if err != nil {
		return nil, err
	}
	c := &browserConn{ws: ws, ready: make(chan struct{}, 1), closed: make(chan struct{})}
	c.limit.Store(1 << 20)
	if err := jsbridge.Set(ws, "binaryType", "arraybuffer"); err != nil {
		_, _ = jsbridge.Call(ws, "close")
		return nil, err
	}
	opened := make(chan struct{})
	var openOnce sync.Once
	c.removes = []func(){
		jsbridge.Listen(ws, "open", func(js.Value) { openOnce.Do(func() { close(opened) }) }),
		jsbridge.Listen(ws, "message", c.onMessage),
		jsbridge.Listen(ws, "close", c.onClose),
	}
	select {
	case <-opened:
		return c, nil
	case <-c.closed:
		return nil, c.closeErr
	case <-ctx.Done():
		_ = c.close(statusNormalClosure, "")
		return nil, ctx.Err()
	}
}

// onMessage runs on the JS event loop: it only queues.
func (c *browserConn) onMessage(ev js.Value) {
	data := ev.Get("data")
	m := browserMessage{text: data.Type() == js.TypeString}
	if m.text {
		m.data = []byte(data.String())
	} else {
		m.data = jsbridge.BytesToGo(data)
	}
	c.mu.Lock()
	c.inbox = append(c.inbox, m)
	c.mu.Unlock()
	c.signal()
}

// onClose runs on the JS event loop: it records the close and releases
// the listeners (no event follows a close).
func (c *browserConn) onClose(ev js.Value) {
	c.ended(&browserCloseError{
		code:     ev.Get("code").Int(),
		reason:   jsbridge.String(ev.Get("reason")),
		wasClean: ev.Get("wasClean").Bool(),
	})
}

// ended marks the connection over with err (the first call wins).
func (c *browserConn) ended(err error) {
	c.closeOnce.Do(func() {
		c.mu.Lock()
		c.closeErr = err
		c.mu.Unlock()
		close(c.closed)
		c.signal()
		c.release.Do(func() {
			for _, remove := range c.removes {
				remove()
			}
		})
	})
}

func (c *browserConn) signal() {
	select {
	case c.ready <- struct{}{}:
	default:
	}
}

func (c *browserConn) read(ctx context.Context) (bool, []byte, error) {
	for {
		c.mu.Lock()
		if len(c.inbox) > 0 {
			m := c.inbox[0]
			c.inbox[0] = browserMessage{}
			c.inbox = c.inbox[1:]
			c.mu.Unlock()
			if limit := c.limit.Load(); limit >= 0 && int64(len(m.data)) > limit {
				return false, nil, fmt.Errorf("%w: %d bytes, limit %d", errBrowserTooBig, len(m.data), limit)
			}
			return m.text, m.data, nil
		}
		err := c.closeErr
		c.mu.Unlock()
		if err != nil {
			return false, nil, err
		}
		select {
		case <-c.ready:
		case <-ctx.Done():
			return false, nil, ctx.Err()
		}
	}
}

func (c *browserConn) write(_ context.Context, data []byte) error {
	select {
	case <-c.closed:
		return c.closeErr
	default:
	}
	// send throws only while connecting; once closing it drops the message
	// and the close event follows.
	_, err := jsbridge.Call(c.ws, "send", string(data))
	return err
}

func (c *browserConn) close(code int, reason string) error {
	select {
	case <-c.closed:
		return nil
	default:
	}
	_, err := jsbridge.Call(c.ws, "close", code, reason)
	if err != nil {
		c.ended(&browserCloseError{code: 1006})
		return err
	}
	t := time.NewTimer(closeWait)
	defer t.Stop()
	select {
	case <-c.closed:
	case <-t.C:
		c.ended(errors.New("WebSocket close timed out"))
	}
	return nil
}

func (c *browserConn) setReadLimit(n int64) { c.limit.Store(n) }

// closeStatus returns the status and reason of the close frame that ended
// the connection, from an error of read; ok is false without one (status
// 1005 or 1006).
func closeStatus(err error) (code int, reason string, ok bool) {
	var ce *browserCloseError
	if !errors.As(err, &ce) || ce.code == 1005 || ce.code == 1006 {
		return 0, "", false
	}
	return ce.code, ce.reason, true
}

// isTooBig tells whether read refused a message over the read limit.
func isTooBig(err error) bool { return errors.Is(err, errBrowserTooBig) }
