package io.newswire.localstack;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Command-line entry point of the local stack: {@code up} runs the whole pipeline on this machine,
 * {@code status} reports on a running one, {@code ingest} posts files to its ingest-service.
 */
public final class LocalStack {

    static final String USAGE = """
            usage: newswire up                   run Kafka, MongoDB-compatible store and the three services here
                   newswire rebuild              the same, after moving the store's database aside: store-service replays the topics into a new one
                   newswire status               health, log, consumer lag and dead letters of each part of a running stack
                   newswire ingest FILE|DIR...   post .txt, .html, .json (articles or ninjs) and .ndjson files to ingest (--dry-run: print, publish nothing)
                   newswire analyze FILE...      print the enrichment of each file as JSON Lines (no Kafka, no MongoDB)
            """;

    private LocalStack() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.print(USAGE);
            System.exit(2);
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        int exit = switch (args[0]) {
            case "up" -> up(false);
            case "rebuild" -> up(true);
            case "ingest" -> new IngestCommand(System.getenv()).run(rest, System.out, System.err);
            case "status" -> status();
            case "help", "-h", "--help" -> {
                System.out.print(USAGE);
                yield 0;
            }
            default -> {
                System.err.print("newswire: unknown command '" + args[0] + "'\n" + USAGE);
                yield 2;
            }
        };
        System.exit(exit);
    }

    private static int status() {
        try {
            return new StatusCommand(StackSettings.fromEnvironment(System.getenv(), defaultServicesDir()))
                    .run(System.out, System.err);
        } catch (IllegalArgumentException e) {
            System.err.println("newswire: " + e.getMessage());
            return 2;
        }
    }

    private static int up(boolean rebuild) {
        StackSettings settings;
        try {
            settings = StackSettings.fromEnvironment(System.getenv(), defaultServicesDir());
        } catch (IllegalArgumentException e) {
            System.err.println("newswire: " + e.getMessage());
            return 2;
        }
        System.err.println("newswire: starting, data in " + settings.dataDir());
        Stack stack;
        try {
            stack = Stack.start(settings, line -> System.err.println("newswire: " + line), rebuild);
        } catch (Exception e) {
            System.err.println("newswire: could not start: " + e.getMessage());
            return 1;
        }
        var stopping = new AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping.set(true);
            System.err.println("newswire: stopping");
            stack.close();
            System.err.println("newswire: stopped");
        }));
        System.err.println("newswire: up. Post an article with ./newswire ingest FILE, query "
                + "http://127.0.0.1:" + settings.storePort() + "/api/articles?entity=NAME. Ctrl-C stops.");
        var supervisor = new Supervisor(stack.services(), line -> System.err.println("newswire: " + line),
                Instant.now());
        try {
            while (true) {
                if (!stopping.get()) {
                    supervisor.check(Instant.now());
                }
                Thread.sleep(1000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    /** Where the build copies the service jars; the newswire script names it in NEWSWIRE_SERVICES_DIR. */
    private static Path defaultServicesDir() {
        return Path.of("local-stack", "target", "services");
    }
}
