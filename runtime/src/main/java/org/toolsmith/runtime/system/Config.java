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
 * @param sso single sign-on with an OpenID Connect provider, or null for none
 */
public record Config(String host, int port, Path dataDir, String adminPassword, String adminToken, Sso sso) {

    /**
     * An OpenID Connect provider to sign in with ({@code TOOLSMITH_OIDC_ISSUER}, {@code _CLIENT_ID},
     * {@code _CLIENT_SECRET}, {@code _GROUPS_CLAIM}; {@code TOOLSMITH_PUBLIC_URL} for the address the
     * provider sends people back to, else the address of the request).
     *
     * @param roleMap provider group → Toolsmith roles ({@code TOOLSMITH_OIDC_ROLE_MAP}, e.g.
     *                {@code it-admins=admin builder; reviewers=reviewer}); when not empty the provider
     *                owns the roles of the people who sign in with it
     * @param groupMap provider group → Toolsmith group ({@code TOOLSMITH_OIDC_GROUP_MAP}, e.g.
     *                 {@code hr-staff=HR; mgmt=Managers}); groups not named keep their own name
     */
    public record Sso(String issuer, String clientId, String clientSecret, String groupsClaim, String publicUrl,
                      Map<String, java.util.Set<String>> roleMap, Map<String, String> groupMap) {
        public Sso {
            roleMap = roleMap == null ? Map.of() : Map.copyOf(roleMap);
            groupMap = groupMap == null ? Map.of() : Map.copyOf(groupMap);
        }

        /** Without group mappings: groups as the provider names them, roles Toolsmith's own. */
        public Sso(String issuer, String clientId, String clientSecret, String groupsClaim, String publicUrl) {
            this(issuer, clientId, clientSecret, groupsClaim, publicUrl, Map.of(), Map.of());
        }

        /** Reads {@code group=a b; other=c}: each provider group with the names it maps to (space or comma separated). */
        public static Map<String, java.util.Set<String>> parseMap(String text) {
            Map<String, java.util.Set<String>> map = new java.util.LinkedHashMap<>();
            if (text == null) {
                return map;
            }
            for (String pair : text.split(";")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    java.util.Set<String> names = new java.util.LinkedHashSet<>();
                    for (String n : pair.substring(eq + 1).split("[,\\s]+")) {
                        if (!n.isBlank()) {
                            names.add(n.strip());
                        }
                    }
                    map.put(pair.substring(0, eq).strip(), names);
                }
            }
            return map;
        }

        @Override
        public String toString() {
            return "Sso[issuer=" + issuer + ", clientId=" + clientId + ", clientSecret=" + (clientSecret == null ? "none" : "set")
                    + ", groupsClaim=" + groupsClaim + ", publicUrl=" + publicUrl + ", roleMap=" + roleMap + ", groupMap=" + groupMap + "]";
        }
    }
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final Path DEFAULT_DATA = Path.of("data");

    public static Config defaults() {
        return new Config(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_DATA, null, null, null);
    }

    /** Takes {@code TOOLSMITH_ADMIN_PASSWORD} and {@code TOOLSMITH_ADMIN_TOKEN} from {@code env} when set. */
    public Config withEnvironment(Map<String, String> env) {
        String password = blankToNull(env.get("TOOLSMITH_ADMIN_PASSWORD"));
        String token = blankToNull(env.get("TOOLSMITH_ADMIN_TOKEN"));
        Sso fromEnv = sso;
        String issuer = blankToNull(env.get("TOOLSMITH_OIDC_ISSUER"));
        if (issuer != null) {
            String claim = blankToNull(env.get("TOOLSMITH_OIDC_GROUPS_CLAIM"));
            Map<String, String> groupMap = new java.util.LinkedHashMap<>();
            Sso.parseMap(env.get("TOOLSMITH_OIDC_GROUP_MAP")).forEach((k, v) -> groupMap.put(k, String.join(" ", v)));
            fromEnv = new Sso(issuer, blankToNull(env.get("TOOLSMITH_OIDC_CLIENT_ID")), blankToNull(env.get("TOOLSMITH_OIDC_CLIENT_SECRET")),
                    claim == null ? "groups" : claim, blankToNull(env.get("TOOLSMITH_PUBLIC_URL")),
                    Sso.parseMap(env.get("TOOLSMITH_OIDC_ROLE_MAP")), groupMap);
        }
        return new Config(host, port, dataDir, password == null ? adminPassword : password, token == null ? adminToken : token, fromEnv);
    }

    public Config withPort(int newPort) {
        return new Config(host, newPort, dataDir, adminPassword, adminToken, sso);
    }

    public Config withHost(String newHost) {
        return new Config(newHost, port, dataDir, adminPassword, adminToken, sso);
    }

    public Config withDataDir(Path newDir) {
        return new Config(host, port, newDir, adminPassword, adminToken, sso);
    }

    public Config withAdminPassword(String password) {
        return new Config(host, port, dataDir, password, adminToken, sso);
    }

    public Config withAdminToken(String token) {
        return new Config(host, port, dataDir, adminPassword, token, sso);
    }

    public Config withSso(Sso settings) {
        return new Config(host, port, dataDir, adminPassword, adminToken, settings);
    }

    /** Never prints the secrets. */
    @Override
    public String toString() {
        return "Config[host=" + host + ", port=" + port + ", dataDir=" + dataDir + ", adminPassword="
                + (adminPassword == null ? "none" : "set") + ", adminToken=" + (adminToken == null ? "none" : "set") + ", sso=" + sso + "]";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
