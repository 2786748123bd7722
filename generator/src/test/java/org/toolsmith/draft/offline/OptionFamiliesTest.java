package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Field;

class OptionFamiliesTest {
    @ParameterizedTest(name = "{0}: {1} is named {2}")
    @CsvSource(delimiter = ';', value = {
        // values of one family: the choice is named after what they are
        "EN; Morning/Afternoon/Evening; Time of day",
        "FR; matin/après-midi; Créneau",
        "ES; mañana/tarde/noche; Franja horaria",
        "DE; vormittags/nachmittags; Tageszeit",
        "EN; cash/card/bank transfer; Payment method",
        "FR; espèces/chèque/virement; Mode de paiement",
        "ES; efectivo/tarjeta/bizum; Forma de pago",
        "DE; bar/EC-Karte/Überweisung; Zahlungsart",
        "EN; good/fair/poor; Condition",
        "DE; neu/gebraucht/defekt; Zustand",
        "EN; weekly/monthly/quarterly; Frequency",
        "ES; lunes/miércoles/viernes; Día",
        "DE; S/M/L/XL; Größe",
        "FR; débutant/intermédiaire/avancé; Niveau",
        "DE; bestanden/nicht bestanden; Ergebnis",
        "EN; vegan/vegetarian/gluten free; Dietary needs",
        "ES; recogida en tienda/entrega a domicilio; Tipo de entrega",
        "DE; Vollzeit/Teilzeit/Minijob; Vertragsart",
        "EN; indoor/outdoor; Location",
        "FR; téléphone/e-mail/en personne; Canal",
        "EN; online/in person; Format",
        "ES; presencial/online; Modalidad",
        "EN; electrician/plumber/joiner; Trade",
        "DE; Elektriker/Maler/Fliesenleger; Gewerk",
        "FR; kg/litres/pièces; Unité",
        "ES; gramos/litros/cajas; Unidad",
        // states, mixed values or one value only: the generic name stays
        "EN; open/in progress/closed; Status",
        "EN; returned/damaged/lost; Status",
        "EN; morning/urgent; Status",
        "FR; matin; Status",
        "ES; pendiente/aprobado/rechazado; Status",
        "DE; Laptop/Beamer/Kamera; Status",
    })
    void namesValuesByTheirFamily(String lang, String values, String name) {
        Lexicon lex = Lexicon.load(Lang.valueOf(lang));
        List<String> options = Arrays.asList(values.split("/"));
        assertEquals(name, OptionFamilies.label(lex, options, "Status"));
    }

    @Test
    void aChoiceSaidByItsValuesAloneIsNamedInADraft() {
        AppSpec spec = SpecCheck.draft("Keep a list of our cleaning jobs: client, address, date, morning or afternoon, and notes.");
        Field f = spec.entities().get(0).fields().stream().filter(x -> !x.options().isEmpty()).findFirst().orElseThrow();
        assertEquals("Time of day", f.label());
        assertEquals(List.of("Morning", "Afternoon"), f.options());
    }

    @Test
    void statesKeepTheirStatus() {
        AppSpec spec = SpecCheck.draft("Track repair tickets: device, fault, and whether it is open, waiting for parts or closed.");
        Field f = spec.entities().get(0).fields().stream().filter(x -> !x.options().isEmpty()).findFirst().orElseThrow();
        assertEquals("Status", f.label());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        // the values of one family in a bracket after a field are its choices, though some look like field words
        "EN; Paint stock: name, colour, quantity, unit (grams, kg, litres), shelf; Unit; Grams|Kg|Litres",
        "EN; Defects on site: room, description, trade (electrician, plumber, painter), photo; Trade; Electrician|Plumber|Painter",
        "FR; Stock de la cave : produit, quantité, unité (kg, litres, pièces), emplacement; Unité; Kg|Litres|Pièces",
        "ES; Material del almacén: nombre, cantidad, unidad (gramos, kilos, litros), estante; Unidad; Gramos|Kilos|Litros",
        "DE; Mängelliste: Raum, Beschreibung, Gewerk (Elektriker, Maler, Fliesenleger), Foto; Gewerk; Elektriker|Maler|Fliesenleger",
    })
    void valuesOfOneFamilyInABracketAreAChoice(String lang, String request, String label, String values) {
        AppSpec spec = SpecCheck.draft(request);
        Field f = spec.entities().get(0).fields().stream().filter(x -> x.label().equals(label)).findFirst().orElseThrow();
        assertEquals(List.of(values.split("\\|")), f.options());
    }

    @Test
    void waysToReachSomeoneInABracketStayFields() {
        // phone and e-mail are a channel's values too, but after a name they are the person's details
        AppSpec spec = SpecCheck.draft("Members: name, contact (phone, email), joined on.");
        List<String> labels = spec.entities().get(0).fields().stream().map(Field::label).toList();
        assertEquals(true, labels.contains("Phone"), labels.toString());
        assertEquals(true, labels.contains("Email"), labels.toString());
    }
}
