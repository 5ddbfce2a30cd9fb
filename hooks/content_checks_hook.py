"""MkDocs hook: stop the build when the content has a mistake, and list all of them in Dutch.

Why: editors are not programmers and nothing broken may be published. Once per build (at
`on_config`, listed before blocks_nav.py so a broken data file is reported together with
everything else) this hook runs every content check (toolkit/content_checks.py) and the data-file
checks (blocks_data.load_blocks); any finding stops the build with one message that lists
each mistake with file, line and fix. scripts/check-content prints the same list through
`collect`. Pages due for a content review are logged as INFO (review_dates.py).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path

import markdown
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import get_files

from toolkit.abbreviations import GLOSSARY, check_glossary
from toolkit.addresses import OwnSite
from toolkit.blocks_data import SCHEMA_NAME, BlocksDataError, load_blocks
from toolkit.characters import check_characters
from toolkit.config_checks import (
    check_loaded_files,
    check_nav,
    check_nav_blocks,
    check_stylesheets,
    review_interval,
)
from toolkit.content_checks import (
    Source,
    check_pages,
    load_source,
    nav_pages,
    read_source,
)
from toolkit.file_kinds import check_file_names, check_image_sizes, size_in, start_of
from toolkit.findings import Finding, FindingsError, finding, report, unique
from toolkit.git_start import (
    changed_file_at_start,
    changed_files,
    file_at_start,
    start_revision,
)
from toolkit.github_preview import github_preview_findings
from toolkit.macro_checks import (
    check_macro_module,
    check_macros,
    check_removed_macros,
    macro_arguments,
    module_names,
    renders_macros,
)
from toolkit.needed_files import (
    check_needed_files,
    loaded_assets,
    local_loads,
    project_needs,
)
from toolkit.page_redirects import check_redirects, published_pages
from toolkit.removed_anchors import check_removed_anchors
from toolkit.removed_key_points import check_removed_key_points
from toolkit.review_dates import open_items, reviews_due
from toolkit.shared_definitions import configured_files
from toolkit.source_text import read
from toolkit.style_classes import check_classes, defined_classes
from toolkit.unlinked_files import check_unlinked_files

log = logging.getLogger("mkdocs.hooks.content_checks")

DATA_FILE = "_data/blokken.yml"
CATALOGUE = "_data/referenties.md"  # (when mkdocs.yml names none)


@dataclass
class Result:
    findings: list[Finding]
    sources: list[Source]
    interval: int


def on_config(config):
    today = dt.date.today()
    result = collect(config, today)
    if result.findings:
        findings = unique(result.findings)
        raise PluginError(report(findings)) from FindingsError(findings)
    for review in reviews_due(result.sources, today, result.interval):
        log.info("Inhoudelijke controle nodig: %s", review.describe(today))
    items = open_items(result.sources)
    if items:
        log.info("%d open punten in de inhoud (lijst: scripts/review-due)", len(items))
    return config


def collect(config, today: dt.date) -> Result:
    """Every finding for the project of this MkDocs configuration. A check that fails in a
    way nobody foresaw becomes a finding too, naming the file it was reading."""
    root = Path(config.config_file_path).resolve().parent
    docs_dir = Path(config.docs_dir).resolve()
    prefix = _relative(docs_dir, root)
    start_revision.cache_clear()  # where this change started: asked once in this build
    changed_files.cache_clear()
    missing = check_needed_files(_needed_files(config, root, docs_dir, prefix))
    if missing:  # every other message would follow from the missing file
        return Result(missing, [], review_interval(config.extra))
    files = get_files(config)
    included = [file for file in files if not file.inclusion.is_excluded()]
    pages = list(files.documentation_pages())
    findings: list[Finding] = []
    sources = []
    classes: frozenset[str] = frozenset()  # (none: the class check judges nothing)
    with _reported_as_finding(findings, "mkdocs.yml"):
        classes = defined_classes(
            sorted(docs_dir.rglob("*.css")),  # one not loaded is named on its own
            [
                *(root / "hooks").glob("*.py"),
                *(Path(config.theme.custom_dir or root / "overrides")).rglob("*.html"),
                *(docs_dir / "assets").rglob("*.js"),
            ],
        )
    others: list[str] = []
    with _reported_as_finding(findings, prefix):
        others = [file.src_uri for file in included if not file.is_documentation_page()]
        misnamed = check_file_names(others, prefix, start_of(docs_dir))
        findings += misnamed
        others = [uri for uri in others if f"{prefix}{uri}" not in {f.file for f in misnamed}]
        findings += check_image_sizes(others, prefix, size_in(docs_dir))
    for file in pages:
        with _reported_as_finding(findings, f"{prefix}{file.src_uri}"):
            source = load_source(Path(file.abs_src_path), root, file.src_uri)
            findings += [source.unreadable] if source.unreadable else []
            findings += check_characters(source.text, source.label)
            findings += github_preview_findings(source.text, source.label)
            findings += check_classes(source.label, source.prose, source.lines, classes)
            sources.append(source)

    with _reported_as_finding(findings, prefix):  # what can link to a file: all but data
        linking = [
            *(docs_dir / "assets").rglob("*.css"),
            *(docs_dir / "assets").rglob("*.js"),
            *(Path(config.theme.custom_dir or root / "overrides")).rglob("*.html"),
            *(root / "hooks").glob("*.py"),
            Path(config.config_file_path),
        ]
        texts = [source.text for source in sources] + [
            path.read_text(encoding="utf-8", errors="replace") for path in linking
        ]
        findings += check_unlinked_files(others, texts, prefix)

    block_pages: set[str] | None = None
    reachable: set[str] | None = None
    with _reported_as_finding(findings, f"{prefix}{DATA_FILE}"):
        data_file = docs_dir / DATA_FILE
        if data_file.is_file():
            findings += check_characters(read_source(data_file, "")[0], f"{prefix}{DATA_FILE}")
        try:
            blocks = load_blocks(docs_dir / DATA_FILE, docs_dir)
        except BlocksDataError as error:
            findings += error.findings
        else:
            block_pages = {block.page for block in blocks}
            named = nav_pages(config.nav or [])
            config_text = Path(config.config_file_path).read_text(encoding="utf-8")
            missing, meant = check_nav(named, {file.src_uri for file in files}, config_text)
            findings += missing
            findings += check_nav_blocks(named, block_pages, config_text)
            stylesheets = {file.src_uri for file in included if file.src_uri.endswith(".css")}
            findings += check_stylesheets(config_text, stylesheets)
            findings += check_loaded_files(config_text, {file.src_uri for file in included})
            reachable = block_pages | named | meant
            reachable |= {file.src_uri for file in pages if file.inclusion.is_not_in_nav()}
            if not config.nav:  # without nav:, MkDocs puts every page in the navigation
                reachable |= {file.src_uri for file in pages}

    catalogue = _catalogue(config, root, docs_dir)
    catalogue_label = _relative(catalogue, root).rstrip("/") if catalogue else ""
    catalogue_text = None
    with _reported_as_finding(findings, catalogue_label or "docs/"):
        if catalogue:
            catalogue_text, unreadable = read_source(catalogue, catalogue_label)
            findings += [unreadable] if unreadable else []
            findings += check_characters(catalogue_text, catalogue_label)
        findings += check_pages(
            sources,
            catalogue_text,
            today=today,
            block_pages=block_pages,
            reachable=reachable,
            files={file.src_uri for file in included},
            catalogue_label=catalogue_label,
            catalogue_before=changed_file_at_start(root, catalogue_label) if catalogue else None,
            own_site=OwnSite(config.site_url or "", config.edit_uri or ""),
            page_before=lambda label: changed_file_at_start(root, label),
            history=changed_files(root) is not None,
        )
    with _reported_as_finding(findings, "docs/"):
        findings += _macro_findings(config, root, sources)
    with _reported_as_finding(findings, "docs/"):
        findings += _removed_anchor_findings(config, root, sources)
    with _reported_as_finding(findings, "mkdocs.yml"):
        findings += _redirect_findings(config, root, prefix, {file.src_uri for file in pages})
    with _reported_as_finding(findings, f"{prefix}{GLOSSARY}"):
        findings += _glossary_findings(docs_dir, prefix, sources)
    with _reported_as_finding(findings, f"{prefix}{DATA_FILE}"):
        findings += _removed_key_point_findings(root, docs_dir, prefix)
    # A file with conflict markers has two versions in it: anything else found in it
    # follows from that, so only the markers are named.
    conflicted = {item.file for item in findings if item.rule == "conflict-markering"}
    findings = [f for f in findings if f.file not in conflicted or f.rule == "conflict-markering"]
    return Result(findings, sources, review_interval(config.extra))


@contextlib.contextmanager
def _reported_as_finding(findings: list[Finding], label: str):
    """An unexpected failure of a check: a Dutch finding on the file it read, not a
    traceback (the details go to the debug log for a developer)."""
    try:
        yield
    except Exception:
        log.debug("Onverwachte fout bij het controleren van %s", label, exc_info=True)
        findings.append(finding(label, None, "interne-fout"))


def _macro_findings(config, root: Path, sources: list[Source]) -> list[Finding]:
    """Jinja mistakes on the pages that mkdocs-macros renders (toolkit/macro_checks.py)."""
    plugin = config.plugins.get("macros")
    if plugin is None:
        return []
    options = plugin.config
    config_text = Path(config.config_file_path).read_text(encoding="utf-8")
    missing = check_macro_module(root, options["module_name"], config_text)
    if missing:  # every call would be 'unknown': the module is the one cause
        return missing
    macros = module_names(root / f"{options['module_name']}.py")
    rendering = [s for s in sources if renders_macros(s, options["render_by_default"])]
    arguments = macro_arguments(root / f"{options['module_name']}.py")
    findings = [
        item
        for source in rendering
        for item in check_macros(source, macros, set(config.extra), arguments, set(config.keys()))
    ]
    functions = {name for name, kind in macros.items() if kind == "macro"}
    return findings + check_removed_macros(
        rendering, functions, lambda label: changed_file_at_start(root, label)
    )


def _removed_anchor_findings(config, root: Path, sources: list[Source]) -> list[Finding]:
    """A heading that pages link to lost its address (toolkit/removed_anchors.py)."""
    changed = changed_files(root)
    if not changed:
        return []
    renderer = []  # made once, and only when a changed page's headings changed

    def render(body: str) -> str:
        if not renderer:
            renderer.append(
                markdown.Markdown(
                    extensions=config.markdown_extensions, extension_configs=config.mdx_configs
                )
            )
        return renderer[0].reset().convert(body)

    return check_removed_anchors(sources, changed, lambda label: file_at_start(root, label), render)


def _glossary_findings(docs_dir: Path, prefix: str, sources: list[Source]) -> list[Finding]:
    """The glossary of abbreviations against what readers read (toolkit/abbreviations.py)."""
    path, label = docs_dir / GLOSSARY, f"{prefix}{GLOSSARY}"
    if not path.is_file():
        return []
    text, unreadable = read_source(path, label)
    return [
        *([unreadable] if unreadable else []),
        *check_characters(text, label),
        *check_glossary(text, label, [source.text for source in sources]),
    ]


def _redirect_findings(config, root: Path, prefix: str, pages: set[str]) -> list[Finding]:
    """Renamed pages keep their old address (toolkit/page_redirects.py)."""
    plugin = config.plugins.get("redirects")
    redirects = dict(plugin.config.get("redirect_maps") or {}) if plugin else {}
    published = published_pages(root, prefix.rstrip("/") or ".") or set()
    config_text = Path(config.config_file_path).read_text(encoding="utf-8")
    return check_redirects(redirects, pages, published, config_text, prefix)


def _removed_key_point_findings(root: Path, docs_dir: Path, prefix: str) -> list[Finding]:
    """A key point removed without retiring its id (toolkit/removed_key_points.py)."""
    label = f"{prefix}{DATA_FILE}"
    before = changed_file_at_start(root, label)  # unchanged: nothing removed from it
    if before is None or not (docs_dir / DATA_FILE).is_file():
        return []
    return check_removed_key_points(before, read(docs_dir / DATA_FILE), label)


def _needed_files(config, root: Path, docs_dir: Path, prefix: str):
    """The files the site cannot do without (toolkit/needed_files.py)."""
    glossary = (docs_dir / GLOSSARY).resolve()
    catalogue = _catalogue(config, root, docs_dir) or docs_dir / CATALOGUE
    templates = sorted(Path(config.theme.custom_dir or root / "overrides").rglob("*.html"))
    assets = loaded_assets(templates, docs_dir, config.theme.dirs, prefix)
    changed = changed_files(root)
    if changed is not None and "mkdocs.yml" not in changed:  # (a changed line: config checks)
        loaded = [str(uri) for uri in [*config.extra_css, *config.extra_javascript]]
        assets += local_loads(loaded, docs_dir, prefix, "mkdocs.yml laadt het op elke pagina")
    schema = (docs_dir / DATA_FILE).with_name(SCHEMA_NAME)
    return project_needs(
        docs_dir, prefix, docs_dir / DATA_FILE, schema, catalogue, glossary, assets
    )


def _catalogue(config, root: Path, docs_dir: Path) -> Path | None:
    """The reference catalogue: the file besides the glossary whose definitions every page
    gets (None when mkdocs.yml names none)."""
    shared = [(root / name).resolve() for name in configured_files(config.mdx_configs)]
    glossary = (docs_dir / GLOSSARY).resolve()
    return next((path for path in shared if path != glossary), None)


def _relative(path: Path, root: Path) -> str:
    try:
        relative = path.relative_to(root).as_posix()
    except ValueError:
        relative = path.as_posix()
    return relative + "/" if path.is_dir() else relative
