package org.toolsmith.runtime.screens;

import io.vertx.ext.web.FileUpload;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.toolsmith.runtime.Services;
import org.toolsmith.runtime.records.RecordStore;
import org.toolsmith.runtime.records.Right;
import org.toolsmith.runtime.records.RecordStore.Choice;
import org.toolsmith.runtime.system.Pages;
import org.toolsmith.runtime.system.RequestException;
import org.toolsmith.runtime.system.RequestException.FieldError;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;

/** New, edit and delete: one form for new and edit, errors shown inline with what was typed. */
final class RecordPages {

    private final Services services;
    private final Pages pages;
    private final FileStore files;

    RecordPages(Services services, Pages pages, FileStore files) {
        this.services = services;
        this.pages = pages;
        this.files = files;
    }

    void newForm(RoutingContext ctx) {
        Target t = Target.of(ctx, services);
        t.mayAdd();
        sendForm(ctx, 200, t, null, RecordForm.values(t.entity(), Map.of()), Map.of(), "");
    }

    void editForm(RoutingContext ctx) {
        Target t = Target.of(ctx, services);
        Map<String, Object> record = stored(t);
        t.may(record, Right.EDIT_ALL, Right.EDIT_OWN, "change");
        sendForm(ctx, 200, t, record, RecordForm.values(t.entity(), record), Map.of(), "");
    }

    void create(RoutingContext ctx) {
        Target t = Target.of(ctx, services);
        t.mayAdd();
        Map<String, Object> input = RecordForm.read(t.entity(), ctx.request().formAttributes());
        List<String> added = attachFiles(ctx, t, input, Map.of());
        try {
            Map<String, Object> record = services.records().create(t.app(), t.entity(), input, t.caller());
            AppScreens.redirect(ctx, t.listUrl() + "?added=" + Display.id(record.get("id")));
        } catch (RequestException e) {
            added.forEach(ref -> files.delete(t.app().slug(), ref));
            formFailed(ctx, t, null, input, e);
        }
    }

    void update(RoutingContext ctx) {
        Target t = Target.of(ctx, services);
        Map<String, Object> record = stored(t);
        t.may(record, Right.EDIT_ALL, Right.EDIT_OWN, "change");
        Map<String, Object> input = RecordForm.read(t.entity(), ctx.request().formAttributes());
        List<String> added = attachFiles(ctx, t, input, record);
        try {
            services.records().update(t.app(), t.entity(), t.id(), input, false, t.caller());
            AppScreens.redirect(ctx, t.recordUrl() + "?saved=1");
        } catch (RequestException e) {
            added.forEach(ref -> files.delete(t.app().slug(), ref));
            formFailed(ctx, t, record, input, e);
        }
    }

    void confirmDelete(RoutingContext ctx) {
        Target t = Target.of(ctx, services);
        Map<String, Object> record = stored(t);
        t.may(record, Right.DELETE_ALL, Right.DELETE_OWN, "delete");
        sendDelete(ctx, 200, t, record, "");
    }

    void delete(RoutingContext ctx) {
        Target t = Target.of(ctx, services);
        Map<String, Object> record = stored(t);
        t.may(record, Right.DELETE_ALL, Right.DELETE_OWN, "delete");
        try {
            services.records().delete(t.app(), t.entity(), t.id(), t.caller());
            AppScreens.redirect(ctx, t.listUrl() + "?deleted=1");
        } catch (RequestException e) {
            if (e.status() != 409) {
                throw e;
            }
            sendDelete(ctx, 409, t, record, e.getMessage());
        }
    }

    private Map<String, Object> stored(Target t) {
        return services.records().find(t.app(), t.entity(), t.id(), t.caller()).orElseThrow(() -> Target.notFound(t.entity(), t.id()));
    }

    /** Stores uploaded files and puts their references in {@code input}; keeps the stored ones otherwise. */
    private List<String> attachFiles(RoutingContext ctx, Target t, Map<String, Object> input, Map<String, Object> record) {
        List<String> added = new ArrayList<>();
        for (Field f : t.entity().fields()) {
            if (f.type() != FieldType.FILE) {
                continue;
            }
            Object old = record.get(f.key());
            input.put(f.key(), old == null || "true".equals(ctx.request().getFormAttribute(f.key() + "__remove")) ? "" : old.toString());
        }
        for (FileUpload upload : ctx.fileUploads()) {
            var field = t.entity().field(upload.name()).filter(f -> f.type() == FieldType.FILE);
            if (field.isEmpty() || upload.fileName() == null || upload.fileName().isBlank()) {
                discard(upload);
                continue;
            }
            String ref = files.save(t.app().slug(), upload);
            added.add(ref);
            input.put(field.get().key(), ref);
        }
        return added;
    }

    private static void discard(FileUpload upload) {
        try {
            Files.deleteIfExists(Path.of(upload.uploadedFileName()));
        } catch (IOException | RuntimeException e) {
            // the body handler cleans its folder too
        }
    }

    private void formFailed(RoutingContext ctx, Target t, Map<String, Object> record, Map<String, Object> input,
                            RequestException e) {
        if (e.status() != 422 && e.status() != 409 && e.status() != 400) {
            throw e;
        }
        Map<String, String> errors = new HashMap<>();
        for (FieldError fe : e.fields()) {
            errors.merge(fe.field(), fe.message(), (a, b) -> a + " " + b);
        }
        Map<String, Object> typed = new HashMap<>(input);
        if (record != null) {
            t.entity().fields().stream().filter(f -> f.type() == FieldType.FILE)
                    .forEach(f -> typed.put(f.key(), record.get(f.key()) == null ? "" : record.get(f.key()).toString()));
        }
        sendForm(ctx, e.status(), t, record, typed, errors, e.getMessage());
    }

    private void sendForm(RoutingContext ctx, int status, Target t, Map<String, Object> record,
                          Map<String, Object> values, Map<String, String> errors, String message) {
        Entity entity = t.entity();
        Display display = new Display(t.app(), services.records(), t.caller());
        Map<String, Object> m = t.baseModel();
        boolean editing = record != null;
        String name = ListPage.lower(entity.name());
        m.put("heading", editing ? "Edit " + name + " “" + display.title(entity, record) + "”" : "New " + name);
        m.put("action", editing ? t.recordUrl() + "/edit" : t.listUrl());
        m.put("cancelUrl", editing ? t.recordUrl() : t.listUrl());
        m.put("submitLabel", editing ? "Save" : "Add " + name);
        m.put("multipart", entity.fields().stream().anyMatch(f -> f.type() == FieldType.FILE));
        m.put("error", message.isEmpty() ? "" : message + (errors.isEmpty() ? "" : " Please correct the fields marked below."));
        List<Map<String, Object>> inputs = RecordForm.inputs(entity, values, errors, choices(t), people(t), currentFiles(t, record));
        for (Map<String, Object> input : inputs) {
            String target = (String) input.get("emptyTarget");
            if (!target.isEmpty()) {
                Entity kind = t.app().entity(target);
                input.put("emptyText", "There are no " + ListPage.lower(kind.plural()) + " to pick yet.");
                input.put("emptyUrl", Urls.list(t.app(), kind.key()) + "new");
                input.put("emptyLink", "Add " + ListPage.lower(kind.name()));
            }
        }
        m.put("inputs", inputs);
        String title = (editing ? "Edit " : "New ") + name + " · " + t.app().name();
        pages.send(ctx, status, title, "screens/form.html.vm", m);
    }

    private Map<String, List<Choice>> choices(Target t) {
        Map<String, List<Choice>> choices = new HashMap<>();
        for (Field f : t.entity().fields()) {
            if (f.type() == FieldType.REFERENCE && !choices.containsKey(f.target())) {
                choices.put(f.target(), services.records().choices(t.app(), t.app().entity(f.target()), t.caller()));
            }
        }
        return choices;
    }

    /** People named in person fields of this app so far (the newest records of each kind). */
    private List<String> people(Target t) {
        if (t.entity().fields().stream().noneMatch(f -> f.type() == FieldType.PERSON)) {
            return List.of();
        }
        Set<String> people = new LinkedHashSet<>();
        for (Entity e : t.app().spec().entities()) {
            List<Field> personFields = e.fields().stream().filter(f -> f.type() == FieldType.PERSON).toList();
            if (personFields.isEmpty()) {
                continue;
            }
            RecordStore.Page page = services.records().list(t.app(), e, new RecordStore.ListQuery(null, null, 1, 100), t.caller());
            for (Map<String, Object> r : page.items()) {
                personFields.forEach(f -> {
                    Object v = r.get(f.key());
                    if (v != null && !v.toString().isBlank()) {
                        people.add(v.toString());
                    }
                });
            }
        }
        return people.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }

    private Map<String, Map<String, Object>> currentFiles(Target t, Map<String, Object> record) {
        Map<String, Map<String, Object>> current = new HashMap<>();
        if (record == null) {
            return current;
        }
        for (Field f : t.entity().fields()) {
            Object ref = record.get(f.key());
            if (f.type() == FieldType.FILE && ref != null && !ref.toString().isEmpty()) {
                String text = ref.toString();
                current.put(f.key(), Map.of("name", text.substring(text.indexOf('/') + 1), "url", Urls.file(t.app(), text)));
            }
        }
        return current;
    }

    private void sendDelete(RoutingContext ctx, int status, Target t, Map<String, Object> record, String error) {
        Display display = new Display(t.app(), services.records(), t.caller());
        Map<String, Object> m = t.baseModel();
        String title = display.title(t.entity(), record);
        m.put("heading", "Delete " + ListPage.lower(t.entity().name()) + " “" + title + "”?");
        m.put("action", t.recordUrl() + "/delete");
        m.put("cancelUrl", t.recordUrl());
        m.put("error", error);
        pages.send(ctx, status, "Delete " + title + " · " + t.app().name(), "screens/delete.html.vm", m);
    }
}
