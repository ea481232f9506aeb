"""python -m saywho: saywho-cli's `analyze` from Python, with the same
options, output and exit codes:

    python -m saywho [analyze] [--lang fr|en|auto] [--pretty]
                     [--format text|html|jsonl] [--max-bytes N] [--jobs N]
                     FILE|-|DIR|'GLOB'

Exit codes: 0 success, 1 a batch had failed records, 2 usage error,
3 input error, 4 internal error.
"""

from __future__ import annotations

import argparse
import sys
from typing import List, Optional

from . import _native
from ._errors import SaywhoError

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_INPUT, EXIT_INTERNAL = 0, 1, 2, 3, 4
USAGE_CODES = ("unknown_language", "invalid_options")


def _positive(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"a positive number, not '{value}'")
    return int(value)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m saywho",
        description="Who says what in a news article (saywho-cli analyze, from Python).",
    )
    p.add_argument("input", metavar="FILE|-|DIR|GLOB",
                   help="an article (text or HTML), a JSONL file, - for standard input, "
                        "a directory or a quoted glob of articles")
    p.add_argument("--lang", choices=("fr", "en", "auto"), default="auto")
    p.add_argument("--pretty", action="store_true", help="indented JSON")
    p.add_argument("--format", choices=("text", "html", "jsonl"), default="auto")
    p.add_argument("--max-bytes", type=_positive, default=None, help="refuse larger input")
    p.add_argument("--jobs", type=_positive, default=None,
                   help="batches: records analysed at once (default: one per core)")
    return p


def run(argv: List[str]) -> int:
    if argv and argv[0] == "analyze":
        argv = argv[1:]
    args = parser().parse_args(argv)
    if _native.is_batch(args.input, args.format):
        sys.stdout.flush()  # the native side writes to the same file descriptor
        _read, _ok, failed = _native.run_batch(args.input, args.format, args.lang, args.max_bytes, args.jobs or 0)
        return EXIT_SOME_FAILED if failed else EXIT_OK
    try:
        if args.input == "-":
            content = sys.stdin.buffer.read()
        else:
            with open(args.input, "rb") as f:
                content = f.read()
    except OSError as e:
        raise SaywhoError("unreadable_input", f"cannot open '{args.input}': {e.strerror}") from None
    text = _native.prepare_text(content, args.format, args.max_bytes, args.input)
    sys.stdout.write(_native.analyze_json(text, args.lang, args.max_bytes, args.pretty) + "\n")
    return EXIT_OK


def main(argv: Optional[List[str]] = None) -> int:
    try:
        return run(sys.argv[1:] if argv is None else argv)
    except SaywhoError as e:
        print(f"python -m saywho: {e}", file=sys.stderr)
        return EXIT_USAGE if e.code in USAGE_CODES else EXIT_INPUT
    except Exception as e:  # noqa: BLE001 - the CLI's "internal error" too
        print(f"python -m saywho: internal error: {e}", file=sys.stderr)
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
