//go:build !unix && !js

package nativebench

import "time"

// processCPU is 0 where getrusage does not exist: the CPU rows stay 0.
func processCPU() time.Duration { return 0 }
