package io.newswire.events;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * The reason a dead letter carries (in its {@code kafka_dlt-exception-message} header and in the one log line of
 * the service that sent it): the innermost cause, where the real problem is named, not the wrapper around it
 * ("failed to deserialize", "Listener failed").
 */
public final class DeadLetterReasons {

    private DeadLetterReasons() {
    }

    /** {@code SimpleClassName: message} of the innermost cause. */
    public static String of(Throwable failure) {
        Throwable root = innermost(failure);
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /** The class name of the innermost cause, for the {@code kafka_dlt-exception-cause-fqcn} header. */
    public static String causeClass(Throwable failure) {
        return innermost(failure).getClass().getName();
    }

    /** The whole stack trace, causes included, for the {@code kafka_dlt-exception-stacktrace} header. */
    public static String stackTrace(Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }

    private static Throwable innermost(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
