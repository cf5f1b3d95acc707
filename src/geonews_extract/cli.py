"""The ``geonews-extract`` command: ``batch`` over a corpus, ``show`` for one text.

    geonews-extract batch INPUT... -o OUT.jsonl [--published DATE] [--workers N]
    geonews-extract show FILE.txt [--published DATE]

Exit status: 0 when the run finished (inputs that failed have error lines), 1 when
the output cannot be written or resumed, 2 for bad arguments, 130 when interrupted.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .inputs import DEFAULT_MAX_CHARS, parse_published


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.published is not None:
        try:
            parse_published(args.published)
        except ValueError as err:
            parser.error(str(err))
    return args.command(parser, args)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="geonews-extract",
        description="Entities, aliases, anchored dates and attributed quotes from news text.",
    )
    commands = parser.add_subparsers(required=True, metavar="COMMAND")

    batch = commands.add_parser(
        "batch",
        help="extract from a corpus, one output line per input (resumable)",
        description="Extract from every input; write one line per input to OUT: the Document "
        "JSON, or {\"id\", \"error\"} for an input that could not be processed. Re-running with "
        "the same OUT skips the ids it already holds.",
    )
    batch.add_argument("inputs", nargs="+", metavar="INPUT", help="directory of .txt files, .txt file, .jsonl file, or - for JSONL on stdin")
    batch.add_argument("-o", "--output", required=True, metavar="OUT", help="output file (.jsonl appends and resumes; .parquet)")
    batch.add_argument("--format", choices=("jsonl", "parquet"), help="output format (default: from OUT's suffix, else jsonl)")
    batch.add_argument("--workers", type=_positive, default=1, metavar="N", help="worker processes (default 1)")
    batch.add_argument("--batch-size", type=_positive, default=32, metavar="N", help="texts per nlp.pipe batch (default 32)")
    _common(batch)
    batch.add_argument("--id-field", default="id", help="JSONL field of the record id (default: id)")
    batch.add_argument("--text-field", default="text", help="JSONL field of the text (default: text)")
    batch.add_argument("--published-field", default="published", help="JSONL field of the publication date (default: published)")
    batch.add_argument("--quiet", action="store_true", help="no progress bar and no summary")
    batch.set_defaults(command=_batch)

    show = commands.add_parser("show", help="print one text's entities, times and quotes readably")
    show.add_argument("file", metavar="FILE", help="a UTF-8 text file, or - for stdin")
    show.add_argument("--json", action="store_true", help="print the Document JSON instead")
    _common(show)
    show.set_defaults(command=_show)
    return parser


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--published", metavar="DATE", help="publication date (ISO 8601) for inputs that give none")
    parser.add_argument("--max-chars", type=_positive, default=DEFAULT_MAX_CHARS, metavar="N", help=f"longest text accepted (default {DEFAULT_MAX_CHARS:,})")
    parser.add_argument("--model", help="spaCy model name or path (default: en_core_web_sm)")


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {number}")
    return number


def _batch(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    from .batch import OutputError, open_output, run
    from .corpus import Fields, read_sources, source_problem
    from .pipeline import ModelNotFoundError, load_pipeline

    problems = [p for p in map(source_problem, args.inputs) if p]
    if problems:
        parser.error("; ".join(problems))
    output_format = args.format or ("parquet" if args.output.endswith(".parquet") else "jsonl")
    try:
        nlp = load_pipeline(args.model)
        output = open_output(args.output, output_format)
    except (ModelNotFoundError, OutputError, OSError) as err:
        print(f"geonews-extract: {err}", file=sys.stderr)
        return 1
    if getattr(output, "repaired_bytes", 0) and not args.quiet:
        print(f"geonews-extract: removed a partial last line ({output.repaired_bytes} bytes) left by an interrupted run", file=sys.stderr)
    fields = Fields(id=args.id_field, text=args.text_field, published=args.published_field)
    items = read_sources(args.inputs, fields=fields, max_chars=args.max_chars)
    try:
        summary = run(
            items,
            output,
            published=args.published,
            workers=args.workers,
            batch_size=args.batch_size,
            max_chars=args.max_chars,
            nlp=nlp,
            progress=not args.quiet and sys.stderr.isatty(),
        )
    except KeyboardInterrupt:
        print(f"geonews-extract: interrupted; run the same command again to resume into {args.output}", file=sys.stderr)
        return 130
    if not args.quiet:
        print(f"geonews-extract: {summary}", file=sys.stderr)
    return 0


def _show(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    from .api import extract
    from .corpus import decode
    from .display import render_text
    from .pipeline import ModelNotFoundError, load_pipeline

    try:
        data = sys.stdin.buffer.read() if args.file == "-" else Path(args.file).read_bytes()
        document = extract(
            decode(data),
            published=args.published,
            id=None if args.file == "-" else Path(args.file).name,
            nlp=load_pipeline(args.model),
            max_chars=args.max_chars,
        )
    except (OSError, ValueError, TypeError, ModelNotFoundError) as err:
        print(f"geonews-extract: {args.file}: {err}", file=sys.stderr)
        return 1
    print(document.model_dump_json(indent=2) if args.json else render_text(document))
    return 0


if __name__ == "__main__":
    sys.exit(main())
