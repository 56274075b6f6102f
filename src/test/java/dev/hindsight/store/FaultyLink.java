package dev.hindsight.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP link between a local port and a real server that a test can break the ways a network or a database
 * breaks: {@link #freeze()} (the connections stay open but nothing gets through, as when the server hangs or
 * a firewall drops packets), {@link #cut()} (every connection is closed and new ones are refused, as when the
 * server is stopped) and {@link #restore()}.
 */
public final class FaultyLink implements AutoCloseable {

    private final String targetHost;
    private final int targetPort;
    private final int port;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final Object gate = new Object();
    private volatile boolean frozen;
    private volatile ServerSocket listener;

    public FaultyLink(String targetHost, int targetPort) {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.listener = listen(0);
        this.port = listener.getLocalPort();
        accept(listener);
    }

    /** The local port to connect to instead of the server's. */
    public int port() {
        return port;
    }

    /** Nothing gets through either way; connections stay open and new ones are accepted but hang. */
    public void freeze() {
        frozen = true;
    }

    /** Closes every connection and refuses new ones: connecting fails at once. */
    public void cut() {
        closeQuietly(listener);
        for (Socket s : sockets) {
            closeQuietly(s);
        }
        sockets.clear();
    }

    /** Bytes flow again; after a cut, connections are accepted again on the same port. */
    public void restore() {
        synchronized (gate) {
            frozen = false;
            gate.notifyAll();
        }
        if (listener.isClosed()) {
            listener = listen(port);
            accept(listener);
        }
    }

    private static ServerSocket listen(int port) {
        try {
            ServerSocket server = new ServerSocket();
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void accept(ServerSocket server) {
        Thread acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    Socket upstream = new Socket(targetHost, targetPort);
                    sockets.add(client);
                    sockets.add(upstream);
                    pump(client, upstream);
                    pump(upstream, client);
                } catch (IOException e) {
                    // closed by cut() or close()
                }
            }
        }, "faulty-link-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void pump(Socket from, Socket to) {
        Thread pump = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    synchronized (gate) {
                        while (frozen) {
                            gate.wait();
                        }
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException | InterruptedException e) {
                // one side went away
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "faulty-link-pump");
        pump.setDaemon(true);
        pump.start();
    }

    private static void closeQuietly(java.io.Closeable c) {
        try {
            c.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() {
        restore();
        cut();
    }
}
