package huawei

import "time"

// SetSigningClock makes an access-key client date its signatures with
// now, for the external tests that drive the emulator.
func SetSigningClock(c *Client, now func() time.Time) { c.account.auth.now = now }
