package org.toolsmith.draft.offline;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.toolsmith.spec.FieldType;

/**
 * The type a field's words suggest ("Due date" → date, "Approved by" → person), and the type a
 * phrase names ("a dropdown" → choice), in English, French, Spanish and German.
 */
public final class RefineTypes {
    private record Rule(Pattern pattern, FieldType type) {
    }

    private static Rule rule(String regex, FieldType type) {
        return new Rule(Pattern.compile(regex), type);
    }

    /** Whole-label patterns, checked first, in order; matched against the folded label. */
    private static final List<Rule> PHRASES = List.of(
            rule("\\b(?:phone|telephone|mobile|cell)\\s+(?:number|no)\\b|\\bnumero de telephone\\b|\\btelefonnummer\\b"
                    + "|\\b(?:contact|emergency|home|work|office|mobile)\\s+(?:contact\\s+)?(?:number|no)\\b|\\bnumero (?:de contact|d'urgence|de contacto|de emergencia)\\b|\\b(?:notfall|kontakt|ruf)nummer\\b", FieldType.PHONE),
            rule("\\b(?:square (?:metres|meters|feet|foot)|sq ?(?:m|ft)|m2|surface area|floor area|metres? carres?|metros? cuadrados?|superficie|quadratmeter|flache|wohnflache)\\b", FieldType.DECIMAL),
            rule("\\be-?mail\\b|\\bcourriel\\b|\\bcorreo\\b", FieldType.EMAIL),
            rule("(?<!(?:serial|reference|order|invoice|case|ticket|account|registration|tracking|batch|lot|part|model|policy|membership|booking|licence|license|plate|vat|tax|id) )\\b(?:number|no|count|nombre|anzahl|cantidad) (?:of|de|d|der|an)\\b|\\bnumero de \\w+s\\b|\\bhow many\\b|\\bcombien\\b|\\bcuant[oa]s\\b|\\bwie viele\\b", FieldType.INTEGER),
            rule("\\bhow much\\b|\\bcuanto\\b|\\bwie viel\\b", FieldType.MONEY),
            rule("\\bdate(?:\\s*/\\s*|[- ](?:and|&)[- ])time\\b|\\bdate(?:\\s*/\\s*|[- ]et[- ])heure\\b|\\bfecha(?:\\s*/\\s*|[- ]y[- ])hora\\b|\\bdatum(?:\\s*/\\s*|[- ]und[- ])uhrzeit\\b|\\btimestamp\\b|\\bwhen exactly\\b", FieldType.DATETIME),
            rule("\\(?\\byes\\s*/\\s*no\\b\\)?|\\boui\\s*/\\s*non\\b|\\bsi\\s*/\\s*no\\b|\\bja\\s*/\\s*nein\\b|\\?$|^(?:is|has|was|are|have|did|does|can) ", FieldType.BOOLEAN),
            rule("\\b\\w+(?:ed|en|wn|ne|id|nt|de)(?:\\s+(?:off|up|out|in|over))?\\s+by$|\\b(?:assigned|approved|requested|signed|checked|counted|reviewed|owned|submitted|reported|handled|managed|done|verified|authori[sz]ed|inspected|completed|prepared|received|issued|raised|found|booked|sent|taken|led|run|hosted|taught) by$"
                    + "|\\b(?:assigned to|owner|approver|assignee|manager|supervisor|requester|requestor|reviewer|signatory|responsible|contact person|point of contact|staff member|colleague|employee|participant|attendee|trainer|coach|mentor|lead)$"
                    + "|\\b(?:responsable|demandeur|valide par|approuve par|signe par)$|\\b(?:aprobado por|firmado por|solicitante|encargado)$|\\b(?:verantwortlich|zustandig|bearbeiter|genehmigt von|ansprechpartner)$", FieldType.PERSON),
            rule("^due\\b(?!.*\\btime\\b)|\\b\\w+(?:ed|en|nt|id|ne|wn|ld|ht) on$|^(?:born|expires|starts|ends) on$|\\w+(?:datum|termin)\\b", FieldType.DATE),
            rule("\\b\\w+(?:ed|s|en|nt|id|ne|wn|ld|ht) at$", FieldType.DATETIME),
            rule("\\w+(?:preis|kosten|betrag|summe)\\b", FieldType.MONEY),
            rule("\\b(?:number|no|code|id|ref|reference|serial|sku|iban|postcode|zip)$|\\bnumero$|\\w*nummer$", FieldType.TEXT));

    private static final Pattern FOR_WHOM = Pattern.compile("^(.+?)\\s+(?:for|pour|para|fur)\\s+(?:the|a|an|each|le|la|les|l'|chaque|el|los|las|cada|der|die|das|den|dem|jede[nrms]?)\\b");

    /** Head words that mean plain text, whatever words come before them ("Contract type"). */
    private static final java.util.Set<String> TEXT_HEADS = RefineText.set(
            "name", "title", "type", "kind", "category", "status", "stage", "level", "class", "group", "reason", "address",
            "location", "code", "label", "subject", "topic", "model", "brand", "make", "nom", "titre", "tipo", "nombre",
            "titulo", "typ", "art", "adresse", "direccion", "lieu", "ort", "centre", "center", "centro");

    private static final Pattern PREPOSITION = Pattern.compile(
            "\\s(?:of|on|per|for|in|at|from|to|about|before|after|until|since|de|du|des|del|d|von|fur|im|am|pour|para|por|en)\\s|\\s(?=\\d)");

    /** Single words, looked up from the last word of the label backwards. */
    private static final Map<String, FieldType> WORDS = merge(
            w(FieldType.DATE, "date", "day", "deadline", "birthday", "dob", "expiry", "expires", "anniversary",
                    "fecha", "dia", "datum", "echeance", "jour", "termin", "frist", "faellig", "fallig", "faelligkeit",
                    "falligkeitsdatum", "faelligkeitsdatum", "geburtstag", "naissance", "nacimiento", "vencimiento"),
            w(FieldType.DATETIME, "time", "datetime", "appointment", "heure", "hora", "uhrzeit", "zeitpunkt", "starts", "ends", "start", "end"),
            w(FieldType.EMAIL, "email", "mail", "courriel", "correo"),
            w(FieldType.PHONE, "phone", "telephone", "mobile", "cell", "tel", "telefono", "telefon", "handy", "movil", "portable"),
            w(FieldType.URL, "url", "link", "website", "homepage", "webpage", "lien", "enlace", "web", "webseite"),
            w(FieldType.FILE, "attachment", "receipt", "photo", "photos", "picture", "image", "document", "scan", "pdf", "file",
                    "upload", "invoice", "cv", "certificat", "attestation", "ordonnance", "certificado", "resume", "logo", "screenshot", "contract", "certificate", "fichier", "justificatif",
                    "piece", "foto", "archivo", "adjunto", "datei", "anhang", "bild", "dokument", "beleg", "rechnung", "factura", "facture"),
            w(FieldType.PERSON, "owner", "approver", "assignee", "manager", "supervisor", "requester", "requestor", "reviewer",
                    "signatory", "employee", "colleague", "staff", "author", "responsible", "trainer", "mentor", "recruiter",
                    "technician", "inspector", "auditor", "contact", "participant", "attendee", "driver", "organiser", "organizer",
                    "host", "coordinator", "caseworker", "tech", "rep", "representative", "engineer", "consultant", "advisor", "adviser",
                    "handler", "approvers", "planner", "instructor", "tutor", "buyer", "seller", "salesperson", "agent", "nurse", "doctor", "therapist", "teacher", "responsable", "demandeur",
                    "verantwortlich", "bearbeiter", "mitarbeiter", "empleado", "employe", "salarie"),
            w(FieldType.MONEY, "price", "cost", "costs", "amount", "budget", "salary", "fee", "fees", "deposit", "payment", "spend", "cash",
                    "expense", "revenue", "refund", "balance", "charge", "wage", "total", "value", "income", "tip",
                    "prix", "cout", "montant", "tarif", "salaire", "acompte", "precio", "coste", "costo", "importe", "senal", "pago",
                    "sueldo", "anticipo", "preis", "kosten", "betrag", "gehalt", "summe", "anzahlung", "honorar"),
            w(FieldType.INTEGER, "count", "quantity", "qty", "headcount", "seats", "age", "year", "pallets", "pieces", "units",
                    "attendees", "guests", "people", "participants", "copies", "nights", "days", "stock", "capacity", "bedrooms",
                    "bathrooms", "rooms", "floors", "adults", "children", "kids", "boxes", "tickets", "visitors",
                    "quantite", "cantidad", "anzahl", "menge", "stuck", "plazas", "places"),
            w(FieldType.DECIMAL, "weight", "rating", "hours", "temperature", "temp", "percentage", "percent", "rate", "score",
                    "distance", "length", "height", "width", "volume", "percentage", "percent", "km", "miles", "duration", "difference", "variance",
                    "discrepancy", "mileage", "poids", "heures", "peso", "horas", "gewicht", "stunden", "temperatur"),
            w(FieldType.BOOLEAN, "returned", "attended", "active", "approved", "paid", "done", "completed", "signed", "confirmed",
                    "received", "shipped", "delivered", "cancelled", "canceled", "closed", "archived", "eligible", "verified", "passed",
                    "ready", "mandatory", "available", "complete", "valid", "interested", "accepted", "excused"),
            w(FieldType.LONG_TEXT, "notes", "description", "comments", "comment", "details", "explanation", "summary", "feedback",
                    "remarks", "observations", "minutes", "agenda", "bio", "biography", "instructions", "justification", "message",
                    "remarques", "commentaire", "commentaires", "descripcion", "notas", "comentarios", "observaciones", "notizen",
                    "beschreibung", "kommentar", "bemerkung", "bemerkungen", "protokoll", "note", "history", "action", "actions", "steps"));

    private static Map<String, FieldType> w(FieldType type, String... words) {
        Map<String, FieldType> out = new java.util.HashMap<>();
        for (String word : words) {
            out.put(word, type);
        }
        return out;
    }

    @SafeVarargs
    private static Map<String, FieldType> merge(Map<String, FieldType>... maps) {
        Map<String, FieldType> out = new java.util.HashMap<>();
        for (Map<String, FieldType> m : maps) {
            m.forEach((k, v) -> {
                if (out.put(k, v) != null) {
                    throw new IllegalStateException("word listed twice: " + k);
                }
            });
        }
        return Map.copyOf(out);
    }

    private static final List<Rule> NAMED = List.of(
            rule("\\b(?:someone|somebody|one|any|member)\\s+(?:of|from|in|on)\\s+(?:our|the)\\s+(?:employees|staff|colleagues|team|company|people|users)\\b"
                    + "|\\b(?:employees|colleagues|team members?|staff members?|coworkers?|co-workers?|workers)\\b|\\b(?:quelqu'un|une? des?|l'un de)\\s+(?:de\\s+)?(?:nos|l'equipe|l'entreprise)\\b"
                    + "|\\b(?:employee?s?|collaborat(?:eur|rice)s?|salarie(?:e)?s?|utilisateur|utilisatrice|collegues?)\\b|\\b(?:empleados?|emplead[oa]s?|companer[oa]s?|trabajador(?:es|a)?|alguien del?)\\b"
                    + "|\\b(?:mitarbeiter(?:in|innen)?|kolleg(?:e|en|in)|jemand aus|beschaftigte[rn]?|benutzer)\\b", FieldType.PERSON),
            rule("\\bmulti(?:ple)?[- ]?(?:choice|select|selection)\\b|\\bseveral\\b|\\bcheck ?boxes\\b|\\btags\\b|\\bmore than one\\b|\\bchoix multiple\\b|\\bseleccion multiple\\b|\\bmehrfachauswahl\\b", FieldType.MULTI_CHOICE),
            rule("\\bdrop[- ]?down\\b|\\b(?:fixed|pick|select|closed)[- ]?list\\b|\\bchoice\\b|\\bselect(?:ion)?\\b|\\bone of\\b|\\bliste(?: deroulante)?\\b|\\blista(?: desplegable)?\\b|\\bauswahl(?:liste)?\\b|\\blist\\b|\\boptions\\b", FieldType.CHOICE),
            rule("\\bdate(?:\\s*/\\s*|[- ](?:and|&)[- ])time\\b|\\bdatetime\\b|\\btimestamp\\b|\\bdate(?:\\s*/\\s*|[- ]et[- ])heure\\b|\\bfecha(?:\\s*/\\s*|[- ]y[- ])hora\\b|\\bdatum(?:\\s*/\\s*|[- ](?:und|mit)[- ])uhrzeit\\b", FieldType.DATETIME),
            rule("\\bdate\\b|\\bfecha\\b|\\bdatum\\b", FieldType.DATE),
            rule("\\bwhole number\\b|\\binteger\\b|\\bcount\\b|\\bnombre entier\\b|\\bnumero entero\\b|\\bganze zahl\\b", FieldType.INTEGER),
            rule("\\bdecimal\\b|\\bnumber with decimals\\b|\\bpercent(?:age)?\\b|\\bpourcentage\\b|\\bporcentaje\\b|\\bprozent(?:satz)?\\b", FieldType.DECIMAL),
            rule("\\bmoney\\b|\\bamount\\b|\\bcurrency\\b|\\bprice\\b|\\bmontant\\b|\\bimporte\\b|\\bbetrag\\b", FieldType.MONEY),
            rule("\\bnumber\\b|\\bnumeric\\b|\\bnombre\\b|\\bnumero\\b|\\bzahl\\b", FieldType.INTEGER),
            rule("\\byes\\s*/\\s*no\\b|\\btick ?box\\b|\\bcheck ?box\\b|\\bboolean\\b|\\btoggle\\b|\\bcase a cocher\\b|\\boui\\s*/\\s*non\\b|\\bcasilla\\b|\\bja\\s*/\\s*nein\\b|\\bkontrollkastchen\\b", FieldType.BOOLEAN),
            rule("\\be-?mail\\b", FieldType.EMAIL),
            rule("\\bphone\\b|\\btelephone\\b|\\btelefono\\b|\\btelefon\\b", FieldType.PHONE),
            rule("\\burl\\b|\\bweb ?link\\b|\\blink\\b|\\bwebsite\\b|\\blien\\b|\\benlace\\b", FieldType.URL),
            rule("\\bfile\\b|\\battachment\\b|\\bupload\\b|\\bfichier\\b|\\barchivo\\b|\\bdatei\\b", FieldType.FILE),
            rule("\\bperson\\b|\\bstaff\\b|\\bdirectory\\b|\\bcolleague\\b|\\bemployee\\b|\\buser\\b|\\bpeople picker\\b|\\bannuaire\\b|(?<!\\bplus )(?<!\\bne )\\bpersonne\\b(?! (?:ne|n'|n’))|\\bpersona\\b|\\bempleado\\b|\\bmitarbeiter\\b|\\bperson\\b", FieldType.PERSON),
            rule("\\blong(?:er)? text\\b|\\bparagraphs?\\b|\\btext ?area\\b|\\bmulti-?line\\b|\\btoo (?:small|short)\\b|\\bmore (?:room|space)\\b|\\btexte long\\b|\\btexto largo\\b|\\blangtext\\b|\\bfreitext(?:feld)? lang\\b", FieldType.LONG_TEXT),
            rule("\\bsingle[- ]choice\\b|\\bonly one\\b|\\bone only\\b", FieldType.CHOICE),
            rule("\\b(?:free|plain|short)[- ]?text\\b|\\bone-?liner\\b|\\bsingle line\\b|\\bone line\\b|\\bname we type\\b|\\btext(?: field)?\\b|\\btyped?\\b|\\bby hand\\b|\\btexte(?: libre)?\\b|\\btexto(?: libre)?\\b|\\bfreitext\\b|\\btextfeld\\b", FieldType.TEXT));

    private RefineTypes() {
    }

    /**
     * The type of a label a chat message names, in the message's language: the phrase shapes here
     * first ("approved by", "checked on", "(yes/no)"), then the drafter's own lexicon
     * ({@link FieldTyper}), so that drafting and refining type words alike; the word list here only
     * when the lexicon finds nothing.
     */
    static FieldType guess(RefineSession s, String label) {
        if (s == null || s.lex == null) {
            return guess(label);
        }
        String folded = RefineText.fold(label).strip();
        java.util.regex.Matcher forWhom = FOR_WHOM.matcher(folded);
        if (forWhom.find()) {
            // "contact phone for the shift lead": a phone, whoever it is for
            FieldType head = guess(s, label.substring(0, Math.min(label.length(), forWhom.end(1))));
            if (head != FieldType.TEXT) {
                return head;
            }
        }
        FieldType t = byPhraseOrLexicon(s, label, folded);
        if (t == FieldType.PERSON && DATE_HEAD.matcher(folded).find()) {
            // "the date the account holder joined", "fecha en que el socio entró": a date about a person is a date
            return FieldType.DATE;
        }
        java.util.regex.Matcher ofWhom = t == FieldType.PERSON ? OF_WHOM.matcher(folded) : null;
        if (ofWhom != null && ofWhom.find() && !NAME_HEADS.contains(ofWhom.group(1))) {
            // "training needs of the employee", "poste du salarié": something about a person, typed by its own head
            String head = label.substring(0, Math.min(label.length(), ofWhom.end(1)));
            FieldType own = byPhraseOrLexicon(s, head, RefineText.fold(head).strip());
            return own == FieldType.PERSON ? FieldType.TEXT : own;
        }
        return t;
    }

    /**
     * A document said with the act done on it: "the signed contract", "le contrat signé", "el contrato firmado", "der
     * unterschriebene Vertrag": what is kept is the document itself, a file (never a yes/no on "signed").
     */
    private static final Pattern SIGNED_DOCUMENT = Pattern.compile(
            "\\b(?:signed|countersigned|scanned)\\s+(?:\\w+\\s+)?(?:contract|form|agreement|certificate|consent form|lease|quote|delivery note|document)s?\\b"
            + "|\\b(?:contrat|formulaire|attestation|accord|devis|bail|bon de livraison|document)s?\\b(?:\\s+\\S+){0,3}\\s+(?:signee?s?|contresignee?s?|scannee?s?)\\b"
            + "|\\b(?:contrato|formulario|certificado|acuerdo|presupuesto|albaran|documento)s?\\b(?:\\s+\\S+){0,3}\\s+(?:firmad[oa]s?|escanead[oa]s?)\\b"
            + "|\\b(?:unterschrieben|unterzeichnet|gescannt)(?:e|en|er|es)?\\s+(?:\\w+\\s+)?\\w*(?:vertrag|vertrage|formular|bescheinigung|vereinbarung|angebot|dokument|lieferschein)\\w*");

    private static FieldType byPhraseOrLexicon(RefineSession s, String label, String folded) {
        if (SIGNED_DOCUMENT.matcher(folded).find()) {
            return FieldType.FILE;
        }
        for (Rule r : PHRASES) {
            if (r.pattern().matcher(folded).find()) {
                if (r.type() == FieldType.INTEGER && (s.lang == Lang.ES && folded.matches("^(?:(?:el|la|los|las|un|una)\\s+)?nombres?\\b.*")
                        || s.lang == Lang.FR && folded.matches("^(?:(?:le|les|un)\\s+)?numeros?\\b.*"))) {
                    // Spanish "nombre de la empresa" is a name, French "numéro de permis" an identifier: neither counts anything
                    return FieldType.TEXT;
                }
                return r.type();
            }
        }
        FieldType t = FieldTyper.type(s.lex, label);
        // a choice needs its values: without them the field stays text until the person lists them
        return t.hasOptions() ? FieldType.TEXT : t;
    }

    /**
     * A name headed by a word for a date: first in French, Spanish and German phrases ("date …", "fecha …", "Datum …"), last in
     * English and German compounds ("Owner took over date", "Übergabedatum").
     */
    private static final Pattern DATE_HEAD = Pattern.compile("^(?:(?:the|la|le|el|das|die|der)\\s+)?(?:date|fecha|datum|jour|dia|day)\\s|\\s(?:date|day)$|datum$");

    /** "X of the Y", "X du Y", "X del Y", "X des Y": a thing said with its owner after it. */
    private static final Pattern OF_WHOM = Pattern.compile(
            "^(.+?)\\s+(?:of|du|des|del|de|d'|der|von|vom)\\s+(?:(?:the|his|her|their|our|its|la|le|l'|les|los|las|el|den|dem|der|des|su|sus|son|sa|ses|leur)\\s*)?\\S+$");

    /** Heads that name the person after them: "name of the approver", "nom du responsable". */
    private static final java.util.Set<String> NAME_HEADS = java.util.Set.of(
            "name", "full name", "nom", "nom complet", "nombre", "nombre completo", "vorname", "nachname");

    /** The type that a field label's words suggest; text when nothing points elsewhere. */
    public static FieldType guess(String label) {
        String folded = RefineText.fold(label).strip();
        for (Rule r : PHRASES) {
            if (r.pattern().matcher(folded).find()) {
                return r.type();
            }
        }
        var cut = PREPOSITION.matcher(folded);
        String head = cut.find() && cut.start() > 0 ? folded.substring(0, cut.start()) : folded;
        FieldType t = scan(head);
        String after = head.equals(folded) ? "" : folded.substring(head.length()).strip();
        if (t == null && !head.equals(folded) && (head.isBlank() || after.matches("^(?:in|en|im|per)\\s.*"))) {
            t = scan(folded);
        }
        return t == null ? FieldType.TEXT : t;
    }

    /** Looks up the words from the last backwards; a trailing participle ("Amount paid") defers to a typed word before it. */
    private static FieldType scan(String phrase) {
        String[] words = phrase.split("[^a-z0-9]+");
        FieldType found = null;
        for (int i = words.length - 1; i >= 0; i--) {
            if (words[i].isEmpty()) {
                continue;
            }
            if (found == null && TEXT_HEADS.contains(words[i])) {
                return FieldType.TEXT;
            }
            if (found == null && i == words.length - 1 && words.length > 1 && PARTICLE.contains(words[i])) {
                continue;
            }
            boolean last = i == words.length - 1 || i == words.length - 2 && PARTICLE.contains(words[words.length - 1]);
            if (found == null && last && isParticiple(words[i])) {
                // "Laptop ordered", "Refund given", "Señal pagada": a tick box, unless an amount or a date comes first
                if (i == 0 && words[i].matches(".*(?:ada|ida)s?") && words.length == 1) {
                    continue;
                }
                for (int j = i - 1; j >= 0; j--) {
                    if (AMOUNT_HEADS.contains(words[j])) {
                        return FieldType.MONEY;
                    }
                    if (TEXT_HEADS.contains(words[j])) {
                        return FieldType.TEXT;
                    }
                    FieldType before = wordType(words[j]);
                    if (before != null && STRONG_BEFORE_PARTICIPLE.contains(before)) {
                        return before;
                    }
                }
                return FieldType.BOOLEAN;
            }
            FieldType t = wordType(words[i]);
            if (t == null) {
                continue;
            }
            if (found == null) {
                found = t;
                if (t != FieldType.BOOLEAN) {
                    return t;
                }
            } else {
                return t;
            }
        }
        return found;
    }

    private static final java.util.Set<String> AMOUNT_HEADS = java.util.Set.of(
            "amount", "total", "sum", "price", "cost", "fee", "value", "balance", "cash", "importe", "montant", "betrag", "summe", "prix");
    private static final java.util.Set<FieldType> STRONG_BEFORE_PARTICIPLE = java.util.EnumSet.of(
            FieldType.DATE, FieldType.DATETIME, FieldType.INTEGER, FieldType.DECIMAL, FieldType.LONG_TEXT);
    private static final java.util.Set<String> PARTICLE = java.util.Set.of("up", "off", "out", "in", "back");
    private static final java.util.Set<String> NOT_PARTICIPLE = java.util.Set.of(
            "need", "feed", "seed", "speed", "bleed", "breed", "red", "bed", "shed", "deed", "hundred", "bred", "fred",
            "bedroom", "embed", "period", "method", "ado", "todo", "tornado", "credo", "libido", "contenido", "apellido",
            "pedido", "partido", "sonido", "vestido", "estado", "mercado", "grado", "lado", "abogado", "empleado", "resultado",
            "departamento", "id", "weed", "steed", "greed", "creed", "reed");

    /** "ordered", "sent", "pagado", "livré": a word that says something was done. */
    static boolean isParticiple(String w) {
        if (NOT_PARTICIPLE.contains(w) || w.length() < 4) {
            return false;
        }
        return w.endsWith("ed") && !w.endsWith("eed") || w.matches("(?:sent|given|done|paid|made|taken|seen|kept|written|signed|known|shown|spent|sold|bought|held|met)")
                || w.matches(".{3,}(?:ado|ada|ido|ida)s?") || w.matches(".{3,}(?:ee|ees)") && w.length() > 5;
    }

    private static FieldType wordType(String word) {
        FieldType t = WORDS.get(word);
        if (t == null && word.length() > 3 && word.endsWith("s")) {
            t = WORDS.get(word.substring(0, word.length() - 1));
        }
        return t;
    }

    /** The type a phrase names outright ("a dropdown", "free text", "a yes/no box"), if it names one. */
    public static Optional<FieldType> named(String phrase) {
        String folded = RefineText.fold(phrase);
        for (Rule r : NAMED) {
            if (r.pattern().matcher(folded).find()) {
                return Optional.of(r.type());
            }
        }
        return Optional.empty();
    }

    /** Sensible choices for a field whose words ask for a choice but that came without options. */
    static List<String> defaultOptions(String label) {
        String folded = RefineText.fold(label).strip();
        if (folded.matches("(?:priority|urgency)")) {
            return List.of("Low", "Medium", "High");
        }
        if (folded.matches("(?:prioritat|dringlichkeit)")) {
            return List.of("Niedrig", "Mittel", "Hoch");
        }
        if (folded.matches("(?:priorite|urgence)")) {
            return List.of("Basse", "Moyenne", "Haute");
        }
        if (folded.matches("(?:prioridad|urgencia)")) {
            return List.of("Baja", "Media", "Alta");
        }
        if (folded.matches("status")) {
            return List.of("Open", "In progress", "Done");
        }
        return List.of();
    }
}
