package huawei

import (
	"strings"

	"github.com/polycloud-go/polycloud/internal/apierr"
)

// kindOf classifies a failure by its code when the code is known to mean
// more than the status says, else by the HTTP status.
func kindOf(status int, code string) apierr.Kind {
	if k := kindOfCode(code); k != apierr.KindUnknown {
		return k
	}
	return apierr.KindOfStatus(status)
}

// kindOfCode knows the codes of the API gateway in front of every Huawei
// Cloud service (APIGW.xxxx on cloud services, APIG.0xxx on user
// gateways) and of the services polycloud calls.
func kindOfCode(code string) apierr.Kind {
	if k := gatewayKind(code); k != apierr.KindUnknown {
		return k
	}
	switch {
	case code == "APIG.1002", code == "APIC.7102": // incorrect token or token resolution failed
		return apierr.KindUnauthorized
	case code == "APIG.1005", code == "APIC.7106": // no permission for the method
		return apierr.KindForbidden
	case strings.HasPrefix(code, "APIG.30"), code == "APIC.7302": // "… does not exist"
		return apierr.KindNotFound
	}
	return apierr.KindUnknown
}

// gatewayKind maps the gateway's own codes, the same number under both
// prefixes.
func gatewayKind(code string) apierr.Kind {
	num, ok := strings.CutPrefix(code, "APIGW.")
	if !ok {
		num, ok = strings.CutPrefix(code, "APIG.")
	}
	if !ok {
		return apierr.KindUnknown
	}
	switch num {
	case "0308": // throttling threshold reached (sent with 429)
		return apierr.KindThrottled
	case "0301", "0303", "0305", "0307": // IAM, app or custom authentication failed; token must be renewed
		return apierr.KindUnauthorized
	case "0302", "0304", "0306": // authenticated but not allowed to call the API
		return apierr.KindForbidden
	case "0101": // the API does not exist or is not published (wrong endpoint or region)
		return apierr.KindNotFound
	}
	return apierr.KindUnknown
}
