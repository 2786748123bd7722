package org.toolsmith.draft.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * A scripted AI service on a real port: speaks OpenAI Chat Completions ({@code POST /v1/chat/completions})
 * and Anthropic Messages ({@code POST /v1/messages}), plain or as server-sent events when the request
 * says {@code "stream": true}, with text or tool calls, and can answer with an HTTP error, a broken
 * body or after a delay. Each request is answered by the next scripted answer, in order.
 */
final class FakeLlmServer implements AutoCloseable, org.junit.jupiter.api.extension.AfterEachCallback {
    sealed interface Answer permits Text, Tools, Status, Raw, Slow {
    }

    /** The assistant says {@code text}. */
    record Text(String text) implements Answer {
    }

    /** The assistant calls tools; {@code calls} alternates name and JSON arguments. */
    record Tools(String... calls) implements Answer {
    }

    /** An HTTP error with a JSON body. */
    record Status(int code) implements Answer {
    }

    /** A body sent as it is, with status 200 and JSON content type. */
    record Raw(String body) implements Answer {
    }

    /** {@code then}, after {@code delay}. */
    record Slow(Duration delay, Answer then) implements Answer {
    }

    /** One request as received. */
    record Received(String path, Map<String, List<String>> headers, JsonNode body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private final ObjectMapper mapper = new ObjectMapper();
    private final HttpServer server;
    private final Deque<Answer> answers = new ArrayDeque<>();
    private final List<Received> received = new ArrayList<>();

    /** A server for one test: register it with {@code @RegisterExtension} and it closes after the test. */
    static FakeLlmServer started() {
        try {
            return new FakeLlmServer();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void afterEach(org.junit.jupiter.api.extension.ExtensionContext context) {
        close();
    }

    FakeLlmServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    String openAiBaseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    String anthropicBaseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1/";
    }

    synchronized FakeLlmServer then(Answer... next) {
        answers.addAll(List.of(next));
        return this;
    }

    synchronized List<Received> received() {
        return List.copyOf(received);
    }

    synchronized int count() {
        return received.size();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            JsonNode body = mapper.readTree(ex.getRequestBody().readAllBytes());
            Answer answer;
            synchronized (this) {
                received.add(new Received(ex.getRequestURI().getPath(), Map.copyOf(ex.getRequestHeaders()), body));
                answer = answers.isEmpty() ? new Status(599) : answers.poll();
            }
            boolean anthropic = ex.getRequestURI().getPath().endsWith("/messages");
            boolean stream = body.path("stream").asBoolean(false);
            respond(ex, answer, anthropic, stream);
        } catch (IOException e) {
            // the client gave up (a timeout test): nothing to answer
        }
    }

    private void respond(HttpExchange ex, Answer answer, boolean anthropic, boolean stream) throws IOException {
        switch (answer) {
            case Slow s -> {
                try {
                    Thread.sleep(s.delay());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                respond(ex, s.then(), anthropic, stream);
            }
            case Status s -> send(ex, s.code(), "application/json", anthropic
                    ? "{\"type\":\"error\",\"error\":{\"type\":\"" + (s.code() == 429 ? "rate_limit_error" : "api_error") + "\",\"message\":\"scripted " + s.code() + "\"}}"
                    : "{\"error\":{\"message\":\"scripted " + s.code() + "\",\"type\":\"server_error\"}}");
            case Raw r -> send(ex, 200, "application/json", r.body());
            case Text t -> {
                if (stream) {
                    send(ex, 200, "text/event-stream", anthropic ? Sse.anthropicText(mapper, t.text()) : Sse.openAiText(mapper, t.text()));
                } else {
                    send(ex, 200, "application/json", mapper.writeValueAsString(anthropic ? anthropicText(t.text()) : openAiText(t.text())));
                }
            }
            case Tools t -> {
                if (stream) {
                    send(ex, 200, "text/event-stream", anthropic ? Sse.anthropicTools(mapper, t.calls()) : Sse.openAiTools(mapper, t.calls()));
                } else {
                    send(ex, 200, "application/json", mapper.writeValueAsString(anthropic ? anthropicTools(t.calls()) : openAiTools(t.calls())));
                }
            }
        }
    }

    private ObjectNode openAiText(String text) {
        ObjectNode message = mapper.createObjectNode().put("role", "assistant").put("content", text);
        return openAi(message, "stop");
    }

    private ObjectNode openAiTools(String[] calls) {
        ObjectNode message = mapper.createObjectNode().put("role", "assistant");
        message.putNull("content");
        ArrayNode list = message.putArray("tool_calls");
        for (int i = 0; i < calls.length; i += 2) {
            ObjectNode call = list.addObject().put("id", "call_" + i).put("type", "function");
            call.putObject("function").put("name", calls[i]).put("arguments", calls[i + 1]);
        }
        return openAi(message, "tool_calls");
    }

    private ObjectNode openAi(ObjectNode message, String finish) {
        ObjectNode o = mapper.createObjectNode().put("id", "chatcmpl-1").put("object", "chat.completion").put("created", 1).put("model", "fake");
        ObjectNode choice = o.putArray("choices").addObject().put("index", 0);
        choice.set("message", message);
        choice.put("finish_reason", finish);
        o.putObject("usage").put("prompt_tokens", 100).put("completion_tokens", 50).put("total_tokens", 150);
        return o;
    }

    private ObjectNode anthropicText(String text) {
        ObjectNode o = anthropic("end_turn");
        ((ArrayNode) o.get("content")).addObject().put("type", "text").put("text", text);
        return o;
    }

    private ObjectNode anthropicTools(String[] calls) throws IOException {
        ObjectNode o = anthropic("tool_use");
        for (int i = 0; i < calls.length; i += 2) {
            ObjectNode use = ((ArrayNode) o.get("content")).addObject().put("type", "tool_use").put("id", "toolu_" + i).put("name", calls[i]);
            use.set("input", mapper.readTree(calls[i + 1]));
        }
        return o;
    }

    private ObjectNode anthropic(String stop) {
        ObjectNode o = mapper.createObjectNode().put("id", "msg_1").put("type", "message").put("role", "assistant").put("model", "fake");
        o.putArray("content");
        o.put("stop_reason", stop);
        o.putNull("stop_sequence");
        o.putObject("usage").put("input_tokens", 100).put("output_tokens", 50);
        return o;
    }

    private static void send(HttpExchange ex, int code, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(code, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
