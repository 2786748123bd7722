package org.toolsmith.draft.llm;

import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.ContentFilteredException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.CompleteToolCall;
import dev.langchain4j.model.chat.response.PartialToolCall;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One guarded call to the AI service: the daily budget is checked first, the whole call (stream
 * included) has a deadline, a rate limit (429) or server error (5xx) is retried with doubling
 * backoff, a cancel stops the wait, tokens are counted. Every failure becomes an {@link LlmFailure}.
 */
final class LlmClient {
    private static final Executor VIRTUAL = r -> Thread.ofVirtual().name("toolsmith-llm").start(r);
    private static final long POLL_MILLIS = 50;
    /** A streamed answer reports progress once per this many characters, not per token. */
    private static final int PROGRESS_CHARS = 200;

    private final LlmSettings settings;
    private final ChatModel model;
    private final StreamingChatModel streaming;
    private final TokenBudget budget;

    LlmClient(LlmSettings settings, ChatModel model, StreamingChatModel streaming, TokenBudget budget) {
        this.settings = settings;
        this.model = model;
        this.streaming = streaming;
        this.budget = budget;
    }

    static LlmClient of(LlmSettings settings, TokenBudget budget) {
        return new LlmClient(settings, ChatModels.blocking(settings), settings.stream() ? ChatModels.streaming(settings) : null, budget);
    }

    LlmSettings settings() {
        return settings;
    }

    ChatModel model() {
        return model;
    }

    /** Sends the request, streaming when {@code stream} and a streaming model is configured. */
    ChatResponse chat(ChatRequest request, boolean stream, DraftContext ctx, Meter meter) {
        if (budget.remaining(ctx.user(), ctx.organisation()) <= 0) {
            throw new LlmFailure(Reason.BUDGET, "daily token budget spent");
        }
        for (int attempt = 0; ; attempt++) {
            ctx.stopIfCancelled();
            try {
                ChatResponse response = await(start(request, stream && streaming != null, ctx), ctx);
                count(response, ctx, meter);
                if (response.finishReason() == FinishReason.CONTENT_FILTER) {
                    throw new LlmFailure(Reason.REFUSED, "content filter");
                }
                return response;
            } catch (LlmFailure f) {
                boolean retriable = f.reason() == Reason.RATE_LIMITED || f.reason() == Reason.SERVER_ERROR;
                if (!retriable || attempt >= settings.maxRetries()) {
                    throw f;
                }
                System.err.println("toolsmith: AI service: " + f.getMessage() + "; retry " + (attempt + 1) + " of " + settings.maxRetries());
                sleep(settings.backoff().multipliedBy(1L << Math.min(attempt, 10)), ctx);
            }
        }
    }

    private CompletableFuture<ChatResponse> start(ChatRequest request, boolean stream, DraftContext ctx) {
        if (!stream) {
            return CompletableFuture.supplyAsync(() -> model.chat(request), VIRTUAL);
        }
        CompletableFuture<ChatResponse> result = new CompletableFuture<>();
        AtomicInteger received = new AtomicInteger();
        VIRTUAL.execute(() -> {
            try {
                streaming.chat(request, new StreamingChatResponseHandler() {
                    @Override
                    public void onPartialResponse(String partial) {
                        int before = received.getAndAdd(partial.length());
                        int total = before + partial.length();
                        if (total > settings.maxOutputTokens() * 8L) {
                            result.completeExceptionally(new LlmFailure(Reason.MALFORMED, "answer too long"));
                        }
                        if (before / PROGRESS_CHARS != total / PROGRESS_CHARS) {
                            ctx.step(Progress.Stage.RECEIVING, total + " characters received");
                        }
                    }

                    @Override
                    public void onPartialToolCall(PartialToolCall partial) {
                        String piece = partial.partialArguments() == null ? "" : partial.partialArguments();
                        if (received.addAndGet(piece.length()) > settings.maxOutputTokens() * 8L) {
                            result.completeExceptionally(new LlmFailure(Reason.MALFORMED, "answer too long"));
                        }
                    }

                    @Override
                    public void onCompleteToolCall(CompleteToolCall call) {
                        ctx.step(Progress.Stage.EDITING, "tool call " + call.toolExecutionRequest().name() + " received");
                    }

                    @Override
                    public void onCompleteResponse(ChatResponse response) {
                        result.complete(response);
                    }

                    @Override
                    public void onError(Throwable error) {
                        result.completeExceptionally(error);
                    }
                });
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    /** Waits for the answer until the deadline, looking for a cancel every few milliseconds. */
    private ChatResponse await(CompletableFuture<ChatResponse> future, DraftContext ctx) {
        long deadline = System.nanoTime() + settings.timeout().toNanos();
        while (true) {
            if (ctx.cancellation().isCancelled()) {
                future.cancel(true);
                throw new LlmFailure(Reason.CANCELLED, "cancelled by the person");
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                future.cancel(true);
                throw new LlmFailure(Reason.TIMEOUT, "no answer within " + settings.timeout().toMillis() + " ms");
            }
            try {
                return future.get(Math.min(TimeUnit.NANOSECONDS.toMillis(left) + 1, POLL_MILLIS), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // keep waiting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LlmFailure(Reason.CANCELLED, "interrupted");
            } catch (ExecutionException e) {
                throw classify(e.getCause());
            }
        }
    }

    /** Maps what LangChain4j (or the HTTP client under it) threw to a reason the person can be told. */
    static LlmFailure classify(Throwable t) {
        LlmFailure own = LlmFailure.find(t);
        if (own != null) {
            return own;
        }
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof RateLimitException) {
                return new LlmFailure(Reason.RATE_LIMITED, "429", t);
            }
            if (c instanceof InternalServerException) {
                return new LlmFailure(Reason.SERVER_ERROR, "5xx", t);
            }
            if (c instanceof ContentFilteredException) {
                return new LlmFailure(Reason.REFUSED, "content filtered", t);
            }
            if (c instanceof AuthenticationException || c instanceof ModelNotFoundException) {
                return new LlmFailure(Reason.UNAVAILABLE, String.valueOf(c.getMessage()), t);
            }
            if (c instanceof HttpException h) {
                int code = h.statusCode();
                return code == 429 ? new LlmFailure(Reason.RATE_LIMITED, "429", t)
                        : code >= 500 ? new LlmFailure(Reason.SERVER_ERROR, String.valueOf(code), t)
                        : new LlmFailure(Reason.UNAVAILABLE, "HTTP " + code, t);
            }
            if (c instanceof dev.langchain4j.exception.TimeoutException || c instanceof java.net.http.HttpTimeoutException
                    || c instanceof java.net.SocketTimeoutException) {
                return new LlmFailure(Reason.TIMEOUT, String.valueOf(c.getMessage()), t);
            }
            if (c instanceof com.fasterxml.jackson.core.JsonProcessingException) {
                return new LlmFailure(Reason.MALFORMED, "unreadable answer", t);
            }
            if (c instanceof java.net.ConnectException) {
                return new LlmFailure(Reason.UNAVAILABLE, "cannot connect", t);
            }
        }
        return new LlmFailure(Reason.MALFORMED, String.valueOf(t), t);
    }

    private void count(ChatResponse response, DraftContext ctx, Meter meter) {
        TokenUsage usage = response.tokenUsage();
        long in = usage == null || usage.inputTokenCount() == null ? 0 : usage.inputTokenCount();
        long out = usage == null || usage.outputTokenCount() == null ? 0 : usage.outputTokenCount();
        meter.add(in, out);
        budget.spend(ctx.user(), ctx.organisation(), in + out);
    }

    private static void sleep(Duration d, DraftContext ctx) {
        long until = System.nanoTime() + d.toNanos();
        while (System.nanoTime() < until) {
            ctx.stopIfCancelled();
            try {
                Thread.sleep(Math.max(1, Math.min(POLL_MILLIS, TimeUnit.NANOSECONDS.toMillis(until - System.nanoTime()))));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LlmFailure(Reason.CANCELLED, "interrupted");
            }
        }
    }
}
