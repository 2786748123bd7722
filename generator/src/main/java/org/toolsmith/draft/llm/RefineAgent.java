package org.toolsmith.draft.llm;

import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.V;

/**
 * The LangChain4j AI service of the refining agent: one message in, a short sentence out, tool
 * calls between. The message goes in as a template variable, so that "{{…}}" in a person's words
 * stays text instead of being read as a template.
 */
interface RefineAgent {
    @UserMessage("{{message}}")
    String chat(@V("message") String message);
}
