package io.netlint.cfnlint;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One child process run without a shell: stdin closed at once, stdout and stderr drained by their
 * own threads so that neither pipe can fill and stall the child, and a deadline after which the
 * whole process tree is killed.
 */
final class ProcessRunner {

  /** Only the end of stderr is kept: a Python traceback ends with the line that matters. */
  private static final int STDERR_KEPT = 64 * 1024;
  /** How long to wait for the pipes to close once the child has exited or been killed. */
  private static final Duration DRAIN_GRACE = Duration.ofSeconds(5);

  /**
   * @param exitCode the child's exit code; meaningless when {@code timedOut}
   */
  record Outcome(int exitCode, boolean timedOut, String stdout, String stderr) {}

  private final Process process;
  private final long deadline;
  private final Drain stdout;
  private final Drain stderr;

  private ProcessRunner(Process process, Duration timeout) {
    this.process = process;
    this.deadline = System.nanoTime() + timeout.toNanos();
    this.stdout = new Drain(process.getInputStream(), Integer.MAX_VALUE, "stdout");
    this.stderr = new Drain(process.getErrorStream(), STDERR_KEPT, "stderr");
  }

  /** Starts {@code command} in {@code directory}; the deadline counts from now. */
  static ProcessRunner start(List<String> command, Path directory, Map<String, String> env,
      Duration timeout) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(command).directory(directory.toFile());
    pb.environment().putAll(env);
    Process p = pb.start();
    // A pipe, not a terminal: cfn-lint reads a template from stdin when it has no file names.
    p.getOutputStream().close();
    return new ProcessRunner(p, timeout);
  }

  /** Waits for the child until the deadline; kills its process tree when that passes. */
  Outcome await() throws InterruptedException {
    boolean exited = process.waitFor(remainingNanos(), TimeUnit.NANOSECONDS);
    if (!exited) killTree(process.toHandle());
    // The readers have kept up all along, so only the last pipe buffer is left to read; an exited
    // child can leave a grandchild holding the pipes open, which is not waited for.
    long until = System.nanoTime() + DRAIN_GRACE.toNanos();
    stdout.join(until);
    stderr.join(until);
    if (stdout.running() || stderr.running()) {
      // What was read so far is kept; the reader threads are daemons and end with the pipes.
      stdout.close();
      stderr.close();
    }
    return new Outcome(exited ? process.exitValue() : -1, !exited, stdout.text(), stderr.text());
  }

  /** Kills the process and everything below it now; for a caller that gives up early. */
  void kill() {
    killTree(process.toHandle());
  }

  private long remainingNanos() {
    return Math.max(0, deadline - System.nanoTime());
  }

  /**
   * The descendants are listed before the parent dies: once it is gone they are re-parented and
   * can no longer be found from it. The parent goes first so that it cannot start new children.
   * Only the parent is waited for: it is our child, so the JVM reaps it; a killed grandchild may
   * stay a zombie until its new parent reaps it, which Java cannot tell from a live process.
   */
  static void killTree(ProcessHandle root) {
    List<ProcessHandle> tree = root.descendants().toList();
    root.destroyForcibly();
    tree.forEach(ProcessHandle::destroyForcibly);
    try {
      root.onExit().get(5, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      // SIGKILL cannot be refused; a parent still listed here is already on its way out.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Reads one stream to its end on a daemon thread, keeping at most {@code limit} bytes. */
  private static final class Drain {
    private final InputStream in;
    private final int limit;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final Thread thread;
    private boolean truncated;

    Drain(InputStream in, int limit, String name) {
      this.in = in;
      this.limit = limit;
      this.thread = new Thread(this::pump, "cfn-lint-" + name);
      this.thread.setDaemon(true);
      this.thread.start();
    }

    private void pump() {
      byte[] chunk = new byte[8192];
      try {
        for (int n; (n = in.read(chunk)) >= 0; ) {
          synchronized (buffer) {
            buffer.write(chunk, 0, n);
            if (buffer.size() > limit) {
              byte[] all = buffer.toByteArray();
              buffer.reset();
              buffer.write(all, all.length - limit / 2, limit / 2);
              truncated = true;
            }
          }
        }
      } catch (IOException e) {
        // Closed under us after a kill: what was read so far is all there is.
      }
    }

    void join(long untilNanos) throws InterruptedException {
      long wait = untilNanos - System.nanoTime();
      if (wait > 0) TimeUnit.NANOSECONDS.timedJoin(thread, wait);
    }

    boolean running() {
      return thread.isAlive();
    }

    void close() {
      try {
        in.close();
      } catch (IOException e) {
        // Already closed.
      }
    }

    String text() {
      synchronized (buffer) {
        String s = buffer.toString(StandardCharsets.UTF_8);
        return truncated ? "…" + s : s;
      }
    }
  }
}
