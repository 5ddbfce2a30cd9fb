"""Three Python-Markdown extensions that make the site show what GitHub's preview shows, where
configuration alone cannot (mkdocs.yml names them as `toolkit.github_markdown:Name`).

Why: editors check a change in the Preview tab of GitHub's web editor (GitHub-flavoured
Markdown). Most of GFM is configuration of pymdown-extensions in mkdocs.yml; three things
need a line of code:
- GitHubAlerts: `> [!NOTE]` and the four other GitHub alerts become a box (an admonition,
  through markdown-callouts' `github_callouts`), with a Dutch title instead of the English
  one that package hard-codes;
- GitHubEmoji: `:smile:` becomes the emoji itself, with GitHub's own shortcode names
  (gemoji) and as a Unicode character: pymdownx.emoji's defaults load images from another
  site, which the privacy statement rules out. (Configured here because the index and
  generator are Python objects, which mkdocs.yml could only name with a `!!python/name`
  tag that the YAML readers of the checks and tests refuse.)
- GitHubTaskList: "- [ ] taak" becomes a checkbox (pymdownx.tasklist) that a screen reader
  names by the task's text: pymdownx.tasklist leaves it without a name, which axe reports.

No MkDocs import: plain Python-Markdown extensions.
"""

from __future__ import annotations

import functools
import html
import re
import xml.etree.ElementTree as etree
from collections.abc import Iterator, Mapping

from markdown import Markdown
from markdown.treeprocessors import Treeprocessor
from markdown_callouts.github_callouts import GitHubCalloutsExtension
from pymdownx import emoji
from pymdownx.tasklist import TasklistExtension

# GitHub's alert kinds and the title the reader sees (the box's class stays the kind;
# markdown-callouts maps CAUTION to Material's "danger").
ALERT_TITLES = {
    "Note": "Opmerking",
    "Tip": "Tip",
    "Important": "Belangrijk",
    "Warning": "Waarschuwing",
    "Caution": "Let op",
}


class GitHubAlerts(GitHubCalloutsExtension):
    """markdown-callouts' GitHub alerts, titled in Dutch."""

    def extendMarkdown(self, md: Markdown) -> None:
        super().extendMarkdown(md)
        processor = md.parser.blockprocessors["github-callouts"]
        english_run, full_test = processor.run, processor.test
        # Its pattern, tried on every block of every page, needs a '[!': most blocks have none.
        processor.test = lambda parent, block: "[!" in block and full_test(parent, block)

        def run(parent: etree.Element, blocks: list[str]) -> None:
            before = len(parent)
            english_run(parent, blocks)
            for box in list(parent)[before:]:  # the box is the last element the alert added
                title = box.find("p[@class='admonition-title']")
                if "admonition" in box.get("class", "") and title is not None:
                    title.text = ALERT_TITLES.get(title.text or "", title.text)

        processor.run = run


@functools.cache
def _gemoji_once() -> dict:
    return emoji.gemoji({}, None)


@functools.cache
def emoji_shortcodes() -> frozenset[str]:
    """Every shortcode GitHub shows as an emoji (':smile:'), aliases included."""
    index = _gemoji_once()
    return frozenset([*index["emoji"], *index["aliases"]])


class _IndexOnFirstUse(Mapping):
    """GitHub's emoji index, read on the first ':shortcode:' a build meets (most builds meet
    none, and reading it is a tenth of a small site's build). pymdownx only looks names up."""

    def __getitem__(self, key: str) -> dict:
        return _gemoji_once()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(_gemoji_once())

    def __len__(self) -> int:
        return len(_gemoji_once())


_SHARED_GEMOJI = _IndexOnFirstUse()


def _shared_gemoji(options, md) -> Mapping:
    """GitHub's emoji index, one for the build: pymdownx would copy it deeply for every page
    (MkDocs makes a Markdown instance per page), about 6 ms a page. Nothing writes to it."""
    return _SHARED_GEMOJI


class GitHubEmoji(emoji.EmojiExtension):
    """pymdownx.emoji with GitHub's shortcodes, written as the Unicode character."""

    def __init__(self, **kwargs) -> None:
        kwargs.setdefault("emoji_index", _shared_gemoji)
        kwargs.setdefault("emoji_generator", emoji.to_alt)
        super().__init__(**kwargs)


class GitHubTaskList(TasklistExtension):
    """pymdownx.tasklist, each checkbox named by the text of its task."""

    def extendMarkdown(self, md: Markdown) -> None:
        super().extendMarkdown(md)
        md.treeprocessors.register(_TaskNames(md), "task-list-names", 19)  # after inline


class _TaskNames(Treeprocessor):
    PLACEHOLDER = re.compile("\x02wzxhzdk:(\\d+)\x03")

    def run(self, root: etree.Element) -> None:
        for item in root.iter("li"):
            if "task-list-item" not in item.get("class", "").split():
                continue
            holder = item if item.text else next(iter(item), item)  # "- [ ]" or a <p>
            match = self.PLACEHOLDER.match(holder.text or "")
            if not match:
                continue
            text = "".join(_own_text(holder))
            name = " ".join(self.PLACEHOLDER.sub("", text).split())
            stash = self.md.htmlStash.rawHtmlBlocks
            index = int(match[1])
            stash[index] = str(stash[index]).replace(
                "<input ", f'<input aria-label="{html.escape(name)}" ', 1
            )


def _own_text(element: etree.Element):
    """The text of an element without its sublists."""
    yield element.text or ""
    for child in element:
        if child.tag not in ("ul", "ol"):
            yield from _own_text(child)
        yield child.tail or ""


def makeExtension(**kwargs):  # noqa: N802 - Python-Markdown's name
    return GitHubAlerts(**kwargs)
