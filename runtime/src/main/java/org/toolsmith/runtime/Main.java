package org.toolsmith.runtime;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.toolsmith.draft.Batch;
import org.toolsmith.runtime.system.Config;
import org.toolsmith.sandbox.ScriptCommand;

/** The command line: {@code serve} (default), {@code draft --jsonl}, {@code refine --jsonl}, {@code script run}. */
public final class Main {
    static final String USAGE = """
            Toolsmith: describe the tool you need in plain words, get a working app.

            Usage: ./toolsmith [COMMAND] [OPTIONS]

            Commands:
              serve                 Run the studio and the apps (the default command).
                --port N            Port to listen on (default 8080).
                --host ADDRESS      Address to listen on (default 127.0.0.1, this machine only).
                --data DIR          Folder for the database and uploads (default ./data).
              draft --jsonl         Read {"id", "prompt"} lines on standard input and write one
                                    {"id", "spec"} or {"id", "error"} line per input line.
              refine --jsonl        Read {"id", "spec", "request"} lines on standard input and write
                                    one {"id", "spec"} or {"id", "error"} line per input line.
              script run FILE.js    Run one script in the sandbox as the server would and print one
                                    {"ok": true, "value": ...} or {"ok": false, "error", "line"} line.
                --input RECORD.json The record the script receives (default null).
                --kind KIND         rule, computed, action or automation (default rule).
                                    More options: ./toolsmith script --help
              help, --help          Show this text.

            Environment (serve):
              TOOLSMITH_ADMIN_PASSWORD  The password of the "admin" account made at the first start
                                    (without it, one is generated and printed once to standard error).
              TOOLSMITH_ADMIN_TOKEN     A bearer token that acts as "admin", for automation.
              TOOLSMITH_OIDC_ISSUER     Single sign-on with this OpenID Connect provider (with
                                    TOOLSMITH_OIDC_CLIENT_ID, TOOLSMITH_OIDC_CLIENT_SECRET,
                                    TOOLSMITH_OIDC_GROUPS_CLAIM (default groups) and
                                    TOOLSMITH_PUBLIC_URL, the address people reach Toolsmith at).

            Logs go to standard error. Data lives in ./data unless --data says otherwise.
            """;

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        List<String> rest = new ArrayList<>(List.of(args));
        String command = rest.isEmpty() || rest.get(0).startsWith("--") && !isHelp(rest.get(0)) ? "serve" : rest.remove(0);
        switch (command) {
            case "help", "--help", "-h" -> {
                out.print(USAGE);
                return 0;
            }
            case "serve" -> {
                if (rest.stream().anyMatch(Main::isHelp)) {
                    out.print(USAGE);
                    return 0;
                }
                Config config = parseServe(rest, err);
                if (config == null) {
                    return 2;
                }
                ToolsmithServer server = ToolsmithServer.start(config);
                Runtime.getRuntime().addShutdownHook(new Thread(server::close, "toolsmith-shutdown"));
                err.println("Toolsmith is running at http://" + displayHost(config.host()) + ":" + server.port() + "/");
                server.awaitClose();
                return 0;
            }
            case "draft", "refine" -> {
                if (rest.stream().anyMatch(Main::isHelp) || !rest.contains("--jsonl")) {
                    (rest.stream().anyMatch(Main::isHelp) ? out : err).print(USAGE);
                    return rest.stream().anyMatch(Main::isHelp) ? 0 : 2;
                }
                PrintStream utf8Out = new PrintStream(out, true, StandardCharsets.UTF_8);
                Batch batch = new Batch();
                if (command.equals("draft")) {
                    batch.draft(System.in, utf8Out);
                } else {
                    batch.refine(System.in, utf8Out);
                }
                utf8Out.flush();
                return 0;
            }
            case "script" -> {
                return ScriptCommand.run(rest.toArray(String[]::new), out, err);
            }
            default -> {
                err.println("toolsmith: unknown command '" + command + "'. Try ./toolsmith --help");
                return 2;
            }
        }
    }

    private static boolean isHelp(String arg) {
        return arg.equals("--help") || arg.equals("-h");
    }

    private static String displayHost(String host) {
        return host.contains(":") ? "[" + host + "]" : host;
    }

    static Config parseServe(List<String> args, PrintStream err) {
        Config config = Config.defaults().withEnvironment(System.getenv());
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String value = i + 1 < args.size() ? args.get(i + 1) : null;
            if (!List.of("--port", "--host", "--data").contains(arg) || value == null) {
                err.println("toolsmith serve: unknown or incomplete option '" + arg + "'. Try ./toolsmith --help");
                return null;
            }
            i++;
            switch (arg) {
                case "--port" -> {
                    try {
                        config = config.withPort(Integer.parseInt(value));
                    } catch (NumberFormatException e) {
                        err.println("toolsmith serve: --port needs a number, not '" + value + "'.");
                        return null;
                    }
                }
                case "--host" -> config = config.withHost(value);
                default -> config = config.withDataDir(Path.of(value));
            }
        }
        return config;
    }
}
