// Launcher runs an embedded Neo4j Community DBMS with its Bolt server, for
// tests on machines without Docker. Usage (from .ci/neo4j/start):
//
//	java -cp 'DIR/lib/*' Launcher.java DIR PORT
//
// Bolt listens on 127.0.0.1:PORT without TLS; HTTP is off. Authentication is
// on: the user neo4j gets the password in the NEO4J_PASSWORD environment
// variable (read from the environment so it never shows in `ps`). When the
// DBMS is up and the password set, DIR/ready is written with the version;
// the process then waits until it is terminated and shuts the DBMS down
// cleanly from a shutdown hook.
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;

public class Launcher {
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: java -cp 'lib/*' Launcher.java DIR PORT");
            System.exit(2);
        }
        Path dir = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        String password = System.getenv("NEO4J_PASSWORD");
        if (password == null || password.length() < 8) {
            System.err.println("NEO4J_PASSWORD must be set to at least 8 characters");
            System.exit(2);
        }

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(dir.resolve("home"))
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                // Tests must not phone home (and CI has no network for it).
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // Small and fixed, so tests behave the same on every machine.
                .setConfig(GraphDatabaseSettings.pagecache_memory, 512L * 1024 * 1024)
                // Test data is thrown away: keep no old transaction logs.
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "false")
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("launcher: shutting down");
            dbms.shutdown();
            System.out.println("launcher: stopped");
            stopped.countDown();
        }));

        try {
            setPassword(dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME), password);
            String version = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "CALL dbms.components() YIELD name, versions, edition "
                            + "RETURN name + ' ' + versions[0] + ' ' + edition AS v",
                    Map.of(), r -> (String) r.next().get("v"));

            // Write then rename, so the start script never reads half a file.
            Path tmp = dir.resolve("ready.tmp");
            Files.writeString(tmp, version + "\n");
            Files.move(tmp, dir.resolve("ready"), StandardCopyOption.ATOMIC_MOVE);
            System.out.println("launcher: " + version + " on bolt://127.0.0.1:" + port);
        } catch (Exception e) {
            // The DBMS threads would keep the JVM alive: exit, which runs the hook.
            System.err.println("launcher: startup failed: " + e);
            e.printStackTrace();
            System.exit(1);
        }
        stopped.await();
    }

    // A fresh DBMS has neo4j/neo4j with a forced password change; set ours
    // (an administration command on the system database, Community has it).
    // On a restart with the same password Neo4j refuses the change as a no-op,
    // which is what we want anyway.
    static void setPassword(GraphDatabaseService system, String password) {
        try {
            system.executeTransactionally(
                    "ALTER USER neo4j SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", password));
        } catch (QueryExecutionException e) {
            if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
                throw e;
            }
        }
    }
}
