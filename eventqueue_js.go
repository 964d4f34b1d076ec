//go:build js && wasm

package rtc

// queueLinger 0: in the browser an event queue's goroutine lives until
// its object closes, so the leak tests' goroutine counts see no timers of
// ours (idle goroutines are cheap there and pages hold few connections).
const queueLinger = 0
