package org.toolsmith.draft.offline;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Families of choice values people name, in the four languages: the states of a piece of work, levels of priority
 * or severity, sizes, ways to pay, days, times of day, materials and colours. A value belongs to a family when one of its words
 * does ("Awaiting parts", "En attente", "Extra large"); words are compared without accents, plural ending or one
 * final vowel ("annulées" and "annulé", "alta" and "alto"). Used to tell which choice field new values are of
 * when the message does not name it: statuses go with statuses, sizes with sizes.
 */
final class ValueFamilies {
    private static final Pattern WORD = Pattern.compile("[a-z0-9]+");
    private static final List<Set<String>> FAMILIES = List.of(
            keys("new open opened pending waiting awaiting booked scheduled planned confirmed progress hold paused started done completed "
                    + "complete finished closed cancelled canceled returned refunded shipped delivered dispatched sent paid unpaid invoiced billed "
                    + "approved rejected declined accepted draft submitted archived lost postponed overdue resolved ready sold failed active inactive "
                    + "expired reserved received ordered packed collected assigned reviewed signed quoted requested abandoned withdrawn suspended "
                    + "reopened blocked won enquiry "
                    + "nouveau nouvelle ouvert attente cours planifie programme reserve confirme commence termine fini clos cloture ferme annule "
                    + "retourne rembourse expedie livre envoye paye impaye facture valide approuve refuse rejete accepte brouillon archive perdu "
                    + "reporte retard resolu pret vendu echoue actif inactif expire recu commande relance depose signe demande abandonne suspendu bloque "
                    + "nuevo abierto pendiente espera curso programado planificado reservado confirmado empezado iniciado terminado acabado "
                    + "completado cerrado cancelado anulado devuelto reembolsado enviado entregado pagado facturado cobrado aprobado rechazado "
                    + "aceptado borrador archivado perdido aplazado pospuesto retrasado vencido resuelto listo vendido fallido activo inactivo "
                    + "caducado recibido firmado solicitado suspendido bloqueado "
                    + "neu offen wartend wartet geplant gebucht reserviert bestatigt begonnen arbeit bearbeitung erledigt fertig abgeschlossen "
                    + "geschlossen beendet storniert abgesagt zuruckgegeben erstattet versandt verschickt geliefert bezahlt berechnet abgerechnet "
                    + "genehmigt abgelehnt angenommen entwurf archiviert verloren verschoben uberfallig gelost bereit verkauft gescheitert aktiv "
                    + "inaktiv abgelaufen erhalten bestellt angefragt eingereicht unterschrieben pausiert gesperrt"),
            keys("low medium normal high urgent critical minor major severe moderate blocker trivial top emergency routine "
                    + "bas basse moyen moyenne normale haut haute urgente critique mineur majeur grave modere eleve faible "
                    + "bajo baja medio media alto alta urgente critico menor mayor moderado elevado leve rutina "
                    + "niedrig gering mittel hoch dringend kritisch schwer leicht massig sofort notfall"),
            keys("xxs xs s m l xl xxl xxxl 2xl 3xl 4xl 5xl small medium large tiny huge big mini jumbo regular giant "
                    + "petit petite moyen grand grande geant maxi pequeno mediano gigante chico klein mittel gross riesig"),
            keys("card cash cheque check invoice transfer paypal debit credit voucher contactless stripe klarna "
                    + "carte especes liquide virement prelevement bon "
                    + "tarjeta efectivo transferencia bizum domiciliacion factura vale contado "
                    + "karte bar barzahlung uberweisung lastschrift rechnung gutschein kreditkarte sepa"),
            keys("monday tuesday wednesday thursday friday saturday sunday weekend weekday "
                    + "lundi mardi mercredi jeudi vendredi samedi dimanche semaine "
                    + "lunes martes miercoles jueves viernes sabado domingo finde "
                    + "montag dienstag mittwoch donnerstag freitag samstag sonntag wochenende"),
            keys("morning midday noon afternoon evening night overnight lunchtime early late "
                    + "matin midi apres soir soiree nuit journee "
                    + "manana mediodia tarde noche madrugada "
                    + "morgen vormittag mittag nachmittag abend nacht fruh spat"),
            keys("oak pine walnut cherry maple ash beech birch elm teak mahogany bamboo cedar steel iron aluminium aluminum copper brass "
                    + "plastic glass leather cotton wool linen silk polyester nylon denim ceramic stone marble granite concrete "
                    + "chene pin noyer merisier erable frene hetre bouleau orme acajou bambou cedre acier fer cuivre laiton plastique verre cuir "
                    + "coton laine lin soie ceramique pierre marbre granit beton "
                    + "roble pino nogal cerezo arce fresno haya abedul olmo caoba bambu cedro acero hierro aluminio cobre laton plastico vidrio "
                    + "cuero algodon lana seda ceramica piedra marmol hormigon "
                    + "eiche kiefer nussbaum kirsche ahorn esche buche birke ulme mahagoni zeder stahl eisen kupfer messing kunststoff glas leder "
                    + "baumwolle wolle leinen seide keramik stein marmor beton"),
            keys("red blue green yellow black white grey gray orange purple pink brown silver gold "
                    + "rouge bleu vert jaune noir blanc gris violet rose marron argent "
                    + "rojo azul verde amarillo negro blanco naranja morado rosa plata oro "
                    + "rot blau grun gelb schwarz weiss grau lila braun silber"));

    private ValueFamilies() {
    }

    private static Set<String> keys(String words) {
        Set<String> out = new HashSet<>();
        for (String w : words.split(" ")) {
            out.add(key(w));
        }
        return Set.copyOf(out);
    }

    /** A folded word without its plural ending and one final vowel, so gender and number do not count. */
    static String key(String folded) {
        String w = folded;
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
            w = w.substring(0, w.length() - 1);
        }
        while (w.length() > 4 && (w.endsWith("a") || w.endsWith("e") || w.endsWith("o"))) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** The families a value belongs to, one bit each. */
    static int of(String value) {
        int bits = 0;
        Matcher m = WORD.matcher(RefineText.fold(value));
        while (m.find()) {
            String k = key(m.group());
            for (int i = 0; i < FAMILIES.size(); i++) {
                if (FAMILIES.get(i).contains(k)) {
                    bits |= 1 << i;
                }
            }
        }
        return bits;
    }

    /** The largest share of {@code options} that belongs to one of the families in {@code bits}. */
    static double share(List<String> options, int bits) {
        if (options.isEmpty() || bits == 0) {
            return 0;
        }
        double best = 0;
        for (int i = 0; i < FAMILIES.size(); i++) {
            if ((bits & 1 << i) == 0) {
                continue;
            }
            int in = 0;
            for (String o : options) {
                if ((of(o) & 1 << i) != 0) {
                    in++;
                }
            }
            best = Math.max(best, (double) in / options.size());
        }
        return best;
    }
}
