package org.toolsmith.draft.offline;

import static org.toolsmith.draft.offline.RefineFixtures.LOANS;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * English chat edits said indirectly, in a looser style: a new kind described by how each one hangs
 * off another, what someone else wants, "instead of X I'd like Y", ticks asked as their question,
 * moments named by what ends, values quoted with where they go. Phrasing of our own, on the loans
 * spec; everything not named must stay as it was ({@link RefineExpect}).
 */
class RefineIndirectEnglishTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "We also want to record inspections. Each inspection is for one item: date, inspector and result. | kind Inspection>item",
        "Let's add repairs: every repair belongs to an item and has the repair date and the cost. | kind Repair>item",
        "Each reservation is for one item and has a start date and an end date. | kind Reservation>item",
        "We'd like to keep track of fines too. Every fine belongs to a loan: amount and whether it was paid. | kind Fine>loan"})
    void makes_a_kind_described_by_what_each_one_belongs_to(String message, String expected) {
        RefineExpect.check(LOANS, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Instead of the Returned tick box we'd like a proper return status: On time, Late, Lost. | loan.returned=choice & loan.returned[On time;Late;Lost]",
        "instead of the condition I want a separate damage rating from 1 to 5 | -loan.condition & +loan:decimal:Damage rating",
        "replace the condition with a 'State' dropdown (Fine, Broken) | -loan.condition & +loan:choice:State",
        "The notes aren't needed any more - swap them for a return reason. | -loan.notes & +loan:long_text:Return reason"})
    void replaces_a_field_with_what_is_wanted_in_its_place(String message, String expected) {
        RefineExpect.check(LOANS, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The IT team want the warranty end on each item | +item:date:Warranty end",
        "Managers would like a tick on each loan for whether the borrower signed the form | +loan:boolean:Borrower signed",
        "add a checkbox showing if the item was cleaned | +loan:boolean:Item cleaned",
        "Can we also record when the insurance expires on each item? | +item:date:Insurance expiry date",
        "we need to capture what damage was found on return | +loan:text:Damage found",
        "Each loan needs a second contact - a name and a number. | +loan:text:Second contact name & +loan:phone:Second contact phone",
        "add a referee: name and email | +loan:text:Referee name & +loan:email:Referee email"})
    void adds_a_field_named_from_a_loose_description(String message, String expected) {
        RefineExpect.check(LOANS, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "condition needs a 'Missing parts' option too | loan.condition[Good;Damaged;Missing parts]",
        "Category should be a multi-select instead of a single choice: Laptop, Projector, Camera, Tablet | item.category=multi_choice & item.category[Laptop;Projector;Camera;Tablet]",
        "staff are writing half a page in the serial number and it gets cut off | item.serial_number=long_text",
        "the condition needs another 'Lost' option, and people keep forgetting the due back date | loan.condition[Good;Damaged;Lost] & loan.due_back!"})
    void reads_values_and_types_said_in_passing(String message, String expected) {
        RefineExpect.check(LOANS, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The Borrower field should be called 'Lent to' from now on | loan.borrower~Lent to",
        "people keep lending things out without the due back date | loan.due_back!",
        "staff often add items without a serial number, which is a pain at audit time | item.serial_number!",
        "For loans we also need the purpose - teaching, research, events or other | +loan:choice:Purpose",
        "'Damaged' covers too much, split it into 'Scratched' and 'Broken' | loan.condition[Good;Scratched;Broken]",
        "Please split Laptop into Windows laptop and MacBook | item.category[Windows laptop;MacBook;Projector;Camera]",
        "The borrower gets typed in all sorts of ways. We only have Finance, Sales and the front desk, so make it a dropdown. | loan.borrower=choice & loan.borrower[Finance;Sales;Front desk]",
        "visitors don't always know the item they want, so don't force it | loan.item?"})
    void reads_renames_flags_and_values_said_loosely(String message, String expected) {
        RefineExpect.check(LOANS, message, expected);
    }
}
