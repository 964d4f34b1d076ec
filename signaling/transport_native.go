//go:build !js

package signaling

import (
	"context"
	"errors"

	"github.com/coder/websocket"
)

// coderConn is a coder/websocket connection.
type coderConn struct{ c *websocket.Conn }

func dialHub(ctx context.Context, url string) (wsConn, error) {
	c, _, err := websocket.Dial(ctx, url, nil)
	if err != nil {
		return nil, err
	}
	return coderConn{c}, nil
}

func (c coderConn) read(ctx context.Context) (bool, []byte, error) {
	typ, data, err := c.c.Read(ctx)
	return typ == websocket.MessageText, data, err
}

func (c coderConn) write(ctx context.Context, data []byte) error {
	return c.c.Write(ctx, websocket.MessageText, data)
}

func (c coderConn) close(code int, reason string) error {
	return c.c.Close(websocket.StatusCode(code), reason)
}

func (c coderConn) setReadLimit(n int64) { c.c.SetReadLimit(n) }

// closeStatus returns the status and reason of the close frame that ended
// the connection, from an error of read; ok is false without one.
func closeStatus(err error) (code int, reason string, ok bool) {
	var ce websocket.CloseError
	if !errors.As(err, &ce) {
		return 0, "", false
	}
	return int(ce.Code), ce.Reason, true
}

// isTooBig tells whether read refused a message over the read limit.
func isTooBig(err error) bool { return errors.Is(err, websocket.ErrMessageTooBig) }
