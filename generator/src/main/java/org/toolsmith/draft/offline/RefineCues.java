package org.toolsmith.draft.offline;

import static org.toolsmith.draft.offline.RefineText.p;

import java.util.regex.Pattern;

/**
 * Cue words that say what a clause wants done with the things it mentions, in English, French,
 * Spanish and German, whatever the shape of the sentence (matched on folded lower case).
 */
final class RefineCues {
    static final Pattern REMOVE = p("\\b(?:take (?:it|them|that|this|those)? ?(?:out|off)|take out|(?:can|could|should|may) (?:all )?go(?! (?:out|on|to|through|ahead|live|into|in|up|down|over|back|with|at|via|across)\\b)|(?:get|got|getting) rid|not allowed to (?:keep|store|collect|hold)|"
            + "(?:no longer|not) (?:need|needed|use|used|wanted|relevant|necessary|allowed)|(?:don't|do not|doesn't|does not|never) (?:need(?! (?:to )?(?:chang|any chang|touch|modif|updat|edit|adjust))|use|look at|fill)|"
            + "(?:nobody|no one|noone|no-one)(?: \\w+){0,3} (?:uses?|used|using|looks?|looked|needs?|needed|fills?|filled|reads?|cares?|cared|checks?|checked|touch\\w*|bother\\w*)|never (?:used|filled)|unused|useless|pointless|obsolete|redundant|"
            + "drop(?![-\\w])|remove|delete|ditch|scrap|bin it|stopped (?:doing|using|tracking|running|recording|offering|collecting|having|selling|stocking|providing|supporting|making|printing|serving)|we don't (?:do|have|run|offer) .{1,40} (?:anymore|any more)|anymore|any more|"
            + "enlev\\w*|retir\\w*|supprim\\w*|vire[rz]?|plus besoin|ne sert (?:plus|a rien)|personne n'(?:utilise|regarde|remplit|a (?:utilise|regarde|rempli))|personne ne (?:l'|les |)(?:utilise|regarde|remplit)|(?:on|nous) n'(?:en |y )?\\w+ plus|inutile|peut (?:partir|disparaitre|sauter)|plus le droit|n'avons plus le droit|"
            + "quita\\w*|quitar|elimina\\w*|borra\\w*|sobra\\w*|ya no|nadie (?:usa|mira|rellena|ha (?:usado|mirado|rellenado)|lo usa|la usa)|no se usa|no hace falta|no (?:necesitamos|podemos guardar)|fuera|(?:puede|pueden) (?:irse|desaparecer)|dejamos de|"
            + "entfern\\w*|weg|raus|streich\\w*|losch\\w*|braucht? (?:keiner|niemand|kein mensch)|personne n'en a besoin|nadie (?:lo |la |los |las )?necesita|nicht mehr|(?:niemand|keiner)(?: \\w+){0,3} (?:nutzt|benutzt|braucht|fullt|genutzt|benutzt|gebraucht|ausgefullt|angeschaut)|uberflussig|kann weg|durfen .{1,30} nicht|abgeschafft"
            // session 8: "let's not have it (in the app)", "X can then go", "forget (what I said about) X", "n'a plus lieu d'être", "no tiene sentido", "hat sich erledigt"
            + "|let us not (?:have|keep|store|bother with)|(?:can|could|should|may) (?:then|now|just|also|probably|safely) go(?! (?:out|on|to|through|ahead|live|into|in|up|down|over|back|with|at|via|across)\\b)"
            + "|(?<=^|^(?:oh|ok|and|also|please|just|actually|so) |[,;:] )(?:just )?(?:forget|oublie[rz]?|olvida(?:te|d)?|vergiss|vergesst)\\b(?! (?:to|de|d'|que|dass|zu)\\b)"
            + "|(?:we're|we are|we aren't|we) not (?:doing|offering|selling|running|giving out|handing out) |(?:we've|we have|we) (?:now )?dropped (?=the |our |that )"
            + "|n'(?:a|ont) plus (?:lieu d'etre|de raison d'etre|de sens)|(?<!que )ya no tiene(?:n)? sentido|(?<!que )no tiene(?:n)? (?:ya )?razon de ser|hat sich erledigt|ist (?:jetzt )?hinfallig)\\b");
    /** Required said by what is worthless without it: "an application without one is useless", "un relevé sans index, ce n'est pas un relevé". */
    static final String WORTHLESS = "without (?:\\S+ ){1,3}(?:is|are|it's|they're) (?:\\S+ )?(?:useless|pointless|worthless|no good|no use|meaningless)"
            + "|sans (?:\\S+ ){1,3}(?:,? ?(?:ce|ca|il|elle) )?(?:n'est pas (?:un|une|valable)|ne sert a rien|est inutile|ne vaut rien|ne (?:veut|vaut) rien dire)"
            + "|sin (?:\\S+ ){1,3}(?:,? ?(?:no (?:sirve|vale)|es inutil|no es (?:un|una|valid\\w*)))"
            + "|ohne (?:\\S+ ){1,3}(?:(?:ist|sind) (?:\\S+ )?(?:nutzlos|wertlos|unbrauchbar|ungultig)|(?:bringt|nutzt) (?:das|es|uns) nichts|(?:kommen|kommt|geht) (?:\\S+ ){0,3}(?:nicht|gar nicht) weiter)";
    static final Pattern WORTHLESS_WITHOUT = p("\\b(?:" + WORTHLESS + ")\\b");
    static final Pattern REQUIRED = p("\\b(?:(?:has|have|needs?|must|should|ought) to be (?:always )?(?:filled|entered|given|provided|completed|set|there)|(?:must|have to|has to) (?:always )?have (?:an?|their|its) |^no \\w+ without |must (?:always )?be (?:filled|entered|given|provided|completed|set)|"
            + "(?:can't|cannot|can not|mustn't|must not|shouldn't|should not|may not) (?:be )?(?:left )?(?:empty|blank|skipped|missing)|mandatory|compulsory|required|obligatory|always (?:fill|filled|needed|required|asked)|(?:keeps?|kept) forgetting|(?:keeps?|kept|always|often|regularly|sometimes) (?:get |gets )?(?:register|add|enter|create|log|submit|sav|book|send|sent|fil|record|lend|lent|issu|put|type|hand)\\w* (?:\\w+ ){0,3}without|(?:always|often|sometimes) forgets?|forgets? to (?:fill|enter|put|give)|oubli\\w* (?:souvent|toujours|tout le temps|regulierement)|(?:olvida|olvidan) (?:siempre|a menudo|muchas veces)|siempre se (?:olvida|olvidan)|(?:vergisst|vergessen) (?:oft|immer|standig|dauernd|regelmassig)|"
            + "obligatoires?|doi(?:t|vent) (?:toujours )?etre (?:rempli|renseigne|saisi|indique)e?s?|toujours (?:rempli|renseigne)e?s?|ne (?:doit|peut) pas (?:etre|rester) vide|"
            + "obligatori[oa]s?|(?:tiene|tienen|debe|deben|hay) que (?:rellenar|completar|indicar)(?:se|lo|la)?|(?:debe|deben) (?:rellenarse|completarse|indicarse)|(?:debe|deben|tiene que|tienen que) (?:estar|ir) (?:siempre )?(?:rellen|complet)\\w*|no puede (?:estar|quedar) vaci\\w*|siempre (?:rellen|complet)\\w*|"
            + "pflicht\\w*|(?:muss|mussen|soll|sollen) (?:immer )?(?:ausgefullt|angegeben|eingetragen) werden|(?:darf|kann|durfen|konnen) nicht leer|immer (?:ausgefullt|angegeben)"
            // said by what may not happen without it: "ohne Angabe der Rechte nicht speichern", "no debería poder guardarse sin él", "ne devrait jamais rester vide"
            + "|(?:eingetragen|hinterlegt|ausgefullt|angegeben) sein (?:muss|mussen|sollte|soll)|(?:muss|mussen|sollte|soll) (?:\\S+ ){0,6}(?:eingetragen|hinterlegt|ausgefullt|angegeben) sein|ohne (?:\\S+ ){0,4}nicht (?:speichern|abschicken|anlegen)|nicht (?:speichern|abschicken) (?:kann|konnen|darf)"
            + "|(?:no (?:deberia|debe|debe poder|deberia poder) (?:poder )?guardarse|que no se pueda guardar|no se puede guardar) (?:\\S+ ){0,4}sin|sin (?:el|ella|ellos|ellas) (?:\\S+ ){0,4}no (?:vale|sirve|se puede)"
            // said by who may not skip it: "nobody should be able to skip X", "personne ne doit oublier X", "niemand darf X weglassen"
            + "|(?:nobody|no one|noone|no-one) (?:should |must |may |can |will |is )?(?:be (?:able|allowed) to |allowed to |get to )?(?:skip|leave out|forget|ignore|leave (?:it|them|\\S+) (?:out|empty|blank))"
            + "|(?:never|not) (?:be )?(?:saved|submitted|created|accepted|stored|sent|entered) without|(?:don't|do not|never) let (?:anyone|anybody|people|them|someone) (?:save|submit|create|send|enter|add) (?:\\S+ ){0,3}without"
            + "|can(?:'t|not) be (?:left )?(?:empty|blank)|never (?:be )?(?:left )?(?:empty|blank)"
            + "|personne ne (?:doit|peut|devrait|doive) (?:pouvoir )?(?:oublier|sauter|ignorer|laisser (?:vide|de cote))|(?:jamais|pas) (?:etre )?(?:enregistre|valide|cree|saisi)\\w* sans"
            + "|nadie (?:debe|deberia|puede|podra) (?:poder )?(?:saltarse|olvidar|dejar (?:en blanco|vaci\\w*))|(?:no|nunca) (?:puede|debe|deberia) quedar (?:nunca )?(?:vaci\\w*|en blanco)|(?:no|nunca) se (?:puede|debe|deberia) guardar (?:\\S+ ){0,3}sin"
            + "|darf nie(?:mals)? leer|(?:niemand|keiner) (?:darf|soll|sollte) (?:\\S+ ){0,4}(?:vergessen|weglassen|uberspringen|leer lassen)|nie(?:mals)? ohne (?:\\S+ ){0,4}(?:gespeichert|angelegt|abgeschickt)"
            // said by what is worthless without it: "an application without one is useless", "un relevé sans index, ce n'est pas un relevé"
            + "|" + RefineCues.WORTHLESS
            + "|ne (?:devrait|doit|doivent|devraient) jamais (?:pouvoir )?(?:rester|etre) vides?|(?:ne|n') ?(?:peut|doit|puisse) pas (?:etre )?(?:enregistre|sauvegarde)\\w* sans|je ne veux plus voir de \\S+ (?:\\S+ ){0,3}sans)\\b");
    static final Pattern OPTIONAL = p("\\b(?:optional|(?:don't|do not|shouldn't|should not|never) (?:force|insist on|enforce) (?:it|them|this|that)|facultati(?:f|ve)|optionnel(?:le)?|opcional|freiwillig|not (?:always )?(?:known|needed|required|compulsory|mandatory)|(?:can|may) be (?:left )?(?:empty|blank)|"
            + "pas obligatoire|no (?:es )?obligatori[oa]|nicht (?:verpflichtend|pflicht|erforderlich)|kein pflichtfeld"
            // "can be left blank", "peut rester vide", "puede quedar vacío", "kann auch leer bleiben", "doesnt have to be filled in"
            + "|(?<!\\bnot )(?<!\\bnever )(?:can|may|could) (?:also |just )?(?:be )?(?:left )?(?:empty|blank|unfilled|open)|(?:doesnt|dont|neednt|doesn't|don't|needn't|does not|do not) (?:need to|have to) be (?:filled|entered|given)"
            + "|(?<!\\bne )(?:peu(?:t|vent)|pourra(?:it)?) (?:aussi |tres bien )?(?:rester|etre laisse\\w*) (?:vides?|en blanc)|pas (?:forcement|obligatoirement|toujours) (?:rempli|renseigne|saisi)\\w*"
            + "|(?<!\\bno )(?:puede|pueden|podra) (?:tambien )?(?:quedar|quedarse|estar|dejarse|ir) (?:en blanco|vaci\\w*)|no (?:hace falta|es necesario|tiene por que) (?:rellenar|completar|indicar)\\w*"
            + "|(?:kann|konnen|darf|durfen) (?:auch |ruhig |gerne )?(?:leer|frei|offen) (?:bleiben|sein|gelassen werden)|nicht (?:zwingend|unbedingt|immer) (?:ausgefullt|angegeben|eingetragen)"
            + "|(?:muss|mussen) nicht (?:mehr |immer )?(?:angegeben|ausgefullt|eingetragen) werden|(?:n'est|ne sont) plus obligatoires?|ya no (?:es|son) obligatori[oa]s?"
            + "|ne (?:doit|doivent|devrait|devraient) (?:donc |plus |pas )+etre obligatoires?|no (?:debe|deberia|tiene que) (?:ser|seguir siendo) obligatori[oa]s?|(?:soll|sollte|muss) (?:kein|nicht mehr|keine) pflicht\\w*)\\b");
    static final Pattern NEGATION = p("\\b(?:not|no|never|n't|shouldn't|doesn't|don't|isn't|aren't|needn't|mustn't|wasn't|pas|plus|jamais|nunca|nicht|kein|keine|nie)\\b|n't\\b|\\bne\\s+\\w+\\s+pas\\b");

    static final Pattern DECIMAL = p("(?:\\b\\d+[.,]\\d+\\b|\\b(?:decimals?|fractions?|halves|half(?! an? (?:page|line|paragraph))|decimales?|decimaux|virgule|kommazahl\\w*|nachkomma\\w*|dezimal\\w*|non-whole|not whole)\\b)");
    /** "sin decimales", "without decimals", "ohne Nachkommastellen": decimals named only to be ruled out. */
    static final Pattern NO_DECIMALS = p("\\b(?:sin|sans|without|no|ohne|keine|pas de) (?:decimal\\w*|fractions?|nachkomma\\w*|komma(?:stellen)?|virgule)\\b");
    static final Pattern WHOLE = p("\\b(?:whole numbers?|integers?|nombres? entiers?|numeros? enteros?|ganze zahl\\w*|ohne nachkommastellen|ohne komma|sin decimales|sans decimales?|ganze stunden)\\b");
    static final Pattern MULTI = p("\\b(?:multi-?select(?:ion)?|several|more than one|multiple|many of|a few of|(?:tick|pick|choose|select) (?:all|any|more)|plusieurs|plus d'une?|varios|varias|mas de une?|mehrere|mehr als (?:eine?|einen))\\b");
    static final Pattern FILE = p("\\b(?:attach\\w*|upload\\w*|pdfs?|scan(?:s|ned)?|photos?|pictures?|images?|jpe?g|png|as a file|piece jointe|joindre|joint|televers\\w*|adjunt\\w*|subir|archivo|fotos?|imagen|anhang|anhangen|hochlad\\w*|datei|bild)\\b");
    static final Pattern PERSON = p("\\b(?:(?:one|any) of (?:our|the) (?:colleagues|staff|employees|team|people|technicians|users)|(?:a|our) colleague|colleagues?|member of staff|staff members?|(?:an )?employees?|someone (?:from|in|on) (?:our|the) team|"
            + "(?:un|une|l'un|l'une) de nos (?:collegues|salaries|employes)|collegue|salarie|employe|un companero|(?:uno|una) de nuestros (?:companeros|empleados)|companer[oa]|emplead[oa]|"
            + "kolleg\\w*|mitarbeiter\\w*)\\b");
    static final Pattern LONG = p("\\b(?:(?:half|a whole|a full|whole|full) (?:a )?pages?|(?:gets?|got|getting|is|are) (?:cut off|truncated)|paragraphs?|too (?:short|small)|long text|several lines|plusieurs lignes|paragraphes?|trop (?:court|petit)e?s?|parrafos?|varias lineas|demasiado (?:corto|pequeno)|absatze?|mehrere zeilen|zu (?:kurz|klein))\\b");
    static final Pattern BOOLEAN = p("\\b(?:yes ?/ ?no|tick ?box|check ?box|oui ?/ ?non|case a cocher|si ?/ ?no|casilla|ja ?/ ?nein|hakchen|ankreuz\\w*)\\b");
    static final Pattern LIST = p("\\b(?:list|dropdown|drop-down|pick|choose|select|one of|fixed (?:set|values)|liste|choisir|menu deroulant|lista|elegir|desplegable|auswahl\\w*|auswahlen|dropdown)\\b");

    static final Pattern EXTEND = p("\\b(?:also|too|as well|another|add|added|adding|missing|not enough|isn't enough|aren't enough|need|needs|want|plus|new|"
            + "aussi|egalement|ajout\\w*|manque\\w*|pas assez|il faut|faut|besoin|nouvel(?:le)?|"
            + "tambien|anad\\w*|agreg\\w*|falta\\w*|no basta|no es suficiente|necesitamos|nuev[oa]|"
            + "auch|noch|fehlt|fehlen|reicht nicht|brauchen|neue[rsn]?|hinzu\\w*"
            // something new said as news: "we've launched an 'Exclusive use' package", "on a lancé …", "hemos introducido …", "wir haben … eingeführt"
            + "|launched|introduced|brought in|lance[es]?|introduit\\w*|lanzad[oa]s?|introducid[oa]s?|eingefuhrt"
            // a new unit opened: "we've opened a late shift", "on a ouvert une équipe de nuit", "hemos abierto un turno", "wir haben … eröffnet"
            + "|opened|ouvert[es]?|abiert[oa]s?|eroffnet)\\b");
    static final Pattern RENAME = p("\\b(?:should be called|should be named|should say|should read|to be called|is now called|are now called|be renamed|renamed? (?:to|as|into)|call it|becomes|instead of|"
            + "devrait s'appeler|doit s'appeler|s'appelle(?:ra)? (?:maintenant|desormais)|(?:maintenant|desormais),? (?:on l')?(?:s'appelle|appelle)|devient|renomme[rz]?|"
            + "deberia llamarse|debe llamarse|se llama(?:ra)? (?:ahora)?|ahora se llama|ya se llama|heisst jetzt|heisst nun|pasa a llamarse|renombra\\w*|"
            + "heissen|heisst (?:jetzt|nun|ab jetzt)|umbenenn\\w*|wird zu)\\b");

    static final Pattern LINK = p("\\b(?:charged|billed|assigned|allocated|linked|tied|attached|belongs?|booked|logged|filed|counted|"
            + "for (?:one of|a specific|a particular|a given)|one of (?:the|our)|comes? from|refers? to|points? to|"
            + "rattache\\w*|affecte\\w*|impute\\w*|lie\\w* a|l'une? des|une? des|pour (?:un|une) (?:des|de nos)|"
            + "asignad\\w*|imputad\\w*|vinculad\\w*|ligad\\w*|pertenec\\w*|un[oa] de (?:los|las|nuestr\\w+)|"
            + "zugeordnet|zuordnen|gehort|verknupft|verbunden|bezieht sich|einer der|einem der|einer bestimmten|gebucht)\\b");
    static final Pattern OWN_LIST = p("\\b(?:proper|own|separate|real|dedicated) (?:list|table|register|catalog(?:ue)?)|(?:list|table) of (?:its|their) own|"
            + "vraie liste|liste a part|propre liste|(?:sa|leur) propre (?:liste|table)|lista (?:propia|aparte|de verdad)|tabla (?:propia|aparte)|"
            + "eigene (?:liste|tabelle)|richtige liste|separate liste\\b");
    static final Pattern REPLACE_OLD = p("\\b(?:drop|remove|delete|get rid|replace|replaces|instead|old|supprim\\w*|remplace\\w*|ancien\\w*|quita\\w*|elimina\\w*|sustitu\\w*|reemplaz\\w*|antigu\\w*|entfern\\w*|ersetz\\w*|alte[nsr]?)\\b");
    static final Pattern WHOLE_KIND = p("\\b(?:whole (?:part|thing|section|list|table)|entire (?:part|section|list|table)|the (?:table|list|section|register)|"
            + "toute (?:la|cette) (?:partie|liste|table)|tout ce qui|la (?:liste|table) des|toda (?:la|esa) (?:parte|lista|tabla)|la (?:lista|tabla) de|"
            + "der ganze|den ganzen|die ganze|die (?:liste|tabelle)|ganzen? (?:teil|bereich))\\b");

    private RefineCues() {
    }
}
