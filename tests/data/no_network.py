"""Run the lifestory CLI with every way out to the network blocked and recorded.

Usage: python no_network.py ATTEMPTS_FILE lifestory-args...
Any attempt is written to ATTEMPTS_FILE (so one a library swallows still counts) and refused.
"""

import socket
import sys


def block(attempts_file: str) -> None:
    def refuse(name):
        def blocked(*args, **kwargs):
            with open(attempts_file, "a") as f:
                f.write(f"{name} {args!r}\n")
            raise OSError(f"network blocked by the test: {name}")

        return blocked

    socket.socket.connect = refuse("connect")
    socket.socket.connect_ex = refuse("connect_ex")
    socket.create_connection = refuse("create_connection")
    socket.getaddrinfo = refuse("getaddrinfo")
    socket.gethostbyname = refuse("gethostbyname")


if __name__ == "__main__":
    block(sys.argv.pop(1))
    from lifestory.cli import cli

    cli(args=sys.argv[1:], prog_name="lifestory")
