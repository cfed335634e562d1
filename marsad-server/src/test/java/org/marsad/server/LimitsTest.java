package org.marsad.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Timeouts, the bounded worker pool and the default bind address. */
class LimitsTest {

  @Test
  void workPastItsDeadlineIs503AndIsCancelled() {
    try (Workers w = new Workers(1, 1, Duration.ofMillis(200))) {
      CountDownLatch interrupted = new CountDownLatch(1);
      assertThatThrownBy(() -> w.run(() -> {
        try {
          Thread.sleep(10_000);
        } catch (InterruptedException e) {
          interrupted.countDown();
        }
        return null;
      })).isInstanceOfSatisfying(ApiException.class, e -> {
        assertThat(e.status()).isEqualTo(503);
        assertThat(e.code()).isEqualTo("timeout");
      });
      assertThat(awaitQuietly(interrupted)).as("the timed-out task was interrupted").isTrue();
      assertThat(w.run(() -> 42)).isEqualTo(42);
    }
  }

  @Test
  void aFullQueueIs503AtOnce() throws Exception {
    try (Workers w = new Workers(1, 1, Duration.ofSeconds(5))) {
      CountDownLatch release = new CountDownLatch(1);
      Thread a = new Thread(() -> w.run(() -> awaitQuietly(release)));
      Thread b = new Thread(() -> w.run(() -> awaitQuietly(release)));
      a.start();
      Thread.sleep(100);
      b.start();
      Thread.sleep(100);
      long t0 = System.nanoTime();
      assertThatThrownBy(() -> w.run(() -> 1)).isInstanceOfSatisfying(ApiException.class,
          e -> assertThat(e.code()).isEqualTo("busy"));
      assertThat(System.nanoTime() - t0).isLessThan(TimeUnit.SECONDS.toNanos(1));
      release.countDown();
      a.join();
      b.join();
    }
  }

  @Test
  void aSlowClientIsDisconnectedAfterTheIdleTimeout() throws Exception {
    try (MarsadServer server = MarsadServer.start(ServerConfig.defaults().withPort(0).withIdleTimeout(Duration.ofSeconds(1)));
         Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", server.port()), 2000);
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      out.write("GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      long t0 = System.nanoTime();
      InputStream in = s.getInputStream();
      byte[] buf = new byte[4096];
      while (in.read(buf) >= 0) {
        // a 408 may come first; the connection must then close
      }
      long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
      assertThat(waited).as("closed by the server, not by our 10 s read timeout").isBetween(500L, 5000L);
    }
  }

  @Test
  void theDefaultBindAddressIsLoopback() {
    assertThat(ServerConfig.defaults().host()).isEqualTo("127.0.0.1");
    try (MarsadServer server = MarsadServer.start(ServerConfig.defaults().withPort(0))) {
      assertThat(server.url()).startsWith("http://127.0.0.1:");
    }
  }

  @Test
  void aTakenPortIsAOneLineError() {
    try (MarsadServer first = MarsadServer.start(ServerConfig.defaults().withPort(0))) {
      assertThatThrownBy(() -> MarsadServer.start(ServerConfig.defaults().withPort(first.port())))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("cannot listen on 127.0.0.1:" + first.port())
          .hasMessageNotContaining("\n");
    }
  }

  private static boolean awaitQuietly(CountDownLatch l) {
    try {
      return l.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
