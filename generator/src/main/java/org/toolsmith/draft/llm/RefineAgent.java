package org.toolsmith.draft.llm;

/** The LangChain4j AI service of the refining agent: one message in, a short sentence out, tool calls between. */
interface RefineAgent {
    String chat(String message);
}
