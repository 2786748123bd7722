package org.toolsmith.migrate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A key that changes between two versions, so that the values move with it. Keys are what
 * identify fields and record kinds across versions; a label that changes with its key kept is only
 * a new label. A changed key is a rename only when it is said so, by one of these.
 *
 * @param entity for a field rename, the record kind's key in the new version; {@code null} when the
 *               record kind's own key changes
 * @param from   the key in the published version
 * @param to     the key in the new version
 */
public record Rename(String entity, String from, String to) {

    public static Rename field(String entity, String from, String to) {
        return new Rename(entity, from, to);
    }

    public static Rename entity(String from, String to) {
        return new Rename(null, from, to);
    }

    public boolean ofKind() {
        return entity == null;
    }

    /**
     * The renames from the published version to the newest draft, given those to the previous
     * draft ({@code earlier}) and those made since ({@code later}): a→b then b→c is a→c, and a
     * rename back to where it started disappears.
     */
    public static List<Rename> compose(List<Rename> earlier, List<Rename> later) {
        List<Rename> out = new ArrayList<>();
        List<Rename> laterEntities = later.stream().filter(Rename::ofKind).toList();
        for (Rename r : earlier) {
            if (r.ofKind()) {
                String to = laterEntities.stream().filter(l -> l.from().equals(r.to())).map(Rename::to).findFirst().orElse(r.to());
                out.add(entity(r.from(), to));
            } else {
                String entity = laterEntities.stream().filter(l -> l.from().equals(r.entity())).map(Rename::to).findFirst().orElse(r.entity());
                out.add(field(entity, r.from(), r.to()));
            }
        }
        for (Rename l : later) {
            if (l.ofKind()) {
                if (out.stream().noneMatch(r -> r.ofKind() && r.to().equals(l.to()))) {
                    out.add(l);
                }
            } else {
                int i = indexOf(out, l.entity(), l.from());
                if (i >= 0) {
                    out.set(i, field(l.entity(), out.get(i).from(), l.to()));
                } else {
                    out.add(l);
                }
            }
        }
        out.removeIf(r -> r.from().equals(r.to()));
        return List.copyOf(out);
    }

    /**
     * The renames that undo {@code renames}: b→a for a→b. A field rename then names its record
     * kind by the key it had before (the new version of the undoing).
     */
    public static List<Rename> invert(List<Rename> renames) {
        List<Rename> out = new ArrayList<>();
        for (Rename r : renames) {
            if (r.ofKind()) {
                out.add(entity(r.to(), r.from()));
            } else {
                String entity = renames.stream().filter(e -> e.ofKind() && e.to().equals(r.entity()))
                        .map(Rename::from).findFirst().orElse(r.entity());
                out.add(field(entity, r.to(), r.from()));
            }
        }
        return List.copyOf(out);
    }

    private static int indexOf(List<Rename> renames, String entity, String to) {
        for (int i = 0; i < renames.size(); i++) {
            Rename r = renames.get(i);
            if (!r.ofKind() && Objects.equals(r.entity(), entity) && r.to().equals(to)) {
                return i;
            }
        }
        return -1;
    }
}
