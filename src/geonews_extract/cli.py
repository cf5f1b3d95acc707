"""The ``geonews-extract`` command: ``batch`` over a corpus, ``show`` for one text.

    geonews-extract batch INPUT... -o OUT.jsonl [--published DATE] [--workers N]
    geonews-extract show FILE.txt|FILE.jsonl [--id ID] [--published DATE]

Exit status: 0 when the run finished (inputs that failed have error lines), 1 when
the output cannot be written, resumed or locked, or the model cannot be loaded, 2 for
bad arguments, 3 when every input of the run failed (with ``--strict``: when any
failed), 130 when interrupted.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from .inputs import DEFAULT_MAX_CHARS, parse_published

if TYPE_CHECKING:
    from .corpus import Fields, Item
    from .extractor import Extractor

PROG = "geonews-extract"
EXIT_FAILED_INPUTS = 3
UNDATED_HINT = (
    "relative dates were left unanchored for lack of a publication date: give --published DATE, "
    "a --manifest FILE mapping ids to dates, or a published field in each record"
)


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.published is not None:
        try:
            parse_published(args.published)
        except ValueError as err:
            parser.error(str(err))
    try:
        status: int = args.command(parser, args)
        sys.stdout.flush()
    except BrokenPipeError:
        # the reader went away (`show ... | head`): not an error of ours, and nothing more to say
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    return status


def _version() -> str:
    from . import __version__

    return f"{PROG} {__version__}"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Entities, aliases, anchored dates and attributed quotes from news text.",
    )
    parser.add_argument("--version", action="version", version=_version())
    commands = parser.add_subparsers(required=True, metavar="COMMAND")

    batch = commands.add_parser(
        "batch",
        help="extract from a corpus, one output line per input (resumable)",
        description="Extract from every input; write one line per input to OUT: the Document "
        "JSON, or {\"id\", \"error\"} for an input that could not be processed. Re-running with "
        "the same OUT skips the ids it already holds.",
    )
    batch.add_argument("inputs", nargs="+", metavar="INPUT", help="directory of .txt files, .txt file, .jsonl file, or - for JSONL on stdin")
    batch.add_argument("-o", "--output", required=True, metavar="OUT", help="output file: .jsonl (appends and resumes) or .parquet")
    batch.add_argument("--format", choices=("jsonl", "parquet"), help="output format (default: from OUT's suffix)")
    batch.add_argument("--workers", type=_positive, default=1, metavar="N", help="worker processes (default 1)")
    batch.add_argument("--batch-size", type=_positive, default=32, metavar="N", help="texts per nlp.pipe batch (default 32)")
    _common(batch)
    batch.add_argument("--manifest", metavar="FILE", help="a .csv (columns id,published) or .jsonl file giving each input's publication date")
    batch.add_argument("--published-from-text", action="store_true", help="date an input that has none from a 'Published:' line, ISO date line or dateline at its head (each such Document gets a warning)")
    batch.add_argument("--retry-errors", action="store_true", help="run again the inputs whose line in OUT is an error; the new lines replace them")
    batch.add_argument("--strict", action="store_true", help=f"exit {EXIT_FAILED_INPUTS} when any input failed (default: only when all did)")
    batch.add_argument("--id-field", default="id", help="JSONL field of the record id (default: id)")
    batch.add_argument("--text-field", default="text", help="JSONL field of the text (default: text)")
    batch.add_argument("--published-field", default="published", help="JSONL field of the publication date (default: published)")
    batch.add_argument("--quiet", action="store_true", help="no progress bar and no summary")
    batch.set_defaults(command=_batch)

    show = commands.add_parser("show", help="print one text's entities, times and quotes readably")
    show.add_argument("file", metavar="FILE", help="a UTF-8 text file, a .jsonl file (its first record, or --id), or - for stdin text")
    show.add_argument("--id", dest="record_id", metavar="ID", help="the record of a .jsonl FILE to show")
    show.add_argument("--json", action="store_true", help="print the Document JSON instead")
    _common(show)
    show.add_argument("--id-field", default="id", help="JSONL field of the record id (default: id)")
    show.add_argument("--text-field", default="text", help="JSONL field of the text (default: text)")
    show.add_argument("--published-field", default="published", help="JSONL field of the publication date (default: published)")
    show.set_defaults(command=_show)
    return parser


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--published", metavar="DATE", help="publication date (ISO 8601) for inputs that give none")
    parser.add_argument("--max-chars", type=_positive, default=DEFAULT_MAX_CHARS, metavar="N", help=f"longest text accepted (default {DEFAULT_MAX_CHARS:,})")
    parser.add_argument("--model", help="spaCy model name or path (default: en_core_web_sm)")


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {number}")
    return number


def _error(message: str) -> None:
    print(f"{PROG}: {message}", file=sys.stderr)


def _extractor(args: argparse.Namespace) -> Extractor:
    """The Extractor for a command; ModelNotFoundError says what to install."""
    from .extractor import Extractor
    from .pipeline import ModelNotFoundError

    try:
        return Extractor(args.model, max_chars=args.max_chars)
    except ModelNotFoundError as err:
        message = str(err)
        if args.model is not None and "pip install" not in message:
            if Path(args.model).exists() or os.sep in args.model:
                message += "; the path is not a spaCy model directory"
            else:
                package = args.model.replace("_", "-")
                message += f"; install it with: pip install {package} (or: python -m spacy download {args.model})"
        raise ModelNotFoundError(message) from err


def _batch(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    from .batch import OutputError, open_output, output_format, run
    from .corpus import Fields, ManifestError, count_inputs, read_manifest, read_sources, source_problem, with_manifest
    from .headdates import with_dates_from_text
    from .pipeline import ModelNotFoundError

    problems = [p for p in map(source_problem, args.inputs) if p]
    if problems:
        parser.error("; ".join(problems))
    try:
        chosen = output_format(args.output, args.format)
    except ValueError as err:
        parser.error(str(err))
    if args.retry_errors and chosen != "jsonl":
        parser.error("--retry-errors needs a JSONL output (a parquet output is written once and never resumed)")
    try:
        manifest = read_manifest(args.manifest) if args.manifest else None
    except ManifestError as err:
        parser.error(str(err))
    try:
        extractor = _extractor(args)
        output = open_output(args.output, chosen, retry_errors=args.retry_errors, inputs=args.inputs)
    except (ModelNotFoundError, OutputError, OSError) as err:
        _error(str(err))
        return 1
    repaired = getattr(output, "repaired_bytes", 0)
    if repaired and not args.quiet:
        _error(f"removed a partial last line ({repaired} bytes) left by an interrupted run")
    fields = Fields(id=args.id_field, text=args.text_field, published=args.published_field)
    items = read_sources(args.inputs, fields=fields, max_chars=args.max_chars)
    if manifest is not None:
        items = with_manifest(items, manifest)
    if args.published_from_text:
        items = with_dates_from_text(items)
    progress = not args.quiet and sys.stderr.isatty()
    try:
        summary = run(
            items,
            output,
            extractor=extractor,
            published=args.published,
            workers=args.workers,
            batch_size=args.batch_size,
            progress=progress,
            total=count_inputs(args.inputs) if progress else None,
        )
    except KeyboardInterrupt:
        _error(f"interrupted; run the same command again to resume into {args.output}")
        return 130
    if not args.quiet:
        _error(str(summary))
        if summary.undated:
            _error(f"{summary.undated:,} documents: {UNDATED_HINT}")
    if summary.errors and (args.strict or summary.documents == 0):
        if not args.quiet:
            which = "every input" if summary.documents == 0 else f"{summary.errors:,} inputs"
            _error(f"{which} of this run failed; the reasons are the error lines of {args.output}")
        return EXIT_FAILED_INPUTS
    return 0


def _show(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    from .corpus import Fields, Item, decode
    from .display import render_text
    from .pipeline import ModelNotFoundError

    try:
        if args.file.endswith(".jsonl"):
            fields = Fields(id=args.id_field, text=args.text_field, published=args.published_field)
            item = _record(Path(args.file), args.record_id, fields, args.max_chars)
        elif args.record_id is not None:
            parser.error("--id picks a record of a .jsonl file")
        else:
            data = sys.stdin.buffer.read() if args.file == "-" else Path(args.file).read_bytes()
            item = Item(Path(args.file).name if args.file != "-" else "", text=decode(data))
        if item.error is not None:
            raise item.error
        extractor = _extractor(args)
        published = item.published if item.published is not None else args.published
        document = extractor.extract(item.text, published=published, id=item.id or None)  # type: ignore[arg-type]
    except (OSError, ValueError, TypeError, ModelNotFoundError) as err:
        _error(f"{args.file}: {err}")
        return 1
    print(document.model_dump_json(indent=2) if args.json else render_text(document))
    if any(warning.startswith("no publication date") for warning in document.warnings):
        _error(UNDATED_HINT.replace(", a --manifest FILE mapping ids to dates", ""))
    return 0


def _record(path: Path, record_id: str | None, fields: Fields, max_chars: int) -> Item:
    """The record of a JSONL file with `record_id`, or its first record."""
    from .corpus import read_jsonl

    with path.open("rb") as stream:
        for item in read_jsonl(stream, path.name, fields, max_chars):
            if record_id is None or item.id == record_id:
                return item
    raise ValueError(f"no record with id {record_id!r}" if record_id is not None else "no record in the file")


if __name__ == "__main__":
    sys.exit(main())
