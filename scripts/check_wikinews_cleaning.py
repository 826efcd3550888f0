"""Does boilerplate removal keep every article sentence? Measured on the 101 Wikinews articles of ../shared.

The rules are in newsfigures/eval/cleaning_check.py.

    python scripts/check_wikinews_cleaning.py [FOLDER]     # exit status 1 when a body sentence was removed
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from newsfigures.eval.cleaning_check import WIKINEWS, measure  # noqa: E402


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else WIKINEWS
    if not folder.is_dir():
        print(f"{folder} is absent; nothing to check")
        return 0
    st = measure(folder)
    print(f"{st['articles']} articles, {st['sentences']} body sentences in the .txt files, "
          f"plus {st['date_lines']} date lines (metadata); {st['confirmed']} confirmed by the wikitext as article body")
    print(f"kept after cleaning: {st['kept']}/{st['confirmed']}; lost: {len(st['lost'])}")
    print(f"lines or fragments removed as boilerplate: {st['lines_removed']} "
          f"({', '.join(f'{k}: {v}' for k, v in sorted(st['removed_kinds'].items()))})")
    for s in st["lost"]:
        print("  LOST", s)
    return 1 if st["lost"] else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
