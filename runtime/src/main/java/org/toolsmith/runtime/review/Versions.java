package org.toolsmith.runtime.review;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.toolsmith.migrate.Rename;
import org.toolsmith.runtime.apps.App;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.SpecJson;

/** The rows of {@code TOOLSMITH.APP_VERSIONS}. Every method runs on the caller's connection (its transaction). */
final class Versions {
    private static final String COLUMNS = "APP_ID, VERSION, STATUS, SPEC, RENAMES, DECISIONS, BASE_VERSION, NOTE, "
            + "REVIEW_COMMENT, REVIEWED_BY, REVIEWED_AT, REVIEW_SEEN, SCHEMA_NAME, CREATED_AT, CREATED_BY";

    private final SpecJson json;
    private final ObjectMapper mapper;

    Versions(SpecJson json) {
        this.json = json;
        this.mapper = json.mapper();
    }

    /**
     * Whether any version of the app was ever published, without reading the versions' specs: the app
     * screens ask on every page. An app without version rows is judged as {@link #list} would make it.
     */
    boolean anyPublished(Connection c, App app) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*), COUNT(CASE WHEN STATUS = ? THEN 1 END)"
                + " FROM TOOLSMITH.APP_VERSIONS WHERE APP_ID = ?")) {
            ps.setString(1, Version.PUBLISHED);
            ps.setLong(2, app.id());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) == 0 ? !Version.DRAFT.equals(app.status()) : rs.getLong(2) > 0;
            }
        }
    }

    /** Every version of the app, oldest first; an app created before versions existed gets its version 1 here. */
    List<Version> list(Connection c, App app) throws SQLException {
        List<Version> all = select(c, "WHERE APP_ID = ? ORDER BY VERSION", app.id());
        if (all.isEmpty()) {
            // A new app's version 1 waits for review (AppRegistry creates it as a draft); older apps were published.
            String status = Version.DRAFT.equals(app.status()) ? Version.DRAFT : Version.PUBLISHED;
            Version first = new Version(app.id(), app.version(), status, app.spec(), List.of(), Map.of(), null,
                    null, null, null, null, true, app.schema(), app.createdAt(), app.createdBy());
            // MERGE: two requests may do this at once for a new app; both write the same row.
            try (PreparedStatement ps = c.prepareStatement("MERGE INTO TOOLSMITH.APP_VERSIONS (" + COLUMNS
                    + ") KEY (APP_ID, VERSION) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                bind(ps, first);
                ps.executeUpdate();
            }
            all = List.of(first);
        }
        return all;
    }

    Optional<Version> find(Connection c, App app, int number) throws SQLException {
        return list(c, app).stream().filter(v -> v.number() == number).findFirst();
    }

    /** The newest version the builder may still change, if there is one. */
    Optional<Version> open(Connection c, App app) throws SQLException {
        List<Version> all = list(c, app);
        Version last = all.get(all.size() - 1);
        return last.isOpen() ? Optional.of(last) : Optional.empty();
    }

    Version published(Connection c, App app) throws SQLException {
        return list(c, app).stream().filter(v -> Version.PUBLISHED.equals(v.status())).findFirst()
                .orElseThrow(() -> new IllegalStateException("app " + app.slug() + " has no published version"));
    }

    void insert(Connection c, Version v) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO TOOLSMITH.APP_VERSIONS (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            bind(ps, v);
            ps.executeUpdate();
        }
    }

    void update(Connection c, Version v) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE TOOLSMITH.APP_VERSIONS SET APP_ID = ?, VERSION = ?, "
                + "STATUS = ?, SPEC = ?, RENAMES = ?, DECISIONS = ?, BASE_VERSION = ?, NOTE = ?, REVIEW_COMMENT = ?, "
                + "REVIEWED_BY = ?, REVIEWED_AT = ?, REVIEW_SEEN = ?, SCHEMA_NAME = ?, CREATED_AT = ?, CREATED_BY = ? "
                + "WHERE APP_ID = ? AND VERSION = ?")) {
            bind(ps, v);
            ps.setLong(16, v.appId());
            ps.setInt(17, v.number());
            ps.executeUpdate();
        }
    }

    private void bind(PreparedStatement ps, Version v) throws SQLException {
        ps.setLong(1, v.appId());
        ps.setInt(2, v.number());
        ps.setString(3, v.status());
        ps.setString(4, json.write(v.spec()));
        ps.setString(5, write(v.renames()));
        ps.setString(6, write(v.decisions()));
        ps.setObject(7, v.base());
        ps.setString(8, v.note());
        ps.setString(9, v.reviewComment());
        ps.setString(10, v.reviewedBy());
        ps.setObject(11, v.reviewedAt() == null ? null : v.reviewedAt().atOffset(ZoneOffset.UTC));
        ps.setBoolean(12, v.reviewSeen());
        ps.setString(13, v.schema());
        ps.setObject(14, v.createdAt().atOffset(ZoneOffset.UTC));
        ps.setString(15, v.createdBy());
    }

    private List<Version> select(Connection c, String where, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM TOOLSMITH.APP_VERSIONS " + where)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<Version> out = new ArrayList<>();
                while (rs.next()) {
                    OffsetDateTime reviewed = rs.getObject(11, OffsetDateTime.class);
                    out.add(new Version(rs.getLong(1), rs.getInt(2), rs.getString(3), json.fromTree(json.tree(rs.getString(4))),
                            read(rs.getString(5), new TypeReference<List<Rename>>() { }),
                            read(rs.getString(6), new TypeReference<Map<String, String>>() { }),
                            (Integer) rs.getObject(7), rs.getString(8), rs.getString(9), rs.getString(10),
                            reviewed == null ? null : reviewed.toInstant(), rs.getBoolean(12), rs.getString(13),
                            rs.getObject(14, OffsetDateTime.class).toInstant(), rs.getString(15)));
                }
                return out;
            }
        }
    }

    String specJson(AppSpec spec) {
        return json.write(spec);
    }

    private String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return mapper.readValue(text, type);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("unreadable version data: " + e.getMessage(), e);
        }
    }
}
