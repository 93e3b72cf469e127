"""A tiny SMTP server for the integration tests: each message it accepts is written, decoded, as one JSON file.

    /usr/bin/python3 smtp_sink.py --port 2525 --folder /tmp/mail [--host 127.0.0.1]

Prints "ready" once it accepts connections. Files are written under a temporary name and renamed, so a reader never
sees half a message. A recipient whose address starts with "bounce" is refused with a permanent 550 reply, one starting
with "busy" with a temporary 451, and one starting with "slow" is answered only after 15 seconds.
Needs aiosmtpd (Debian: python3-aiosmtpd); the test fixture installs it.
"""
import argparse
import asyncio
import json
import os
import signal
import threading
import time
import uuid
from email import policy
from email.parser import BytesParser

from aiosmtpd.controller import Controller


class Sink:
    def __init__(self, folder):
        self.folder = folder

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower().startswith("bounce"):
            return "550 5.1.1 No such mailbox here"
        if address.lower().startswith("busy"):
            return "451 4.3.0 Mailbox busy, try again later"
        if address.lower().startswith("slow"):
            await asyncio.sleep(15)
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        raw = envelope.original_content or envelope.content
        message = BytesParser(policy=policy.default).parsebytes(raw)
        body = message.get_body(preferencelist=("plain",))
        record = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": list(envelope.rcpt_tos),
            "from": str(message.get("from", "")),
            "to": str(message.get("to", "")),
            "subject": str(message.get("subject", "")),
            "message_id": str(message.get("message-id", "")),
            "auto_submitted": str(message.get("auto-submitted", "")),
            "body": body.get_content() if body is not None else "",
        }
        name = f"{time.time_ns():020d}-{uuid.uuid4().hex}"
        temporary = os.path.join(self.folder, name + ".tmp")
        with open(temporary, "w", encoding="utf-8") as file:
            json.dump(record, file)
        os.replace(temporary, os.path.join(self.folder, name + ".json"))
        return "250 Message accepted for delivery"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--folder", required=True)
    args = parser.parse_args()
    os.makedirs(args.folder, exist_ok=True)

    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    controller = Controller(Sink(args.folder), hostname=args.host, port=args.port)
    controller.start()
    print("ready", flush=True)
    try:
        stop.wait()
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
