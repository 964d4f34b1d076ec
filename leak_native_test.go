//go:build !js

package rtc

import "testing"

func TestNoGoroutineLeakAfterManyCycles(t *testing.T) {
	baseline := goroutineBaseline()
	for i := 0; i < 20; i++ {
		t.Run("cycle", connectExchangeClose)
		if t.Failed() {
			return
		}
	}
	goroutinesSettle(t, baseline)
}
