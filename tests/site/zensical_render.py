"""Render one page the way Zensical does, with MkDocs made unimportable; print its HTML.

    python tests/site/zensical_render.py PAGE URL     (run from the project folder)

Run by tests/site/test_macros_without_mkdocs.py. Zensical reads mkdocs.yml itself
(zensical.config.parse_mkdocs_config), maps the macros plugin onto its own macros
extension, and renders through zensical.markdown.render: the path its build takes.
"""

from __future__ import annotations

import sys

sys.modules["mkdocs"] = None  # from here on, any `import mkdocs...` raises ImportError

import json  # noqa: E402
from pathlib import Path  # noqa: E402

import yaml  # noqa: E402
from zensical.config import parse_mkdocs_config  # noqa: E402
from zensical.markdown.render import render  # noqa: E402


def main(page_path: str, url: str) -> None:
    config = parse_mkdocs_config("mkdocs.yml")
    source = (Path(config["docs_dir"]) / page_path).read_text(encoding="utf-8")
    _, front_matter, body = source.split("---\n", 2)
    meta = yaml.safe_load(front_matter)
    result = render(body, page_path, url, json.dumps(meta, default=str))
    print(result["content"])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
