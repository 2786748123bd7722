package org.toolsmith.draft.offline;

import java.util.regex.Pattern;

/**
 * "The main thing:", "Y lo importante:", "L'essentiel :", "Das Wichtigste:": words that only point at the
 * request after the colon. They are no field and no list head; the request is what follows.
 */
final class DiscoursePreface {
    private static final Pattern PREFACE = Pattern.compile("(?iu)^(?:(?:and|but|so|et|mais|y|pero|und|aber)\\s+)?"
            + "(?:the (?:main|important|real|big|only) (?:thing|point|issue)|what (?:really )?matters|most importantly|more importantly|the key thing|"
            + "l'essentiel|le plus important|la chose importante|le principal|ce qui compte|"
            + "lo (?:m[aá]s )?importante|lo principal|lo que (?:s[ií]|de verdad) (?:importa|necesitamos)|lo esencial|"
            + "das wichtigste|wichtig ist|worum es (?:eigentlich )?geht|die hauptsache|hauptsache"
            // "A few additions:", "Two things:", "Quelques changements :", "Un par de cosas:", "Ein paar Änderungen:": an announcement of edits
            + "|(?:a few|a couple of|some|several|two|three|four|a number of|quelques|deux|trois|plusieurs|un par de|algunos|algunas|dos|tres|varios|varias|ein paar|einige|zwei|drei|vier|mehrere)"
            + "\\s+(?:(?:more|small|quick|little|last|petits?|petites?|derniers?|peque[nñ]os|peque[nñ]as|[uú]ltimos|kleine|kurze|letzte)\\s+)?"
            + "(?:things|changes|additions|tweaks|edits|points|requests|updates|fixes|amendments|choses|changements|ajouts|modifs|modifications|points|demandes|cosas|cambios|a[nñ]adidos|ajustes|puntos|peticiones|"
            + "dinge|sachen|[aä]nderungen|punkte|erg[aä]nzungen|anpassungen|w[uü]nsche)\\b[^:.!?]{0,40})"
            + "(?:\\s+(?:is|c'est|es|ist))?\\s*:\\s*(?=\\S)");

    /** "while we're at it", "tant qu'on y est", "ya que estamos", "wo wir gerade dabei sind": an aside in any place, not a reason. */
    private static final Pattern AT_IT = Pattern.compile("(?iu)\\s*,?\\s*\\b(?:while (?:we're|we are|i'm|i am) (?:at it|on it)|tant qu'(?:on|nous) y (?:est|sommes)|"
            + "ya que estamos|ya puestos|wo wir (?:gerade|schon) dabei sind|wenn wir (?:gerade|schon) dabei sind)\\b\\s*,?");

    /** "forgot to say", "btw", "au fait", "por cierto", "übrigens": a lead-in that only says a request follows. */
    private static final Pattern LEAD_IN = Pattern.compile("(?iu)^(?:(?:oh|ah|and|also|et|y|und)\\s*,?\\s+)?(?:(?:i\\s+)?forgot\\s+to\\s+(?:say|mention|add)(?:\\s+that)?|btw|by\\s+the\\s+way|one\\s+more\\s+thing"
            + "|j'ai\\s+oubli[ée]\\s+de\\s+(?:dire|pr[ée]ciser|mentionner)(?:\\s+que)?|au\\s+fait|j'oubliais|"
            + "se\\s+me\\s+olvid[óo]\\s+(?:decir|comentar)(?:\\s+que)?|olvid[ée]\\s+(?:decir|comentar)(?:\\s+que)?|por\\s+cierto|"
            + "(?:ich\\s+)?hab(?:e)?\\s+vergessen\\s+zu\\s+sagen(?:\\s*,\\s*dass)?|[üu]brigens|ach\\s+ja)\\s*[,:]?\\s+(?=\\S)");

    private DiscoursePreface() {
    }

    /** The words after the preface, or the words as they were; an aside such as "while we're at it" is left out. */
    static String strip(String words) {
        String plain = PREFACE.matcher(AT_IT.matcher(words).replaceAll(" ").replaceAll(" {2,}", " ").strip()).replaceFirst("");
        return LEAD_IN.matcher(plain).replaceFirst("");
    }
}
