package org.centralino.testkit;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.SocketException;
import java.net.SocketTimeoutException;

/** Reading loops of the test peers' UDP sockets. */
final class Datagrams {
    private Datagrams() {
    }

    /**
     * Waits for the next datagram into {@code p}; false once the socket is closed. Read timeouts and ICMP errors
     * surfacing on the socket are passed over.
     */
    static boolean receive(DatagramSocket socket, DatagramPacket p) {
        while (!socket.isClosed()) {
            try {
                socket.receive(p);
                return true;
            } catch (SocketTimeoutException e) {
                // poll again: the loop ends with close()
            } catch (SocketException e) {
                return false; // closed
            } catch (IOException e) {
                // an ICMP error surfaced on the socket
            }
        }
        return false;
    }
}
