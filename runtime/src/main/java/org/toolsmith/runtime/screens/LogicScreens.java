package org.toolsmith.runtime.screens;

import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.toolsmith.runtime.Services;
import org.toolsmith.runtime.apps.App;
import org.toolsmith.runtime.logic.Notifications;
import org.toolsmith.runtime.people.Access;
import org.toolsmith.runtime.people.User;
import org.toolsmith.runtime.records.RecordStore;
import org.toolsmith.runtime.records.Right;
import org.toolsmith.runtime.system.Pages;
import org.toolsmith.spec.Action;
import org.toolsmith.spec.Computed;
import org.toolsmith.spec.Entity;

/**
 * What an app's logic adds to its screens: computed columns in lists and values on detail pages
 * (read-only), buttons on detail pages, and the page of in-app notifications.
 */
final class LogicScreens {
    static final String ERRORS = "_errors";

    private final Services services;
    private final Pages pages;

    LogicScreens(Services services, Pages pages) {
        this.services = services;
        this.pages = pages;
    }

    /** Appends computed columns to a list page's model (headers and cells, in the rows' order). */
    @SuppressWarnings("unchecked")
    static void addColumns(App app, Entity entity, RecordStore.Page page, Map<String, Object> model, Display display) {
        List<Computed> computed = app.spec().computedOf(entity.key());
        if (computed.isEmpty()) {
            return;
        }
        List<Map<String, Object>> headers = (List<Map<String, Object>>) model.get("columns");
        for (Computed c : computed) {
            Map<String, Object> h = new HashMap<>();
            h.put("label", c.label());
            h.put("sortable", false);
            h.put("url", "");
            h.put("ariaSort", "none");
            h.put("arrow", "");
            h.put("hint", "");
            headers.add(h);
        }
        List<Map<String, Object>> rows = (List<Map<String, Object>>) model.get("rows");
        for (int i = 0; i < rows.size(); i++) {
            List<Map<String, Object>> cells = (List<Map<String, Object>>) rows.get(i).get("cells");
            for (Computed c : computed) {
                cells.add(cell(c, page.items().get(i), display));
            }
        }
    }

    /** Read-only computed values, shown after the stored fields of a detail page. */
    static List<Map<String, Object>> detailFields(App app, Entity entity, Map<String, Object> record, Display display) {
        List<Map<String, Object>> fields = new ArrayList<>();
        for (Computed c : app.spec().computedOf(entity.key())) {
            fields.add(Map.of("label", c.label(), "cell", cell(c, record, display)));
        }
        return fields;
    }

    private static Map<String, Object> cell(Computed c, Map<String, Object> record, Display display) {
        Object errors = record.get(ERRORS);
        if (errors instanceof Map<?, ?> map && map.get(c.key()) != null) {
            return Map.of("text", "⚠ " + map.get(c.key()), "url", "", "css", "error");
        }
        return display.cell(c.asField(), record.get(c.key()));
    }

    /** The person's roles and groups, which buttons' {@code roles} name; admins hold every role. */
    static Set<String> roles(RoutingContext ctx) {
        User user = Access.user(ctx);
        Set<String> roles = new HashSet<>(user.roles());
        roles.addAll(user.groups());
        return roles;
    }

    /** The buttons of a detail page: label, where it posts, and whether this person may press it. */
    static List<Map<String, Object>> buttons(Target t, Set<String> roles, boolean admin) {
        List<Map<String, Object>> buttons = new ArrayList<>();
        for (Action a : t.app().spec().actionsOf(t.entity().key())) {
            boolean may = admin || a.allows(List.copyOf(roles));
            buttons.add(Map.of("label", a.label(), "url", t.recordUrl() + "/actions/" + a.key(), "enabled", may,
                    "why", may ? "" : "Only " + String.join(", ", a.roles()) + " may press this."));
        }
        return buttons;
    }

    /**
     * {@code GET /apps/{slug}/_notifications}: the app's in-app notifications and e-mail outbox —
     * all of them for those who manage the app and admins, else only those addressed to the person
     * (by login, name or e-mail address).
     */
    void notifications(RoutingContext ctx) {
        Target t = Target.of(ctx, services);
        User user = Access.user(ctx);
        boolean all = user.isAdmin() || t.caller().may(Right.MANAGE);
        Set<String> me = new HashSet<>();
        for (String id : new String[] {user.login(), user.name(), user.email()}) {
            if (id != null && !id.isBlank()) {
                me.add(id.strip().toLowerCase(Locale.ROOT));
            }
        }
        Notifications notes = services.notifications();
        Map<String, Object> m = t.baseModel();
        m.put("heading", "Notifications");
        m.put("scope", all ? "Everything this app's automations and buttons sent." : "Messages sent to you.");
        m.put("items", notes.latest(t.app().id()).stream().filter(n -> all || me.contains(n.recipient().strip().toLowerCase(Locale.ROOT)))
                .map(n -> Map.<String, Object>of(
                "to", n.recipient(), "message", n.message(), "source", n.source(),
                "when", n.createdAt() == null ? "" : n.createdAt().toLocalDateTime().withNano(0).toString().replace('T', ' '),
                "url", n.entity() == null || n.recordId() == null || t.app().spec().entity(n.entity()).isEmpty()
                        ? "" : Urls.record(t.app(), n.entity(), n.recordId()))).toList());
        m.put("mails", notes.outbox(t.app().id()).stream().filter(mail -> all || me.contains(mail.recipient().strip().toLowerCase(Locale.ROOT)))
                .map(mail -> Map.<String, Object>of(
                "to", mail.recipient(), "subject", mail.subject(), "body", mail.body(),
                "sent", switch (mail.status()) {
                    case "sent" -> "sent";
                    case "failed" -> "failed: " + mail.lastError();
                    default -> mail.lastError() == null ? "waiting" : "waiting, last try failed: " + mail.lastError();
                })).toList());
        m.put("mailConfigured", services.mail().settings().configured());
        pages.send(ctx, 200, "Notifications · " + t.app().name(), "screens/notifications.html.vm", m);
    }
}
