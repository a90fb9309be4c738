package io.newswire.localstack;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Settings of a local stack for a test: its data in the given folder, every part on a free loopback port. */
final class TestStacks {

    private TestStacks() {
    }

    static StackSettings settings(Path dataDir) throws IOException {
        Map<String, String> env = new HashMap<>();
        env.put("NEWSWIRE_DATA_DIR", dataDir.toString());
        List<Integer> ports = freePorts(6);
        env.put("NEWSWIRE_KAFKA_PORT", ports.get(0).toString());
        env.put("NEWSWIRE_KAFKA_CONTROLLER_PORT", ports.get(1).toString());
        env.put("NEWSWIRE_MONGO_PORT", ports.get(2).toString());
        env.put("NEWSWIRE_INGEST_PORT", ports.get(3).toString());
        env.put("NEWSWIRE_ENRICH_PORT", ports.get(4).toString());
        env.put("NEWSWIRE_STORE_PORT", ports.get(5).toString());
        return StackSettings.fromEnvironment(env, Path.of("target", "services"));
    }

    private static List<Integer> freePorts(int count) throws IOException {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                sockets.add(new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress()));
            }
            return sockets.stream().map(ServerSocket::getLocalPort).toList();
        } finally {
            for (ServerSocket socket : sockets) {
                socket.close();
            }
        }
    }
}
