package org.finfile.xml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.util.Map;

/**
 * Documents held in memory under {@code finfile-memory:} URLs, for a taxonomy finfile writes and
 * loads in the same run (an extension taxonomy): nothing goes to a temporary folder.
 */
final class MemoryDocuments {
  private MemoryDocuments() {}

  private static final String PROTOCOL = "finfile-memory";
  private static final java.util.concurrent.atomic.AtomicLong RUNS = new java.util.concurrent.atomic.AtomicLong();

  /** A URL reading {@code content}; {@code name} is for messages. */
  static URL url(String name, byte[] content) {
    byte[] copy = content.clone();
    URLStreamHandler handler = new URLStreamHandler() {
      @Override
      protected URLConnection openConnection(URL u) {
        return new URLConnection(u) {
          @Override
          public void connect() {
            connected = true;
          }

          @Override
          public InputStream getInputStream() {
            return new ByteArrayInputStream(copy);
          }

          @Override
          public long getContentLengthLong() {
            return copy.length;
          }
        };
      }
    };
    try {
      return new URL(null, PROTOCOL + ":/" + RUNS.incrementAndGet() + "/" + name, handler);
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException("not a usable document name: " + name, e);
    }
  }

  /** Each absolute URI of {@code documents} to a memory URL of its content. */
  static Map<String, URL> urls(Map<String, byte[]> documents) {
    Map<String, URL> urls = new java.util.LinkedHashMap<>();
    documents.forEach((uri, content) -> urls.put(uri, url(uri.substring(uri.lastIndexOf('/') + 1), content)));
    return Map.copyOf(urls);
  }

  /** Reads all of a URL's content (for tests). */
  static byte[] read(URL url) throws IOException {
    try (InputStream in = url.openStream()) {
      return in.readAllBytes();
    }
  }
}
