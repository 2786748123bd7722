package org.toolsmith.runtime.system;

import java.nio.file.Path;

/**
 * Server settings, read once at start from the command line and the environment.
 *
 * @param host address to listen on (default {@value #DEFAULT_HOST}: loopback only)
 * @param port port to listen on (default {@value #DEFAULT_PORT}; 0 picks a free one, as tests do)
 * @param dataDir where the database and uploaded files live (default {@code ./data})
 */
public record Config(String host, int port, Path dataDir) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final Path DEFAULT_DATA = Path.of("data");

    public static Config defaults() {
        return new Config(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_DATA);
    }

    public Config withPort(int newPort) {
        return new Config(host, newPort, dataDir);
    }

    public Config withHost(String newHost) {
        return new Config(newHost, port, dataDir);
    }

    public Config withDataDir(Path newDir) {
        return new Config(host, port, newDir);
    }
}
