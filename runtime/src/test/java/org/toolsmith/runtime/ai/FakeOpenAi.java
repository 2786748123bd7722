package org.toolsmith.runtime.ai;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.toolsmith.draft.llm.LlmSettings;

/**
 * An OpenAI Chat Completions server on a real port for the runtime's tests: answers each request
 * with the next scripted assistant text (the last one again when the script runs out), 100 tokens
 * in and 50 out each. The generator's tests have the full fake (streaming, tool calls, errors).
 */
public final class FakeOpenAi implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpServer server;
    private final Deque<String> answers = new ArrayDeque<>();
    private final AtomicInteger calls = new AtomicInteger();
    private volatile String last = "";

    public FakeOpenAi(String... answers) throws IOException {
        this.answers.addAll(List.of(answers));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", ex -> {
            try (ex) {
                ex.getRequestBody().readAllBytes();
                calls.incrementAndGet();
                String text;
                synchronized (this.answers) {
                    text = this.answers.isEmpty() ? last : this.answers.poll();
                    last = text;
                }
                ObjectNode answer = JSON.createObjectNode().put("id", "c").put("object", "chat.completion").put("created", 1).put("model", "fake");
                ObjectNode choice = answer.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
                choice.putObject("message").put("role", "assistant").put("content", text);
                answer.putObject("usage").put("prompt_tokens", 100).put("completion_tokens", 50).put("total_tokens", 150);
                byte[] body = JSON.writeValueAsBytes(answer);
                ex.getResponseHeaders().add("Content-Type", "application/json");
                ex.sendResponseHeaders(200, body.length);
                ex.getResponseBody().write(body);
            }
        });
        server.start();
    }

    /** Requests answered so far. */
    public int calls() {
        return calls.get();
    }

    /** Settings for this server (no streaming, no retries) with {@code extra} environment variables. */
    public LlmSettings settings(Map<String, String> extra) {
        Map<String, String> env = new java.util.HashMap<>(Map.of("TOOLSMITH_LLM_PROVIDER", "openai",
                "TOOLSMITH_LLM_BASE_URL", "http://127.0.0.1:" + server.getAddress().getPort() + "/v1", "TOOLSMITH_LLM_STREAM", "false",
                "TOOLSMITH_LLM_MAX_RETRIES", "0"));
        env.putAll(extra);
        return LlmSettings.fromEnvironment(env);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
