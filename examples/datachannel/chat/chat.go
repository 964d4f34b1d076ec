// Package chat is the message format of the datachannel example, shared by
// the native server and the browser client: one JSON object per data
// channel text message.
package chat

import (
	"encoding/json"
	"fmt"
)

// Message is one chat line. Clients send Text; the server fills From with
// the sender's name before relaying it to everyone, the sender included.
type Message struct {
	From string `json:"from,omitempty"`
	Text string `json:"text"`
	// Online lists the guests in the chat, in the server's announcements
	// (From "server") of who joined or left.
	Online []string `json:"online,omitempty"`
}

// Server is the From of the server's own messages.
const Server = "server"

// MaxText is the longest Text the server relays.
const MaxText = 2000

// Encode is m as a data channel text message.
func (m Message) Encode() string {
	b, _ := json.Marshal(m) // a struct of strings always marshals
	return string(b)
}

// Decode parses a data channel message into a Message, refusing an
// empty or oversized Text.
func Decode(data []byte) (Message, error) {
	var m Message
	if err := json.Unmarshal(data, &m); err != nil {
		return Message{}, fmt.Errorf("chat: %w", err)
	}
	if m.Text == "" || len(m.Text) > MaxText {
		return Message{}, fmt.Errorf("chat: text of %d bytes (want 1 to %d)", len(m.Text), MaxText)
	}
	return m, nil
}
