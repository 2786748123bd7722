package org.toolsmith.draft.llm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/** Server-sent event bodies in the OpenAI and Anthropic streaming dialects, for {@link FakeLlmServer}. */
final class Sse {
    private Sse() {
    }

    static String openAiText(ObjectMapper m, String text) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (String piece : pieces(text)) {
            ObjectNode chunk = openAiChunk(m);
            chunk.withArray("choices").addObject().put("index", 0).putNull("finish_reason")
                    .putObject("delta").put("role", "assistant").put("content", piece);
            data(sb, m, chunk);
        }
        return finishOpenAi(sb, m, "stop");
    }

    static String openAiTools(ObjectMapper m, String[] calls) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < calls.length; i += 2) {
            ObjectNode first = openAiChunk(m);
            ObjectNode call = first.withArray("choices").addObject().put("index", 0).putObject("delta").putArray("tool_calls").addObject()
                    .put("index", i / 2).put("id", "call_" + i).put("type", "function");
            call.putObject("function").put("name", calls[i]).put("arguments", "");
            data(sb, m, first);
            for (String piece : pieces(calls[i + 1])) {
                ObjectNode next = openAiChunk(m);
                next.withArray("choices").addObject().put("index", 0).putObject("delta").putArray("tool_calls").addObject()
                        .put("index", i / 2).putObject("function").put("arguments", piece);
                data(sb, m, next);
            }
        }
        return finishOpenAi(sb, m, "tool_calls");
    }

    private static String finishOpenAi(StringBuilder sb, ObjectMapper m, String reason) throws IOException {
        ObjectNode last = openAiChunk(m);
        last.withArray("choices").addObject().put("index", 0).put("finish_reason", reason).putObject("delta");
        data(sb, m, last);
        ObjectNode usage = openAiChunk(m);
        usage.putArray("choices");
        usage.putObject("usage").put("prompt_tokens", 100).put("completion_tokens", 50).put("total_tokens", 150);
        data(sb, m, usage);
        return sb.append("data: [DONE]\n\n").toString();
    }

    static String anthropicText(ObjectMapper m, String text) throws IOException {
        StringBuilder sb = new StringBuilder();
        start(sb, m);
        event(sb, m, "content_block_start", m.readTree("{\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}"));
        for (String piece : pieces(text)) {
            ObjectNode d = m.createObjectNode().put("type", "content_block_delta").put("index", 0);
            d.putObject("delta").put("type", "text_delta").put("text", piece);
            event(sb, m, "content_block_delta", d);
        }
        event(sb, m, "content_block_stop", m.readTree("{\"type\":\"content_block_stop\",\"index\":0}"));
        return stop(sb, m, "end_turn");
    }

    static String anthropicTools(ObjectMapper m, String[] calls) throws IOException {
        StringBuilder sb = new StringBuilder();
        start(sb, m);
        for (int i = 0; i < calls.length; i += 2) {
            int index = i / 2;
            ObjectNode s = m.createObjectNode().put("type", "content_block_start").put("index", index);
            s.putObject("content_block").put("type", "tool_use").put("id", "toolu_" + i).put("name", calls[i]).putObject("input");
            event(sb, m, "content_block_start", s);
            for (String piece : pieces(calls[i + 1])) {
                ObjectNode d = m.createObjectNode().put("type", "content_block_delta").put("index", index);
                d.putObject("delta").put("type", "input_json_delta").put("partial_json", piece);
                event(sb, m, "content_block_delta", d);
            }
            event(sb, m, "content_block_stop", m.createObjectNode().put("type", "content_block_stop").put("index", index));
        }
        return stop(sb, m, "tool_use");
    }

    private static void start(StringBuilder sb, ObjectMapper m) throws IOException {
        event(sb, m, "message_start", m.readTree("{\"type\":\"message_start\",\"message\":{\"id\":\"msg_1\",\"type\":\"message\",\"role\":\"assistant\","
                + "\"model\":\"fake\",\"content\":[],\"stop_reason\":null,\"stop_sequence\":null,\"usage\":{\"input_tokens\":100,\"output_tokens\":1}}}"));
    }

    private static String stop(StringBuilder sb, ObjectMapper m, String reason) throws IOException {
        event(sb, m, "message_delta", m.readTree("{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"" + reason
                + "\",\"stop_sequence\":null},\"usage\":{\"output_tokens\":50}}"));
        event(sb, m, "message_stop", m.readTree("{\"type\":\"message_stop\"}"));
        return sb.toString();
    }

    private static ObjectNode openAiChunk(ObjectMapper m) {
        return m.createObjectNode().put("id", "chatcmpl-1").put("object", "chat.completion.chunk").put("created", 1).put("model", "fake");
    }

    private static void data(StringBuilder sb, ObjectMapper m, Object node) throws IOException {
        sb.append("data: ").append(m.writeValueAsString(node)).append("\n\n");
    }

    private static void event(StringBuilder sb, ObjectMapper m, String name, Object node) throws IOException {
        sb.append("event: ").append(name).append('\n');
        data(sb, m, node);
    }

    /** The text cut in pieces of at most 20 characters, as a model streams it. */
    private static java.util.List<String> pieces(String text) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < text.length(); i += 20) {
            out.add(text.substring(i, Math.min(text.length(), i + 20)));
        }
        if (out.isEmpty()) {
            out.add("");
        }
        return out;
    }
}
