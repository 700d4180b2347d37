package alibabatest

import (
	"io"
	"mime"
	"net/http"
	"net/url"
)

// maxBody bounds the body the server reads.
const maxBody = 4 << 20

// readParams merges the query and an application/x-www-form-urlencoded
// body: Alibaba signs and reads both alike. It also returns the raw body,
// which signature V3 covers by its SHA-256 whatever its type.
func readParams(r *http.Request, query url.Values) (url.Values, []byte, error) {
	params := url.Values{}
	for k, vs := range query {
		params[k] = append(params[k], vs...)
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, maxBody))
	if err != nil {
		return params, body, err
	}
	if mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type")); mt != "application/x-www-form-urlencoded" {
		return params, body, nil
	}
	form, err := url.ParseQuery(string(body))
	if err != nil {
		return params, body, err
	}
	for k, vs := range form {
		params[k] = append(params[k], vs...)
	}
	return params, body, nil
}

func malformed(what string, err error) *apiError {
	return newError(http.StatusBadRequest, "InvalidParameter", "The "+what+" is malformed: "+err.Error())
}
