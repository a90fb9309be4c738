package io.newswire.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceProcessTests {

    @TempDir
    Path logs;

    @Test
    void rotatesALogPastItsLimitKeepingFiveOldOnes() throws Exception {
        Path log = logs.resolve("store-service.log");
        for (int run = 1; run <= 7; run++) {
            Files.writeString(log, "run " + run + "\n");
            ServiceProcess.rotate(log, 4);
        }

        assertThat(log).doesNotExist();
        assertThat(logs.resolve("store-service.log.1")).hasContent("run 7");
        assertThat(logs.resolve("store-service.log.5")).hasContent("run 3");
        assertThat(logs.resolve("store-service.log.6")).doesNotExist();
    }

    @Test
    void leavesALogUnderItsLimitWhereItIs() throws Exception {
        Path log = Files.writeString(logs.resolve("ingest-service.log"), "short\n");

        ServiceProcess.rotate(log, 1_000);

        assertThat(log).hasContent("short");
        assertThat(logs.resolve("ingest-service.log.1")).doesNotExist();
    }
}
