package io.netlint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Debian's chromium, headless and cut off from the network, driven over the Chrome DevTools
 * Protocol with the JDK's own WebSocket client. It records console errors, uncaught exceptions
 * and every request the page makes.
 */
final class HeadlessChromium implements AutoCloseable {

  static final Path BINARY = Path.of("/usr/bin/chromium");
  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<JsonNode> events = new ArrayList<>();

  private HeadlessChromium(Process process, Path profile, WebSocket socket) {
    this.process = process;
    this.profile = profile;
    this.socket = socket;
  }

  static boolean installed() {
    return Files.isExecutable(BINARY);
  }

  static HeadlessChromium start() throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory("netlint-chromium-");
    List<String> command = List.of(BINARY.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-extensions",
        "--disable-default-apps", "--mute-audio", "--hide-scrollbars",
        "--user-data-dir=" + profile,
        // no network: every host resolves to nothing and every proxied request fails
        "--proxy-server=127.0.0.1:9", "--host-resolver-rules=MAP * ~NOTFOUND",
        "--remote-debugging-port=0", "--remote-allow-origins=*",
        "--window-size=1400,1000", "about:blank");
    Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    String browserUrl = null;
    BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(),
        StandardCharsets.UTF_8));
    StringBuilder seen = new StringBuilder();
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    String line;
    while (System.nanoTime() < deadline && (line = err.readLine()) != null) {
      seen.append(line).append('\n');
      Matcher m = LISTENING.matcher(line);
      if (m.find()) {
        browserUrl = m.group(1);
        break;
      }
    }
    if (browserUrl == null) {
      p.destroyForcibly();
      throw new IOException("chromium did not start its DevTools endpoint:\n" + seen);
    }
    Thread drain = new Thread(() -> {
      try {
        while (err.readLine() != null) {
          // chromium's own log; read so that it never blocks on a full pipe
        }
      } catch (IOException ignored) {
        // the process ended
      }
    }, "chromium-stderr");
    drain.setDaemon(true);
    drain.start();
    URI browser = URI.create(browserUrl);
    HttpClient http = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY)
        .connectTimeout(TIMEOUT).build();
    String pageSocket = null;
    try {
      HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create("http://"
          + browser.getHost() + ":" + browser.getPort() + "/json/list")).timeout(TIMEOUT)
          .build(), HttpResponse.BodyHandlers.ofString());
      for (JsonNode target : JSON.readTree(list.body())) {
        if (target.path("type").asText().equals("page")) {
          pageSocket = target.path("webSocketDebuggerUrl").asText();
          break;
        }
      }
      if (pageSocket == null) throw new IOException("chromium has no page: " + list.body());
    } catch (IOException | InterruptedException e) {
      p.destroyForcibly();
      throw e;
    }
    Listener listener = new Listener();
    WebSocket ws = http.newWebSocketBuilder().buildAsync(URI.create(pageSocket), listener)
        .orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
    HeadlessChromium chromium = new HeadlessChromium(p, profile, ws);
    listener.owner = chromium;
    for (String domain : List.of("Runtime", "Log", "Network", "Page")) {
      chromium.call(domain + ".enable", Map.of());
    }
    return chromium;
  }

  /** Collects the text frames of one message and hands complete messages to the owner. */
  private static final class Listener implements WebSocket.Listener {
    private final StringBuilder text = new StringBuilder();
    volatile HeadlessChromium owner;

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      text.append(data);
      if (last) {
        String message = text.toString();
        text.setLength(0);
        if (owner != null) owner.receive(message);
      }
      ws.request(1);
      return null;
    }
  }

  private void receive(String message) {
    JsonNode node;
    try {
      node = JSON.readTree(message);
    } catch (IOException e) {
      return;
    }
    if (node.has("id")) {
      CompletableFuture<JsonNode> f = pending.remove(node.get("id").asInt());
      if (f != null) f.complete(node);
    } else {
      synchronized (events) {
        events.add(node);
        events.notifyAll();
      }
    }
  }

  /** Sends a command and waits for its result; a protocol error is an exception. */
  JsonNode call(String method, Map<String, ?> params) {
    int id = ids.incrementAndGet();
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    pending.put(id, reply);
    ObjectNode message = JSON.createObjectNode();
    message.put("id", id);
    message.put("method", method);
    message.set("params", JSON.valueToTree(params));
    socket.sendText(message.toString(), true).join();
    JsonNode answer = reply.orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
    if (answer.has("error")) {
      throw new IllegalStateException(method + " failed: " + answer.get("error"));
    }
    return answer.path("result");
  }

  /** Opens a URL and waits until the page has loaded. */
  void open(String url) throws InterruptedException {
    int before;
    synchronized (events) {
      before = events.size();
    }
    call("Page.navigate", Map.of("url", url));
    awaitEvent(before, e -> e.path("method").asText().equals("Page.loadEventFired"));
  }

  private void awaitEvent(int from, Predicate<JsonNode> wanted) throws InterruptedException {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    synchronized (events) {
      while (true) {
        for (int i = from; i < events.size(); i++) if (wanted.test(events.get(i))) return;
        long left = deadline - System.nanoTime();
        if (left <= 0) throw new IllegalStateException("timed out waiting for a page event");
        events.wait(TimeUnit.NANOSECONDS.toMillis(left) + 1);
      }
    }
  }

  /** Evaluates a JavaScript expression in the page and returns its value as JSON. */
  JsonNode evaluate(String expression) {
    JsonNode r = call("Runtime.evaluate", Map.of("expression", expression,
        "returnByValue", true, "awaitPromise", true));
    if (r.has("exceptionDetails")) {
      throw new IllegalStateException("script failed: " + r.get("exceptionDetails"));
    }
    return r.path("result").path("value");
  }

  /** A real mouse click at a point of the viewport. */
  void click(double x, double y) {
    for (String type : List.of("mouseMoved", "mousePressed", "mouseReleased")) {
      call("Input.dispatchMouseEvent", Map.of("type", type, "x", x, "y", y,
          "button", "left", "clickCount", 1));
    }
  }

  void screenshot(Path png) throws IOException {
    JsonNode shot = call("Page.captureScreenshot", Map.of("format", "png",
        "captureBeyondViewport", true));
    Files.createDirectories(png.toAbsolutePath().getParent());
    Files.write(png, Base64.getDecoder().decode(shot.path("data").asText()));
  }

  /** Console errors, uncaught exceptions and error log entries, as text. */
  List<String> errors() {
    List<String> out = new ArrayList<>();
    for (JsonNode e : events()) {
      String method = e.path("method").asText();
      JsonNode p = e.path("params");
      if (method.equals("Runtime.consoleAPICalled")
          && List.of("error", "assert").contains(p.path("type").asText())) {
        out.add("console." + p.path("type").asText() + ": " + p.path("args"));
      } else if (method.equals("Runtime.exceptionThrown")) {
        out.add("exception: " + p.path("exceptionDetails"));
      } else if (method.equals("Log.entryAdded")
          && p.path("entry").path("level").asText().equals("error")) {
        out.add("log: " + p.path("entry").path("text").asText() + " "
            + p.path("entry").path("url").asText());
      }
    }
    return out;
  }

  /** The URL of every request the page made, in order. */
  List<String> requests() {
    List<String> out = new ArrayList<>();
    for (JsonNode e : events()) {
      if (e.path("method").asText().equals("Network.requestWillBeSent")) {
        out.add(e.path("params").path("request").path("url").asText());
      }
    }
    return out;
  }

  /** Forgets the events seen so far, before the next page. */
  void clearEvents() {
    synchronized (events) {
      events.clear();
    }
  }

  private List<JsonNode> events() {
    synchronized (events) {
      return List.copyOf(events);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      call("Browser.close", Map.of());
    } catch (RuntimeException e) {
      // already gone; the process is ended below either way
    }
    socket.abort();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    try (Stream<Path> files = Files.walk(profile)) {
      for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(f);
      }
    } catch (IOException e) {
      // a profile file still held by a dying helper process; the temp directory is left
    }
  }
}
