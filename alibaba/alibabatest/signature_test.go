package alibabatest

import (
	"net/url"
	"testing"

	"github.com/stretchr/testify/assert"
)

// The classic documented example (ECS DescribeRegions), with the
// parameter spelled Timestamp as SDKs send it.
func TestReferenceSignatureMatchesThePublishedExample(t *testing.T) {
	t.Parallel()
	p := url.Values{
		"AccessKeyId": {"testid"}, "Action": {"DescribeRegions"}, "Format": {"XML"},
		"SignatureMethod": {"HMAC-SHA1"}, "SignatureNonce": {"3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf"},
		"SignatureVersion": {"1.0"}, "Timestamp": {"2016-02-23T12:46:24Z"}, "Version": {"2014-05-26"},
	}
	sts := stringToSign("GET", p)
	assert.Equal(t, "GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML"+
		"%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf"+
		"%26SignatureVersion%3D1.0%26Timestamp%3D2016-02-23T12%253A46%253A24Z%26Version%3D2014-05-26", sts)
	assert.Equal(t, "OLeaidS1JvxuMvnyHOwuJ+uX5qY=", sign("testsecret", sts))

	p.Set("Signature", "ignored")
	assert.Equal(t, sts, stringToSign("GET", p), "Signature itself is not signed")
}

func TestPercentEncodeIsRFC3986(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"a b":     "a%20b",
		"a+b":     "a%2Bb",
		"*":       "%2A",
		"~-_.":    "~-_.",
		"!'()":    "%21%27%28%29",
		"é":       "%C3%A9",
		"a=b&c/d": "a%3Db%26c%2Fd",
	} {
		assert.Equal(t, want, percentEncode(in), in)
	}
}
