package cn.tuanbiao.registry.protocol;

import java.util.Map;

/**
 * What of a request the signature covers (PROTOCOL §2): method, target URI and the three headers;
 * plus the two signature headers themselves once signed. Header names are lower case.
 */
public record SignedRequest(String method, String targetUri, Map<String, String> headers) {

    public SignedRequest {
        headers = Map.copyOf(headers);
    }

    public String header(String name) {
        return headers.get(name);
    }
}
