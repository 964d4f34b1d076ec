//go:build !js

package rtc

import "time"

// queueLinger is how long an event queue's goroutine waits idle for the
// next event before it ends: a connection held idle (a server's thousands)
// keeps no goroutine of ours, and a busy one does not start a goroutine per
// event.
const queueLinger = 500 * time.Millisecond
