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
import org.toolsmith.spec.Keys;
import org.toolsmith.spec.SpecNormalizer;
import org.toolsmith.spec.SpecValidator;

/**
 * Turns drafted kinds into a valid app spec: keys, plurals, targets by key, within the contract's
 * limits; the spec normalizer then sets title fields and anything else left open.
 */
final class SpecBuilder {
    private static final int MAX_LABEL = 80;
    private static final SpecNormalizer NORMALIZER = new SpecNormalizer();
    private final Lang lang;

    SpecBuilder(Lang lang) {
        this.lang = lang;
    }

    AppSpec build(List<DraftEntity> all, String request) {
        List<DraftEntity> drafted = all.subList(0, Math.min(all.size(), SpecValidator.MAX_ENTITIES));
        Set<String> entityKeys = new HashSet<>();
        Map<String, String> keyByName = new HashMap<>();
        List<String> keys = new ArrayList<>();
        for (DraftEntity e : drafted) {
            String k = Keys.fromLabel(e.name, "k", "record");
            if (Keys.RESERVED_ENTITY_KEYS.contains(k)) {
                k = k + "_item";
            }
            k = Keys.unique(k, entityKeys);
            entityKeys.add(k);
            keys.add(k);
            keyByName.putIfAbsent(e.name, k);
        }
        List<Entity> entities = new ArrayList<>();
        for (int i = 0; i < drafted.size(); i++) {
            DraftEntity e = drafted.get(i);
            Set<String> fieldKeys = new HashSet<>();
            List<Field> fields = new ArrayList<>();
            String title = null;
            for (DraftField f : e.fields.subList(0, Math.min(e.fields.size(), SpecValidator.MAX_FIELDS))) {
                FieldType type = f.type;
                String target = null;
                if (type == FieldType.REFERENCE) {
                    target = keyByName.get(f.target);
                    if (target == null) {
                        type = FieldType.TEXT;
                    }
                }
                List<String> options = type.hasOptions()
                        ? f.options.stream().map(o -> clip(o, SpecValidator.MAX_OPTION)).distinct().limit(SpecValidator.MAX_OPTIONS).toList()
                        : List.of();
                if (type.hasOptions() && options.isEmpty()) {
                    type = FieldType.TEXT;
                }
                String key = Keys.fromLabel(f.label, "f", "field");
                if (Keys.SYSTEM_COLUMNS.contains(key)) {
                    key = key + "_value";
                }
                key = Keys.unique(key, fieldKeys);
                fieldKeys.add(key);
                fields.add(new Field(key, clip(Text.capitalize(f.label), MAX_LABEL), type, false, false, options, target, f.suggested,
                        because(f.because)));
                if (title == null && type == FieldType.TEXT) {
                    title = key;
                }
            }
            String name = clip(Text.capitalize(e.name), MAX_LABEL);
            entities.add(new Entity(keys.get(i), name, plural(name), fields, title, e.suggested, because(e.because)));
        }
        String appName = entities.get(0).plural();
        return NORMALIZER.normalize(new AppSpec(AppSpec.VERSION, appName, summary(request), entities));
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max).strip();
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
