package org.toolsmith.runtime.screens;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.toolsmith.runtime.apps.App;
import org.toolsmith.runtime.records.RecordStore;
import org.toolsmith.runtime.records.RecordStore.ListQuery;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;

/** The view model of a record list: columns, rows, search, sort links, pages, the empty state. */
final class ListPage {
    static final List<Integer> SIZES = List.of(25, 50, 100);
    static final int MAX_COLUMNS = 6;

    private ListPage() {
    }

    /** The first few scalar fields, the title first. */
    static List<Field> columns(Entity entity) {
        List<Field> columns = new ArrayList<>();
        entity.titleField().ifPresent(columns::add);
        for (Field f : entity.fields()) {
            if (columns.size() >= MAX_COLUMNS) {
                break;
            }
            if (!columns.contains(f) && f.type() != FieldType.LONG_TEXT && f.type() != FieldType.FILE) {
                columns.add(f);
            }
        }
        return columns;
    }

    /** The query as the page's parameters ask for it, unknown sorts and sizes replaced by defaults. */
    static ListQuery query(Entity entity, String q, String sort, String page, String size) {
        String key = sort == null ? "" : sort.startsWith("-") ? sort.substring(1) : sort;
        boolean sortable = columns(entity).stream().anyMatch(f -> f.key().equals(key) && sortable(f));
        int pageNumber = parse(page, 1);
        int pageSize = parse(size, 25);
        return new ListQuery(q == null || q.isBlank() ? null : q.strip(), sortable ? sort : null,
                Math.max(1, Math.min(pageNumber, 1_000_000)), SIZES.contains(pageSize) ? pageSize : 25);
    }

    static Map<String, Object> model(App app, Entity entity, ListQuery query, RecordStore.Page page, Display display) {
        String base = Urls.list(app, entity.key());
        List<Field> columns = columns(entity);
        Map<String, Object> m = new HashMap<>();
        m.put("heading", entity.plural());
        m.put("newUrl", base + "new");
        m.put("newLabel", "Add " + lower(entity.name()));
        m.put("listUrl", base);
        // the same search and sort as the list; the export reads through the record store like it
        m.put("exportUrl", Urls.withQuery(base + "export.csv", params(query.q(), query.sort(), 1, 25)));
        m.put("q", query.q() == null ? "" : query.q());
        m.put("sort", query.sort() == null ? "" : query.sort());
        m.put("size", String.valueOf(query.size()));
        m.put("searchable", entity.fields().stream().anyMatch(f -> f.type().isSearchable()));
        m.put("searchLabel", "Search " + lower(entity.plural()));
        m.put("searchHint", "Looks in " + String.join(", ", entity.fields().stream()
                .filter(f -> f.type().isSearchable()).map(f -> lower(f.label())).toList()) + ".");
        m.put("total", page.total());
        m.put("countText", page.total() == 1 ? "1 " + lower(entity.name()) : page.total() + " " + lower(entity.plural()));
        List<Map<String, Object>> headers = new ArrayList<>();
        for (Field f : columns) {
            headers.add(header(base, f, query));
        }
        m.put("columns", headers);
        m.put("sortOptions", sortOptions(columns, query));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> record : page.items()) {
            long id = Display.id(record.get("id"));
            List<Map<String, Object>> cells = new ArrayList<>();
            for (Field f : columns) {
                cells.add(display.cell(f, record.get(f.key())));
            }
            rows.add(Map.of("url", Urls.record(app, entity.key(), id), "title", display.title(entity, record), "cells", cells));
        }
        m.put("rows", rows);
        m.put("empty", emptyText(entity, query));
        m.put("pages", pages(base, query, page.total()));
        m.put("sizes", SIZES.stream().map(s -> Map.of("size", String.valueOf(s), "current", s == query.size(),
                "url", Urls.withQuery(base, params(query.q(), query.sort(), 1, s)))).toList());
        return m;
    }

    private static Map<String, Object> header(String base, Field f, ListQuery query) {
        boolean asc = f.key().equals(query.sort());
        boolean desc = ("-" + f.key()).equals(query.sort());
        String next = asc ? "-" + f.key() : f.key();
        Map<String, Object> h = new HashMap<>();
        h.put("label", f.label());
        h.put("sortable", sortable(f));
        h.put("url", Urls.withQuery(base, params(query.q(), next, 1, query.size())));
        h.put("ariaSort", asc ? "ascending" : desc ? "descending" : "none");
        h.put("arrow", asc ? "▲" : desc ? "▼" : "");
        h.put("hint", asc ? "sorted A to Z; click for Z to A" : desc ? "sorted Z to A; click for A to Z" : "click to sort");
        return h;
    }

    /** The same sorts as the column headers, for a select on narrow screens where the headers are hidden. */
    private static List<Map<String, Object>> sortOptions(List<Field> columns, ListQuery query) {
        List<Map<String, Object>> options = new ArrayList<>();
        options.add(Map.of("value", "", "label", "Newest first", "selected", query.sort() == null));
        for (Field f : columns) {
            if (sortable(f)) {
                options.add(Map.of("value", f.key(), "label", f.label() + " (A to Z, first to last)", "selected", f.key().equals(query.sort())));
                options.add(Map.of("value", "-" + f.key(), "label", f.label() + " (Z to A, last to first)",
                        "selected", ("-" + f.key()).equals(query.sort())));
            }
        }
        return options;
    }

    private static List<Map<String, Object>> pages(String base, ListQuery query, long total) {
        int last = (int) Math.max(1, (total + query.size() - 1) / query.size());
        List<Map<String, Object>> links = new ArrayList<>();
        if (last == 1 && query.page() == 1) {
            return links;
        }
        int previous = -1;
        for (int p = 1; p <= Math.max(last, query.page()); p++) {
            boolean show = p == 1 || p == last || Math.abs(p - query.page()) <= 2;
            if (!show) {
                continue;
            }
            if (previous != -1 && p != previous + 1) {
                links.add(link("…", "", false));
            }
            links.add(link(String.valueOf(p), Urls.withQuery(base, params(query.q(), query.sort(), p, query.size())), p == query.page()));
            previous = p;
        }
        return links;
    }

    private static Map<String, Object> link(String label, String url, boolean current) {
        return Map.of("label", label, "url", url, "current", current);
    }

    private static Map<String, String> params(String q, String sort, int page, int size) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("q", q);
        p.put("sort", sort);
        p.put("page", page == 1 ? null : String.valueOf(page));
        p.put("size", size == 25 ? null : String.valueOf(size));
        return p;
    }

    private static String emptyText(Entity entity, ListQuery query) {
        if (query.q() != null) {
            return "No " + lower(entity.plural()) + " match “" + query.q() + "”.";
        }
        if (query.page() > 1) {
            return "There is no page " + query.page() + ".";
        }
        return "No " + lower(entity.plural()) + " yet.";
    }

    static boolean sortable(Field f) {
        return f.type() != FieldType.MULTI_CHOICE && f.type() != FieldType.FILE && f.type() != FieldType.LONG_TEXT;
    }

    static String lower(String words) {
        if (words == null || words.length() < 2 || Character.isUpperCase(words.charAt(1))) {
            return words == null ? "" : words;
        }
        return words.substring(0, 1).toLowerCase(Locale.ROOT) + words.substring(1);
    }

    private static int parse(String text, int fallback) {
        try {
            return text == null ? fallback : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
