//go:build !js

package serve

import (
	"context"
	"log"
	"net/http"
	"sync"
)

// AnswerRooms serves the signaling hub and, when a page opens a room, joins
// a native peer to it: answer runs, with the room's hub URL, once per room
// at a time (the peer's own connection to the room does not start another).
func AnswerRooms(ctx context.Context, hub http.Handler, hubURL string, answer func(ctx context.Context, url string) error) http.Handler {
	var mu sync.Mutex
	answered := map[string]bool{}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		room := r.URL.Query().Get("room")
		mu.Lock()
		first := room != "" && !answered[room]
		answered[room] = true
		mu.Unlock()
		if first {
			go func() {
				if err := answer(ctx, hubURL+"?room="+room); err != nil {
					log.Printf("room %s: %v", room, err)
				}
				mu.Lock()
				delete(answered, room)
				mu.Unlock()
			}()
		}
		hub.ServeHTTP(w, r)
	})
}
