"""Two Python-Markdown extensions that make the site show what GitHub's preview shows, where
configuration alone cannot (mkdocs.yml names them as `toolkit.github_markdown:Name`).

Why: editors check a change in the Preview tab of GitHub's web editor (GitHub-flavoured
Markdown). Most of GFM is configuration of pymdown-extensions in mkdocs.yml; two things
need a line of code:
- GitHubAlerts: `> [!NOTE]` and the four other GitHub alerts become a box (an admonition,
  through markdown-callouts' `github_callouts`), with a Dutch title instead of the English
  one that package hard-codes;
- GitHubEmoji: `:smile:` becomes the emoji itself, with GitHub's own shortcode names
  (gemoji) and as a Unicode character: pymdownx.emoji's defaults load images from another
  site, which the privacy statement rules out. (Configured here because the index and
  generator are Python objects, which mkdocs.yml could only name with a `!!python/name`
  tag that the YAML readers of the checks and tests refuse.)

No MkDocs import: plain Python-Markdown extensions.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree

from markdown import Markdown
from markdown_callouts.github_callouts import GitHubCalloutsExtension
from pymdownx import emoji

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
        english_run = processor.run

        def run(parent: etree.Element, blocks: list[str]) -> None:
            before = len(parent)
            english_run(parent, blocks)
            for box in list(parent)[before:]:  # the box is the last element the alert added
                title = box.find("p[@class='admonition-title']")
                if "admonition" in box.get("class", "") and title is not None:
                    title.text = ALERT_TITLES.get(title.text or "", title.text)

        processor.run = run


class GitHubEmoji(emoji.EmojiExtension):
    """pymdownx.emoji with GitHub's shortcodes, written as the Unicode character."""

    def __init__(self, **kwargs) -> None:
        kwargs.setdefault("emoji_index", emoji.gemoji)
        kwargs.setdefault("emoji_generator", emoji.to_alt)
        super().__init__(**kwargs)


def makeExtension(**kwargs):  # noqa: N802 - Python-Markdown's name
    return GitHubAlerts(**kwargs)
