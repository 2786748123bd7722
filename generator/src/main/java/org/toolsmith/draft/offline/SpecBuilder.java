package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;

/** Turns drafted kinds into a valid app spec: keys, plurals, targets by key, a title field. */
final class SpecBuilder {
    private final Lang lang;

    SpecBuilder(Lang lang) {
        this.lang = lang;
    }

    AppSpec build(List<DraftEntity> drafted, String request) {
        Set<String> entityKeys = new HashSet<>();
        Map<String, String> keyByName = new HashMap<>();
        List<String> keys = new ArrayList<>();
        for (DraftEntity e : drafted) {
            String k = Keys.unique(Keys.of(e.name, "record"), entityKeys, true);
            keys.add(k);
            keyByName.putIfAbsent(e.name, k);
        }
        List<Entity> entities = new ArrayList<>();
        for (int i = 0; i < drafted.size(); i++) {
            DraftEntity e = drafted.get(i);
            Set<String> fieldKeys = new HashSet<>();
            List<Field> fields = new ArrayList<>();
            String title = null;
            for (DraftField f : e.fields) {
                FieldType type = f.type;
                String target = null;
                if (type == FieldType.REFERENCE) {
                    target = keyByName.get(f.target);
                    if (target == null) {
                        type = FieldType.TEXT;
                    }
                }
                List<String> options = type.hasOptions() ? f.options : List.of();
                if (type.hasOptions() && options.isEmpty()) {
                    type = FieldType.TEXT;
                }
                String key = Keys.unique(Keys.of(f.label, "field"), fieldKeys, false);
                fields.add(new Field(key, Text.capitalize(f.label), type, false, false, options, target, f.suggested,
                        because(f.because)));
                if (title == null && type == FieldType.TEXT) {
                    title = key;
                }
            }
            String name = Text.capitalize(e.name);
            entities.add(new Entity(keys.get(i), name, plural(name), fields, title, e.suggested, because(e.because)));
        }
        String appName = entities.size() == 1 ? entities.get(0).plural() : entities.get(0).plural();
        return new AppSpec(AppSpec.VERSION, appName, summary(request), entities);
    }

    private static String because(String words) {
        if (words == null || words.isBlank()) {
            return null;
        }
        String w = Text.squash(words);
        return w.length() > 200 ? w.substring(0, 197) + "..." : w;
    }

    private static String summary(String request) {
        String s = Text.squash(request);
        return s.length() > 240 ? s.substring(0, 237) + "..." : s;
    }

    /** The plural of a display name: its head word made plural. */
    String plural(String name) {
        String[] w = name.split(" ");
        int h = lang.headLast() ? w.length - 1 : 0;
        w[h] = pluralWord(w[h]);
        return String.join(" ", w);
    }

    private String pluralWord(String w) {
        String l = w.toLowerCase(java.util.Locale.ROOT);
        if (w.isEmpty() || !Character.isLetter(w.charAt(w.length() - 1))) {
            return w;
        }
        return switch (lang) {
            case EN -> l.endsWith("y") && !l.matches(".*[aeiou]y$") ? w.substring(0, w.length() - 1) + "ies"
                    : l.matches(".*(s|x|z|ch|sh)$") ? w + "es"
                    : l.equals("person") ? w.substring(0, 1) + "eople"
                    : l.equals("staff") ? w : w + "s";
            case FR -> l.matches(".*(s|x|z)$") ? w : l.endsWith("al") ? w.substring(0, w.length() - 2) + "aux"
                    : l.endsWith("eau") ? w + "x" : w + "s";
            case ES -> l.matches(".*[aeiouáéó]$") ? w + "s" : l.endsWith("z") ? w.substring(0, w.length() - 1) + "ces"
                    : l.endsWith("ión") ? w.substring(0, w.length() - 3) + "iones" : w + "es";
            case DE -> w;
        };
    }
}
