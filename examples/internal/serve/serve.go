//go:build !js

// Package serve is what the examples' servers share: an HTTP server on a
// listener, with the web app, the signaling hub and an endpoint where pages
// in -headless runs post their results.
package serve

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"time"
)

// Server is an example's HTTP server.
type Server struct {
	// URL is the server's root, e.g. http://127.0.0.1:8080/.
	URL string
	// WS is the same origin for WebSockets, e.g. ws://127.0.0.1:8080.
	WS string

	mux     *http.ServeMux
	srv     *http.Server
	ln      net.Listener
	results chan []byte
}

// Listen starts listening on addr ("127.0.0.1:0" for any free port).
func Listen(addr string) (*Server, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, err
	}
	s := &Server{
		URL: "http://" + ln.Addr().String() + "/", WS: "ws://" + ln.Addr().String(),
		mux: http.NewServeMux(), ln: ln, results: make(chan []byte, 16),
	}
	s.mux.HandleFunc("POST /results", s.takeResult)
	s.srv = &http.Server{Handler: s.mux, ReadHeaderTimeout: 10 * time.Second}
	return s, nil
}

// Handle registers h for pattern (as http.ServeMux does).
func (s *Server) Handle(pattern string, h http.Handler) { s.mux.Handle(pattern, h) }

// Serve serves in the background until Close.
func (s *Server) Serve() { go func() { _ = s.srv.Serve(s.ln) }() }

// Close stops the server.
func (s *Server) Close() error { return s.srv.Close() }

// takeResult keeps the body of a page's POST /results (at most 1 MiB).
func (s *Server) takeResult(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, 1<<20))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	select {
	case s.results <- body:
		w.WriteHeader(http.StatusNoContent)
	default:
		http.Error(w, "too many results", http.StatusServiceUnavailable)
	}
}

// Results waits for n pages' results, for at most timeout; gone, when it
// closes first (a browser that exited), ends the wait too.
func (s *Server) Results(ctx context.Context, n int, timeout time.Duration, gone <-chan struct{}) ([][]byte, error) {
	var out [][]byte
	deadline := time.After(timeout)
	for len(out) < n {
		select {
		case b := <-s.results:
			out = append(out, b)
		case <-gone:
			return out, fmt.Errorf("the browser exited after %d of %d results", len(out), n)
		case <-deadline:
			return out, fmt.Errorf("%d of %d results after %v", len(out), n, timeout)
		case <-ctx.Done():
			return out, ctx.Err()
		}
	}
	return out, nil
}
