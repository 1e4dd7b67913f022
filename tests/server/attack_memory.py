#!/usr/bin/env python3
"""Measures appraisal-server's memory under the attacks of issue 20 (docs/sync-protocol.md, "The HTTP
layer", quotes its figures). Not a test: run by hand, it prints peak RSS (VmHWM) after each attack.

    tests/server/attack_memory.py BUILD/bin/appraisal-server [CONNECTIONS]

Starts the server (TLS, a fresh certificate, default limits) on loopback and, from 127.0.0.2 onwards
(64 connections per address, the default cap):
  1. CONNECTIONS TCP connections that never start their TLS handshake;
  2. CONNECTIONS TLS connections, each with a request head of 16 KB less a few bytes, never finished;
  3. CONNECTIONS TLS connections, each announcing an unauthenticated 1 GB body and sending 256 KB.
"""
import resource, socket, ssl, subprocess, sys, tempfile, time

soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))

binary = sys.argv[1]
count = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
work = tempfile.mkdtemp()
subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", f"{work}/key.pem",
                "-out", f"{work}/cert.pem", "-days", "2", "-subj", "/CN=127.0.0.1"], check=True,
               capture_output=True)
server = subprocess.Popen([binary, "--listen", "127.0.0.1:0", "--data-dir", f"{work}/data", "--tls-cert",
                           f"{work}/cert.pem", "--tls-key", f"{work}/key.pem", "--handshake-timeout", "60",
                           "--header-timeout", "60"], stdout=subprocess.PIPE, text=True)
port = int(server.stdout.readline().strip().rsplit(":", 1)[1])
context = ssl.create_default_context()
context.check_hostname = False
context.verify_mode = ssl.CERT_NONE


def status(field):
    with open(f"/proc/{server.pid}/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])


def source(i):
    return f"127.0.{1 + (i // 64) // 250}.{2 + (i // 64) % 250}"


def connect(i, tls):
    s = socket.socket()
    s.bind((source(i), 0))
    s.connect(("127.0.0.1", port))
    return context.wrap_socket(s) if tls else s


def health():
    with context.wrap_socket(socket.create_connection(("127.0.0.1", port))) as s:
        started = time.monotonic()
        s.sendall(b"GET /api/v1/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        ok = s.recv(100).startswith(b"HTTP/1.1 200")
        return ok, time.monotonic() - started


def report(name, sockets):
    time.sleep(1)
    ok, seconds = health()
    print(f"{name}: {len(sockets)} open, RSS {status('VmRSS')} kB, peak {status('VmHWM')} kB, "
          f"health {'ok' if ok else 'FAILED'} in {seconds * 1000:.0f} ms", flush=True)


try:
    print(f"start: RSS {status('VmRSS')} kB, peak {status('VmHWM')} kB", flush=True)
    held = [connect(i, False) for i in range(count)]
    report("1. no handshake", held)
    for s in held:
        s.close()
    held = []
    time.sleep(2)  # the server notices the closes and counts them out
    head = b"GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-Pad: " + b"a" * (16 * 1024 - 64)
    for i in range(count):
        s = connect(i, True)
        s.sendall(head)
        held.append(s)
    report("2. 16 KB heads", held)
    for s in held:
        s.close()
    held = []
    time.sleep(2)  # the server notices the closes and counts them out
    for i in range(count):
        s = connect(i, True)
        s.sendall(b"POST /api/v1/sync/batches HTTP/1.1\r\nHost: x\r\nContent-Length: 1073741824\r\n\r\n")
        try:
            s.sendall(b"x" * 256 * 1024)
        except OSError:
            pass
        held.append(s)
    report("3. 1 GB bodies, no token", held)
finally:
    server.terminate()
    server.wait()
