package io.newswire.localstack;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackTests {

    @TempDir
    Path dataDir;

    @Test
    void aTakenPortIsNamedInOneLineBeforeAnythingStarts() throws IOException {
        StackSettings free = TestStacks.settings(dataDir);
        try (ServerSocket taken = new ServerSocket(free.storePort(), 50, InetAddress.getByName("127.0.0.1"))) {
            assertThatThrownBy(() -> Stack.start(free, line -> { }))
                    .isInstanceOf(IOException.class)
                    .hasMessage("127.0.0.1:" + free.storePort() + " is already in use (is a stack running? see "
                            + "./newswire status); set NEWSWIRE_STORE_PORT to a free port");
        }
    }
}
