package alibabatest

import "time"

// The test credentials every Server accepts. Config uses them; sign your
// own raw requests with them, or pass a different secret to check that
// your code reports SignatureDoesNotMatch well.
const (
	// AccessKeyID is the long-term AccessKey ID the server knows.
	AccessKeyID = "LTAI5tAlibabatestKey0001"
	// AccessKeySecret is the secret that signs AccessKeyID's requests.
	AccessKeySecret = "alibabatest-Secret-9f8e7d6c5b4a"
	// Region is the region of Config; Global Accelerator is always
	// addressed as cn-hangzhou.
	Region = "cn-hangzhou"
)

// accessKey is one credential the server accepts.
type accessKey struct {
	secret string
	// token is the STS security token; empty for long-term keys.
	token string
	// expires is when an STS token stops working; zero means never.
	expires time.Time
}

func (k accessKey) sts() bool { return k.token != "" }

// keyring holds the server's credentials. It is built by NewServer and
// never changes afterwards, so it needs no lock.
type keyring map[string]accessKey
