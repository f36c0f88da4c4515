package core

import (
	"math/rand/v2"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// MaxRetryAfter: a server asking for a longer wait gets its error passed to the caller, who can decide.
const MaxRetryAfter = 60 * time.Second

func shouldRetry(r RetrySpec, status int) bool {
	for _, s := range r.Statuses {
		if s == status {
			return true
		}
	}
	for _, first := range r.StatusRanges {
		if status/100 == first {
			return true
		}
	}
	return false
}

// backoff: initial × 2^attempt, capped, minus up to 25% jitter.
func backoff(r RetrySpec, attempt int) time.Duration {
	delay := float64(r.InitialDelayMs) * float64(int64(1)<<min(attempt, 30))
	delay = min(delay, float64(r.MaxDelayMs))
	return time.Duration(delay * (1 - rand.Float64()*0.25) * float64(time.Millisecond))
}

var seconds = regexp.MustCompile(`^\d+(\.\d+)?$`)

// retryDelay: the server's delay (milliseconds, seconds or an HTTP date), else the backoff; false when the server
// asks for a longer wait than a client should block for.
func retryDelay(r RetrySpec, attempt int, headers http.Header) (time.Duration, bool) {
	for _, name := range r.RetryAfterHeaders {
		text := strings.TrimSpace(headers.Get(name))
		if text == "" {
			continue
		}
		var delay time.Duration
		switch {
		case strings.HasSuffix(name, "-ms"):
			ms, err := strconv.ParseFloat(text, 64)
			if err != nil || ms != ms {
				continue
			}
			delay = time.Duration(ms * float64(time.Millisecond))
		case seconds.MatchString(text):
			s, _ := strconv.ParseFloat(text, 64)
			delay = time.Duration(s * float64(time.Second))
		default:
			when, err := http.ParseTime(text)
			if err != nil {
				continue
			}
			delay = time.Until(when)
		}
		if delay > MaxRetryAfter {
			return 0, false
		}
		return max(0, delay), true
	}
	return backoff(r, attempt), true
}
