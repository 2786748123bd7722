package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;

/**
 * New values for a choice list said without naming the list, read only after the whole message was refused: "we also
 * get 'on hold' and 'cancelled' now", "X and Y are coming in as well", "ajoute « Annulée » après Expédiée", "el bono A
 * y el de B, añádelos", "X und Y kommen dazu". The values ({@link ListedValues}: quoted words, else the and-list of the
 * sentence, else one word of a known family) go to the one choice field they fit: a value sharing a word with its
 * options ("Size 44" beside "Size 42"), values of the family most of its options are of (statuses with statuses,
 * sizes with sizes), else the field the message names (the kind named alone, or being the only choice field of the app, is not enough:
 * "we also need the ID scan and the payment method" names fields to add, not values). A phrase of
 * place ("after X", "between X and Y", "at the end", "avant X", "después de X", "nach X") puts them there; "only"
 * before values the list has makes them the whole list. A word of adding, newness or "only" must be there; a message
 * of removal, of several at once, of a yes/no or about a field it quotes is left refused.
 */
final class ChoiceListFit {
    /** What to write: the field and its whole new list. */
    record Fit(String entity, String field, List<String> options, String said) {
    }

    static final Pattern ADDING = RefineText.p("\\b(?:too|also|as well|now|new|add\\w*|start\\w*|more|extra|another|additional\\w*|missing|possible|launch\\w*|introduc\\w*|"
            + "aussi|egalement|ajout\\w*|rajout\\w*|nouve\\w*|maintenant|desormais|en plus|manqu\\w*|lanc\\w*|cre[ea]\\w*|"
            + "tambien|anad\\w*|agreg\\w*|nuev[oa]s?|ahora|ademas|falt\\w*|empeza\\w*|"
            + "auch|noch|dazu|hinzu\\w*|neu\\w*|jetzt|erganz\\w*|zusatzlich\\w*|fehl\\w*|eingefuhrt)\\b");
    private static final Pattern ONLY = RefineText.p("\\b(?:only|just|seulement|uniquement|ne \\S+ que|n'\\S+ que|plus que|solo|solamente|unicamente|nur(?: noch)?)\\s+(?:(?:the|les|los|las|die)\\s+)?$");
    private static final Pattern REMOVING = RefineText.p("\\b(?:remove\\w*|drop\\w*|delete\\w*|no longer|any ?more|stopp\\w*|get rid|plus de|ne \\S+ plus|n'\\S+ plus|enlev\\w*|supprim\\w*|retir\\w*|"
            + "ya no|quit\\w*|elimin\\w*|borr\\w*|nicht mehr|kein\\w* \\S+ mehr|streich\\w*|entfern\\w*|losch\\w*|raus)\\b");
    /** Several at once, a yes/no, a tick box, a rename, a question of which: other readers' business, left refused. */
    private static final Pattern ELSE = RefineText.p("\\b(?:several|multiple|more than one|at once|plusieurs|varios|varias|mehrere\\w*|whether|ob|savoir si|saber si|"
            + "tick ?box\\w*|check ?box\\w*|case a cocher|casilla|ankreuz\\w*|hakchen|yes/no|oui/non|si/no|ja/nein|renam\\w*|renomm\\w*|renombr\\w*|umbenenn\\w*|"
            + "instead|rather than|au lieu|plutot que|en vez|en lugar|statt|anstatt|call it|appel\\w*|llam\\w*|nenn\\w*|heiss\\w*)\\b"
            + "|^\\s*[¿¡]?\\s*(?:which|what|quel\\w*|que|cual\\w*|welche\\w*|was)\\b");
    private static final Pattern END = RefineText.p("(?:,\\s*)?\\b(?:(?<last>at the end|at the bottom|last|a la fin|en dernier|al final|el ultimo|am ende|ans ende|zuletzt)"
            + "|(?<first>at the (?:start|top|beginning)|first|au debut|en premier|al principio|el primero|am anfang|zuerst))\\b");

    private ChoiceListFit() {
    }

    /** The fit, or null when the message gives no values or they fit no one field. */
    static Fit read(AppSpec spec, String message, Lang lang) {
        if (message == null || message.length() > 300 || message.split("\\s+").length > 40) {
            return null;
        }
        RefineClause c = new RefineClause(message);
        if (c.match(ELSE).find()) {
            return null;
        }
        List<Choice> choices = new ArrayList<>();
        for (Entity e : spec.entities()) {
            for (Field f : e.fields()) {
                if (f.type().hasOptions() && !f.options().isEmpty()) {
                    choices.add(new Choice(e, f));
                }
            }
        }
        if (choices.isEmpty()) {
            return null;
        }
        // where the values go: the option named after "after", "between" … is no value, and tells the field
        String anchor = null;
        String place = null;
        Matcher p = c.match(PlacePhrase.PLACE);
        while (p.find() && anchor == null) {
            String a = option(choices, c.sub(p.start("a"), p.end("a")).orig);
            if (a != null) {
                anchor = a;
                place = p.group("before") != null ? "before" : "after";
                c = cut(c, p.start(), p.end());
            }
        }
        Matcher end = c.match(END);
        if (anchor == null && end.find()) {
            place = end.group("first") != null ? "first" : "last";
            c = cut(c, end.start(), end.end());
        }
        boolean removing = c.match(REMOVING).find();
        ListedValues.Said said = ListedValues.read(spec, c, lang);
        if (said == null) {
            return null;
        }
        boolean only = ONLY.matcher(c.text.substring(0, said.start())).find();
        if (!only && (removing || !c.match(ADDING).find())) {
            return null;
        }
        Choice best = best(choices, said, c, anchor);
        if (best == null) {
            return null;
        }
        Field f = best.field();
        List<String> values = said.values().stream().map(v -> styled(v, f.options())).toList();
        List<String> options = new ArrayList<>(f.options());
        if (only) {
            if (!values.stream().allMatch(v -> has(f.options(), v)) || values.size() < 2) {
                return null;
            }
            options = values.stream().map(v -> f.options().stream().filter(o -> same(o, v)).findFirst().orElse(v)).toList();
            return new Fit(best.entity().key(), f.key(), options, f.label() + " now offers: " + String.join(", ", options) + ".");
        }
        int at = switch (place == null ? "last" : place) {
            case "first" -> 0;
            case "before" -> index(options, anchor);
            case "after" -> index(options, anchor) + 1;
            default -> options.size();
        };
        List<String> added = new ArrayList<>();
        for (String v : values) {
            if (!has(options, v)) {
                options.add(Math.min(at + added.size(), options.size()), v);
                added.add(v);
            }
        }
        if (added.isEmpty()) {
            return null;
        }
        return new Fit(best.entity().key(), f.key(), List.copyOf(options), "Added " + String.join(", ", added) + " to the choices of " + f.label() + ".");
    }

    private record Choice(Entity entity, Field field) {
    }

    /** The one field the values fit best; null on a tie or when nothing but being the only one speaks for a single value. */
    private static Choice best(List<Choice> choices, ListedValues.Said said, RefineClause c, String anchor) {
        List<String> stems = RefineText.stems(c.orig);
        Choice best = null;
        int top = 0;
        boolean tie = false;
        int families = 0;
        for (String v : said.values()) {
            families |= ValueFamilies.of(v);
        }
        for (Choice ch : choices) {
            Field f = ch.field();
            int score = 0;
            if (anchor != null && has(f.options(), anchor)) {
                score += 16;
            }
            if (said.values().stream().anyMatch(v -> sharesWord(v, f.options()))) {
                score += 8;
            }
            if (ValueFamilies.share(f.options(), families) >= 0.5) {
                score += 4;
            }
            if (names(stems, RefineText.stems(f.label()))) {
                score += 2;
            }
            if (names(stems, RefineText.stems(ch.entity().name())) || ch.entity().plural() != null && names(stems, RefineText.stems(ch.entity().plural()))) {
                score += 1;
            }
            if (score > top) {
                best = ch;
                top = score;
                tie = false;
            } else if (score == top) {
                tie = true;
            }
        }
        // the kind named alone, or being the app's only list, is too little: names of new fields would become values
        if (tie || top < 2 || said.single() && top < 4) {
            return null;
        }
        return best;
    }

    private static boolean names(List<String> said, List<String> words) {
        return !words.isEmpty() && words.stream().allMatch(w -> w.length() >= 3 && said.stream().anyMatch(s -> RefineText.sameWord(s, w)));
    }

    private static boolean sharesWord(String value, List<String> options) {
        for (String w : RefineText.stems(value)) {
            if (w.length() >= 3 && !w.matches("\\d+") && options.stream().anyMatch(o -> RefineText.stems(o).contains(w))) {
                return true;
            }
        }
        return false;
    }

    /** The option of some choice field these words name, or null. */
    private static String option(List<Choice> choices, String words) {
        String w = RefineText.unquote(words).strip();
        for (Choice ch : choices) {
            for (String o : ch.field().options()) {
                if (same(o, w)) {
                    return o;
                }
            }
        }
        return null;
    }

    private static boolean same(String a, String b) {
        return ValueFamilies.key(RefineText.fold(a).strip()).equals(ValueFamilies.key(RefineText.fold(b).strip()));
    }

    private static boolean has(List<String> options, String v) {
        return options.stream().anyMatch(o -> same(o, v));
    }

    private static int index(List<String> options, String anchor) {
        for (int i = 0; i < options.size(); i++) {
            if (same(options.get(i), anchor)) {
                return i;
            }
        }
        return options.size() - 1;
    }

    /** The message without a phrase, so its words are no values. */
    private static RefineClause cut(RefineClause c, int start, int end) {
        return new RefineClause(c.sub(0, start).orig + " " + c.from(end).orig);
    }

    /** Written as the options are: capitalised when they are. */
    private static String styled(String v, List<String> options) {
        boolean upper = options.stream().allMatch(o -> !o.isEmpty() && !Character.isLowerCase(o.codePointAt(0)));
        return upper ? RefineText.capitalize(v) : v;
    }
}
