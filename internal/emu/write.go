package emu

import (
	"bytes"
	"fmt"
	"net/http"
	"strconv"
)

// WriteJSON answers with status and v encoded as JSON. It sets
// Content-Type to application/json unless the caller set one already
// (Alibaba adds a charset) and always sets Content-Length, as the clouds'
// gateways do.
func WriteJSON(w http.ResponseWriter, status int, v any) {
	body, err := Marshal(v)
	if err != nil {
		// Only a bug in an emulator's own response types gets here.
		http.Error(w, "emulator: cannot encode response: "+err.Error(), http.StatusInternalServerError)
		return
	}
	WriteBody(w, status, "application/json", body)
}

// Marshal encodes v as JSON without HTML escaping (the clouds send "&"
// as is) and without a trailing newline.
func Marshal(v any) ([]byte, error) {
	var buf bytes.Buffer
	if err := encodeTo(&buf, v); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// WriteBody answers with status and body, setting Content-Type (unless
// already set) and Content-Length.
func WriteBody(w http.ResponseWriter, status int, contentType string, body []byte) {
	h := w.Header()
	if h.Get("Content-Type") == "" {
		h.Set("Content-Type", contentType)
	}
	h.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(status)
	_, _ = w.Write(body)
}

// WriteHTML answers with the error page an nginx gateway shows for
// status: HTML, not JSON, which is what clients meet when a load balancer
// rather than the cloud's API answers.
func WriteHTML(w http.ResponseWriter, status int) {
	title := fmt.Sprintf("%d %s", status, http.StatusText(status))
	page := "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n" +
		"<center><h1>" + title + "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
	w.Header().Set("Server", "nginx")
	w.Header().Set("Content-Type", "text/html")
	WriteBody(w, status, "text/html", []byte(page))
}
