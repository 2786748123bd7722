package org.toolsmith.runtime.system;

import java.nio.file.Path;
import java.util.Map;

/**
 * Server settings, read once at start from the command line and the environment.
 *
 * @param host address to listen on (default {@value #DEFAULT_HOST}: loopback only)
 * @param port port to listen on (default {@value #DEFAULT_PORT}; 0 picks a free one, as tests do)
 * @param dataDir where the database and uploaded files live (default {@code ./data})
 * @param adminPassword the first admin's password at the first start ({@code TOOLSMITH_ADMIN_PASSWORD}),
 *                      or null to generate one and print it once to standard error
 * @param adminToken a bearer token that acts as the admin account ({@code TOOLSMITH_ADMIN_TOKEN}), or null
 */
public record Config(String host, int port, Path dataDir, String adminPassword, String adminToken) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final Path DEFAULT_DATA = Path.of("data");

    public static Config defaults() {
        return new Config(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_DATA, null, null);
    }

    /** Takes {@code TOOLSMITH_ADMIN_PASSWORD} and {@code TOOLSMITH_ADMIN_TOKEN} from {@code env} when set. */
    public Config withEnvironment(Map<String, String> env) {
        String password = blankToNull(env.get("TOOLSMITH_ADMIN_PASSWORD"));
        String token = blankToNull(env.get("TOOLSMITH_ADMIN_TOKEN"));
        return new Config(host, port, dataDir, password == null ? adminPassword : password, token == null ? adminToken : token);
    }

    public Config withPort(int newPort) {
        return new Config(host, newPort, dataDir, adminPassword, adminToken);
    }

    public Config withHost(String newHost) {
        return new Config(newHost, port, dataDir, adminPassword, adminToken);
    }

    public Config withDataDir(Path newDir) {
        return new Config(host, port, newDir, adminPassword, adminToken);
    }

    public Config withAdminPassword(String password) {
        return new Config(host, port, dataDir, password, adminToken);
    }

    public Config withAdminToken(String token) {
        return new Config(host, port, dataDir, adminPassword, token);
    }

    /** Never prints the secrets. */
    @Override
    public String toString() {
        return "Config[host=" + host + ", port=" + port + ", dataDir=" + dataDir + ", adminPassword="
                + (adminPassword == null ? "none" : "set") + ", adminToken=" + (adminToken == null ? "none" : "set") + "]";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
