package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;

/**
 * German edit frames said plainly before the message is read ({@link GermanFrames}): the polite imperative with its
 * particle last, separable verbs of taking in, "ob wir … können", a new kind said as a table or list with its
 * fields, values after "mögliche Werte" or "das kann … sein", renames with "statt" or "Neu:", a value taken out of a
 * list, several edits each ending in its infinitive, and words typed without umlauts. German only: the frames are
 * German word order; the other languages are read as before.
 */
class GermanFramesTest {
    private static final AppSpec GARDEN = RefineFixtures.spec("""
            {"spec": 1, "name": "Kleingartenverein", "entities": [
              {"key": "parzelle", "name": "Parzelle", "plural": "Parzellen", "fields": [
                {"key": "nummer", "label": "Nummer", "type": "text", "required": true},
                {"key": "groesse", "label": "Größe", "type": "text"},
                {"key": "paechter", "label": "Pächter", "type": "person"},
                {"key": "zustand", "label": "Zustand", "type": "choice", "options": ["Frei", "Verpachtet", "Gekündigt"]},
                {"key": "notiz", "label": "Notiz", "type": "long_text"}]},
              {"key": "arbeitsstunde", "name": "Arbeitsstunde", "plural": "Arbeitsstunden", "fields": [
                {"key": "datum", "label": "Datum", "type": "date", "required": true},
                {"key": "stunden", "label": "Stunden", "type": "decimal"},
                {"key": "taetigkeit", "label": "Tätigkeit", "type": "text"}]},
              {"key": "geraet", "name": "Gerät", "plural": "Geräte", "fields": [
                {"key": "bezeichnung", "label": "Bezeichnung", "type": "text", "required": true}]}]}
            """);

    /** What changed, one word each, sorted: "+kind", "+kind.key", "-kind.key", "-kind", "kind.key=Label", "kind.key+Value", "kind.key-Value", "kind.key!", "kind.key?", "kind.key:type". */
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
                    out.add("+" + at);
                    continue;
                }
                if (was.required() != f.required()) {
                    out.add(at + (f.required() ? "!" : "?"));
                }
                if (!was.label().equals(f.label())) {
                    out.add(at + "=" + f.label());
                }
                if (was.type() != f.type()) {
                    out.add(at + ":" + f.type().name().toLowerCase(java.util.Locale.ROOT));
                }
                f.options().stream().filter(o -> !was.options().contains(o)).forEach(o -> out.add(at + "+" + o));
                was.options().stream().filter(o -> !f.options().contains(o)).forEach(o -> out.add(at + "-" + o));
            }
        }
        for (Entity e : before.entities()) {
            after.entity(e.key()).ifPresentOrElse(now -> e.fields().stream().filter(f -> now.field(f.key()).isEmpty())
                    .forEach(f -> out.add("-" + e.key() + "." + f.key())), () -> out.add("-" + e.key()));
        }
        return String.join(" ", out.stream().sorted().toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Fügen Sie bei der Parzelle bitte ein Feld „Wasserzähler“ hinzu.                                   | +parzelle.wasserzahler
            Bitte entfernen Sie die Notiz bei der Parzelle.                                                    | -parzelle.notiz
            Nimm bei der Arbeitsstunde doch noch die Bemerkung mit auf.                                        | +arbeitsstunde.bemerkung
            Kannst du mal prüfen, ob wir bei der Parzelle die Pachtdauer aufnehmen können?                     | +parzelle.pachtdauer
            Lege bitte eine neue Tabelle Termine an, mit Datum und Ort.                                        | +termin
            Wir bräuchten außerdem noch Spenden mit Spender und Betrag.                                        | +spende
            Füge bei der Parzelle ein Feld Lage hinzu, mögliche Werte: Nord, Süd, Mitte.                       | +parzelle.lage
            Neues Feld Bodenart bei der Parzelle, das kann Sand, Lehm oder Ton sein.                           | +parzelle.bodenart
            Könnten Sie das Feld „Tätigkeit“ umbenennen? Neu: Arbeit.                                         | arbeitsstunde.taetigkeit=Arbeit
            Kannst du bei der Parzelle statt „Nummer“ lieber „Parzellennummer“ schreiben?                     | parzelle.nummer=Parzellennummer
            Nimm bei Zustand die Option „Gekündigt“ raus, die gibt es nicht mehr.                             | parzelle.zustand-Gekündigt
            Bitte die Notiz rausnehmen, die Größe zur Pflicht machen und die Tätigkeit in „Arbeit“ umbenennen. | -parzelle.notiz arbeitsstunde.taetigkeit=Arbeit parzelle.groesse!
            Bitte die Notiz loeschen.                                                                          | -parzelle.notiz
            Die Groesse muss immer ausgefuellt werden.                                                         | parzelle.groesse!
            Das Datum bitte nicht mehr als Pflichtfeld.                                                        | arbeitsstunde.datum?
            Die Größe bitte verpflichtend.                                                                     | parzelle.groesse!
            Ohne die Tätigkeit geht es nicht, die muss immer rein.                                             | arbeitsstunde.taetigkeit!
            Das Datum ist kein Muss mehr.                                                                      | arbeitsstunde.datum?
            Bei der Parzelle kommt noch ein Feld Stromzähler dazu.                                             | +parzelle.stromzahler
            Häng bei der Arbeitsstunde noch eine Bemerkung dran.                                               | +arbeitsstunde.bemerkung
            Bei der Parzelle fehlt mir noch die Pachtdauer.                                                    | +parzelle.pachtdauer
            """)
    void the_frame_is_read(String message, String expected) {
        assertEquals(expected, changes(GARDEN, RefineFixtures.refine(GARDEN, message).spec()), message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Die Tabelle Geräte kann weg.                             | Die Tabelle Geräte kann weg.
            Nimm die Notiz raus.                                     | Nimm die Notiz raus.
            Wir brauchen die Notiz nicht mehr.                       | Wir brauchen die Notiz nicht mehr.
            Die neue Zaunfarbe steht im Feld Notiz.                  | Die neue Zaunfarbe steht im Feld Notiz.
            Wir brauchen die Stunden mit Komma.                      | Wir brauchen die Stunden mit Komma.
            Fuer die Parzelle: Neue Messe-Termine eintragen.         | Für die Parzelle: Neue Messe-Termine eintragen.
            Die Fahrer möchten wir bitte als eigene Tabelle mit Name und Handy.     | Die Fahrer möchten wir bitte als eigene Tabelle mit Name und Handy.
            Jede Stunde gehört zu einem Einsatz; lege Einsätze mit Datum und Ort an. | Jede Stunde gehört zu einem Einsatz; lege Einsätze mit Datum und Ort an.
            Die Arbeit im Garten ist für alle verpflichtend.                         | Die Arbeit im Garten ist für alle verpflichtend.
            Ohne Regen geht es nicht.                                                | Ohne Regen geht es nicht.
            """)
    void other_words_stay(String message, String expected) {
        assertEquals(expected, GermanFrames.plain(GARDEN, Lang.DE, message), message);
    }
}
