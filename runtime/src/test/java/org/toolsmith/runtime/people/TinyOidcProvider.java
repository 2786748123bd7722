package org.toolsmith.runtime.people;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A small OpenID Connect provider on loopback for tests: discovery, JWKS (one RSA key), an
 * authorize endpoint that signs in one fixed person at once, and a token endpoint that checks the
 * client secret, the redirect URI and the PKCE verifier before it issues an RS256 ID token.
 */
final class TinyOidcProvider implements AutoCloseable {
    static final String CLIENT_ID = "toolsmith-test";
    static final String CLIENT_SECRET = "client-secret-for-tests";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final KeyPair keys;
    private final Map<String, Map<String, String>> codes = new ConcurrentHashMap<>();
    volatile Map<String, Object> person = Map.of("sub", "u-42", "preferred_username", "Olga", "name", "Olga Olsen",
            "email", "olga@example.com", "groups", List.of("sales", "north"));
    volatile int tokensIssued;
    volatile String lastTokenError = "";
    /** Signs ID tokens with a key that is not in the JWKS, as a forger would. */
    volatile boolean wrongKey;
    /** Puts another nonce in the ID token than the one the sign-in sent (a replayed or injected token). */
    volatile boolean wrongNonce;
    /** Whether discovery names an end_session_endpoint. */
    volatile boolean endSession = true;
    volatile String lastNonce;

    TinyOidcProvider() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/.well-known/openid-configuration", ex -> json(ex, 200, discovery()));
        server.createContext("/jwks", ex -> json(ex, 200, Map.of("keys", List.of(jwk()))));
        server.createContext("/authorize", this::authorize);
        server.createContext("/token", this::token);
        server.start();
    }

    String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private Map<String, Object> discovery() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("issuer", issuer());
        d.put("authorization_endpoint", issuer() + "/authorize");
        d.put("token_endpoint", issuer() + "/token");
        d.put("jwks_uri", issuer() + "/jwks");
        d.put("response_types_supported", List.of("code"));
        d.put("subject_types_supported", List.of("public"));
        d.put("id_token_signing_alg_values_supported", List.of("RS256"));
        d.put("code_challenge_methods_supported", List.of("S256"));
        if (endSession) {
            d.put("end_session_endpoint", issuer() + "/logout");
        }
        return d;
    }

    private Map<String, Object> jwk() {
        RSAPublicKey pub = (RSAPublicKey) keys.getPublic();
        return Map.of("kty", "RSA", "kid", "k1", "use", "sig", "alg", "RS256",
                "n", b64(unsigned(pub.getModulus())), "e", b64(unsigned(pub.getPublicExponent())));
    }

    private void authorize(HttpExchange ex) throws IOException {
        Map<String, String> q = form(ex.getRequestURI().getRawQuery());
        if (!CLIENT_ID.equals(q.get("client_id")) || !"code".equals(q.get("response_type"))
                || !"S256".equals(q.get("code_challenge_method")) || q.get("code_challenge") == null) {
            json(ex, 400, Map.of("error", "invalid_request"));
            return;
        }
        String code = "code-" + System.nanoTime();
        lastNonce = q.get("nonce");
        codes.put(code, Map.of("challenge", q.get("code_challenge"), "redirect", q.get("redirect_uri"),
                "nonce", q.getOrDefault("nonce", "")));
        String location = q.get("redirect_uri") + "?code=" + enc(code) + "&state=" + enc(q.getOrDefault("state", ""));
        ex.getResponseHeaders().add("Location", location);
        ex.sendResponseHeaders(302, -1);
        ex.close();
    }

    private void token(HttpExchange ex) throws IOException {
        Map<String, String> f = form(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String basic = ex.getRequestHeaders().getFirst("Authorization");
        String expectedBasic = "Basic " + Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        boolean clientOk = expectedBasic.equals(basic) || CLIENT_SECRET.equals(f.get("client_secret")) && CLIENT_ID.equals(f.get("client_id"));
        Map<String, String> grant = codes.remove(f.getOrDefault("code", ""));
        String problem = !clientOk ? "client" : grant == null ? "code"
                : !grant.get("redirect").equals(f.get("redirect_uri")) ? "redirect_uri"
                : f.get("code_verifier") == null || !grant.get("challenge").equals(SingleSignOn.challenge(f.get("code_verifier"))) ? "pkce" : "";
        if (!problem.isEmpty()) {
            lastTokenError = problem;
            json(ex, 400, Map.of("error", "invalid_grant", "error_description", problem));
            return;
        }
        long now = System.currentTimeMillis() / 1000;
        Map<String, Object> claims = new LinkedHashMap<>(person);
        claims.put("iss", issuer());
        claims.put("aud", CLIENT_ID);
        claims.put("iat", now);
        claims.put("exp", now + 300);
        if (!grant.get("nonce").isEmpty()) {
            claims.put("nonce", wrongNonce ? "another-sign-in" : grant.get("nonce"));
        }
        tokensIssued++;
        json(ex, 200, Map.of("access_token", "opaque" + System.nanoTime(), "token_type", "Bearer", "expires_in", 300,
                "id_token", sign(claims)));
    }

    private String sign(Map<String, Object> claims) throws IOException {
        try {
            String header = b64(JSON.writeValueAsBytes(Map.of("alg", "RS256", "kid", "k1", "typ", "JWT")));
            String body = b64(JSON.writeValueAsBytes(claims));
            Signature rsa = Signature.getInstance("SHA256withRSA");
            if (wrongKey) {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                rsa.initSign(generator.generateKeyPair().getPrivate());
            } else {
                rsa.initSign(keys.getPrivate());
            }
            rsa.update((header + "." + body).getBytes(StandardCharsets.US_ASCII));
            return header + "." + body + "." + b64(rsa.sign());
        } catch (java.security.GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

    private static void json(HttpExchange ex, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }

    private static Map<String, String> form(String raw) {
        Map<String, String> m = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return m;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            m.put(k, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return m;
    }

    private static byte[] unsigned(BigInteger n) {
        byte[] b = n.toByteArray();
        return b[0] == 0 ? java.util.Arrays.copyOfRange(b, 1, b.length) : b;
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
