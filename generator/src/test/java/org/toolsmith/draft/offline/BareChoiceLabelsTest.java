package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.FieldType;

/**
 * A choice label and its values with no bracket or colon (session 12, d8): "heating type gas oil or electric", "bike size
 * small, medium or large", "Heizungsart Gas, Öl oder Strom": one choice named by the label, the values its options.
 */
class BareChoiceLabelsTest {
    private static final OfflineDrafter DRAFTER = new OfflineDrafter();

    static Stream<Arguments> family() {
        return Stream.of(
                Arguments.of("en", "Track houses with the address, the owner and the heating type gas oil or electric.", "Heating type", List.of("Gas", "Oil", "Electric")),
                Arguments.of("en", "Houses: address, owner, heating type gas, oil or electric, year built.", "Heating type", List.of("Gas", "Oil", "Electric")),
                Arguments.of("en", "Rentals: the bike, the customer, bike size small medium or large, the price.", "Bike size", List.of("Small", "Medium", "Large")),
                Arguments.of("en", "hi, for payments we need the invoice, the amount, payment method cash card or cheque", "Payment method", List.of("Cash", "Card", "Cheque")),
                Arguments.of("en", "Climbing sessions: member, date, skill level beginner, intermediate or advanced", "Skill level", List.of("Beginner", "Intermediate", "Advanced")),
                Arguments.of("en", "Coffee orders: the customer, milk type whole skimmed or oat, the price", "Milk type", List.of("Whole", "Skimmed", "Oat")),
                Arguments.of("en", "Tickets: the event, the buyer, seat category standard, premium and vip.", "Seat category", List.of("Standard", "Premium", "Vip")),
                Arguments.of("en", "Plants we sell: name, pot size small or large, price", "Pot size", List.of("Small", "Large")),
                Arguments.of("de", "Häuser: Adresse, Eigentümer, Heizungsart Gas, Öl oder Strom.", "Heizungsart", List.of("Gas", "Öl", "Strom")),
                Arguments.of("de", "Bestellungen: Kunde, Datum, Zahlungsart bar, Karte oder Rechnung.", "Zahlungsart", List.of("Bar", "Karte", "Rechnung")));
    }

    /** Neighbours: a choice word followed by another field or a noun phrase. */
    static Stream<Arguments> neighbours() {
        // prompt | label that must keep its type | that type (all English: the rule reads head-last labels)
        return """
                Cars: fuel type, colour or finish, the mileage. | Fuel type | CHOICE
                Parcels: the delivery type, weight or size, and the date. | Date | DATE
                Products: type (hardware, software), price. | Type | CHOICE
                Cars: the colour, fuel type and the mileage or hours. | Fuel type | CHOICE
                """.lines().map(l -> l.split("\\s*\\|\\s*")).map(r -> Arguments.of("en", r[0], r[1], FieldType.valueOf(r[2])));
    }

    @ParameterizedTest
    @MethodSource("family")
    void the_values_after_a_choice_label_are_its_options(String lang, String prompt, String label, List<String> options) {
        AppSpec spec = DRAFTER.draft(prompt);
        assertTrue(spec.entities().stream().flatMap(e -> e.fields().stream())
                .anyMatch(f -> f.label().equals(label) && f.type() == FieldType.CHOICE
                        && f.options().stream().map(Text::fold).toList().containsAll(options.stream().map(Text::fold).toList())),
                () -> lang + ": " + spec.entities());
    }

    @ParameterizedTest
    @MethodSource("neighbours")
    void a_choice_label_before_other_fields_stays_alone(String lang, String prompt, String label, FieldType type) {
        AppSpec spec = DRAFTER.draft(prompt);
        assertTrue(spec.entities().stream().flatMap(e -> e.fields().stream())
                .anyMatch(f -> f.label().equals(label) && f.type() == type), () -> lang + ": " + spec.entities());
    }
}
