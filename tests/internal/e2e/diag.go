package e2e

import (
	"fmt"
	"strings"

	"github.com/everyrtc/rtc"
)

// ChannelStats prints pc's data-channel statistics (what the transport
// sent and received per channel) for an error message: next to the
// channel's BufferedAmount they tell whether a stall is the transport's or
// the bookkeeping's.
func ChannelStats(pc *rtc.PeerConnection) string {
	var out []string
	for _, s := range pc.GetStats() {
		if d, ok := s.(rtc.DataChannelStats); ok {
			out = append(out, fmt.Sprintf("%s(id %d, %v): sent %d messages %d bytes, received %d messages %d bytes",
				d.Label, d.DataChannelIdentifier, d.State, d.MessagesSent, d.BytesSent, d.MessagesReceived, d.BytesReceived))
		}
	}
	return strings.Join(out, "; ")
}
