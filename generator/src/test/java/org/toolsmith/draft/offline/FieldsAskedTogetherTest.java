package org.toolsmith.draft.offline;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/**
 * One message asking for several new fields: every item gets its field. Items with values in brackets or an aside
 * ("(if needed)") stay one item each; a kind said in front of a need ("Para cada pedido necesitamos …", "on orders
 * please add …") scopes the whole list; a noun followed straight by a clause about it ("the date the warranty
 * expires", "the condition their laptop is in (…)") is one field; names asked as questions before a box word ("Signed? and
 * Returned? tick boxes") are one yes/no field each. Our own phrasing on the small office app of
 * {@link SeveralFieldsOneClauseTest}, in four languages, with rows where only one field may come.
 * Still open (read wrongly today): "…, and also note which adjuster approved it" (a Note field), "une case « urgent » et
 * noter qui a validé" (the box is lost), "una foto (si hace falta) y el teléfono del repartidor", "ob der Vermieter
 * benachrichtigt wurde (ja/nein) und Belege hochladen können".
 */
class FieldsAskedTogetherTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "en | for each order we need the unit price, the packaging type (box, envelope, pallet) and the invoice file | +order:money & +order:choice:Packaging type & +order:file",
        "en | need a photo on damaged deliveries and a link to the tracking page | +delivery:file:Photo & +delivery:url",
        "en | we want each claim to say whether it has a police report and the outcome (Paid, Rejected, Pending) | +claim:boolean & +claim:choice:Outcome",
        "en | on printers put the asset tag and the date the warranty expires | +printer:text:Asset tag & +printer:date:Warranty expires date",
        "en | Urgent? and Fragile? tick boxes on deliveries please | +delivery:boolean:Urgent & +delivery:boolean:Fragile",
        "en | on orders please add a photo (if needed) and the courier's name | +order:file:Photo & +order:text:Courier",
        "en | sessions: record the room it takes place in and the number of attendees | +session:text:Room & +session:integer:Number",
        "en | for deliveries add the time it actually arrived and the driver's phone number | +delivery:datetime & +delivery:phone",
        "en | for each employee we need a badge number and the condition their laptop is in (New, Used, Broken) | +employee:text:Badge & +employee:choice:Condition",
        "en | Can employees have a 'remote' checkbox and also record who their line manager is? | +employee:boolean:Remote & +employee:person",
        "en | hey - on claims we need the amount claimed, the claim type (theft, fire, water) and the assessor's report as a PDF | +claim:money & +claim:choice:Claim type & +claim:file",
        "en | we need the toner level and the date the toner was last changed on each printer | +printer:integer & +printer:date",
        "en | Could orders get a gift-wrap yes/no, and the message for the card? | +order:boolean & +order:long_text:Message",
        "fr | pour chaque commande il nous faut le prix unitaire, le type d'emballage (carton, enveloppe, palette) et le fichier de la facture | +commande:money & +commande:choice:Type d'emballage & +commande:file",
        "fr | sur chaque livraison il faudrait savoir si le colis était abîmé et l'état de l'emballage (bon, abîmé, ouvert) | +livraison:boolean & +livraison:choice:État",
        "fr | ajoutez aux employés une photo (si besoin) et le numéro de badge svp | +employe:file:Photo & +employe:text:Numéro de badge",
        "es | Para cada pedido necesitamos el importe total, el tipo de envase (bolsa, lata, bote) y el archivo del albarán | +pedido:money & +pedido:choice:Tipo de envase & +pedido:file",
        "es | queremos que cada reclamación diga si tiene parte policial y el resultado (Pagada, Rechazada, Pendiente) | +reclamacion:boolean & +reclamacion:choice:Resultado",
        "es | en las reclamaciones añadid una casilla 'urgente' y también quién aprobó la reclamación | +reclamacion:boolean:Urgente & +reclamacion:person",
        "de | Bei jedem Auftrag brauchen wir den Stückpreis, die Verpackungsart (Karton, Umschlag, Palette) und die Rechnung als Datei | +auftrag:money & +auftrag:choice:Verpackungsart & +auftrag:file",
        "de | Bei den Lieferungen fehlt noch die Sendungsnummer, und ein Häkchen, ob die Lieferung vollständig ist | +lieferung:text:Sendungsnummer & +lieferung:boolean",
        "de | Bei jedem Drucker brauchen wir noch die Seriennummer und ein Foto vom Typenschild | +drucker:text:Seriennummer & +drucker:file:Foto",
        "en | for claims could you add the date the assessor visited and the repair cost | +claim:date & +claim:money",
        "en | on deliveries please add the driver's name and the time the van left | +delivery:text:Driver & +delivery:datetime",
        "es | Para cada entrega nos hace falta el peso y una foto del albarán | +entrega:decimal:Peso & +entrega:file:Foto",
        "fr | sur les commandes, svp ajoutez le poids et le nom du transporteur | +commande:decimal:Poids & +commande:text:Nom du transporteur",
        "de | Bei den Aufträgen bitte noch die Sendungsnummer und ein Foto vom Paket ergänzen | +auftrag:text:Sendungsnummer & +auftrag:file:Foto",
        "en | Signed? and Returned? tick boxes on orders please | +order:boolean:Signed & +order:boolean:Returned",
        "fr | Payée ? et Livrée ? deux cases à cocher sur les commandes svp | +commande:boolean:Payée & +commande:boolean:Livrée",
        "es | ¿Pagado? y ¿Entregado? casillas en los pedidos, por favor | +pedido:boolean:Pagado & +pedido:boolean:Entregado",
        "de | Bezahlt? und Versendet? als Häkchen bei den Aufträgen bitte | +auftrag:boolean:Bezahlt & +auftrag:boolean:Versendet"})
    void every_item_of_the_message_gets_its_field(String lang, String message, String expected) {
        RefineExpect.check(SeveralFieldsOneClauseTest.spec(lang), message, expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "en | add a note field to claims | +claim:long_text:Note",
        "en | on orders please remove the total | -order.total",
        "en | add a tick box for paid to orders | +order:boolean:Paid",
        "en | add a status to orders (new, packed, shipped) | +order:choice:Status",
        "en | deliveries need a 'signed' tick box | +delivery:boolean:Signed",
        "en | please add a notes box to sessions | +session:long_text:Notes",
        "fr | ajoutez une case « payé » aux commandes | +commande:boolean:Payé",
        "es | añade una casilla 'pagado' a los pedidos | +pedido:boolean:Pagado",
        "en | add the date the order was placed to orders | +order:date:Order placed date",
        "es | Para cada pedido necesitamos saber quién lo empaquetó | +pedido:person",
        "en | add to sessions the room the class takes place in | +session:text:Room"})
    void one_field_stays_one(String lang, String message, String expected) {
        RefineExpect.check(SeveralFieldsOneClauseTest.spec(lang), message, expected);
    }
}
