package explorer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.QueryExecutionException;

/**
 * Starts Neo4j Community in this JVM with only a Bolt connector on 127.0.0.1 and keeps it up until
 * standard input closes (the Node parent exited or asked us to stop) or the process is signalled.
 *
 * <p>Protocol with the parent: one line on stdout, {@code NEO4J_READY <port>} when Bolt accepts
 * connections, or {@code NEO4J_FAILED <reason>} followed by exit code 1.
 *
 * <p>Arguments: {@code --home DIR --port N --pagecache BYTES --tx-memory BYTES --total-tx-memory
 * BYTES}; the neo4j user's password comes in
 * the environment variable {@code EXPLORER_NEO4J_PASSWORD} (never on the command line, which any
 * local user can read).
 */
public final class EmbeddedNeo4j {
  private EmbeddedNeo4j() {}

  public static void main(String[] args) throws IOException {
    Map<String, String> options = parse(args);
    Path home = Path.of(options.getOrDefault("home", ".neo4j/data")).toAbsolutePath();
    int port = Integer.parseInt(options.getOrDefault("port", "7687"));
    long pageCacheBytes = Long.parseLong(options.getOrDefault("pagecache", "134217728"));
    long txMemoryBytes = Long.parseLong(options.getOrDefault("tx-memory", "134217728"));
    long totalTxMemoryBytes = Long.parseLong(options.getOrDefault("total-tx-memory", "314572800"));

    String password = System.getenv("EXPLORER_NEO4J_PASSWORD");
    if (password == null || password.length() < 16) {
      System.out.println("NEO4J_FAILED no password given in EXPLORER_NEO4J_PASSWORD");
      System.out.flush();
      System.exit(1);
      return;
    }

    DatabaseManagementService dbms;
    try {
      dbms =
          new DatabaseManagementServiceBuilder(home)
              .setConfig(BoltConnector.enabled, true)
              .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
              .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
              // Loopback is not enough: any web page can reach Bolt over WebSocket from the
              // visitor's browser, so the database always asks for the password we were given.
              .setConfig(GraphDatabaseSettings.auth_enabled, true)
              .setConfig(GraphDatabaseSettings.udc_enabled, false)
              // The password is 256 random bits, so guessing is hopeless; a lock after failed tries
              // would only let any web page lock the explorer out of its own database.
              .setConfig(GraphDatabaseSettings.auth_max_failed_attempts, 0)
              .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheBytes)
              // Memory guards: a query past its budget fails alone, instead of the JVM.
              .setConfig(GraphDatabaseSettings.memory_transaction_max_size, txMemoryBytes)
              .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, totalTxMemoryBytes)
              // No LOAD CSV from the machine's files, whatever a query tries.
              .setConfig(GraphDatabaseSettings.allow_file_urls, false)
              // Keep the transaction log small: this is an explorer's working copy, not a system of record.
              .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
              .build();
    } catch (RuntimeException e) {
      System.out.println("NEO4J_FAILED " + rootMessage(e));
      System.out.flush();
      System.exit(1);
      return;
    }

    Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "neo4j-shutdown"));
    try {
      setPassword(dbms, password);
    } catch (RuntimeException e) {
      System.out.println("NEO4J_FAILED could not set the password: " + rootMessage(e));
      System.out.flush();
      System.exit(1);
      return;
    }
    System.out.println("NEO4J_READY " + port);
    System.out.flush();

    // Block until the parent closes our stdin; reading -1 means it is gone or wants us to stop.
    while (System.in.read() != -1) {
      // Nothing is expected on stdin; anything read is ignored.
    }
    System.exit(0);
  }

  /**
   * Sets the neo4j user's password from inside the JVM, where no password is needed. This is also
   * how a data folder made while auth was off (default password, change required) is migrated.
   */
  private static void setPassword(DatabaseManagementService dbms, String password) {
    try {
      dbms.database("system")
          .executeTransactionally(
              "ALTER USER neo4j SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED",
              Map.of("password", password));
    } catch (QueryExecutionException e) {
      // Already this password: Neo4j refuses to "change" it to itself, which is fine.
      if (!String.valueOf(e.getMessage()).contains("Old password and new password cannot be the same")) {
        throw e;
      }
    }
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    return options;
  }

  private static String rootMessage(Throwable error) {
    Throwable cause = error;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    return message.replace('\n', ' ');
  }
}
