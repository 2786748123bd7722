package org.toolsmith.runtime.studio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.toolsmith.runtime.studio.Draft.Message;
import org.toolsmith.runtime.system.Database;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.SpecJson;

/** Keeps drafts in {@code TOOLSMITH.DRAFTS}: the request, the spec as JSON, the chat as JSON. */
public final class DraftStore {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final TypeReference<List<Message>> MESSAGES = new TypeReference<>() {
    };

    private final Database database;
    private final SpecJson json;

    public DraftStore(Database database, SpecJson json) {
        this.database = database;
        this.json = json;
    }

    /** The spec of the draft with this id, if there is one (for {@code POST /api/apps {"draft"}}). */
    public Optional<AppSpec> spec(String id) {
        return find(id).map(Draft::spec);
    }

    Draft create(String prompt, AppSpec spec) {
        byte[] bytes = new byte[10];
        RANDOM.nextBytes(bytes);
        Draft draft = new Draft(HexFormat.of().formatHex(bytes), prompt, spec, List.of(), null);
        database.inTransaction(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "INSERT INTO TOOLSMITH.DRAFTS (ID, PROMPT, SPEC, CONVERSATION) VALUES (?, ?, ?, ?)")) {
                st.setString(1, draft.id());
                st.setString(2, prompt);
                st.setString(3, json.write(spec));
                st.setString(4, write(draft.conversation()));
                return st.executeUpdate();
            }
        });
        return draft;
    }

    Optional<Draft> find(String id) {
        if (id == null || !id.matches("[0-9a-f]{1,32}")) {
            return Optional.empty();
        }
        return database.inTransaction(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT PROMPT, SPEC, CONVERSATION, APP_SLUG FROM TOOLSMITH.DRAFTS WHERE ID = ?")) {
                st.setString(1, id);
                try (ResultSet rs = st.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    AppSpec spec = json.fromTree(json.tree(rs.getString(2)));
                    return Optional.of(new Draft(id, rs.getString(1), spec, read(rs.getString(3)), rs.getString(4)));
                }
            }
        });
    }

    /** Records who started the draft: only they (and admins) may see and change it. */
    void claim(String id, String login) {
        database.inTransaction(c -> {
            try (PreparedStatement st = c.prepareStatement("UPDATE TOOLSMITH.DRAFTS SET CREATED_BY = ? WHERE ID = ?")) {
                st.setString(1, login);
                st.setString(2, id);
                return st.executeUpdate();
            }
        });
    }

    /** Who started the draft, if anyone is recorded. */
    Optional<String> owner(String id) {
        return database.inTransaction(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT CREATED_BY FROM TOOLSMITH.DRAFTS WHERE ID = ?")) {
                st.setString(1, id);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** The newest drafts of {@code login} not yet created as apps: id and app name, for the home page. */
    List<Map.Entry<String, String>> recent(int limit, String login) {
        return database.inTransaction(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT ID, SPEC FROM TOOLSMITH.DRAFTS WHERE APP_SLUG IS NULL"
                    + " AND CREATED_BY = ? ORDER BY UPDATED_AT DESC, ID FETCH FIRST ? ROWS ONLY")) {
                st.setString(1, login);
                st.setInt(2, limit);
                List<Map.Entry<String, String>> out = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        AppSpec spec = json.fromTree(json.tree(rs.getString(2)));
                        out.add(Map.entry(rs.getString(1), spec.name() == null ? "Untitled app" : spec.name()));
                    }
                }
                return out;
            }
        });
    }

    /** How many earlier specs are kept for "Undo last change". */
    static final int UNDO_DEPTH = 20;
    private static final TypeReference<List<String>> SPECS = new TypeReference<>() {
    };

    /**
     * Stores the draft's spec, conversation and app slug. When the spec changed, the one it replaces is kept
     * (the newest {@value #UNDO_DEPTH}) so that the change can be undone.
     */
    void save(Draft draft) {
        String spec = json.write(draft.spec());
        database.inTransaction(c -> {
            List<String> earlier = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT SPEC, EARLIER_SPECS FROM TOOLSMITH.DRAFTS WHERE ID = ? FOR UPDATE")) {
                st.setString(1, draft.id());
                try (ResultSet rs = st.executeQuery()) {
                    if (rs.next()) {
                        earlier.addAll(specs(rs.getString(2)));
                        String before = rs.getString(1);
                        if (!before.equals(spec)) {
                            earlier.add(before);
                        }
                    }
                }
            }
            while (earlier.size() > UNDO_DEPTH) {
                earlier.remove(0);
            }
            try (PreparedStatement st = c.prepareStatement("UPDATE TOOLSMITH.DRAFTS SET SPEC = ?, CONVERSATION = ?,"
                    + " APP_SLUG = ?, EARLIER_SPECS = ?, UPDATED_AT = CURRENT_TIMESTAMP WHERE ID = ?")) {
                st.setString(1, spec);
                st.setString(2, write(draft.conversation()));
                st.setString(3, draft.appSlug());
                st.setString(4, writeSpecs(earlier));
                st.setString(5, draft.id());
                return st.executeUpdate();
            }
        });
    }

    /** Whether the draft has a change to undo (an empty list is stored as {@code []}). */
    boolean canUndo(String id) {
        return database.inTransaction(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT 1 FROM TOOLSMITH.DRAFTS WHERE ID = ? AND LENGTH(EARLIER_SPECS) > 2")) {
                st.setString(1, id);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /**
     * Puts back the spec the draft had before its last change and adds {@code said} to its chat, in one
     * transaction; empty when there is nothing to undo.
     */
    Optional<Draft> undo(Draft draft, Message... said) {
        return database.inTransaction(c -> {
            List<String> earlier;
            try (PreparedStatement st = c.prepareStatement("SELECT EARLIER_SPECS FROM TOOLSMITH.DRAFTS WHERE ID = ? FOR UPDATE")) {
                st.setString(1, draft.id());
                try (ResultSet rs = st.executeQuery()) {
                    earlier = rs.next() ? new ArrayList<>(specs(rs.getString(1))) : new ArrayList<>();
                }
            }
            if (earlier.isEmpty()) {
                return Optional.<Draft>empty();
            }
            String back = earlier.remove(earlier.size() - 1);
            Draft undone = draft.withSpec(json.fromTree(json.tree(back))).withMessages(said);
            try (PreparedStatement st = c.prepareStatement("UPDATE TOOLSMITH.DRAFTS SET SPEC = ?, CONVERSATION = ?,"
                    + " EARLIER_SPECS = ?, UPDATED_AT = CURRENT_TIMESTAMP WHERE ID = ?")) {
                st.setString(1, back);
                st.setString(2, write(undone.conversation()));
                st.setString(3, writeSpecs(earlier));
                st.setString(4, draft.id());
                st.executeUpdate();
            }
            return Optional.of(undone);
        });
    }

    private List<String> specs(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        try {
            return mapper().readValue(text, SPECS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored earlier specs are not JSON", e);
        }
    }

    private String writeSpecs(List<String> specs) {
        try {
            return mapper().writeValueAsString(specs);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write earlier specs", e);
        }
    }

    private String write(List<Message> messages) {
        try {
            return mapper().writeValueAsString(messages);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a conversation", e);
        }
    }

    private List<Message> read(String text) {
        try {
            return mapper().readValue(text, MESSAGES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored conversation is not JSON", e);
        }
    }

    private ObjectMapper mapper() {
        return json.mapper();
    }
}
