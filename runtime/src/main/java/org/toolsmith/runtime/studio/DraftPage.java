package org.toolsmith.runtime.studio;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.toolsmith.build.SpecWords;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;

/**
 * The view model of the draft page. Optional state: an edit that failed ({@link #failedEdit}, shown
 * with what the person typed), a chat text to keep, and problems that stopped Create.
 */
final class DraftPage {
    private final Draft draft;
    private FieldEdit failedEdit;
    private String editError = "";
    private String chatText = "";
    private String chatError = "";
    private List<String> problems = List.of();
    private String reviewComment = "";
    private boolean canUndo;
    private String aiUsage = "";

    DraftPage(Draft draft) {
        this.draft = draft;
    }

    DraftPage failedEdit(FieldEdit edit, String message) {
        this.failedEdit = edit;
        this.editError = message;
        return this;
    }

    DraftPage chat(String text, String error) {
        this.chatText = text;
        this.chatError = error;
        return this;
    }

    DraftPage problems(List<String> messages) {
        this.problems = List.copyOf(messages);
        return this;
    }

    /** Whether there is a change to undo; the page then offers "Undo last change". */
    DraftPage canUndo(boolean can) {
        this.canUndo = can;
        return this;
    }

    /** What a reviewer asked to change, shown on the draft of a created app's next version. */
    DraftPage reviewComment(String words) {
        this.reviewComment = words == null ? "" : words;
        return this;
    }

    /** The AI service's use for this draft in words, shown to admins ("" for others or when it was not used). */
    DraftPage aiUsage(String words) {
        this.aiUsage = words == null ? "" : words;
        return this;
    }

    String id() {
        return draft.id();
    }

    String appSlug() {
        return draft.appSlug();
    }

    String title() {
        return "Draft: " + draft.spec().name();
    }

    Map<String, Object> model() {
        AppSpec spec = draft.spec();
        String base = "/drafts/" + draft.id();
        Map<String, Object> m = new HashMap<>();
        m.put("name", spec.name() == null ? "Untitled app" : spec.name());
        m.put("summary", spec.summary() == null ? "" : spec.summary());
        m.put("appUrl", draft.appSlug() == null ? "" : "/apps/" + draft.appSlug() + "/");
        m.put("problems", problems);
        boolean appFailed = failedEdit != null && failedEdit.formId().equals("/app");
        m.put("appNameValue", appFailed ? failedEdit.label() : m.get("name"));
        m.put("appError", appFailed ? editError : "");
        m.put("words", SpecWords.describe(spec));
        m.put("logic", org.toolsmith.build.LogicWords.describe(spec));
        m.put("access", org.toolsmith.build.AccessWords.describe(spec));
        m.put("entities", spec.entities().stream().map(e -> entity(spec, e)).toList());
        m.put("conversation", draft.conversation().stream().map(DraftPage::message).toList());
        m.put("chatText", chatText);
        m.put("chatError", chatError);
        m.put("editUrl", base + "/fields");
        m.put("messagesUrl", base + "/messages");
        m.put("undoUrl", base + "/undo");
        m.put("canUndo", canUndo);
        m.put("createUrl", base + "/create");
        m.put("forApp", draft.appSlug() != null);
        m.put("reviewComment", reviewComment);
        m.put("aiUsage", aiUsage);
        return m;
    }

    private Map<String, Object> entity(AppSpec spec, Entity e) {
        Map<String, Object> m = new HashMap<>();
        m.put("key", e.key());
        m.put("name", e.name());
        m.put("plural", e.plural() == null ? e.name() : e.plural());
        m.put("suggested", e.suggested());
        m.put("because", e.because() == null ? "" : e.because());
        boolean failed = failedEdit != null && failedEdit.formId().equals(e.key() + "/");
        m.put("nameValue", failed && failedEdit.op().equals("entity") ? failedEdit.label() : e.name());
        m.put("error", failed ? editError : "");
        List<Map<String, Object>> fields = new ArrayList<>();
        for (Field f : e.fields()) {
            fields.add(field(spec, e, f));
        }
        m.put("fields", fields);
        FieldEdit add = new FieldEdit("add", e.key(), "", "", "text", "", false);
        String addError = "";
        if (failedEdit != null && failedEdit.formId().equals(add.formId())) {
            add = failedEdit;
            addError = editError;
        }
        Map<String, Object> addForm = form(spec, "add-" + e.key(), "", add.label(), add.type(), add.options(), add.required());
        addForm.put("error", addError);
        m.put("add", addForm);
        return m;
    }

    private Map<String, Object> field(AppSpec spec, Entity e, Field f) {
        FieldEdit typed = new FieldEdit("save", e.key(), f.key(), f.label(), SpecWords.typeChoice(f),
                String.join(", ", f.options()), f.required());
        String error = "";
        if (failedEdit != null && failedEdit.formId().equals(typed.formId())) {
            typed = failedEdit.op().equals("save") ? failedEdit : typed;
            error = editError;
        }
        Map<String, Object> m = form(spec, "f-" + e.key() + "-" + f.key(), f.key(), typed.label(), typed.type(),
                typed.options(), typed.required());
        m.put("name", f.label());
        m.put("details", SpecWords.details(spec, f));
        m.put("suggested", f.suggested());
        m.put("because", f.because() == null ? "" : f.because());
        m.put("error", error);
        return m;
    }

    private static Map<String, Object> form(AppSpec spec, String id, String key, String label, String type,
                                            String options, boolean required) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", id);
        m.put("key", key);
        m.put("label", label);
        m.put("options", options);
        m.put("required", required);
        List<Map<String, Object>> types = new ArrayList<>();
        for (var choice : SpecWords.typeChoices(spec).entrySet()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("value", choice.getKey());
            o.put("label", choice.getValue());
            o.put("selected", choice.getKey().equals(type));
            types.add(o);
        }
        m.put("types", types);
        return m;
    }

    private static Map<String, Object> message(Draft.Message message) {
        return Map.of("who", message.who().equals("you") ? "you" : "toolsmith",
                "whoLabel", message.who().equals("you") ? "You" : "Toolsmith",
                "text", message.text());
    }
}
