package org.finfile;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/** An HTTP server on 127.0.0.1 that answers 404 and counts requests: proof that nothing was fetched. */
public final class LoopbackServer implements AutoCloseable {
  private final HttpServer server;
  private final AtomicInteger requests = new AtomicInteger();
  private final ConcurrentLinkedQueue<String> paths = new ConcurrentLinkedQueue<>();

  public LoopbackServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      requests.incrementAndGet();
      paths.add(exchange.getRequestURI().getRawPath());
      exchange.sendResponseHeaders(404, -1);
      exchange.close();
    });
    server.start();
  }

  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  public int requests() {
    return requests.get();
  }

  /** The paths requested so far, in order: which test a stray request came from. */
  public List<String> paths() {
    return List.copyOf(paths);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
