// Package mediaresult is what the media example's page measured in a
// -headless run, shared by the native server and the browser client.
package mediaresult

// Result is posted by the page to the server as JSON.
type Result struct {
	Source        string `json:"source"`        // "camera" or "synthetic"
	FramesDecoded uint32 `json:"framesDecoded"` // of the video the server sent back
	AudioSamples  uint64 `json:"audioSamples"`  // of the audio the server sent back
	Error         string `json:"error,omitempty"`
}
