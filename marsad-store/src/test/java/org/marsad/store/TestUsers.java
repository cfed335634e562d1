package org.marsad.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether tests run as root (root reads unreadable files). */
final class TestUsers {
  private TestUsers() {
  }

  static boolean isRoot() {
    try {
      return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return "root".equals(System.getProperty("user.name"));
    }
  }
}
