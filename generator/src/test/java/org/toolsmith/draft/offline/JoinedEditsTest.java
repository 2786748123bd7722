package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;

/**
 * Two edits in one message, and a required or optional flag on the field the words name: an infinitive or a wish
 * after "and / et / y" starts an edit of its own ({@link RefineSplitter}, {@link OfflineRefiner#prepare}), an
 * infinitive of making takes the field after the flag ({@link RefineFlags}), the head noun of "the phone of the
 * guardian" names the field ({@link RefineFlags#fields}), and French "chaque X a un Y" links X to the kind Y made in
 * the same message ({@link RefineEachLink}).
 */
class JoinedEditsTest {
    private static final AppSpec EN = RefineFixtures.spec("""
            {"spec": 1, "name": "Choir", "entities": [
              {"key": "singer", "name": "Singer", "plural": "Singers", "fields": [
                {"key": "name", "label": "Name", "type": "text", "required": true},
                {"key": "voice", "label": "Voice", "type": "choice", "options": ["Soprano", "Alto", "Tenor"]},
                {"key": "guardian", "label": "Guardian", "type": "text"},
                {"key": "guardian_phone", "label": "Guardian phone", "type": "phone"}]},
              {"key": "concert", "name": "Concert", "plural": "Concerts", "fields": [
                {"key": "title", "label": "Title", "type": "text", "required": true},
                {"key": "held_on", "label": "Held on", "type": "date"},
                {"key": "fee", "label": "Fee", "type": "money"}]}]}
            """);
    private static final AppSpec FR = RefineFixtures.spec("""
            {"spec": 1, "name": "Chorale", "entities": [
              {"key": "choriste", "name": "Choriste", "plural": "Choristes", "fields": [
                {"key": "nom", "label": "Nom", "type": "text", "required": true},
                {"key": "voix", "label": "Voix", "type": "choice", "options": ["Soprano", "Alto", "Ténor"]},
                {"key": "tuteur", "label": "Tuteur", "type": "text"},
                {"key": "telephone", "label": "Téléphone", "type": "phone"}]},
              {"key": "concert", "name": "Concert", "plural": "Concerts", "fields": [
                {"key": "titre", "label": "Titre", "type": "text", "required": true},
                {"key": "date", "label": "Date", "type": "date"},
                {"key": "cachet", "label": "Cachet", "type": "money"}]}]}
            """);
    private static final AppSpec ES = RefineFixtures.spec("""
            {"spec": 1, "name": "Coro", "entities": [
              {"key": "corista", "name": "Corista", "plural": "Coristas", "fields": [
                {"key": "nombre", "label": "Nombre", "type": "text", "required": true},
                {"key": "voz", "label": "Voz", "type": "choice", "options": ["Soprano", "Alto", "Tenor"]},
                {"key": "tutor", "label": "Tutor", "type": "text"},
                {"key": "telefono", "label": "Teléfono", "type": "phone"}]},
              {"key": "concierto", "name": "Concierto", "plural": "Conciertos", "fields": [
                {"key": "titulo", "label": "Título", "type": "text", "required": true},
                {"key": "fecha", "label": "Fecha", "type": "date"},
                {"key": "cache", "label": "Caché", "type": "money"}]}]}
            """);

    private static AppSpec spec(String lang) {
        return switch (lang) {
            case "fr" -> FR;
            case "es" -> ES;
            default -> EN;
        };
    }

    /** What changed, one word each, sorted: "kind.key!" required, "kind.key?" optional, "kind.key=Label", "kind.key+Value", "+kind.key", "+kind.key>target". */
    private static String changes(AppSpec before, AppSpec after) {
        List<String> out = new ArrayList<>();
        for (Entity e : after.entities()) {
            Entity old = before.entity(e.key()).orElse(null);
            if (old == null) {
                out.add("+" + e.key());
                continue;
            }
            for (Field f : e.fields()) {
                Field was = old.field(f.key()).orElse(null);
                String at = e.key() + "." + f.key();
                if (was == null) {
                    out.add("+" + at + (f.target() == null ? "" : ">" + f.target()));
                    continue;
                }
                if (was.required() != f.required()) {
                    out.add(at + (f.required() ? "!" : "?"));
                }
                if (!was.label().equals(f.label())) {
                    out.add(at + "=" + f.label());
                }
                f.options().stream().filter(o -> !was.options().contains(o)).forEach(o -> out.add(at + "+" + o));
            }
        }
        for (Entity e : before.entities()) {
            after.entity(e.key()).ifPresent(now -> e.fields().stream().filter(f -> now.field(f.key()).isEmpty()).forEach(f -> out.add("-" + e.key() + "." + f.key())));
        }
        return String.join(" ", out.stream().filter(Objects::nonNull).sorted().toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | the fee has to be given, and call it Payment                                                | concert.fee! concert.fee=Payment
            en | add Bass to the voices, and call it Part instead                                          | singer.voice+Bass singer.voice=Part
            en | the guardian's phone compulsory                                                            | singer.guardian_phone!
            en | make the phone of the guardian mandatory                                                   | singer.guardian_phone!
            fr | il faudrait ajouter Basse dans les voix et rendre la date obligatoire                        | choriste.voix+Basse concert.date!
            fr | le cachet est obligatoire maintenant et on voudrait ajouter le lieu                          | +concert.lieu concert.cachet!
            fr | le téléphone du tuteur obligatoire                                                           | choriste.telephone!
            fr | On veut gérer les chefs : nom, téléphone. Chaque concert a un chef.                          | +chef +concert.chef>chef
            fr | Ajoute une liste de chefs (nom, téléphone). Chaque concert a un seul chef.                   | +chef +concert.chef>chef
            es | quitad el tutor y poner obligatorio el teléfono                                              | -corista.tutor corista.telefono!
            es | el teléfono del tutor obligatorio                                                            | corista.telefono!
            es | la fecha tiene que ser obligatoria y queremos añadir el lugar                                | +concierto.lugar concierto.fecha!
            """)
    void each_edit_of_the_message_lands(String lang, String message, String expected) {
        AppSpec before = spec(lang);
        assertEquals(expected, changes(before, RefineFixtures.refine(before, message).spec()), message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | add Bass and Baritone to the voices         | singer.voice+Baritone singer.voice+Bass
            en | the guardian is compulsory                  | singer.guardian!
            fr | le tuteur obligatoire                       | choriste.tuteur!
            fr | ajoute le lieu et la salle                  | +choriste.lieu +choriste.salle
            es | el tutor obligatorio                        | corista.tutor!
            es | el teléfono obligatorio                     | corista.telefono!
            en | the title field is really the programme name, call it that | concert.title=Programme name
            es | el verano pasado llovió, y queremos marcar en el concierto si se suspendió | +concierto.suspendido
            """)
    void one_edit_stays_one(String lang, String message, String expected) {
        AppSpec before = spec(lang);
        assertEquals(expected, changes(before, RefineFixtures.refine(before, message).spec()), message);
    }
}
