package org.toolsmith.draft.offline;

import java.util.List;
import java.util.regex.Pattern;

/**
 * English: the frames chat wraps a request in, taken off so that the plain request is left. A request
 * asked as a question ("is there a way to …", "any chance we could …", "could X be a number?"), told as
 * a problem ("we keep forgetting to …", "nobody knows who …", "there's no place for …"), or reported
 * from others ("the drivers told me they need …", "dispatch wants to know …") becomes "record …" or
 * "add …"; a wish or a permission around a verb of adding ("it'd help to attach …", "they could also
 * record …", "they have asked if they could …") leaves the verb and what follows. Only the frame's words go; what follows is read by the usual readers, which still refuse it
 * when it names nothing.
 */
final class ChatFrames {
    private static final String WHO = "(?:they|we|he|she|people|staff|everyone|everybody|i|the\\s+[\\w-]+|our\\s+[\\w-]+)";
    /** Others than the one writing: what they want is reported, and asked for. */
    private static final String OTHERS = "(?:they|people|staff|everyone|everybody|the\\s+[\\w-]+|our\\s+[\\w-]+)";
    private static final String WH = "(?=(?:who|whom|whose|when|how|whether|if|which|what|where)\\b)";

    private record Frame(Pattern pattern, String replacement) {
        String apply(String text) {
            return pattern.matcher(text).replaceFirst(replacement);
        }
    }

    private static Frame frame(String regex, String replacement) {
        return new Frame(Pattern.compile("(?iU)" + regex), replacement);
    }

    private static final List<Frame> FRAMES = List.of(
            // "the drivers told me (that) …", "dispatch mentioned that …", "our cooks say …": what they said is the request
            frame("^(?:and\\s+|also\\s+|so\\s+)?(?:the\\s+|our\\s+|my\\s+|some\\s+(?:of\\s+(?:the|our)\\s+)?)?[\\w-]+(?:\\s+[\\w-]+)?\\s+"
                    + "(?:(?:told|tell|have\\s+told|keep\\s+telling)\\s+(?:me|us)|(?:said|say|says|mentioned|mention|pointed\\s+out|reckon|complained|complain)(?=\\s+that\\b|\\s+(?:they|we|he|she|it|there)\\b))"
                    + "\\s+(?:that\\s+)?(?=\\S)", ""),
            // "is there a way to …", "any chance we could …", "would it be possible to …": the request asked as a question
            frame("^(?:and\\s+|also\\s+|so\\s+|but\\s+)?(?:is\\s+there\\s+(?:a|any|some)\\s+way\\s+(?:to|we\\s+(?:could|can)|for\\s+us\\s+to|of)|(?:is\\s+there\\s+)?any\\s+chance\\s+(?:we|you|i)\\s+(?:could|can|might)"
                    + "|(?:is|would)\\s+it\\s+be\\s+possible\\s+to|is\\s+it\\s+possible\\s+to|would\\s+you\\s+be\\s+able\\s+to|could\\s+we\\s+(?:possibly|maybe)"
                    + "|could\\s+there\\s+be\\s+(?:somewhere|a\\s+place|a\\s+spot|space|room|a\\s+way)\\s+to)\\s+(?:also\\s+|please\\s+)?(?=\\w)", ""),
            // "we keep forgetting to write down …": the request is what is forgotten (forgetting a field, "we keep forgetting
            // the due date", or forgetting to fill it in, asks for it to be required, and is left to the readers of fields)
            frame("^.{0,40}?\\b(?:we|they|people|staff|everyone|i|drivers|the\\s+[\\w-]+)\\s+(?:keep|always|often|sometimes)\\s+forget(?:ting)?\\s+to\\s+"
                    + "(?=(?:write|note|jot|put\\s+down|record|log|take\\s+down|ask|check|mention|add|attach|keep|photograph)\\b)", ""),
            // "nobody knows who …", "we never know when …", "right now we can't tell whether …", "we have no idea how many …"
            frame("^.{0,40}?\\b(?:(?:nobody|no\\s+one|noone)\\s+(?:ever\\s+)?(?:knows|remembers|can\\s+tell|can\\s+see)|" + WHO
                    + "\\s+(?:never|don't|do\\s+not|can't|cannot|can\\s+never|still\\s+don't|have\\s+no\\s+way\\s+to)\\s+(?:really\\s+|actually\\s+)?(?:know|tell|see|remember|find\\s+out)"
                    + "|" + WHO + "\\s+(?:have|has)\\s+no\\s+(?:idea|clue|way\\s+of\\s+knowing)|there(?:'s|\\s+is)\\s+no\\s+way\\s+(?:to|of)\\s+(?:know|tell|see)(?:ing)?)\\s+" + WH, "record "),
            // "there's no place for …", "there is nowhere to put …", "we have nowhere to write …": a place for it is wanted
            frame("^.{0,40}?\\b(?:there(?:'s|\\s+is)|" + WHO + "\\s+(?:have|has))\\s+(?:no(?:where|\\s+place|\\s+field|\\s+spot|\\s+box|\\s+space|\\s+room|\\s+column)|not\\s+(?:a|any)\\s+(?:place|field|spot|box))\\s+"
                    + "(?:for|to\\s+(?:put|write|note|record|enter|add|keep|log)(?:\\s+down|\\s+in)?)\\s+(?=\\S)", "add "),
            // "they need a field for …", "the drivers want a …": a thing people want is a thing to add (said of a field,
            // "the result needs a third option", "the summary needs more room", it is left to the readers of fields)
            frame("^(?:and\\s+|so\\s+)?" + OTHERS + "\\s*(?:\\s(?:need|want|would\\s+like|could\\s+use|asked\\s+for|are\\s+asking\\s+for|keep\\s+asking\\s+for)|'d\\s+like)\\s+(?=(?:an?|another|some)\\s+(?!(?:bigger|larger|longer|wider|proper|different|better|third|second|fourth|extra|new)\\b))", "add "),
            // "dispatch wants to know …", "they'd like to see …", "it would help to know …": to know it, it is recorded
            frame("^(?:and\\s+|also\\s+|so\\s+)?(?:(?:the\\s+|our\\s+)?[\\w-]+(?:\\s+[\\w-]+)?(?:\\s+(?:want|wants|need|needs|would\\s+like|would\\s+love)|\\s*'d\\s+(?:like|love))|(?:it'd|it\\s+would|that'd|that\\s+would|would)\\s+(?:really\\s+|also\\s+)?(?:help|be\\s+(?:really\\s+|very\\s+)?(?:nice|good|great|useful|handy|helpful)))"
                    + "\\s+(?:also\\s+)?to\\s+(?:also\\s+)?(?:know|see|find\\s+out|be\\s+able\\s+to\\s+see|tick|check\\s+off|keep\\s+track\\s+of)\\s+(?=\\S)", "record "),
            // after a frame is off: "see who signed for it", "know when it left", "tick whether …"
            frame("^(?:see|know|find\\s+out|tell|tick|check\\s+off|mark)\\s+(?:down\\s+)?" + WH, "record "),
            // "could the temperature be a number?", "can the reason be required?": a change asked as a question
            frame("^(?:and\\s+|so\\s+)?(?:could|can|should|shouldn't|can't)\\s+(?!there\\b|we\\b|you\\b|i\\b|they\\b|it\\b|that\\b|this\\b)((?:the\\s+|our\\s+)?[\\w-]+(?:\\s+[\\w-]+){0,2})\\s+(?:just\\s+|also\\s+)?be\\s+"
                    + "(?=(?:an?\\s+|a\\s+proper\\s+)?(?:number|date|mandatory|required|optional|compulsory|person|file|yes/no|tick|checkbox|dropdown|list|amount|money|email|phone|link)\\b)", "make $1 "),
            // "could it say 'Within limits' instead?": the name it shows is changed
            frame("^(?:and\\s+|so\\s+)?(?:could|can|should)\\s+(it|that|this)\\s+(?:say|read|show|be\\s+called|be\\s+labelled|be\\s+named)\\s+(?=['\"“‘])", "rename $1 to "),
            // "the drivers have asked if they could also …", "people keep asking whether we can …": the request is what follows
            frame("^.{0,60}?\\b(?:asked|asking|ask|wondered|wondering|wonder)\\s+(?:me\\s+|us\\s+)?(?:if|whether)\\s+"
                    + "(?:they|we|you|he|she|people|staff|i|the\\s+\\w+)\\s+(?:could|can|might|may|would be able to)\\s+(?:please\\s+)?(?:also\\s+)?(?=\\w)", ""),
            // "It'd help to attach …", "it would be nice to add …", "would be great if we could record …": the request is what follows
            frame("^(?:and\\s+|also\\s+)?(?:it'd|it would|that'd|that would|would)\\s+(?:really\\s+|also\\s+)?(?:help|be\\s+(?:really\\s+|very\\s+|so\\s+)?"
                    + "(?:nice|good|great|useful|handy|helpful|ideal|lovely|brilliant|better))\\s+(?:to|if\\s+(?:we|you|i|they)\\s+(?:could|can)(?:\\s+also)?)\\s+"
                    + "(?=(?:add|attach|record|track|upload|include|keep|store|log|capture|note|write|jot|put|fill|type|snap|take)\\b)", ""),
            // "I'd love to see whether …", "we'd like to see who …": wanting to know
            frame("^(?:and\\s+|also\\s+)?(?:i|we)(?:'d|\\s+would)\\s+(?:also\\s+|really\\s+)?(?:love|like)\\s+to\\s+(?:see|find out|be able to see)\\s+(?=(?:whether|if|who|when|how|which|what|where)\\b)", "we'd like to know "),
            // "they could also record …", "the drivers need to attach …": the request is the verb and what follows
            frame("^(?:and\\s+|so\\s+)?(?:they|we|you|people|staff|everyone|the\\s+\\w+)\\s+(?:could|can|should|need\\s+to|needs\\s+to|have\\s+to|has\\s+to|must|"
                    + "want\\s+to|wants\\s+to|would\\s+like\\s+to|'d\\s+like\\s+to|ought\\s+to)\\s+(?:also\\s+|please\\s+)?(?=(?:record|add|attach|track|upload|keep|store|put\\s+in|put\\s+down|write|jot|note|fill\\s+in|type\\s+in|log|capture)\\b)", ""));

    private ChatFrames() {
    }

    /** The request with the chat frame around it taken off, or the text as it was. */
    static String plain(String text) {
        String out = text;
        for (Frame f : FRAMES) {
            out = f.apply(out);
        }
        return out;
    }
}
