package cn.tuanbiao.registry.relay;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A TCP proxy in front of the registry that misbehaves on demand: passes bytes through untouched
 * (so the Host header, and with it the signed target URI, is the proxy's), answers 500 or 429 with
 * a Retry-After itself, holds each request for a while, or resets the connection. Changing the
 * mode cuts the connections in flight, as a failing network would.
 */
final class FaultyProxy implements AutoCloseable {

    enum Mode { PASS, ERROR_500, TOO_MANY_REQUESTS, DELAY, RESET }

    private final ServerSocket server;
    private final int targetPort;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "faulty-proxy");
        t.setDaemon(true);
        return t;
    });
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile Mode mode = Mode.PASS;
    private volatile long delayMillis = 0;
    private volatile int retryAfterSeconds = 1;

    FaultyProxy(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.server = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
        threads.submit(this::accept);
    }

    String url() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    void pass() {
        switchTo(Mode.PASS);
    }

    void answer500() {
        switchTo(Mode.ERROR_500);
    }

    void answer429(int retryAfter) {
        retryAfterSeconds = retryAfter;
        switchTo(Mode.TOO_MANY_REQUESTS);
    }

    void delay(long millis) {
        delayMillis = millis;
        switchTo(Mode.DELAY);
    }

    void reset() {
        switchTo(Mode.RESET);
    }

    private void switchTo(Mode next) {
        mode = next;
        open.forEach(FaultyProxy::closeQuietly);
        open.clear();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                open.add(client);
                threads.submit(() -> serve(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try {
            switch (mode) {
                case RESET -> {
                    client.setSoLinger(true, 0);
                    client.close();
                }
                case ERROR_500 -> answer(client, "HTTP/1.1 500 Internal Server Error\r\n");
                case TOO_MANY_REQUESTS -> answer(client, "HTTP/1.1 429 Too Many Requests\r\nRetry-After: "
                        + retryAfterSeconds + "\r\n");
                case DELAY, PASS -> {
                    if (mode == Mode.DELAY) {
                        Thread.sleep(delayMillis);
                    }
                    Socket upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                    open.add(upstream);
                    threads.submit(() -> pipe(upstream, client));
                    pipe(client, upstream);
                }
            }
        } catch (IOException | InterruptedException e) {
            closeQuietly(client);
        }
    }

    /** Reads the request head (enough for the client to have sent it) and answers without a body. */
    private static void answer(Socket client, String statusAndHeaders) throws IOException {
        client.setSoTimeout(2000);
        InputStream in = client.getInputStream();
        byte[] buffer = new byte[8192];
        in.read(buffer);
        OutputStream out = client.getOutputStream();
        out.write((statusAndHeaders + "Content-Length: 0\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        client.close();
    }

    private void pipe(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            byte[] buffer = new byte[16384];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException closed) {
            // the other direction or a mode switch closed it
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        open.forEach(FaultyProxy::closeQuietly);
        threads.shutdownNow();
    }
}
