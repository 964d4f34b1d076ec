// Command hello is the size benchmark's baseline: the Go runtime and fmt.
package main

import "fmt"

func main() { fmt.Println("hello, world") }
