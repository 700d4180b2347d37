package alibabatest

import (
	"io"
	"mime"
	"net/http"
	"net/url"
)

// maxBody bounds the form body the server reads.
const maxBody = 4 << 20

// readParams merges the query and an application/x-www-form-urlencoded
// body: Alibaba signs and reads both alike.
func readParams(r *http.Request, query url.Values) (url.Values, error) {
	params := url.Values{}
	for k, vs := range query {
		params[k] = append(params[k], vs...)
	}
	if mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type")); mt != "application/x-www-form-urlencoded" {
		return params, nil
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, maxBody))
	if err != nil {
		return params, err
	}
	form, err := url.ParseQuery(string(body))
	if err != nil {
		return params, err
	}
	for k, vs := range form {
		params[k] = append(params[k], vs...)
	}
	return params, nil
}

func malformed(what string, err error) *apiError {
	return newError(http.StatusBadRequest, "InvalidParameter", "The "+what+" is malformed: "+err.Error())
}
